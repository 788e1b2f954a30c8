/**
 * A learner's grading, as `grade`, `watch` and `solution` do it: grade the katas (the learner's files), record the
 * results in the progress file's history, and dress each result with the hints used and a diagnosis.
 */
import { diagnose } from "./diagnosis.ts";
import { gradeKatas } from "../engine/grading.ts";
import type { KataMeta } from "../core/manifest.ts";
import type { KataResult } from "../engine/outcome.ts";
import { recordResults, updateProgress, type GradingCommand, type Progress } from "./progress.ts";
import type { Change, ReportRow } from "./report.ts";

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

/** Grades the learner's files for these katas and records the grading. Changes no learner byte. */
export async function gradeLearner(options: LearnerGradingOptions): Promise<LearnerGrading> {
  const results = await gradeKatas({ root: options.root, slugs: options.katas.map((k) => k.slug), targets: { "*": "learner" } });
  let previous: Progress | undefined;
  const saved = updateProgress(options.root, (progress) => {
    previous = progress;
    return recordResults(progress, results, { command: options.command, ...(options.now ? { now: options.now } : {}) });
  });
  const grading: LearnerGrading = {
    rows: learnerRows(options.root, options.katas, results, saved.progress),
    changes: changesSince(previous!, results),
    progress: saved.progress,
  };
  if (saved.warning) grading.warning = saved.warning;
  return grading;
}
