/**
 * Turns per-file outcomes into one learner-facing result per kata: status, passed/total and the first
 * failing case (name, input, expected, actual), with plain-language reasons for crashes and stalls.
 */
import { isSpecKind, SPEC_KINDS, type SpecKind } from "../../kit/kinds.ts";
import type { ErrorRecord } from "./records.ts";
import type { FileOutcome } from "./run-specs.ts";
import { CHEATING_MESSAGE } from "./targets.ts";

/**
 * "contract incomplete": every correct, edge and scale spec passes, some contract specs (errors, immutability,
 * output shapes) do not: the algorithm works, the contract is unfinished.
 */
export type KataStatus = "not started" | "failing" | "contract incomplete" | "passed";

export interface CaseFailure {
  /** Spec name ("describe > test"). */
  name: string;
  /** One-line reason. */
  message: string;
  input?: string;
  expected?: string;
  actual?: string;
  /** The spec's kind. */
  kind?: SpecKind;
  /** How many values the case's input holds, when the spec kit knows. */
  size?: number;
}

export interface SpecResult {
  name: string;
  file: string;
  passed: boolean;
  kind?: SpecKind;
  durationMs?: number;
  failure?: CaseFailure;
}

export interface KindScore {
  passed: number;
  total: number;
}

export type KindScores = Record<SpecKind, KindScore>;

export interface KataResult {
  slug: string;
  status: KataStatus;
  passed: number;
  total: number;
  /** Passed/total per kind of spec. */
  byKind: KindScores;
  specs: SpecResult[];
  /** The simplest failing case: the first of `failures`. */
  firstFailure?: CaseFailure;
  /** Every failing case, simplest first: by kind (correct, edge, contract, scale), then by input size. */
  failures?: CaseFailure[];
  /** Set when a spec file could not run or was stopped: the plain reason. */
  problem?: string;
}

/** A spec the kata is known to have (solutions/<kata>/signatures.json lists them all, with their kinds). */
export interface KnownSpec {
  name: string;
  kind: SpecKind;
  file: string;
}

export function emptyKindScores(): KindScores {
  return Object.fromEntries(SPEC_KINDS.map((kind) => [kind, { passed: 0, total: 0 }])) as KindScores;
}

export function scoreByKind(specs: readonly SpecResult[]): KindScores {
  const scores = emptyKindScores();
  for (const spec of specs) {
    if (!spec.kind) continue;
    scores[spec.kind].total++;
    if (spec.passed) scores[spec.kind].passed++;
  }
  return scores;
}

/** "correct 20/20 · edge 8/10 · contract 3/15 · scale 1/1" (kinds the kata has). */
export function renderKindScores(scores: KindScores): string {
  return SPEC_KINDS.filter((kind) => scores[kind].total > 0)
    .map((kind) => `${kind} ${scores[kind].passed}/${scores[kind].total}`)
    .join(" · ");
}

/** Failing cases, simplest first: a spec without a kind (loading, a crash) first, then by kind, then by size. */
export function orderFailures(specs: readonly SpecResult[]): CaseFailure[] {
  const rank = (failure: CaseFailure) => (failure.kind ? SPEC_KINDS.indexOf(failure.kind) : -1);
  return specs
    .flatMap((spec, index) => (spec.passed || !spec.failure ? [] : [{ failure: spec.failure, index }]))
    .sort(
      (a, b) =>
        rank(a.failure) - rank(b.failure) ||
        (a.failure.size ?? Number.POSITIVE_INFINITY) - (b.failure.size ?? Number.POSITIVE_INFINITY) ||
        a.index - b.index,
    )
    .map((entry) => entry.failure);
}

const NOT_IMPLEMENTED = "NotImplementedError";

/** Strips file paths and stack-like noise from a message so it reads the same on every machine. */
export function cleanMessage(message: string, root?: string): string {
  let text = message;
  if (root) text = text.split(`${root}/`).join("");
  text = text.replace(/\n\s+at .*/g, "");
  text = text.replace(/\u001b\[[0-9;]*m/g, "");
  return text.trim();
}

/**
 * The learner-facing words for errors that are about how the code behaved rather than what it returned: a
 * promise that never settled, process.exit, a changed input, an import from solutions/, a missing file.
 * Returns undefined for an ordinary failure (a wrong value, an exception the code threw).
 */
export function plainReason(error: ErrorRecord, root?: string): string | undefined {
  const message = cleanMessage(error.message, root);
  const firstLine = message.split("\n")[0] ?? "";
  const timeout = /^(Test|Hook) timed out in (\d+)ms/.exec(firstLine);
  if (timeout) {
    const seconds = Number(timeout[2]) / 1000;
    const where = timeout[1] === "Hook" ? " while the specs were being prepared" : "";
    return `did not finish in ${seconds} s${where}: it waits on a promise that never settles, or is far too slow`;
  }
  const exit = /process\.exit unexpectedly called with "([^"]*)"/.exec(firstLine);
  if (exit) return `called process.exit(${exit[1]}): return a value or throw an error instead of ending the process`;
  if (error.kind === "changed-input") return firstLine;
  const cheating = firstLine.indexOf(CHEATING_MESSAGE);
  if (cheating >= 0) {
    // Whatever Vite or vitest put in front ("[plugin kata-impl-swap]", "Error:") is not the learner's business.
    const who = firstLine.slice(0, cheating).replace(/^(\s*(\[[^\]]*\]|[A-Za-z]*Error:))*\s*/, "").trim();
    return `${who} ${CHEATING_MESSAGE}`;
  }
  const missing = /(katas\/[^\s]+\.ts is missing: .*)$/.exec(firstLine);
  if (missing) return missing[1];
  if (error.kind === "unhandled-rejection") {
    return `left a promise rejection unhandled (${errorText(error.name, firstLine)}): await the promise or catch its error`;
  }
  if (error.kind === "uncaught-exception") {
    return `threw outside any spec, in a callback or timer (${errorText(error.name, firstLine)})`;
  }
  return undefined;
}

function errorText(name: string, message: string): string {
  return name && name !== "Error" ? `${name}: ${message}` : message;
}

function failureFrom(name: string, error: ErrorRecord | undefined, root?: string): CaseFailure {
  if (!error) return { name, message: "failed without an error message" };
  const failure: CaseFailure = {
    name,
    message:
      plainReason(error, root) ??
      (error.name && !["Error", "AssertionError", "CaseFailure"].includes(error.name)
        ? `${error.name}: ${cleanMessage(error.message, root)}`
        : cleanMessage(error.message, root)),
  };
  if (error.input !== undefined) failure.input = error.input;
  if (error.expected !== undefined) failure.expected = error.expected;
  if (error.actual !== undefined) failure.actual = error.actual;
  if (error.size !== undefined) failure.size = error.size;
  return failure;
}

export function killedReason(killed: NonNullable<FileOutcome["killed"]>): string {
  const seconds = (killed.stalledMs / 1000).toFixed(1);
  if (killed.reason === "memory") {
    return `ran out of memory (over ${killed.rssMb} MB): unbounded growth, or far too much data kept`;
  }
  if (killed.reason === "growth") {
    return `ran out of memory (grew by ${killed.grewMb ?? "?"} MB in ${seconds} s without finishing): unbounded growth, or far too much data kept`;
  }
  if (killed.reason === "idle") {
    return `did not finish: it waits on a promise that never settles (nothing happened for ${seconds} s)`;
  }
  if (killed.reason === "load-idle") {
    return `did not finish loading: it waits on a promise that never settles (nothing happened for ${seconds} s)`;
  }
  if (killed.reason === "load-slow") {
    return `did not finish loading in ${seconds} s of CPU time: the code that runs when the file is imported is far too slow`;
  }
  if (killed.reason === "blocked") {
    return `did not finish: it waits synchronously and never resumes (no progress for ${seconds} s, no CPU used)`;
  }
  if (killed.reason === "slow") {
    return `did not finish: one spec used ${seconds} s of CPU time without finishing (far too slow, or a loop that never ends)`;
  }
  return `did not finish: an infinite loop or very slow code (no progress in ${seconds} s of CPU time)`;
}

/**
 * The compiler's complaint and where, from a transform error: Vite's (oxc) "[PARSE_ERROR] <what>" with a
 * "╭─[ <file>:<line>:<col> ]" frame, or esbuild's "<file>:<line>:<col>: ERROR: <what>".
 */
export function compileError(message: string): string | undefined {
  const oxc = /\[[A-Z_]*ERROR\]\s*(.+)/.exec(message);
  if (oxc) {
    const where = /\[\s*([^\s\]]+:\d+:\d+)\s*\]/.exec(message);
    return `${oxc[1]!.trim()}${where ? ` (${where[1]})` : ""}`;
  }
  const esbuild = /^\s*(\S+:\d+:\d+): ERROR: (.+)$/m.exec(message);
  return esbuild ? `${esbuild[2]!.trim()} (${esbuild[1]})` : undefined;
}

/** Describes a module-level error (syntax error, throw at import) in one line. */
function moduleProblem(errors: ErrorRecord[], root?: string): string {
  const error = errors[0]!;
  const plain = plainReason(error, root);
  if (plain) return plain.startsWith("called process.exit") ? `${plain} (while loading)` : plain;
  const full = cleanMessage(error.message, root);
  const message = full.split("\n")[0] ?? "";
  if (/Transform failed|Parse failure|SyntaxError|Unexpected token|Expected/.test(`${error.name} ${message}`)) {
    return `does not compile: ${compileError(full) ?? message}`;
  }
  return `crashed while loading: ${error.name && error.name !== "Error" ? `${error.name}: ` : ""}${message}`;
}

/**
 * One kata's result from its spec files' outcomes. `known` (the kata's spec list, from signatures.json) keeps the
 * score honest when a file cannot run: a file that does not compile still counts all its specs, as failing, and
 * specs the run did not label get their kind from it.
 */
export function summariseKata(slug: string, files: FileOutcome[], root?: string, known: readonly KnownSpec[] = []): KataResult {
  const specs: SpecResult[] = [];
  const knownKind = new Map(known.map((spec) => [spec.name, spec.kind]));
  const kindOf = (name: string, declared?: string): SpecKind | undefined =>
    isSpecKind(declared) ? declared : knownKind.get(name);
  const push = (spec: SpecResult) => {
    const kind = kindOf(spec.name, spec.kind);
    if (kind) {
      spec.kind = kind;
      if (spec.failure) spec.failure.kind = kind;
    } else {
      delete spec.kind;
    }
    specs.push(spec);
  };
  /** Specs a file that could not run is known to have (the collected names, else the known list). */
  const namesIn = (outcome: FileOutcome): string[] => {
    if (outcome.collected.length > 0) return outcome.collected;
    return known.filter((spec) => spec.file === outcome.file).map((spec) => spec.name);
  };
  let problem: string | undefined;
  let sawNotImplemented = false;
  for (const outcome of files) {
    const collectedKind = (name: string) => outcome.kinds?.get(name);
    if (outcome.killed) {
      const reason = killedReason(outcome.killed);
      problem ??= reason;
      // Stopped while loading: nothing was collected, and the loading itself is the failing case.
      const loading = outcome.collected.length === 0;
      const names = namesIn(outcome);
      if (names.length === 0) names.push(`${outcome.file.split("/").pop()} (loading)`);
      for (const name of names) {
        const stopped = loading || name === outcome.killed.test;
        push({
          name,
          file: outcome.file,
          passed: false,
          ...(collectedKind(name) ? { kind: collectedKind(name) as SpecKind } : {}),
          failure: {
            name: loading ? "loading the kata" : name,
            message: stopped ? reason : "not run: the spec file was stopped while running another spec",
          },
        });
      }
      continue;
    }
    if (outcome.noResult) {
      problem ??= outcome.noResult;
      const names = namesIn(outcome);
      if (names.length === 0) names.push(outcome.file);
      for (const name of names) push({ name, file: outcome.file, passed: false, failure: { name, message: outcome.noResult } });
      continue;
    }
    if (outcome.errors.length > 0 && outcome.tests.length === 0) {
      const reason = moduleProblem(outcome.errors, root);
      problem ??= reason;
      const names = namesIn(outcome);
      if (names.length === 0) names.push(`${outcome.file.split("/").pop()} (loading)`);
      for (const name of names) push({ name, file: outcome.file, passed: false, failure: { name: "loading the kata", message: reason } });
      continue;
    }
    for (const test of outcome.tests) {
      if (test.state === "skipped") continue;
      if (test.error?.name === NOT_IMPLEMENTED) sawNotImplemented = true;
      const spec: SpecResult = { name: test.name, file: outcome.file, passed: test.state === "passed" };
      if (test.kind) spec.kind = test.kind as SpecKind;
      if (test.durationMs !== undefined) spec.durationMs = test.durationMs;
      if (!spec.passed) {
        spec.failure =
          test.state === "pending"
            ? { name: test.name, message: "did not finish" }
            : failureFrom(test.name, test.error, root);
        // How the code behaved (never settled, exited, changed its input...) is the kata's problem.
        if (test.error && plainReason(test.error, root) !== undefined) problem ??= spec.failure.message;
      }
      push(spec);
    }
    if (outcome.errors.length > 0) {
      // Errors after the tests ran (an unhandled rejection, say): the file cannot count as passed.
      const error = outcome.errors[0]!;
      const reason = plainReason(error, root) ?? `raised an error outside the specs: ${cleanMessage(error.message, root).split("\n")[0]}`;
      problem ??= reason;
      specs.push({ name: "no stray errors", file: outcome.file, passed: false, kind: "contract", failure: { name: "no stray errors", message: reason, kind: "contract" } });
    }
  }
  const passed = specs.filter((s) => s.passed).length;
  const total = specs.length;
  const byKind = scoreByKind(specs);
  const worksButContract =
    !problem &&
    byKind.contract.passed < byKind.contract.total &&
    (["correct", "edge", "scale"] as const).every((kind) => byKind[kind].passed === byKind[kind].total) &&
    specs.every((s) => s.passed || s.kind === "contract");
  const status: KataStatus =
    total > 0 && passed === total
      ? "passed"
      : passed === 0 && sawNotImplemented && !problem
        ? "not started"
        : worksButContract
          ? "contract incomplete"
          : "failing";
  const result: KataResult = { slug, status, passed, total, byKind, specs };
  const failures = orderFailures(specs);
  if (failures.length > 0) {
    result.firstFailure = failures[0]!;
    result.failures = failures;
  }
  if (problem) result.problem = problem;
  return result;
}
