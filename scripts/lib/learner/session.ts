/**
 * A learner's grading, as `grade`, `watch`, `interview` and `solution` do it: decide per kata whether its specs
 * must run (a pristine stub is "not started" without running; a kata whose inputs did not change keeps its last
 * result, labelled as such: cache.ts), grade the rest in one vitest run while TypeScript's native compiler
 * checks their files (typecheck.ts), record the fresh results in the progress file, and dress each result with the
 * hints used, a diagnosis and its type errors. Changes no learner byte.
 */
import { knownSpecs } from "../core/signatures.ts";
import type { KataMeta } from "../core/manifest.ts";
import { gradeKatas } from "../engine/grading.ts";
import type { WarmGrader } from "../engine/warm.ts";
import type { KataResult } from "../engine/outcome.ts";
import { gradingKey, isPristine, notStartedResult, readCache, writeCache, type CacheEntry } from "./cache.ts";
import { diagnose } from "./diagnosis.ts";
import { recordResults, updateProgress, type GradingCommand, type Progress } from "./progress.ts";
import type { Change, OtherKata, ReportRow } from "./report.ts";
import { typecheckKatas, type TypeProblem } from "./typecheck.ts";

export interface LearnerGrading {
  rows: ReportRow[];
  /** Katas whose score moved since their previous grading. */
  changes: Change[];
  progress: Progress;
  /** A warning from reading the progress file (upgraded, or set aside), to print. */
  warning?: string;
}

export interface LearnerGradingOptions {
  root: string;
  katas: KataMeta[];
  command: GradingCommand;
  /** Run every kata's specs, even unchanged ones (`--no-cache`). Pristine stubs are still not run. */
  noCache?: boolean;
  /** Typecheck the learner's files (default true). */
  typecheck?: boolean;
  /**
   * A warm vitest started before this grading was planned (grade starts one first thing, so that vitest's start-up
   * overlaps with its own): used when exactly one kata needs its specs run (a one-kata grading shares its workers
   * either way), closed unused otherwise, since several katas run isolated, each file in a process of its own.
   */
  early?: WarmGrader;
  /** A warm vitest to grade through (watch keeps one), and the files saved since its last run. */
  grader?: WarmGrader;
  changed?: string[];
  /** For tests: a fixed clock. */
  now?: Date;
}

/** Dresses results with hints used and diagnoses (no grading, no writing). */
export function learnerRows(root: string, katas: KataMeta[], results: KataResult[], progress: Progress): ReportRow[] {
  return katas.map((meta, i) => {
    const result = results[i]!;
    const row: ReportRow = { meta, result, hintsUsed: progress.katas[meta.slug]?.hintsShown.length ?? 0 };
    const diagnosis = diagnose(root, meta, result);
    if (diagnosis) row.diagnosis = diagnosis;
    return row;
  });
}

export function changesSince(previous: Progress, results: KataResult[]): Change[] {
  return results.flatMap((result) => {
    const before = previous.katas[result.slug];
    if (!before?.lastGradedAt || (before.passed === result.passed && before.total === result.total)) return [];
    return [{ slug: result.slug, before: { passed: before.passed, total: before.total }, after: { passed: result.passed, total: result.total } }];
  });
}

/** Katas outside this grading, as the progress file has them (for "Next"). */
export function otherKatas(all: readonly KataMeta[], graded: readonly KataMeta[], progress: Progress): OtherKata[] {
  const slugs = new Set(graded.map((k) => k.slug));
  return all
    .filter((meta) => !slugs.has(meta.slug))
    .map((meta) => {
      const entry = progress.katas[meta.slug];
      return { meta, status: entry?.lastGradedAt ? entry.status : "not graded" };
    });
}

type Plan = { why: "pristine"; result: KataResult } | { why: "unchanged"; entry: CacheEntry } | { why: "run"; key: string };

/** Grades the learner's files for these katas and records the grading. Changes no learner byte. */
export async function gradeLearner(options: LearnerGradingOptions): Promise<LearnerGrading> {
  const { root } = options;
  const now = options.now ?? new Date();
  const cache = readCache(root);
  const plans = options.katas.map((meta): Plan => {
    const known = knownSpecs(root, meta.slug);
    if (known.length > 0 && isPristine(root, meta.slug)) return { why: "pristine", result: notStartedResult(meta.slug, known) };
    const key = gradingKey(root, meta.slug);
    const cached = cache.katas[meta.slug];
    if (!options.noCache && cached && cached.key === key) return { why: "unchanged", entry: cached };
    return { why: "run", key };
  });
  const toRun = options.katas.filter((_, i) => plans[i]!.why === "run").map((k) => k.slug);
  const checking = options.typecheck === false ? Promise.resolve(undefined) : typecheckKatas(root, toRun);
  const known = (slug: string) => knownSpecs(root, slug);
  const grader = options.grader ?? (toRun.length === 1 ? options.early : undefined);
  if (options.early && grader !== options.early) void options.early.close();
  const graded =
    toRun.length === 0
      ? []
      : grader
        ? await grader.grade(toRun, options.changed ?? [], known)
        : await gradeKatas({ root, slugs: toRun, targets: { "*": "learner" }, known });
  const types = (await checking) ?? new Map<string, TypeProblem[]>();
  const at = now.toISOString();
  const fresh: Record<string, CacheEntry> = {};
  const results: KataResult[] = [];
  const reused: (ReportRow["reused"] | undefined)[] = [];
  const typeProblems: (TypeProblem[] | undefined)[] = [];
  options.katas.forEach((meta, i) => {
    const plan = plans[i]!;
    if (plan.why === "pristine") {
      results.push(plan.result);
      reused.push({ why: "pristine", at });
      typeProblems.push(undefined);
    } else if (plan.why === "unchanged") {
      results.push(plan.entry.result);
      reused.push({ why: "unchanged", at: plan.entry.at });
      typeProblems.push(plan.entry.typeProblems);
    } else {
      const result = graded[toRun.indexOf(meta.slug)]!;
      const problems = types.get(meta.slug);
      results.push(result);
      reused.push(undefined);
      typeProblems.push(problems);
      fresh[meta.slug] = { key: plan.key, at, result, ...(problems ? { typeProblems: problems } : {}) };
    }
  });
  if (Object.keys(fresh).length > 0) writeCache(root, fresh);
  // Fresh results and pristine stubs are recorded; an unchanged result was recorded when it was computed.
  const recorded = results.filter((_, i) => reused[i]?.why !== "unchanged");
  let previous: Progress | undefined;
  const saved = updateProgress(root, (progress) => {
    previous = progress;
    return recorded.length > 0 ? recordResults(progress, recorded, { command: options.command, now }) : progress;
  });
  const rows = learnerRows(root, options.katas, results, saved.progress).map((row, i) => {
    const withExtras: ReportRow = { ...row };
    const why = reused[i];
    if (why) withExtras.reused = why;
    const problems = typeProblems[i];
    if (problems && problems.length > 0) withExtras.typeProblems = problems;
    return withExtras;
  });
  const grading: LearnerGrading = { rows, changes: changesSince(previous!, recorded), progress: saved.progress };
  if (saved.warning) grading.warning = saved.warning;
  return grading;
}
