/**
 * Turns per-file outcomes into one learner-facing result per kata: status, passed/total and the first
 * failing case (name, input, expected, actual), with plain-language reasons for crashes and stalls.
 */
import type { ErrorRecord } from "./records.ts";
import type { FileOutcome } from "./run-specs.ts";

export type KataStatus = "not started" | "failing" | "passed";

export interface CaseFailure {
  /** Spec name ("describe > test"). */
  name: string;
  /** One-line reason. */
  message: string;
  input?: string;
  expected?: string;
  actual?: string;
}

export interface SpecResult {
  name: string;
  file: string;
  passed: boolean;
  durationMs?: number;
  failure?: CaseFailure;
}

export interface KataResult {
  slug: string;
  status: KataStatus;
  passed: number;
  total: number;
  specs: SpecResult[];
  /** The first failing case, in spec-file order. */
  firstFailure?: CaseFailure;
  /** Set when a spec file could not run or was stopped: the plain reason. */
  problem?: string;
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

function failureFrom(name: string, error: ErrorRecord | undefined, root?: string): CaseFailure {
  if (!error) return { name, message: "failed without an error message" };
  const failure: CaseFailure = {
    name,
    message:
      error.name && !["Error", "AssertionError", "CaseFailure"].includes(error.name)
        ? `${error.name}: ${cleanMessage(error.message, root)}`
        : cleanMessage(error.message, root),
  };
  if (error.input !== undefined) failure.input = error.input;
  if (error.expected !== undefined) failure.expected = error.expected;
  if (error.actual !== undefined) failure.actual = error.actual;
  return failure;
}

export function killedReason(killed: NonNullable<FileOutcome["killed"]>): string {
  if (killed.reason === "memory") {
    return `ran out of memory (over ${killed.rssMb} MB): unbounded growth, or far too much data kept`;
  }
  return `did not finish: an infinite loop or very slow code (no progress for ${(killed.stalledMs / 1000).toFixed(1)} s)`;
}

/** Describes a module-level error (syntax error, throw at import) in one line. */
function moduleProblem(errors: ErrorRecord[], root?: string): string {
  const error = errors[0]!;
  const message = cleanMessage(error.message, root).split("\n")[0] ?? "";
  if (/Transform failed|Parse failure|SyntaxError|Unexpected token|Expected/.test(`${error.name} ${message}`)) {
    return `does not compile: ${message}`;
  }
  return `crashed while loading: ${error.name && error.name !== "Error" ? `${error.name}: ` : ""}${message}`;
}

export function summariseKata(slug: string, files: FileOutcome[], root?: string): KataResult {
  const specs: SpecResult[] = [];
  let problem: string | undefined;
  let sawNotImplemented = false;
  for (const outcome of files) {
    if (outcome.killed) {
      const reason = killedReason(outcome.killed);
      problem ??= reason;
      const names = outcome.collected.length > 0 ? outcome.collected : [outcome.killed.test ?? outcome.file];
      for (const name of names) {
        const stopped = name === outcome.killed.test;
        specs.push({
          name,
          file: outcome.file,
          passed: false,
          failure: {
            name,
            message: stopped ? reason : "not run: the spec file was stopped while running another spec",
          },
        });
      }
      continue;
    }
    if (outcome.noResult) {
      problem ??= outcome.noResult;
      const names = outcome.collected.length > 0 ? outcome.collected : [outcome.file];
      for (const name of names) specs.push({ name, file: outcome.file, passed: false, failure: { name, message: outcome.noResult } });
      continue;
    }
    if (outcome.errors.length > 0 && outcome.tests.length === 0) {
      const reason = moduleProblem(outcome.errors, root);
      problem ??= reason;
      specs.push({ name: `${outcome.file.split("/").pop()} (loading)`, file: outcome.file, passed: false, failure: { name: "loading the kata", message: reason } });
      continue;
    }
    for (const test of outcome.tests) {
      if (test.state === "skipped") continue;
      if (test.error?.name === NOT_IMPLEMENTED) sawNotImplemented = true;
      const spec: SpecResult = { name: test.name, file: outcome.file, passed: test.state === "passed" };
      if (test.durationMs !== undefined) spec.durationMs = test.durationMs;
      if (!spec.passed) {
        spec.failure =
          test.state === "pending"
            ? { name: test.name, message: "did not finish" }
            : failureFrom(test.name, test.error, root);
      }
      specs.push(spec);
    }
    if (outcome.errors.length > 0) {
      // Errors after the tests ran (an unhandled rejection, say): the file cannot count as passed.
      const reason = `raised an error outside the specs: ${cleanMessage(outcome.errors[0]!.message, root).split("\n")[0]}`;
      problem ??= reason;
      specs.push({ name: "no stray errors", file: outcome.file, passed: false, failure: { name: "no stray errors", message: reason } });
    }
  }
  const passed = specs.filter((s) => s.passed).length;
  const total = specs.length;
  const status: KataStatus =
    total > 0 && passed === total ? "passed" : passed === 0 && sawNotImplemented && !problem ? "not started" : "failing";
  const result: KataResult = { slug, status, passed, total, specs };
  const first = specs.find((s) => !s.passed)?.failure;
  if (first) result.firstFailure = first;
  if (problem) result.problem = problem;
  return result;
}
