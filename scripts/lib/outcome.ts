/**
 * Turns per-file outcomes into one learner-facing result per kata: status, passed/total and the first
 * failing case (name, input, expected, actual), with plain-language reasons for crashes and stalls.
 */
import type { ErrorRecord } from "./records.ts";
import type { FileOutcome } from "./run-specs.ts";
import { CHEATING_MESSAGE } from "./targets.ts";

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
    return `did not finish loading in ${seconds} s: the code that runs when the file is imported is far too slow`;
  }
  return `did not finish: an infinite loop or very slow code (no progress for ${seconds} s)`;
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

export function summariseKata(slug: string, files: FileOutcome[], root?: string): KataResult {
  const specs: SpecResult[] = [];
  let problem: string | undefined;
  let sawNotImplemented = false;
  for (const outcome of files) {
    if (outcome.killed) {
      const reason = killedReason(outcome.killed);
      problem ??= reason;
      // Stopped while loading: nothing was collected, and the loading itself is the failing case.
      const loading = outcome.collected.length === 0;
      const names = loading ? [`${outcome.file.split("/").pop()} (loading)`] : outcome.collected;
      for (const name of names) {
        const stopped = loading || name === outcome.killed.test;
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
        // How the code behaved (never settled, exited, changed its input...) is the kata's problem.
        if (test.error && plainReason(test.error, root) !== undefined) problem ??= spec.failure.message;
      }
      specs.push(spec);
    }
    if (outcome.errors.length > 0) {
      // Errors after the tests ran (an unhandled rejection, say): the file cannot count as passed.
      const error = outcome.errors[0]!;
      const reason = plainReason(error, root) ?? `raised an error outside the specs: ${cleanMessage(error.message, root).split("\n")[0]}`;
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
