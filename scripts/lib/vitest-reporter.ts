/**
 * Vitest reporter used by the grader: appends one JSON line per event to KATA_RESULTS_FILE, as soon as each spec
 * file finishes, so results survive even when a later file crashes its worker or the run is killed.
 * It prints nothing; the grader renders the learner-facing report.
 */
import { appendFileSync } from "node:fs";
import type { Reporter, SerializedError, TestCase, TestModule } from "vitest/node";
import type { ErrorRecord, ResultRecord, TestRecord } from "./records.ts";

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}

export function toErrorRecord(error: SerializedError): ErrorRecord {
  const record: ErrorRecord = { name: error.name ?? "Error", message: error.message ?? "" };
  const expected = text(error.kataExpected) ?? text(error.expected);
  const actual = text(error.kataActual) ?? text(error.actual);
  const input = text(error.kataInput);
  if (expected !== undefined) record.expected = expected;
  if (actual !== undefined) record.actual = actual;
  if (input !== undefined) record.input = input;
  return record;
}

function toTestRecord(test: TestCase): TestRecord {
  const result = test.result();
  const record: TestRecord = { name: test.fullName, state: result.state };
  const duration = test.diagnostic()?.duration;
  if (duration !== undefined) record.durationMs = Math.round(duration);
  const error = result.errors?.[0];
  if (result.state === "failed" && error) record.error = toErrorRecord(error);
  return record;
}

export default class GradeReporter implements Reporter {
  private readonly file = process.env.KATA_RESULTS_FILE;

  private write(record: ResultRecord): void {
    if (this.file) appendFileSync(this.file, `${JSON.stringify(record)}\n`);
  }

  onTestModuleCollected(module: TestModule): void {
    this.write({
      kind: "collected",
      file: module.relativeModuleId,
      tests: [...module.children.allTests()].map((test) => test.fullName),
    });
  }

  onTestModuleEnd(module: TestModule): void {
    this.write({
      kind: "module",
      file: module.relativeModuleId,
      tests: [...module.children.allTests()].map(toTestRecord),
      errors: module.errors().map(toErrorRecord),
    });
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    this.write({
      kind: "run-end",
      unhandled: unhandledErrors.map((error) => ({
        ...toErrorRecord(error),
        file: text(error.VITEST_TEST_PATH) ?? null,
      })),
    });
  }
}
