/**
 * The learner's progress, kept in .kata/progress.json (gitignored). Written atomically: a temporary file in the
 * same folder, then a rename, so a kill at any moment leaves either the old file or the new one.
 * A corrupt file is moved aside (with a warning) and replaced; nothing crashes on it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KataResult, KataStatus } from "./outcome.ts";

export const PROGRESS_VERSION = 1;

export interface KataProgress {
  status: KataStatus;
  passed: number;
  total: number;
  lastGradedAt: string;
  firstPassedAt?: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  katas: Record<string, KataProgress>;
}

export function progressDir(root: string): string {
  return join(root, ".kata");
}

export function progressFile(root: string): string {
  return join(progressDir(root), "progress.json");
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, katas: {} };
}

function isProgress(data: unknown): data is Progress {
  if (typeof data !== "object" || data === null) return false;
  const candidate = data as Partial<Progress>;
  return candidate.version === PROGRESS_VERSION && typeof candidate.katas === "object" && candidate.katas !== null;
}

export interface LoadedProgress {
  progress: Progress;
  warning?: string;
}

/** Reads progress; a missing file is empty progress, a corrupt or foreign one is set aside with a warning. */
export function loadProgress(root: string): LoadedProgress {
  const file = progressFile(root);
  if (!existsSync(file)) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    data = undefined;
  }
  if (isProgress(data)) return { progress: data };
  const aside = `${file}.corrupt-${Date.now()}`;
  try {
    renameSync(file, aside);
  } catch {
    // Could not move it: it will be overwritten on the next save.
  }
  return {
    progress: emptyProgress(),
    warning: `Your progress file could not be read; it was kept as ${aside.slice(root.length + 1)} and progress starts afresh.`,
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

/** Records a grading of some katas (others are left as they were). */
export function recordResults(progress: Progress, results: KataResult[], now = new Date()): Progress {
  const katas = { ...progress.katas };
  const at = now.toISOString();
  for (const result of results) {
    const previous = katas[result.slug];
    const entry: KataProgress = { status: result.status, passed: result.passed, total: result.total, lastGradedAt: at };
    const firstPassedAt = previous?.firstPassedAt ?? (result.status === "passed" ? at : undefined);
    if (firstPassedAt) entry.firstPassedAt = firstPassedAt;
    katas[result.slug] = entry;
  }
  return { ...progress, katas };
}
