/**
 * Runs a kata's comparison workloads in the current process (a child of `npm run compare`), one after the other,
 * and reports each as a message: its output's view, its quality metric, its run times and its peak memory.
 * Errors thrown by the code under test are reported per workload; the parent enforces deadlines and restarts
 * the child after a workload that hangs or crashes.
 */
import type { Agreement, Comparison, ComparisonWorkload, Plot } from "../../kit/compare.ts";

/** What the parent needs to know about a workload (the functions stay in the child). */
export interface WorkloadInfo {
  name: string;
  kind: ComparisonWorkload["kind"];
  agreement: Agreement;
  quality?: { name: string; better: "higher" | "lower" };
}

export const DEFAULT_AGREEMENT: Agreement = { kind: "close", tolerance: 1e-9 };

export function workloadInfo(workload: ComparisonWorkload): WorkloadInfo {
  const info: WorkloadInfo = { name: workload.name, kind: workload.kind, agreement: workload.agreement ?? DEFAULT_AGREEMENT };
  if (workload.quality) info.quality = { name: workload.quality.name, better: workload.quality.better };
  return info;
}

export type RunnerMessage =
  | { kind: "loaded"; workloads: WorkloadInfo[] }
  | { kind: "load-error"; message: string }
  | { kind: "start"; index: number }
  | { kind: "beat"; index: number }
  | { kind: "result"; index: number; outcome: WorkloadOutcome }
  | { kind: "done" };

export type WorkloadOutcome =
  | {
      ok: true;
      view: unknown;
      quality?: number;
      qualityError?: string;
      timesMs: number[];
      /** Peak resident memory above the level before the runs, in MB, when measured. */
      peakMb?: number;
      /** The workload's picture of this output (npm run report), when it declares one. */
      plot?: Plot;
      plotError?: string;
    }
  | { ok: false; error: string; where: "setup" | "run" | "view" };

/** Measures peak memory during a stretch of code (a sampling thread in the child; absent in tests). */
export interface MemoryProbe {
  start(): void;
  /** Peak MB above the level at start(). */
  stop(): number;
}

export const DEFAULT_REPEATS = 5;
/** After the first run, stop repeating once the runs would take longer than this in all. */
export const REPEAT_BUDGET_MS = 4_000;

/** "Name: message", one line, no stack, no file paths. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message.split("\n")[0] ?? "";
    return `${error.name}: ${message}`.replace(/(?<![\w.])(?:file:\/\/)?\/(?:[\w.@-]+\/)+[\w.@-]+(?::\d+)*/g, "<path>").trim();
  }
  return `threw ${typeof error === "string" ? JSON.stringify(error) : String(error)}`;
}

function freshCopy(workload: ComparisonWorkload, input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return workload.setup();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function runWorkload(
  workload: ComparisonWorkload,
  beat: () => Promise<void> | void,
  probe?: MemoryProbe,
  maxRepeats = Infinity,
  collect: () => void = () => (globalThis as { gc?: () => void }).gc?.(),
): Promise<WorkloadOutcome> {
  let input: unknown;
  try {
    input = workload.setup();
  } catch (error) {
    return { ok: false, error: describeError(error), where: "setup" };
  }
  const repeats = Math.max(1, Math.min(maxRepeats, workload.repeats ?? DEFAULT_REPEATS));
  const timesMs: number[] = [];
  let first: unknown;
  let firstInput: unknown;
  let peakMb: number | undefined;
  for (let i = 0; i < repeats; i++) {
    const copy = freshCopy(workload, input);
    await beat(); // lets the message reach the parent before the code under test runs
    collect();
    if (i === 0) probe?.start();
    const started = performance.now();
    let output: unknown;
    try {
      output = workload.run(copy);
    } catch (error) {
      if (i === 0) probe?.stop();
      return { ok: false, error: describeError(error), where: "run" };
    }
    timesMs.push(performance.now() - started);
    if (i === 0) {
      if (probe) peakMb = probe.stop();
      first = output;
      firstInput = copy;
      if (timesMs[0]! * repeats > REPEAT_BUDGET_MS) break;
    }
  }
  let view: unknown;
  try {
    view = workload.view ? workload.view(first, firstInput) : first;
  } catch (error) {
    return { ok: false, error: describeError(error), where: "view" };
  }
  const outcome: WorkloadOutcome = { ok: true, view, timesMs };
  if (peakMb !== undefined) outcome.peakMb = peakMb;
  if (workload.plot) {
    try {
      outcome.plot = workload.plot(first, firstInput);
    } catch (error) {
      outcome.plotError = describeError(error);
    }
  }
  if (workload.quality) {
    try {
      const value = workload.quality.of(first, firstInput);
      if (typeof value === "number") outcome.quality = value;
      else outcome.qualityError = `the quality metric is not a number (${typeof value})`;
    } catch (error) {
      outcome.qualityError = describeError(error);
    }
  }
  return outcome;
}

/**
 * Runs workloads `from` onwards, sending one message per step. `send` resolves once the message has left, so the
 * parent hears of each step before the (synchronous) code under test runs: a hang is pinned on its workload.
 */
export async function runWorkloads(
  comparison: Comparison,
  from: number,
  send: (message: RunnerMessage) => Promise<void> | void,
  probe?: MemoryProbe,
  maxRepeats = Infinity,
): Promise<void> {
  await send({ kind: "loaded", workloads: comparison.workloads.map(workloadInfo) });
  for (let index = from; index < comparison.workloads.length; index++) {
    await send({ kind: "start", index });
    const outcome = await runWorkload(comparison.workloads[index]!, () => send({ kind: "beat", index }), probe, maxRepeats);
    await send({ kind: "result", index, outcome });
  }
  await send({ kind: "done" });
}

/** Checks that a module's default export is a comparison declaration (defineComparison). */
export function asComparison(exported: unknown, file: string): Comparison {
  const candidate = exported as Partial<Comparison> | undefined;
  if (!candidate || !Array.isArray(candidate.workloads) || candidate.workloads.some((w) => typeof w?.run !== "function" || typeof w?.setup !== "function")) {
    throw new Error(`${file} must export default defineComparison([workload({ name, kind, setup, run, ... }), ...])`);
  }
  return candidate as Comparison;
}
