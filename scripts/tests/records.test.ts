import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResultRecord } from "../lib/records.ts";
import { foldRecords, parseRecords } from "../lib/run-specs.ts";
import GradeReporter, { toErrorRecord } from "../lib/vitest-reporter.ts";

const file = "katas/x/.spec/x.spec.ts";

describe("result records", () => {
  it("parses JSON lines and skips a line cut short by a kill", () => {
    expect(parseRecords('{"kind":"collected","file":"f","tests":[]}\n\n{"kind":"mod')).toEqual([{ kind: "collected", file: "f", tests: [] }]);
  });

  it("folds records into one outcome per file", () => {
    const records: ResultRecord[] = [
      { kind: "collected", file, tests: ["a", "b"] },
      { kind: "module", file, tests: [{ name: "a", state: "passed" }], errors: [] },
      { kind: "collected", file: "katas/y/.spec/y.spec.ts", tests: ["c"] },
      { kind: "killed", reason: "stall", file: "/r/katas/y/.spec/y.spec.ts", test: "katas/y/.spec/y.spec.ts > c", stalledMs: 3000, rssMb: 90 },
      { kind: "module", file: "katas/other.spec.ts", tests: [], errors: [] },
      { kind: "run-end", unhandled: [{ name: "", message: "late rejection", file: `/r/${file}` }, { name: "Error", message: "pool", file: null }] },
    ];
    const outcomes = foldRecords("/r", [file, "katas/y/.spec/y.spec.ts", "katas/z/.spec/z.spec.ts"], records);
    expect(outcomes.get(file)).toEqual({
      file,
      collected: ["a", "b"],
      tests: [{ name: "a", state: "passed" }],
      errors: [{ name: "UnhandledError", message: "late rejection", file: `/r/${file}` }],
    });
    expect(outcomes.get("katas/y/.spec/y.spec.ts")!.killed).toEqual({ reason: "stall", test: "c", stalledMs: 3000, rssMb: 90 });
    expect(outcomes.get("katas/z/.spec/z.spec.ts")!.noResult).toBe("the spec file produced no result");
    expect(outcomes.has("katas/other.spec.ts")).toBe(false);
  });
});

describe("the grader's vitest reporter", () => {
  it("keeps the case fields of an error and drops everything else", () => {
    expect(toErrorRecord({ message: "m", kataInput: "x = 1", kataExpected: "2", kataActual: "3", stack: "at …" })).toEqual({
      name: "Error",
      message: "m",
      input: "x = 1",
      expected: "2",
      actual: "3",
    });
    expect(toErrorRecord({ name: "AssertionError", message: "m", expected: "1", actual: 2 })).toEqual({
      name: "AssertionError",
      message: "m",
      expected: "1",
      actual: "2",
    });
  });

  it("appends one JSON line per event", () => {
    const dir = mkdtempSync(join(tmpdir(), "kata-reporter-"));
    const results = join(dir, "results.jsonl");
    process.env.KATA_RESULTS_FILE = results;
    try {
      appendFileSync(results, "");
      const reporter = new GradeReporter();
      const test = {
        fullName: "s > t",
        result: () => ({ state: "failed", errors: [{ name: "CaseFailure", message: "off", kataExpected: "1", kataActual: "2" }] }),
        diagnostic: () => ({ duration: 12.4 }),
      };
      const module = {
        relativeModuleId: file,
        children: { allTests: () => [test][Symbol.iterator]() },
        errors: () => [],
      };
      type Module = Parameters<GradeReporter["onTestModuleEnd"]>[0];
      reporter.onTestModuleCollected(module as unknown as Module);
      reporter.onTestModuleEnd(module as unknown as Module);
      reporter.onTestRunEnd([], [{ message: "stray", VITEST_TEST_PATH: "/r/f.ts" }]);
      const lines = parseRecords(readFileSync(results, "utf8"));
      expect(lines).toEqual([
        { kind: "collected", file, tests: ["s > t"] },
        {
          kind: "module",
          file,
          tests: [{ name: "s > t", state: "failed", durationMs: 12, error: { name: "CaseFailure", message: "off", expected: "1", actual: "2" } }],
          errors: [],
        },
        { kind: "run-end", unhandled: [{ name: "Error", message: "stray", file: "/r/f.ts" }] },
      ]);
    } finally {
      delete process.env.KATA_RESULTS_FILE;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
