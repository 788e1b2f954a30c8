/**
 * Compares two outputs (the learner's and the reference's) and renders `npm run compare` side by side: whether
 * outputs agree, the kata's quality metric, speed (median and ratio) and peak memory.
 */
import Table from "cli-table3";
import pc from "picocolors";
import { abridge } from "../../kit/format.ts";
import type { Agreement } from "../../kit/compare.ts";
import { median, type WorkloadInfo, type WorkloadOutcome } from "./compare-runner.ts";

export type AgreementResult =
  | { kind: "exact" }
  | { kind: "close"; maxAbsDiff: number }
  | { kind: "differ"; where: string; yours: string; reference: string };

interface Walk {
  maxAbsDiff: number;
  mismatch?: { where: string; yours: string; reference: string };
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (ArrayBuffer.isView(value)) return "array";
  return typeof value;
}

function walk(yours: unknown, reference: unknown, path: string, agreement: Agreement, state: Walk): void {
  const mismatch = (y: string = abridge(yours, 60), r: string = abridge(reference, 60)) => {
    state.mismatch ??= { where: path || "(the output)", yours: y, reference: r };
  };
  const kind = kindOf(yours);
  if (kind !== kindOf(reference)) return mismatch();
  if (kind === "number") {
    const a = yours as number;
    const b = reference as number;
    if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)) || a === b) return;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return mismatch();
    const diff = Math.abs(a - b);
    state.maxAbsDiff = Math.max(state.maxAbsDiff, diff);
    if (agreement.kind === "exact" || diff > agreement.tolerance) mismatch();
    return;
  }
  if (kind === "array") {
    const a = yours as ArrayLike<unknown>;
    const b = reference as ArrayLike<unknown>;
    if (a.length !== b.length) return mismatch(`length ${a.length}`, `length ${b.length}`);
    for (let i = 0; i < a.length; i++) walk(a[i], b[i], `${path}[${i}]`, agreement, state);
    return;
  }
  if (kind === "object") {
    const a = yours as Record<string, unknown>;
    const b = reference as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (!(key in a)) return mismatch(`no "${key}"`, abridge(b[key], 60));
      if (!(key in b)) return mismatch(abridge(a[key], 60), `no "${key}"`);
      walk(a[key], b[key], `${path}.${key}`, agreement, state);
    }
    return;
  }
  if (!Object.is(yours, reference)) mismatch();
}

/** Whether two outputs agree: exactly, within the tolerance (with the max abs difference), or where they differ. */
export function agree(yours: unknown, reference: unknown, agreement: Agreement): AgreementResult {
  const state: Walk = { maxAbsDiff: 0 };
  walk(yours, reference, "", agreement, state);
  if (state.mismatch) return { kind: "differ", ...state.mismatch };
  return state.maxAbsDiff === 0 ? { kind: "exact" } : { kind: "close", maxAbsDiff: state.maxAbsDiff };
}

/** A side's result for one workload: what the runner sent, or why nothing came. */
export type SideResult = WorkloadOutcome | { ok: false; error: string; where: "timeout" | "crash" | "load" };

export interface ComparedWorkload {
  info: WorkloadInfo;
  yours: SideResult;
  reference: SideResult;
  agreement?: AgreementResult;
  /** yours / reference, median times. */
  speedRatio?: number;
}

export function compareWorkload(info: WorkloadInfo, yours: SideResult, reference: SideResult): ComparedWorkload {
  const compared: ComparedWorkload = { info, yours, reference };
  if (yours.ok && reference.ok) {
    compared.agreement = agree(yours.view, reference.view, info.agreement);
    const ref = median(reference.timesMs);
    compared.speedRatio = median(yours.timesMs) / Math.max(ref, 1e-3);
  }
  return compared;
}

export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatRatio(ratio: number): string {
  if (ratio >= 1.1) return `${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio)}× slower`;
  if (ratio <= 1 / 1.1) return `${(1 / ratio).toFixed(1)}× faster`;
  return "about the same";
}

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6)) return x.toExponential(4);
  return String(Number(x.toPrecision(7)));
}

function formatMb(mb: number | undefined): string {
  if (mb === undefined) return "?";
  return mb < 0.1 ? "<0.1 MB" : `+${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

export function failureText(result: SideResult, who: "your code" | "the reference", timeoutMs: number): string {
  if (result.ok) return "";
  if (result.where === "timeout") return `${who} did not finish: no progress in ${Math.round(timeoutMs / 1000)} s of CPU time (stopped)`;
  if (result.where === "crash") return `${who} crashed the process: ${result.error}`;
  if (result.where === "load") return `${who} does not load: ${result.error}`;
  if (result.where === "setup") return `the workload's setup failed: ${result.error}`;
  return `${who} threw: ${result.error}`;
}

function outputsCell(c: ComparedWorkload, timeoutMs: number): string {
  if (!c.yours.ok) return pc.red(failureText(c.yours, "your code", timeoutMs));
  if (!c.reference.ok) return pc.yellow(failureText(c.reference, "the reference", timeoutMs));
  const a = c.agreement!;
  if (a.kind === "exact") return pc.green("agree (exact match)");
  if (a.kind === "close") return pc.green(`agree (max |Δ| ${a.maxAbsDiff.toExponential(1)})`);
  return pc.red(`DIFFER at ${a.where}: yours ${a.yours}, reference ${a.reference}`);
}

function qualityCell(c: ComparedWorkload): string {
  const q = c.info.quality;
  if (!q) return pc.dim("—");
  const value = (r: SideResult) => (r.ok ? (r.quality !== undefined ? formatNumber(r.quality) : `? (${r.qualityError ?? "n/a"})`) : "—");
  let verdict = "";
  if (c.yours.ok && c.reference.ok && c.yours.quality !== undefined && c.reference.quality !== undefined) {
    const y = c.yours.quality;
    const r = c.reference.quality;
    const tolerance = 1e-9 * Math.max(1, Math.abs(r));
    // Judged at the printed precision: two values that print the same are never "better" or "worse".
    if (Math.abs(y - r) > tolerance && formatNumber(y) !== formatNumber(r)) {
      const better = q.better === "higher" ? y > r : y < r;
      verdict = better ? pc.green(" (better)") : pc.red(" (worse)");
    }
  }
  return `${q.name} (${q.better} is better)\n${value(c.yours)} / ${value(c.reference)}${verdict}`;
}

function timeCell(c: ComparedWorkload): string {
  if (!c.yours.ok || !c.reference.ok) {
    const ref = c.reference.ok ? formatMs(median(c.reference.timesMs)) : "—";
    return `— / ${ref}`;
  }
  const ratio = formatRatio(c.speedRatio!);
  const runs = c.yours.timesMs.length;
  return `${formatMs(median(c.yours.timesMs))} / ${formatMs(median(c.reference.timesMs))}\n${ratio} (${runs} run${runs === 1 ? "" : "s"})`;
}

function memoryCell(c: ComparedWorkload): string {
  const mb = (r: SideResult) => (r.ok ? formatMb(r.peakMb) : "—");
  return `${mb(c.yours)} / ${mb(c.reference)}`;
}

/** One table row: workload, outputs, quality, time, memory. */
export function cellsOf(c: ComparedWorkload, timeoutMs: number): string[] {
  return [`${c.info.name}\n${pc.dim(`(${c.info.kind})`)}`, outputsCell(c, timeoutMs), qualityCell(c), timeCell(c), memoryCell(c)];
}

export interface ComparisonReport {
  slug: string;
  workloads: ComparedWorkload[];
  timeoutMs: number;
}

/** Geometric mean of the speed ratios of the workloads both sides finished. */
export function overallRatio(workloads: ComparedWorkload[]): number | undefined {
  const ratios = workloads.flatMap((w) => (w.speedRatio !== undefined && w.speedRatio > 0 ? [w.speedRatio] : []));
  if (ratios.length === 0) return undefined;
  return Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
}

export function renderComparison(report: ComparisonReport): string {
  const { slug, workloads } = report;
  const table = new Table({
    head: ["Workload", "Outputs", "Quality (you / ref)", "Time (you / ref)", "Memory (you / ref)"],
    colWidths: [21, 30, 24, 21, 18],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const c of workloads) table.push(cellsOf(c, report.timeoutMs));
  const lines = [`${pc.bold(slug)}: your code against the reference, side by side (${workloads.length} workloads).`, table.toString()];
  const agreeing = workloads.filter((w) => w.agreement && w.agreement.kind !== "differ").length;
  const failed = workloads.filter((w) => !w.yours.ok).length;
  lines.push(`Outputs agree on ${agreeing} of ${workloads.length} workloads.${failed > 0 ? ` Your code failed on ${failed}: \`npm run grade -- ${slug}\` shows the first failing case.` : ""}`);
  const ratio = overallRatio(workloads);
  if (ratio !== undefined) lines.push(`Speed: yours is ${formatRatio(ratio)} than the reference overall (geometric mean of the ratios).`.replace("about the same than", "about as fast as"));
  lines.push(pc.dim("Time: the median of up to 5 runs (fewer when slow), each side in its own process; expect ±20% noise, the ratio is what counts. Memory: peak above the level before the first run."));
  return lines.join("\n");
}

export function comparisonJson(report: ComparisonReport): string {
  return JSON.stringify(
    {
      version: 1,
      kata: report.slug,
      workloads: report.workloads.map((w) => ({
        name: w.info.name,
        kind: w.info.kind,
        quality: w.info.quality ?? null,
        agreement: w.agreement ?? null,
        speedRatio: w.speedRatio ?? null,
        yours: summariseSide(w.yours),
        reference: summariseSide(w.reference),
      })),
      speedRatio: overallRatio(report.workloads) ?? null,
    },
    null,
    2,
  );
}

function summariseSide(result: SideResult): Record<string, unknown> {
  if (!result.ok) return { ok: false, where: result.where, error: result.error };
  return { ok: true, medianMs: median(result.timesMs), runs: result.timesMs.length, quality: result.quality ?? null, peakMb: result.peakMb ?? null };
}
