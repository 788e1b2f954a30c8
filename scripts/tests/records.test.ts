import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResultRecord } from "../lib/engine/records.ts";
import { foldRecords, parseRecords } from "../lib/engine/run-specs.ts";
import GradeReporter, { clip, guardAgainstOrphaning, recordUnhandled, toErrorRecord, writeRecord } from "../lib/engine/vitest-reporter.ts";

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
      { kind: "unhandled", type: "Unhandled Rejection", file: `/r/${file}`, test: "a", error: { name: "Error", message: "late rejection" } },
      { kind: "unhandled", type: "Unhandled Error", file: null, test: null, error: { name: "Error", message: "pool" } },
      { kind: "unhandled", type: "Uncaught Exception", file: "/r/katas/y/.spec/y.spec.ts", test: null, error: { name: "Error", message: "after the kill" } },
      { kind: "run-end" },
    ];
    const outcomes = foldRecords("/r", [file, "katas/y/.spec/y.spec.ts", "katas/z/.spec/z.spec.ts"], records);
    expect(outcomes.get(file)).toEqual({
      file,
      collected: ["a", "b"],
      kinds: new Map(),
      tests: [{ name: "a", state: "passed" }],
      errors: [{ name: "Error", message: "late rejection", kind: "unhandled-rejection" }],
    });
    expect(outcomes.get("katas/y/.spec/y.spec.ts")!.killed).toEqual({ reason: "stall", test: "c", stalledMs: 3000, rssMb: 90 });
    expect(outcomes.get("katas/y/.spec/y.spec.ts")!.errors).toEqual([]); // an error after a kill is noise
    expect(outcomes.get("katas/z/.spec/z.spec.ts")!.noResult).toBe("the spec file produced no result");
    expect(outcomes.has("katas/other.spec.ts")).toBe(false);
  });

  it("the first verdict on a file wins: a kill after its results, or results after its kill, change nothing", () => {
    const killed: ResultRecord = { kind: "killed", reason: "growth", file, test: null, stalledMs: 3100, rssMb: 400, grewMb: 300 };
    const module: ResultRecord = { kind: "module", file, tests: [{ name: "a", state: "passed" }], errors: [] };
    expect(foldRecords("/r", [file], [module, killed]).get(file)).toMatchObject({ tests: [{ name: "a" }] });
    expect(foldRecords("/r", [file], [module, killed]).get(file)!.killed).toBeUndefined();
    expect(foldRecords("/r", [file], [killed, module]).get(file)).toMatchObject({
      tests: [],
      killed: { reason: "growth", test: null, grewMb: 300 },
    });
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

  it("clips huge or many-line fields and strips colour codes", () => {
    expect(clip("short")).toBe("short");
    expect(clip("x".repeat(5000))).toBe(`${"x".repeat(1200)}… (5,000 characters in all)`);
    expect(clip(Array.from({ length: 40 }, (_, i) => `line ${i}`).join("\n")).split("\n")).toHaveLength(16);
    const record = toErrorRecord({ name: "AssertionError", message: "\u001b[31mred\u001b[39m", actual: "y".repeat(1_000_000), kataKind: "changed-input" });
    expect(record.message).toBe("red");
    expect(record.actual!.length).toBeLessThan(1300);
    expect(record.kind).toBe("changed-input");
  });

  it("writes nothing without a results file", () => {
    expect(() => writeRecord({ kind: "run-end" }, undefined)).not.toThrow();
  });

  it("notices when the grader that started it is gone (the orphan guard)", async () => {
    expect(guardAgainstOrphaning(Number.NaN)).toBeUndefined();
    const watching = guardAgainstOrphaning(process.ppid, () => {}, 10);
    expect(watching).toBeDefined();
    clearInterval(watching);
    const orphaned = await new Promise<boolean>((resolve) => {
      guardAgainstOrphaning(process.ppid + 1_000_000, () => resolve(true), 10);
      setTimeout(() => resolve(false), 2000);
    });
    expect(orphaned).toBe(true);
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
        meta: () => ({ kataKind: "correct" }),
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
      reporter.onTestRunEnd();
      recordUnhandled({ message: "stray", type: "Unhandled Rejection", VITEST_TEST_PATH: "/r/f.ts", VITEST_TEST_NAME: "s > t" });
      recordUnhandled("a bare string");
      const lines = parseRecords(readFileSync(results, "utf8"));
      expect(lines.every((line) => typeof line.at === "number")).toBe(true);
      expect(lines.map(({ at: _at, ...rest }) => rest)).toEqual([
        { kind: "collected", file, tests: ["s > t"], kinds: ["correct"] },
        {
          kind: "module",
          file,
          tests: [{ name: "s > t", state: "failed", kind: "correct", durationMs: 12, error: { name: "CaseFailure", message: "off", expected: "1", actual: "2" } }],
          errors: [],
        },
        { kind: "run-end" },
        { kind: "unhandled", type: "Unhandled Rejection", file: "/r/f.ts", test: "s > t", error: { name: "Error", message: "stray" } },
        { kind: "unhandled", type: "Unhandled error", file: null, test: null, error: { name: "Error", message: "a bare string" } },
      ]);
    } finally {
      delete process.env.KATA_RESULTS_FILE;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
