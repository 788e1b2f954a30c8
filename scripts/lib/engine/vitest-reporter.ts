/**
 * Vitest reporter used by the grader: appends one JSON line per event to KATA_RESULTS_FILE, as soon as each spec
 * file finishes, so results survive even when a later file crashes its worker or the run is killed.
 * It prints nothing; the grader renders the learner-facing report.
 *
 * Every text field is clipped (a learner's huge output must not make huge lines), and each line carries the time
 * it was written. `recordUnhandled` is called by vitest.config.ts the moment an unhandled error arrives, so a
 * stray rejection is on record even if the run is killed later.
 *
 * Orphan guard: when the grader dies without cleaning up (kill -9), vitest and its workers would keep running in
 * their own process group. With KATA_PARENT_PID set, the reporter notices that its parent is gone, removes the
 * results folder and kills its own group.
 */
import { appendFileSync, rmSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { Reporter, SerializedError, TestCase, TestModule } from "vitest/node";
import type { ErrorRecord, ResultRecord, TestRecord } from "./records.ts";

/** Longest text kept for a message, an input, an expected or an actual value. */
export const MAX_FIELD_CHARS = 1200;
/** Most lines kept for one field. */
export const MAX_FIELD_LINES = 16;
/** Prefix of the grader's temporary folders (the orphan guard removes only such a folder). */
export const RUN_DIR_PREFIX = "kata-run-";

/** Cuts a text to at most `maxChars` characters and `maxLines` lines, saying how much was left out. */
export function clip(value: string, maxChars = MAX_FIELD_CHARS, maxLines = MAX_FIELD_LINES): string {
  let text = value;
  let cut = false;
  const lines = text.split("\n");
  if (lines.length > maxLines) {
    text = lines.slice(0, maxLines).join("\n");
    cut = true;
  }
  if (text.length > maxChars) {
    text = text.slice(0, maxChars);
    cut = true;
  }
  return cut ? `${text}… (${value.length.toLocaleString("en-US")} characters in all)` : text;
}

/** Colour codes, which vitest's and the compiler's messages may carry even with FORCE_COLOR=0. */
const ANSI = /\u001b\[[0-9;]*m/g;

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return clip((typeof value === "string" ? value : String(value)).replace(ANSI, ""));
}

export function toErrorRecord(error: SerializedError): ErrorRecord {
  const record: ErrorRecord = { name: text(error.name) ?? "Error", message: text(error.message) ?? "" };
  const expected = text(error.kataExpected) ?? text(error.expected);
  const actual = text(error.kataActual) ?? text(error.actual);
  const input = text(error.kataInput);
  const kind = text(error.kataKind);
  const size = Number(error.kataSize);
  if (Number.isFinite(size) && size >= 0) record.size = size;
  if (expected !== undefined) record.expected = expected;
  if (actual !== undefined) record.actual = actual;
  if (input !== undefined) record.input = input;
  if (kind !== undefined) record.kind = kind;
  return record;
}

/** The kind declared with the spec kit's `specs(kind, ...)` (inherited from the describe block). */
function specKind(test: TestCase): string | undefined {
  const kind = (test.meta() as { kataKind?: unknown }).kataKind;
  return typeof kind === "string" ? kind : undefined;
}

function toTestRecord(test: TestCase): TestRecord {
  const result = test.result();
  const record: TestRecord = { name: test.fullName, state: result.state };
  const kind = specKind(test);
  if (kind) record.kind = kind;
  const duration = test.diagnostic()?.duration;
  if (duration !== undefined) record.durationMs = Math.round(duration);
  const error = result.errors?.[0];
  if (result.state === "failed" && error) record.error = toErrorRecord(error);
  return record;
}

/** Appends one record, stamped with the time, to KATA_RESULTS_FILE (when set). */
export function writeRecord(record: ResultRecord, file = process.env.KATA_RESULTS_FILE): void {
  if (file) appendFileSync(file, `${JSON.stringify({ ...record, at: Date.now() })}\n`);
}

/** Records an unhandled error (a stray rejection, an uncaught exception) with the spec file it came from. */
export function recordUnhandled(raw: unknown): void {
  const error = (typeof raw === "object" && raw !== null ? raw : { message: String(raw) }) as SerializedError;
  writeRecord({
    kind: "unhandled",
    type: text(error.type) ?? "Unhandled error",
    file: text(error.VITEST_TEST_PATH) ?? null,
    test: text(error.VITEST_TEST_NAME) ?? null,
    error: toErrorRecord(error),
  });
}

/** Starts the orphan guard: returns the timer (unref'd) or undefined when there is no parent to watch. */
export function guardAgainstOrphaning(
  parentPid = Number(process.env.KATA_PARENT_PID),
  onOrphaned: () => void = dieWithGroup,
  intervalMs = 250,
): NodeJS.Timeout | undefined {
  if (!Number.isInteger(parentPid) || parentPid <= 0) return undefined;
  const timer = setInterval(() => {
    if (process.ppid !== parentPid) {
      clearInterval(timer);
      onOrphaned();
    }
  }, intervalMs);
  timer.unref();
  return timer;
}

/** What an orphaned run does: remove the grader's temporary folder, then kill its own process group. */
export function dieWithGroup(): void {
  const file = process.env.KATA_RESULTS_FILE;
  if (file && basename(dirname(file)).startsWith(RUN_DIR_PREFIX)) rmSync(dirname(file), { recursive: true, force: true });
  try {
    process.kill(-process.pid, "SIGKILL");
  } catch {
    process.kill(process.pid, "SIGKILL");
  }
}

export default class GradeReporter implements Reporter {
  constructor() {
    guardAgainstOrphaning();
  }

  onTestModuleCollected(module: TestModule): void {
    const tests = [...module.children.allTests()];
    writeRecord({
      kind: "collected",
      file: module.relativeModuleId,
      tests: tests.map((test) => test.fullName),
      kinds: tests.map((test) => specKind(test) ?? null),
    });
  }

  onTestModuleEnd(module: TestModule): void {
    writeRecord({
      kind: "module",
      file: module.relativeModuleId,
      tests: [...module.children.allTests()].map(toTestRecord),
      errors: module.errors().map(toErrorRecord),
    });
  }

  onTestRunEnd(): void {
    writeRecord({ kind: "run-end" });
  }
}
