/**
 * `npm run compare -- <kata>`: runs the kata's comparison workloads (katas/<kata>/.spec/compare.ts) on the
 * learner's code and on the reference, each in a child process, and lines the results up side by side.
 *
 * Isolation, as in the grader: each side runs in a child in its own process group with a capped heap. The child
 * reports every step (workload start, each timed run); if no message comes for `timeoutMs`, the group is killed,
 * that workload is reported as "did not finish", and a fresh child goes on with the next workload. A crash is
 * reported the same way. Nothing is written anywhere; the reference's source is never printed.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../core/errors.ts";
import { kataPaths } from "../core/katas.ts";
import { watchChild } from "../engine/child-watch.ts";
import { graderEnvironment } from "../engine/run-specs.ts";
import type { RunnerMessage, WorkloadInfo } from "./compare-runner.ts";
import { compareWorkload, type ComparisonReport, type SideResult } from "./compare-report.ts";

/** Whose code a side runs: the learner's file, the reference, or the pristine stub (for tests). */
export type Side = "learner" | "reference" | "stub";

const CONDITIONS: Record<Side, string[]> = {
  learner: [],
  reference: ["--conditions=kata-reference"],
  stub: ["--conditions=kata-stub"],
};

export const DEFAULT_TIMEOUT_MS = 10_000;

export function compareFile(root: string, slug: string): string {
  return join(kataPaths(root, slug).specDir, "compare.ts");
}

const active = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Kills every comparison child (Ctrl-C). */
export function stopComparisons(): void {
  for (const child of active) killGroup(child);
  active.clear();
}

export interface SideRun {
  workloads: WorkloadInfo[];
  results: Map<number, SideResult>;
  /** Set when the compare file (and so the code under test) could not be loaded. */
  loadError?: string;
}

interface ChildRun {
  done: boolean;
  /** The workload running when the child stopped, if it did not finish. */
  stuckAt?: number;
  timedOut: boolean;
  exit: string;
  stderr: string;
}

interface SideOptions {
  timeoutMs: number;
  maxRepeats: number;
  /** Only the workloads that draw a picture, each run once, with its plot (npm run report). */
  plotsOnly?: boolean;
  onMessage?: (message: RunnerMessage) => void;
}

function runChild(root: string, slug: string, side: Side, from: number, options: SideOptions, run: SideRun): Promise<ChildRun> {
  const { timeoutMs } = options;
  return new Promise((resolve) => {
    const args = [compareFile(root, slug), String(from), String(options.maxRepeats), options.plotsOnly ? "plots" : "all"];
    const child = fork(join(root, "scripts/lib/compare/compare-child.ts"), args, {
      cwd: root,
      execArgv: ["--import", "tsx", "--expose-gc", "--max-old-space-size=1024", ...CONDITIONS[side]],
      serialization: "advanced",
      detached: true, // its own process group: one kill reaches anything the code under test started
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...graderEnvironment(), FORCE_COLOR: "0", NODE_OPTIONS: "" },
    });
    active.add(child);
    const state: ChildRun = { done: false, timedOut: false, exit: "", stderr: "" };
    let current: number | undefined;
    // On the child's CPU time, as the grader's watchdog: a busy machine never turns correct code into a timeout.
    const watch = watchChild({
      pid: child.pid!,
      cpuMs: timeoutMs,
      idleMs: Math.min(timeoutMs, 5_000),
      wallMs: Math.max(120_000, 6 * timeoutMs),
      onStop: () => {
        state.timedOut = true;
        killGroup(child);
      },
    });
    const arm = () => watch.progress();
    child.stderr?.on("data", (chunk: Buffer) => {
      if (state.stderr.length < 4000) state.stderr += chunk.toString();
    });
    child.on("message", (message: RunnerMessage) => {
      arm();
      options.onMessage?.(message);
      if (message.kind === "loaded") run.workloads = message.workloads;
      else if (message.kind === "load-error") run.loadError = message.message;
      else if (message.kind === "start" || message.kind === "beat") current = message.index;
      else if (message.kind === "result") {
        run.results.set(message.index, message.outcome);
        current = undefined;
      } else if (message.kind === "done") state.done = true;
    });
    child.once("exit", (code, signal) => {
      watch.stop();
      killGroup(child);
      active.delete(child);
      state.exit = signal ? `killed by ${signal}` : `exit status ${code}`;
      if (current !== undefined) state.stuckAt = current;
      resolve(state);
    });
  });
}

function firstMeaningfulLine(text: string): string | undefined {
  return text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0 && !l.startsWith("at ") && !l.startsWith("Node.js v") && !/^\^+$/.test(l))
    ?.slice(0, 200);
}

/** Runs every workload for one side, restarting the child after a workload that hangs or crashes. */
export async function runSide(
  root: string,
  slug: string,
  side: Side,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  maxRepeats = Infinity,
  onMessage?: (message: RunnerMessage) => void,
  plotsOnly = false,
): Promise<SideRun> {
  const run: SideRun = { workloads: [], results: new Map() };
  let from = 0;
  for (;;) {
    const child = await runChild(root, slug, side, from, { timeoutMs, maxRepeats, plotsOnly, ...(onMessage ? { onMessage } : {}) }, run);
    if (child.done || run.loadError) return run;
    if (child.stuckAt === undefined) {
      // Died before any workload started: while loading (e.g. process.exit at import) or in between.
      if (run.workloads.length === 0) {
        run.loadError = child.timedOut
          ? `loading did not finish within ${Math.round(timeoutMs / 1000)} s`
          : `the process ended while loading (${child.exit})${firstMeaningfulLine(child.stderr) ? `: ${firstMeaningfulLine(child.stderr)}` : ""}`;
        return run;
      }
      const next = [...Array(run.workloads.length).keys()].find((i) => i >= from && !run.results.has(i));
      if (next === undefined) return run;
      run.results.set(next, { ok: false, where: "crash", error: child.exit });
      from = next + 1;
    } else {
      const error = child.timedOut ? `no progress in ${Math.round(timeoutMs / 1000)} s of CPU time` : `${child.exit}${firstMeaningfulLine(child.stderr) ? ` (${firstMeaningfulLine(child.stderr)})` : ""}`;
      run.results.set(child.stuckAt, { ok: false, where: child.timedOut ? "timeout" : "crash", error });
      from = child.stuckAt + 1;
    }
    if (from >= run.workloads.length) return run;
  }
}

export interface CompareOptions {
  root: string;
  slug: string;
  timeoutMs?: number;
  /** Which code plays "yours" (default the learner's file) and which the reference (tests swap them). */
  yours?: Side;
  reference?: Side;
  onProgress?: (message: string) => void;
}

/** Runs both sides and pairs their results. The reference runs first (it names the workloads). */
export async function compareKata(options: CompareOptions): Promise<ComparisonReport> {
  const { root, slug } = options;
  if (!existsSync(compareFile(root, slug))) {
    throw new UserError(
      `${slug} declares no comparison workloads (katas/${slug}/.spec/compare.ts is missing).`,
      "Each kata declares them next to its specs; see scripts/kit/compare.ts.",
      1,
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  options.onProgress?.("running the reference…");
  const reference = await runSide(root, slug, options.reference ?? "reference", timeoutMs);
  if (reference.loadError) {
    throw new UserError(`The comparison workloads of ${slug} do not load with the reference: ${reference.loadError}`, "This is a defect of the kata: please report it.", 1);
  }
  options.onProgress?.("running your code…");
  const yours = await runSide(root, slug, options.yours ?? "learner", timeoutMs);
  return pairSides(slug, yours, reference, timeoutMs);
}

/** Pairs the two sides' results, workload by workload (the reference's list of workloads). */
export function pairSides(slug: string, yours: SideRun, reference: SideRun, timeoutMs: number): ComparisonReport {
  const missing = (run: SideRun): SideResult =>
    run.loadError ? { ok: false, where: "load", error: run.loadError } : { ok: false, where: "crash", error: "no result" };
  return {
    slug,
    timeoutMs,
    workloads: reference.workloads.map((info, i) =>
      compareWorkload(info, yours.results.get(i) ?? missing(yours), reference.results.get(i) ?? missing(reference)),
    ),
  };
}

/**
 * The proof's check of one kata's comparison workloads: the file exists and every workload runs on the reference
 * (one timed run each) with a computable quality metric.
 */
export async function checkComparison(root: string, slug: string): Promise<string[]> {
  const where = `katas/${slug}/.spec/compare.ts`;
  if (!existsSync(compareFile(root, slug))) {
    return [`${where} is missing: declare the kata's comparison workloads (its fixtures and a scale case; see scripts/kit/compare.ts).`];
  }
  const run = await runSide(root, slug, "reference", 60_000, 1);
  if (run.loadError) return [`${where} does not load with the reference: ${run.loadError}`];
  if (run.workloads.length === 0) return [`${where} declares no workloads.`];
  return run.workloads.flatMap((info, i) => {
    const result = run.results.get(i);
    if (!result) return [`${where}: workload "${info.name}" produced no result on the reference.`];
    if (!result.ok) return [`${where}: workload "${info.name}" fails on the reference (${result.where}): ${result.error}`];
    if (info.quality && result.quality === undefined) return [`${where}: workload "${info.name}": quality "${info.quality.name}" is not computable on the reference (${result.qualityError})`];
    return [];
  });
}
