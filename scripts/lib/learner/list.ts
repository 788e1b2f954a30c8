/** `npm run list`: every kata with its metadata and your progress (from .kata/progress.json, no grading). */
import Table from "cli-table3";
import pc from "picocolors";
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
  hintsUsed: number;
  hints: number;
  firstPassedAt: string | null;
  gradings: number;
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
      hintsUsed: entry?.hintsShown.length ?? 0,
      hints: meta.hints.length,
      firstPassedAt: entry?.firstPassedAt ?? null,
      gradings: kataHistory(progress, meta.slug).length,
    };
  });
}

function colour(status: string): string {
  if (status === "passed") return pc.green(status);
  if (status === "failing") return pc.red(status);
  return pc.dim(status);
}

export function renderList(katas: KataMeta[], progress: Progress): string {
  const table = new Table({
    head: ["#", "Kata", "Track", "Difficulty", "Min", "Status", "Passed", "Hints", "First passed", "Recent"],
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
      hintsCell(e.hintsUsed, meta),
      e.firstPassedAt ? formatWhen(new Date(e.firstPassedAt)) : "",
      trend(progress, e.slug),
    ]);
  });
  const passed = entries.filter((e) => e.status === "passed").length;
  const lines = [table.toString(), `${passed}/${entries.length} katas passed. Status is from your last grading; \`npm run grade\` re-grades.`];
  return lines.join("\n");
}
