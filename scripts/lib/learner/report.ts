/**
 * Renders grading results for people (a table, each kata's simplest failing case, the score by kind of spec) and
 * for machines (JSON).
 */
import Table from "cli-table3";
import pc from "picocolors";
import { SPEC_KINDS } from "../../kit/kinds.ts";
import { renderDiagnosis, type Diagnosis } from "./diagnosis.ts";
import type { KataMeta } from "../core/manifest.ts";
import { emptyKindScores, renderKindScores, type CaseFailure, type KataResult, type KataStatus, type KindScores } from "../engine/outcome.ts";
import type { TypeProblem } from "./typecheck.ts";

export interface ReportRow {
  meta: KataMeta;
  result: KataResult;
  /** Hints shown so far (learner grading only). */
  hintsUsed?: number;
  /** The known mistake this result looks like, if any. */
  diagnosis?: Diagnosis;
  /**
   * Set when the result was not re-computed: the kata's file is still the pristine stub ("pristine"), or nothing
   * its specs load changed since the grading at `at` ("unchanged").
   */
  reused?: { why: "pristine" | "unchanged"; at: string };
  /** Type errors in the learner's file (they do not change the score). */
  typeProblems?: TypeProblem[];
}

/** A kata whose score moved since the previous grading. */
export interface Change {
  slug: string;
  before: { passed: number; total: number };
  after: { passed: number; total: number };
}

/** How a kata not in this grading stands (from the progress file), for the summary's "Next". */
export interface OtherKata {
  meta: KataMeta;
  status: KataStatus | "not graded";
}

export interface RenderOptions {
  heading?: string;
  changes?: Change[];
  /** Every failing case of each kata (abridged), not only the simplest. */
  all?: boolean;
  /** Katas not graded this time (a one-kata grade): they still count for "Next". */
  others?: OtherKata[];
  now?: Date;
}

function colourStatus(status: KataStatus): string {
  if (status === "passed") return pc.green(status);
  if (status === "failing") return pc.red(status);
  if (status === "contract incomplete") return pc.yellow(status);
  return pc.dim(status);
}

export function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line : `${" ".repeat(prefix.length)}${line}`))
    .join("\n");
}

/** One failing case as a block: name (and kind), message, input, expected, actual. */
export function renderFailure(failure: CaseFailure): string {
  const kind = failure.kind ? pc.dim(` [${failure.kind}]`) : "";
  const lines = [`  ${pc.bold(failure.name)}${kind}`, `  ${failure.message}`];
  if (failure.input !== undefined) lines.push(`  ${pc.dim("input:   ")} ${indent(failure.input, "  input:    ")}`);
  if (failure.expected !== undefined) lines.push(`  ${pc.dim("expected:")} ${pc.green(failure.expected)}`);
  if (failure.actual !== undefined) lines.push(`  ${pc.dim("actual:  ")} ${pc.red(failure.actual)}`);
  return lines.join("\n");
}

/** "18:49" local time, for "unchanged since 18:49". */
export function clockTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return date.toDateString() === now.toDateString() ? time : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${time}`;
}

function renderTypeProblems(problems: readonly TypeProblem[]): string {
  const shown = problems.slice(0, 5).map((p) => `    ${pc.dim(`${p.file}:${p.line}:${p.column}`)} ${p.message}`);
  const more = problems.length > 5 ? [`    … and ${problems.length - 5} more`] : [];
  const head = `  ${pc.yellow("Type errors")} (${problems.length}; they do not change the score, but an interviewer reads them):`;
  return [head, ...shown, ...more].join("\n");
}

/** What to tell the learner under the table about one kata. */
export function renderKataDetail(row: ReportRow, options: { all?: boolean; now?: Date } = {}): string | undefined {
  const { meta, result } = row;
  const types = row.typeProblems && row.typeProblems.length > 0 ? renderTypeProblems(row.typeProblems) : undefined;
  if (result.status === "passed") return types ? `${pc.bold(meta.slug)}: passes.\n${types}` : undefined;
  if (result.status === "not started") {
    return `${pc.bold(meta.slug)}: not started. Read katas/${meta.slug}/README.md, then implement katas/${meta.slug}/${meta.slug}.ts.`;
  }
  const kinds = renderKindScores(result.byKind);
  const since = row.reused?.why === "unchanged" ? pc.dim(` (unchanged since ${clockTime(row.reused.at, options.now)})`) : "";
  const head =
    result.status === "contract incomplete"
      ? `${pc.bold(meta.slug)}: the algorithm works (every correct, edge and scale spec passes); the contract is incomplete: ` +
        `contract ${result.byKind.contract.passed}/${result.byKind.contract.total}.${since}`
      : `${pc.bold(meta.slug)}: ${result.passed}/${result.total} specs pass${kinds ? ` (${kinds})` : ""}.${since}`;
  const parts = [head];
  if (result.problem && result.problem !== result.firstFailure?.message) parts.push(`  ${pc.yellow("Problem:")} your code ${result.problem}.`);
  const failures = result.failures ?? (result.firstFailure ? [result.firstFailure] : []);
  if (options.all && failures.length > 1) {
    parts.push(`  Every failing case, simplest first (${failures.length}):`);
    failures.forEach((failure, i) => parts.push(`  ${pc.dim(`${i + 1}.`)}\n${renderFailure(failure)}`));
  } else if (result.firstFailure) {
    const more = failures.length > 1 ? pc.dim(` (simplest of ${failures.length}; --all lists every one)`) : "";
    parts.push(`  First failing case${more}:\n${renderFailure(result.firstFailure)}`);
  }
  if (row.diagnosis) parts.push(`  ${renderDiagnosis(meta.slug, row.diagnosis)}`);
  if (types) parts.push(types);
  return parts.join("\n");
}

/** "used/available", e.g. "2/5". */
export function hintsCell(used: number, meta: KataMeta): string {
  return used === 0 ? pc.dim(`0/${meta.hints.length}`) : `${used}/${meta.hints.length}`;
}

function kindCell(result: KataResult, kind: (typeof SPEC_KINDS)[number]): string {
  const score = result.byKind[kind];
  if (score.total === 0) return pc.dim("—");
  const text = `${score.passed}/${score.total}`;
  if (result.status === "not started") return pc.dim(text);
  return score.passed === score.total ? pc.green(text) : text;
}

export function renderTable(rows: ReportRow[]): string {
  const withHints = rows.some((r) => r.hintsUsed !== undefined);
  const table = new Table({
    head: ["Kata", "Track", "Passed", ...SPEC_KINDS, "Status", ...(withHints ? ["Hints"] : [])],
    style: { head: [], border: [] },
  });
  for (const row of rows) {
    const { meta, result, hintsUsed } = row;
    const status = row.reused?.why === "unchanged" ? `${colourStatus(result.status)}\n${pc.dim("(unchanged)")}` : colourStatus(result.status);
    const cells = [meta.slug, meta.track, `${result.passed}/${result.total}`, ...SPEC_KINDS.map((k) => kindCell(result, k)), status];
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
  /** Katas whose algorithm works but whose contract is incomplete. */
  katasWorking: number;
  katas: number;
  specsPassed: number;
  specs: number;
  byKind: KindScores;
  next?: { slug: string; title: string; minutes: number; why: "failing" | "contract incomplete" | "not started" };
}

/**
 * The score over the graded rows; "Next" over every kata (the graded rows and, for a partial grading, the others
 * as the progress file has them): the first failing one (in manifest order), else the first whose contract is
 * incomplete, else the first not started.
 */
export function summarise(rows: ReportRow[], others: OtherKata[] = []): Summary {
  const byKind = emptyKindScores();
  for (const row of rows) {
    for (const kind of SPEC_KINDS) {
      byKind[kind].passed += row.result.byKind[kind].passed;
      byKind[kind].total += row.result.byKind[kind].total;
    }
  }
  const summary: Summary = {
    katasPassed: rows.filter((r) => r.result.status === "passed").length,
    katasWorking: rows.filter((r) => r.result.status === "contract incomplete").length,
    katas: rows.length,
    specsPassed: rows.reduce((sum, r) => sum + r.result.passed, 0),
    specs: rows.reduce((sum, r) => sum + r.result.total, 0),
    byKind,
  };
  const everyKata = [...rows.map((r) => ({ meta: r.meta, status: r.result.status as OtherKata["status"] })), ...others].sort(
    (a, b) => a.meta.order - b.meta.order,
  );
  for (const why of ["failing", "contract incomplete", "not started"] as const) {
    const next = everyKata.find((k) => k.status === why || (why === "not started" && k.status === "not graded"));
    if (next) {
      summary.next = { slug: next.meta.slug, title: next.meta.title, minutes: next.meta.minutes, why };
      break;
    }
  }
  return summary;
}

function nextLine(summary: Summary): string {
  const next = summary.next!;
  const grade = `re-grade with \`npm run grade -- ${next.slug}\``;
  if (next.why === "contract incomplete") {
    return `Next: finish the contract of ${pc.bold(next.slug)} (errors, immutability, output shapes: see its Errors and Conventions); ${grade}.`;
  }
  return `Next: ${pc.bold(next.slug)} (${next.title}, about ${next.minutes} min). Prompt: katas/${next.slug}/README.md; ${grade}.`;
}

export function renderReport(rows: ReportRow[], options: RenderOptions = {}): string {
  const summary = summarise(rows, options.others ?? []);
  const out = [pc.bold(options.heading ?? "Kata progress"), renderTable(rows)];
  const details = rows
    .map((row) => renderKataDetail(row, { ...(options.all ? { all: true } : {}), ...(options.now ? { now: options.now } : {}) }))
    .filter((d): d is string => d !== undefined);
  if (details.length > 0) out.push("", details.join("\n\n"));
  const working = summary.katasWorking > 0 ? ` (${summary.katasWorking} more work${summary.katasWorking === 1 ? "s" : ""}, contract incomplete)` : "";
  const kinds = renderKindScores(summary.byKind);
  out.push("", `Score: ${summary.katasPassed}/${summary.katas} katas passed${working}; specs ${summary.specsPassed}/${summary.specs}${kinds ? ` (${kinds})` : ""}.`);
  const changed = renderChanges(options.changes ?? []);
  if (changed) out.push(changed);
  const reused = rows.filter((r) => r.reused?.why === "unchanged").map((r) => r.meta.slug);
  if (reused.length > 0) out.push(pc.dim(`Not re-run (nothing they load changed): ${reused.join(", ")}. \`--no-cache\` re-runs everything.`));
  if (summary.next) {
    out.push(nextLine(summary));
  } else if (rows.length === 1 && (options.others ?? []).length === 0) {
    out.push(pc.green(`${rows[0]!.meta.slug} passes. Measure it against the reference with \`npm run compare -- ${rows[0]!.meta.slug}\`, then read it with \`npm run solution -- ${rows[0]!.meta.slug}\`.`));
  } else {
    out.push(pc.green("Every kata passes. Measure yours against the reference with `npm run compare -- <kata>`, then read it with `npm run solution -- <kata>`."));
  }
  return out.join("\n");
}

export function reportJson(rows: ReportRow[], target: string, others: OtherKata[] = []): string {
  return JSON.stringify(
    {
      version: 2,
      target,
      katas: rows.map(({ meta, result, hintsUsed, diagnosis, reused, typeProblems }) => ({
        slug: meta.slug,
        title: meta.title,
        track: meta.track,
        difficulty: meta.difficulty,
        status: result.status,
        passed: result.passed,
        total: result.total,
        byKind: result.byKind,
        problem: result.problem ?? null,
        firstFailure: result.firstFailure ?? null,
        failures: result.failures ?? [],
        hintsUsed: hintsUsed ?? null,
        diagnosis: diagnosis ?? null,
        reused: reused ?? null,
        typeErrors: typeProblems ?? [],
        specs: result.specs,
      })),
      summary: summarise(rows, others),
    },
    null,
    2,
  );
}
