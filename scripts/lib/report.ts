/** Renders grading results for people (a table and the first failing case) and for machines (JSON). */
import Table from "cli-table3";
import pc from "picocolors";
import { renderDiagnosis, type Diagnosis } from "./diagnosis.ts";
import type { KataMeta } from "./manifest.ts";
import type { CaseFailure, KataResult, KataStatus } from "./outcome.ts";

export interface ReportRow {
  meta: KataMeta;
  result: KataResult;
  /** Hints shown so far (learner grading only). */
  hintsUsed?: number;
  /** The known mistake this result looks like, if any. */
  diagnosis?: Diagnosis;
}

/** A kata whose score moved since the previous grading. */
export interface Change {
  slug: string;
  before: { passed: number; total: number };
  after: { passed: number; total: number };
}

function colourStatus(status: KataStatus): string {
  if (status === "passed") return pc.green(status);
  if (status === "failing") return pc.red(status);
  return pc.dim(status);
}

export function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line : `${" ".repeat(prefix.length)}${line}`))
    .join("\n");
}

/** The first failing case as a block: name, message, input, expected, actual. */
export function renderFailure(failure: CaseFailure): string {
  const lines = [`  ${pc.bold(failure.name)}`, `  ${failure.message}`];
  if (failure.input !== undefined) lines.push(`  ${pc.dim("input:   ")} ${indent(failure.input, "  input:    ")}`);
  if (failure.expected !== undefined) lines.push(`  ${pc.dim("expected:")} ${pc.green(failure.expected)}`);
  if (failure.actual !== undefined) lines.push(`  ${pc.dim("actual:  ")} ${pc.red(failure.actual)}`);
  return lines.join("\n");
}

/** What to tell the learner under the table about one kata. */
export function renderKataDetail(row: ReportRow): string | undefined {
  const { meta, result } = row;
  if (result.status === "passed") return undefined;
  if (result.status === "not started") {
    return `${pc.bold(meta.slug)}: not started. Read katas/${meta.slug}/README.md, then implement katas/${meta.slug}/${meta.slug}.ts.`;
  }
  const head = `${pc.bold(meta.slug)}: ${result.passed}/${result.total} specs pass.`;
  const parts = [head];
  if (result.problem && result.problem !== result.firstFailure?.message) parts.push(`  ${pc.yellow("Problem:")} your code ${result.problem}.`);
  if (result.firstFailure) parts.push(`  First failing case:\n${renderFailure(result.firstFailure)}`);
  if (row.diagnosis) parts.push(`  ${renderDiagnosis(meta.slug, row.diagnosis)}`);
  return parts.join("\n");
}

/** "used/available", e.g. "2/5". */
export function hintsCell(used: number, meta: KataMeta): string {
  return used === 0 ? pc.dim(`0/${meta.hints.length}`) : `${used}/${meta.hints.length}`;
}

export function renderTable(rows: ReportRow[]): string {
  const withHints = rows.some((r) => r.hintsUsed !== undefined);
  const table = new Table({
    head: ["Kata", "Track", "Difficulty", "Passed", "Status", ...(withHints ? ["Hints"] : [])],
    style: { head: [], border: [] },
  });
  for (const { meta, result, hintsUsed } of rows) {
    const cells = [meta.slug, meta.track, meta.difficulty, `${result.passed}/${result.total}`, colourStatus(result.status)];
    if (withHints) cells.push(hintsCell(hintsUsed ?? 0, meta));
    table.push(cells);
  }
  return table.toString();
}

/** One line about the katas whose score moved since the previous grading, if any. */
export function renderChanges(changes: Change[]): string | undefined {
  if (changes.length === 0) return undefined;
  const parts = changes.map((c) => {
    const arrow = `${c.before.passed}/${c.before.total} → ${c.after.passed}/${c.after.total}`;
    return `${c.slug} ${c.after.passed >= c.before.passed ? pc.green(arrow) : pc.red(arrow)}`;
  });
  return `Since your last grading: ${parts.join(", ")}.`;
}

export interface Summary {
  katasPassed: number;
  katas: number;
  specsPassed: number;
  specs: number;
  next?: { slug: string; title: string; minutes: number };
}

export function summarise(rows: ReportRow[]): Summary {
  const summary: Summary = {
    katasPassed: rows.filter((r) => r.result.status === "passed").length,
    katas: rows.length,
    specsPassed: rows.reduce((sum, r) => sum + r.result.passed, 0),
    specs: rows.reduce((sum, r) => sum + r.result.total, 0),
  };
  // Next: the first kata (in manifest order) already started but not passed, else the first not started.
  const next =
    rows.find((r) => r.result.status === "failing") ?? rows.find((r) => r.result.status === "not started");
  if (next) summary.next = { slug: next.meta.slug, title: next.meta.title, minutes: next.meta.minutes };
  return summary;
}

export function renderReport(rows: ReportRow[], heading = "Kata progress", changes: Change[] = []): string {
  const summary = summarise(rows);
  const out = [pc.bold(heading), renderTable(rows)];
  const details = rows.map(renderKataDetail).filter((d): d is string => d !== undefined);
  if (details.length > 0) out.push("", details.join("\n\n"));
  out.push(
    "",
    `Score: ${summary.katasPassed}/${summary.katas} katas passed, ${summary.specsPassed}/${summary.specs} specs.`,
  );
  const changed = renderChanges(changes);
  if (changed) out.push(changed);
  if (summary.next) {
    out.push(
      `Next: ${pc.bold(summary.next.slug)} (${summary.next.title}, about ${summary.next.minutes} min). ` +
        `Prompt: katas/${summary.next.slug}/README.md; re-grade with \`npm run grade -- ${summary.next.slug}\`.`,
    );
  } else {
    out.push(pc.green("Every kata passes. Measure yours against the reference with `npm run compare -- <kata>`, then read it with `npm run solution -- <kata>`."));
  }
  return out.join("\n");
}

export function reportJson(rows: ReportRow[], target: string): string {
  return JSON.stringify(
    {
      version: 1,
      target,
      katas: rows.map(({ meta, result, hintsUsed, diagnosis }) => ({
        slug: meta.slug,
        title: meta.title,
        track: meta.track,
        difficulty: meta.difficulty,
        status: result.status,
        passed: result.passed,
        total: result.total,
        problem: result.problem ?? null,
        firstFailure: result.firstFailure ?? null,
        hintsUsed: hintsUsed ?? null,
        diagnosis: diagnosis ?? null,
        specs: result.specs,
      })),
      summary: summarise(rows),
    },
    null,
    2,
  );
}
