/**
 * The learner's progress, kept in .kata/progress.json (gitignored). Written atomically: a temporary file in the
 * same folder, then a rename, so a kill at any moment leaves either the old file or the new one.
 *
 * Version 3 keeps, per kata, the latest result (with its score by kind), the hints actually shown and a few
 * dates, plus a history of every grading (time, per-kata status, passed/total and score by kind, hints used),
 * capped at HISTORY_LIMIT entries; the mock interviews (`npm run interview`) and each kata's review card (the
 * spaced-repetition schedule of `npm run review`).
 * A version 1 or 2 file is upgraded (its old bytes kept beside it); a corrupt file, or one from a newer version,
 * is moved aside with a warning and progress starts afresh. Nothing crashes on a bad file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { KataResult } from "../engine/outcome.ts";

export const PROGRESS_VERSION = 3;
/** History entries kept (oldest dropped first): a few months of watch sessions. */
export const HISTORY_LIMIT = 2000;

const OldStatusSchema = z.enum(["not started", "failing", "passed"]);
const StatusSchema = z.enum(["not started", "failing", "contract incomplete", "passed"]);
const timestamp = z.string().min(10);
const KindScoreSchema = z.object({ passed: z.number().int().min(0), total: z.number().int().min(0) });
const KindScoresSchema = z.object({ correct: KindScoreSchema, edge: KindScoreSchema, contract: KindScoreSchema, scale: KindScoreSchema });

/** A kata's spaced-repetition card (FSRS, as ts-fsrs keeps it), dates as ISO strings. */
const ReviewCardSchema = z.object({
  due: timestamp,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.number().int(),
  last_review: timestamp.optional(),
});

const RatingSchema = z.enum(["again", "hard", "good", "easy"]);

/** One mock interview (`npm run interview`). */
const InterviewSchema = z.object({
  slug: z.string(),
  startedAt: timestamp,
  endedAt: timestamp,
  budgetMinutes: z.number().positive(),
  /** Seconds from the start to the first passing grading; null when it never passed. */
  passedAfterSeconds: z.number().min(0).nullable(),
  endedBy: z.enum(["pass", "timeout", "interrupt"]),
  /** The score at the end. */
  status: StatusSchema,
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  byKind: KindScoresSchema.optional(),
  /** Hints shown during this attempt. */
  hints: z.array(z.number().int().min(1)),
  answers: z.array(z.object({ question: z.string(), answer: z.string().nullable() })),
  rating: RatingSchema.nullable(),
});

const KataProgressSchema = z.object({
  status: StatusSchema,
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  byKind: KindScoresSchema.optional(),
  /** The numbers of the hints actually shown (`npm run hint`), ascending. */
  hintsShown: z.array(z.number().int().min(1)),
  lastGradedAt: timestamp.optional(),
  firstPassedAt: timestamp.optional(),
  /** When work on the kata began: first watch, first hint, or first grading that was not "not started". */
  startedAt: timestamp.optional(),
  /** When the reference was first shown (`npm run solution`). */
  solutionShownAt: timestamp.optional(),
  /** The review schedule's card, once the kata has been through a mock interview. */
  review: ReviewCardSchema.optional(),
});

const GradingSchema = z.object({
  at: timestamp,
  command: z.enum(["grade", "watch", "solution", "upgrade", "interview"]),
  katas: z.record(
    z.string(),
    z.object({
      status: StatusSchema,
      passed: z.number().int().min(0),
      total: z.number().int().min(0),
      hintsUsed: z.number().int().min(0),
      byKind: KindScoresSchema.optional(),
    }),
  ),
});

const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  katas: z.record(z.string(), KataProgressSchema),
  history: z.array(GradingSchema),
  interviews: z.array(InterviewSchema),
});

const ProgressV2Schema = z.object({
  version: z.literal(2),
  katas: z.record(
    z.string(),
    z.object({
      status: OldStatusSchema,
      passed: z.number().int().min(0),
      total: z.number().int().min(0),
      hintsUsed: z.number().int().min(0),
      lastGradedAt: timestamp.optional(),
      firstPassedAt: timestamp.optional(),
      startedAt: timestamp.optional(),
      solutionShownAt: timestamp.optional(),
    }),
  ),
  history: z.array(
    z.object({
      at: timestamp,
      command: z.enum(["grade", "watch", "solution", "upgrade"]),
      katas: z.record(
        z.string(),
        z.object({ status: OldStatusSchema, passed: z.number().int().min(0), total: z.number().int().min(0), hintsUsed: z.number().int().min(0) }),
      ),
    }),
  ),
});

const ProgressV1Schema = z.object({
  version: z.literal(1),
  katas: z.record(
    z.string(),
    z.object({
      status: OldStatusSchema,
      passed: z.number().int().min(0),
      total: z.number().int().min(0),
      lastGradedAt: timestamp,
      firstPassedAt: timestamp.optional(),
    }),
  ),
});

export type KataProgress = z.infer<typeof KataProgressSchema>;
export type ReviewCard = z.infer<typeof ReviewCardSchema>;
export type Rating = z.infer<typeof RatingSchema>;
export type Interview = z.infer<typeof InterviewSchema>;
export type Grading = z.infer<typeof GradingSchema>;
export type GradingCommand = Grading["command"];
export type Progress = z.infer<typeof ProgressSchema>;

export function progressDir(root: string): string {
  return join(root, ".kata");
}

export function progressFile(root: string): string {
  return join(progressDir(root), "progress.json");
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, katas: {}, history: [], interviews: [] };
}

/** Hints 1..n: what a version 2 file's "highest hint seen" meant (hints were shown in order then). */
function firstHints(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/**
 * A version 2 file as version 3: the highest hint number seen becomes the hints 1..n (version 2 recorded no
 * more than that), no interviews yet.
 */
export function upgradeV2(v2: z.infer<typeof ProgressV2Schema>): Progress {
  const katas: Progress["katas"] = {};
  for (const [slug, old] of Object.entries(v2.katas)) {
    const { hintsUsed: used, ...rest } = old;
    katas[slug] = { ...rest, hintsShown: firstHints(used) };
  }
  return { version: PROGRESS_VERSION, katas, history: v2.history, interviews: [] };
}

/** A version 1 file as version 3: each kata's last grading becomes a history entry, no hints used. */
export function upgradeV1(v1: z.infer<typeof ProgressV1Schema>): Progress {
  const progress = emptyProgress();
  const byTime = new Map<string, Grading>();
  for (const [slug, old] of Object.entries(v1.katas)) {
    const entry: KataProgress = { status: old.status, passed: old.passed, total: old.total, hintsShown: [], lastGradedAt: old.lastGradedAt };
    if (old.firstPassedAt) entry.firstPassedAt = old.firstPassedAt;
    progress.katas[slug] = entry;
    const grading = byTime.get(old.lastGradedAt) ?? { at: old.lastGradedAt, command: "upgrade", katas: {} };
    grading.katas[slug] = { status: old.status, passed: old.passed, total: old.total, hintsUsed: 0 };
    byTime.set(old.lastGradedAt, grading);
  }
  progress.history = [...byTime.values()].sort((a, b) => a.at.localeCompare(b.at));
  return progress;
}

export interface LoadedProgress {
  progress: Progress;
  warning?: string;
}

function moveAside(root: string, file: string, suffix: string): string {
  const aside = `${file}.${suffix}-${Date.now()}`;
  try {
    renameSync(file, aside);
  } catch {
    // Could not move it: it will be overwritten on the next save.
  }
  return aside.slice(root.length + 1);
}

/**
 * Reads progress. A missing file is empty progress; a version 1 file is upgraded and saved (the old file kept as
 * .kata/progress.json.v1-<time>); a corrupt or unknown one is set aside with a warning.
 */
export function loadProgress(root: string): LoadedProgress {
  const file = progressFile(root);
  if (!existsSync(file)) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    data = undefined;
  }
  const current = ProgressSchema.safeParse(data);
  if (current.success) return { progress: current.data };
  const v1 = ProgressV1Schema.safeParse(data);
  const v2 = ProgressV2Schema.safeParse(data);
  if (v1.success || v2.success) {
    const from = v1.success ? 1 : 2;
    const progress = v1.success ? upgradeV1(v1.data) : upgradeV2(v2.data!);
    const kept = `${file}.v${from}-${Date.now()}`;
    try {
      writeFileSync(kept, readFileSync(file));
      saveProgress(root, progress);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { progress, warning: `Your version ${from} progress file was read, but the upgraded file could not be saved (${reason}).` };
    }
    return {
      progress,
      warning: `Your progress file was upgraded from version ${from} to ${PROGRESS_VERSION}; your results are kept (the old file is ${kept.slice(root.length + 1)}).`,
    };
  }
  const version = typeof data === "object" && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version > PROGRESS_VERSION) {
    const aside = moveAside(root, file, `v${version}`);
    return {
      progress: emptyProgress(),
      warning: `Your progress file is version ${version}, newer than this repository understands (${PROGRESS_VERSION}); it was kept as ${aside} and progress starts afresh.`,
    };
  }
  const aside = moveAside(root, file, "corrupt");
  return {
    progress: emptyProgress(),
    warning: `Your progress file could not be read; it was kept as ${aside} and progress starts afresh.`,
  };
}

export function saveProgress(root: string, progress: Progress): void {
  mkdirSync(progressDir(root), { recursive: true });
  const file = progressFile(root);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(progress, null, 2)}\n`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Loads, changes and saves progress in one step; returns the new progress and any load warning. A progress file
 * that cannot be written (read-only folder, full disk) is a warning, not a failure: the command's results still
 * stand, they are just not recorded.
 */
export function updateProgress(root: string, change: (progress: Progress) => Progress): LoadedProgress {
  const loaded = loadProgress(root);
  const progress = change(loaded.progress);
  const warnings = loaded.warning ? [loaded.warning] : [];
  try {
    saveProgress(root, progress);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    warnings.push(`Your progress could not be saved to .kata/progress.json (${reason}); these results are not recorded.`);
  }
  return warnings.length > 0 ? { progress, warning: warnings.join("\n") } : { progress };
}

function kataEntry(progress: Progress, slug: string): KataProgress {
  return progress.katas[slug] ?? { status: "not started", passed: 0, total: 0, hintsShown: [] };
}

/** How many of the kata's hints were shown. */
export function hintsUsed(progress: Progress, slug: string): number {
  return progress.katas[slug]?.hintsShown.length ?? 0;
}

/** The numbers of the hints shown so far, ascending. */
export function hintsShown(progress: Progress, slug: string): number[] {
  return progress.katas[slug]?.hintsShown ?? [];
}

export interface RecordOptions {
  now?: Date;
  command?: GradingCommand;
}

/** Records a grading of some katas (others are left as they were) and appends it to the history. */
export function recordResults(progress: Progress, results: KataResult[], options: RecordOptions = {}): Progress {
  const at = (options.now ?? new Date()).toISOString();
  const katas = { ...progress.katas };
  const grading: Grading = { at, command: options.command ?? "grade", katas: {} };
  for (const result of results) {
    const previous = kataEntry(progress, result.slug);
    const entry: KataProgress = {
      ...previous,
      status: result.status,
      passed: result.passed,
      total: result.total,
      byKind: result.byKind,
      lastGradedAt: at,
    };
    if (!entry.firstPassedAt && result.status === "passed") entry.firstPassedAt = at;
    if (!entry.startedAt && result.status !== "not started") entry.startedAt = at;
    katas[result.slug] = entry;
    grading.katas[result.slug] = {
      status: result.status,
      passed: result.passed,
      total: result.total,
      hintsUsed: entry.hintsShown.length,
      byKind: result.byKind,
    };
  }
  const history = [...progress.history, grading].slice(-HISTORY_LIMIT);
  return { ...progress, katas, history };
}

/** Records that hint number `shown` of a kata was shown (only hints actually shown count as used). */
export function recordHint(progress: Progress, slug: string, shown: number, now = new Date()): Progress {
  const entry = kataEntry(progress, slug);
  const hints = [...new Set([...entry.hintsShown, shown])].sort((a, b) => a - b);
  const updated: KataProgress = { ...entry, hintsShown: hints };
  updated.startedAt ??= now.toISOString();
  return { ...progress, katas: { ...progress.katas, [slug]: updated } };
}

/** Records that the learner began working on a kata (e.g. started watching it), unless already started. */
export function recordStart(progress: Progress, slug: string, now = new Date()): Progress {
  const entry = kataEntry(progress, slug);
  if (entry.startedAt) return progress;
  return { ...progress, katas: { ...progress.katas, [slug]: { ...entry, startedAt: now.toISOString() } } };
}

/** Records a reset to the pristine stub: the next attempt's clock starts afresh (first-passed date is kept). */
export function recordReset(progress: Progress, slug: string): Progress {
  const entry = progress.katas[slug];
  if (!entry?.startedAt) return progress;
  const { startedAt: _dropped, ...rest } = entry;
  return { ...progress, katas: { ...progress.katas, [slug]: rest } };
}

/** Records that the reference solution was shown (the first time only). */
export function recordSolutionShown(progress: Progress, slug: string, now = new Date()): Progress {
  const entry = kataEntry(progress, slug);
  if (entry.solutionShownAt) return progress;
  return { ...progress, katas: { ...progress.katas, [slug]: { ...entry, solutionShownAt: now.toISOString() } } };
}

/** The kata's results in the history, oldest first. */
export function kataHistory(progress: Progress, slug: string): { at: string; passed: number; total: number; status: KataResult["status"] }[] {
  return progress.history.flatMap((g) => {
    const k = g.katas[slug];
    return k ? [{ at: g.at, passed: k.passed, total: k.total, status: k.status }] : [];
  });
}

/** Minutes since work on the kata started (first watch, hint or grading since the last reset), if it has. */
export function minutesSince(entry: KataProgress | undefined, now = new Date()): number | undefined {
  if (!entry?.startedAt) return undefined;
  return Math.max(0, (now.getTime() - new Date(entry.startedAt).getTime()) / 60_000);
}
