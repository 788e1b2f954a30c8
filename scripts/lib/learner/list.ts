/** `npm run list`: every kata with its metadata and your progress (from .kata/progress.json, no grading). */
import Table from "cli-table3";
import pc from "picocolors";
import { SPEC_KINDS } from "../../kit/kinds.ts";
import type { KindScores } from "../engine/outcome.ts";
import { formatWhen } from "./backups.ts";
import type { KataMeta } from "../core/manifest.ts";
import { kataHistory, type Progress } from "./progress.ts";
import { hintsCell } from "./report.ts";

/** The last few passed counts of a kata, oldest first, e.g. "0 → 38 → 46" (consecutive repeats folded). */
export function trend(progress: Progress, slug: string, count = 5): string {
  const values: number[] = [];
  for (const entry of kataHistory(progress, slug)) {
    if (values.at(-1) !== entry.passed) values.push(entry.passed);
  }
  if (values.length === 0) return "";
  const shown = values.slice(-count).join(" → ");
  return values.length > count ? `… ${shown}` : shown;
}

export interface ListEntry {
  slug: string;
  title: string;
  track: string;
  difficulty: string;
  minutes: number;
  status: string;
  passed: number | null;
  total: number | null;
  /** Passed/total per kind of spec at the last grading. */
  byKind: KindScores | null;
  hintsUsed: number;
  hints: number;
  firstPassedAt: string | null;
  gradings: number;
  /** The next review date (`npm run review`), once the kata has been through a mock interview. */
  nextReview: string | null;
}

export function listEntries(katas: KataMeta[], progress: Progress): ListEntry[] {
  return katas.map((meta) => {
    const entry = progress.katas[meta.slug];
    const graded = entry?.lastGradedAt !== undefined;
    return {
      slug: meta.slug,
      title: meta.title,
      track: meta.track,
      difficulty: meta.difficulty,
      minutes: meta.minutes,
      status: graded ? entry!.status : "not graded",
      passed: graded ? entry!.passed : null,
      total: graded ? entry!.total : null,
      byKind: graded ? (entry!.byKind ?? null) : null,
      hintsUsed: entry?.hintsShown.length ?? 0,
      hints: meta.hints.length,
      firstPassedAt: entry?.firstPassedAt ?? null,
      gradings: kataHistory(progress, meta.slug).length,
      nextReview: entry?.review?.due ?? null,
    };
  });
}

function colour(status: string): string {
  if (status === "passed") return pc.green(status);
  if (status === "failing") return pc.red(status);
  if (status === "contract incomplete") return pc.yellow(status);
  return pc.dim(status);
}

export function renderList(katas: KataMeta[], progress: Progress): string {
  const table = new Table({
    head: ["#", "Kata", "Track", "Difficulty", "Min", "Status", "Passed", "correct · edge · contract · scale", "Hints", "First passed", "Recent", "Review"],
    style: { head: [], border: [] },
  });
  const entries = listEntries(katas, progress);
  katas.forEach((meta, i) => {
    const e = entries[i]!;
    table.push([
      String(meta.order),
      e.slug,
      e.track,
      e.difficulty,
      String(e.minutes),
      colour(e.status),
      e.passed === null ? "" : `${e.passed}/${e.total}`,
      e.byKind ? SPEC_KINDS.map((k) => (e.byKind![k].total > 0 ? `${e.byKind![k].passed}/${e.byKind![k].total}` : "—")).join(" · ") : "",
      hintsCell(e.hintsUsed, meta),
      e.firstPassedAt ? formatWhen(new Date(e.firstPassedAt)) : "",
      trend(progress, e.slug),
      e.nextReview ? e.nextReview.slice(0, 10) : "",
    ]);
  });
  const passed = entries.filter((e) => e.status === "passed").length;
  const lines = [table.toString(), `${passed}/${entries.length} katas passed. Status is from your last grading; \`npm run grade\` re-grades.`];
  return lines.join("\n");
}
