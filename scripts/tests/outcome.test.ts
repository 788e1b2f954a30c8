import { describe, expect, it } from "vitest";
import { cleanMessage, compileError, killedReason, plainReason, summariseKata } from "../lib/engine/outcome.ts";
import { CHEATING_MESSAGE } from "../lib/engine/targets.ts";
import type { FileOutcome } from "../lib/engine/run-specs.ts";

const file = "katas/x/.spec/x.spec.ts";

function outcome(partial: Partial<FileOutcome>): FileOutcome {
  return { file, collected: [], tests: [], errors: [], ...partial };
}

describe("summariseKata", () => {
  it("passed when every spec passes", () => {
    const result = summariseKata("x", [outcome({ tests: [{ name: "a", state: "passed", durationMs: 3 }, { name: "b", state: "passed" }] })]);
    expect(result).toMatchObject({ status: "passed", passed: 2, total: 2 });
    expect(result.firstFailure).toBeUndefined();
    expect(result.specs[0]).toMatchObject({ name: "a", passed: true, durationMs: 3 });
  });

  it("not started when nothing passes and the stub's error shows", () => {
    const result = summariseKata("x", [
      outcome({ tests: [{ name: "a", state: "failed", error: { name: "NotImplementedError", message: "f is not implemented yet" } }] }),
    ]);
    expect(result.status).toBe("not started");
  });

  it("failing with the first failing case's input, expected and actual", () => {
    const result = summariseKata("x", [
      outcome({
        tests: [
          { name: "ok", state: "passed" },
          { name: "s > ties", state: "failed", error: { name: "CaseFailure", message: "AUC off", input: "labels = [0]", expected: "0.75", actual: "0.5" } },
          { name: "skipped", state: "skipped" },
          { name: "later", state: "failed", error: { name: "TypeError", message: "x is not a function" } },
        ],
      }),
    ]);
    expect(result).toMatchObject({ status: "failing", passed: 1, total: 3 });
    expect(result.firstFailure).toEqual({ name: "s > ties", message: "AUC off", input: "labels = [0]", expected: "0.75", actual: "0.5" });
    expect(result.specs[2]!.failure!.message).toBe("TypeError: x is not a function");
  });

  it("a stopped file fails every collected spec and names the stalled one", () => {
    const result = summariseKata("x", [
      outcome({ collected: ["a", "slow"], killed: { reason: "stall", test: "slow", stalledMs: 3100, rssMb: 100 } }),
    ]);
    expect(result.status).toBe("failing");
    expect(result.total).toBe(2);
    expect(result.problem).toBe("did not finish: an infinite loop or very slow code (no progress in 3.1 s of CPU time)");
    expect(result.specs.find((s) => s.name === "slow")!.failure!.message).toMatch(/did not finish/);
    expect(result.specs.find((s) => s.name === "a")!.failure!.message).toMatch(/not run/);
  });

  it("memory blow-ups and files with no result are explained", () => {
    expect(killedReason({ reason: "memory", test: null, stalledMs: 0, rssMb: 600 })).toMatch(/ran out of memory/);
    const killed = summariseKata("x", [outcome({ killed: { reason: "memory", test: null, stalledMs: 0, rssMb: 600 } })]);
    expect(killed.total).toBe(1);
    const silent = summariseKata("x", [outcome({ collected: ["a"], noResult: "the spec file produced no result" })]);
    expect(silent).toMatchObject({ status: "failing", problem: "the spec file produced no result", total: 1 });
    expect(summariseKata("x", [outcome({ noResult: "gone" })]).specs[0]!.name).toBe(file);
  });

  it("a file that cannot load is reported as not compiling or crashing", () => {
    const syntax = summariseKata("x", [outcome({ errors: [{ name: "SyntaxError", message: "Unexpected token (3:4)" }] })], "/root");
    expect(syntax.problem).toBe("does not compile: Unexpected token (3:4)");
    const crash = summariseKata("x", [outcome({ errors: [{ name: "Error", message: "boom at import\n    at foo (/root/katas/x/x.ts:1:1)" }] })], "/root");
    expect(crash.problem).toBe("crashed while loading: boom at import");
    const typed = summariseKata("x", [outcome({ errors: [{ name: "TypeError", message: "bad" }] })]);
    expect(typed.problem).toBe("crashed while loading: TypeError: bad");
  });

  it("errors outside the specs keep a kata from passing", () => {
    const result = summariseKata("x", [
      outcome({ tests: [{ name: "a", state: "passed" }], errors: [{ name: "Error", message: "unhandled rejection" }] }),
    ]);
    expect(result.status).toBe("failing");
    expect(result.problem).toMatch(/outside the specs: unhandled rejection/);
  });

  it("pending tests and failures without an error still read well", () => {
    const result = summariseKata("x", [outcome({ tests: [{ name: "p", state: "pending" }, { name: "q", state: "failed" }] })]);
    expect(result.specs.map((s) => s.failure!.message)).toEqual(["did not finish", "failed without an error message"]);
  });
});

describe("plain reasons", () => {
  it("say how the code behaved, in the learner's words", () => {
    const reason = (message: string, extra: object = {}) => plainReason({ name: "Error", message, ...extra }, "/r");
    expect(reason("Test timed out in 4000ms.\nIf this is a long-running test, pass a timeout value")).toBe(
      "did not finish in 4 s: it waits on a promise that never settles, or is far too slow",
    );
    expect(reason("Hook timed out in 4000ms.")).toBe(
      "did not finish in 4 s while the specs were being prepared: it waits on a promise that never settles, or is far too slow",
    );
    expect(reason('process.exit unexpectedly called with "0"')).toBe(
      "called process.exit(0): return a value or throw an error instead of ending the process",
    );
    expect(reason("changed its input: values was modified (work on a copy)", { kind: "changed-input" })).toBe(
      "changed its input: values was modified (work on a copy)",
    );
    expect(reason(`[plugin kata-impl-swap] katas/x/helper.ts ${CHEATING_MESSAGE}`)).toBe(`katas/x/helper.ts ${CHEATING_MESSAGE}`);
    expect(reason("Error: #impl/x: /r/katas/x/x.ts is missing: restore the stub with `npm run reset -- x`")).toBe(
      "katas/x/x.ts is missing: restore the stub with `npm run reset -- x`",
    );
    expect(reason("lost", { kind: "unhandled-rejection" })).toBe("left a promise rejection unhandled (lost): await the promise or catch its error");
    expect(plainReason({ name: "TypeError", message: "late", kind: "uncaught-exception" })).toBe(
      "threw outside any spec, in a callback or timer (TypeError: late)",
    );
    expect(reason("AUC should be within 1e-12 of 0.75")).toBeUndefined();
  });

  it("become the kata's problem", () => {
    const result = summariseKata("x", [
      outcome({
        tests: [
          { name: "a", state: "passed" },
          { name: "b", state: "failed", error: { name: "Error", message: "Test timed out in 4000ms." } },
        ],
      }),
    ]);
    expect(result.problem).toMatch(/^did not finish in 4 s/);
    expect(result.firstFailure!.message).toBe(result.problem);
    const exitAtImport = summariseKata("x", [outcome({ errors: [{ name: "Error", message: 'process.exit unexpectedly called with "3"' }] })]);
    expect(exitAtImport.problem).toBe("called process.exit(3): return a value or throw an error instead of ending the process (while loading)");
    const cheat = summariseKata("x", [outcome({ errors: [{ name: "Error", message: `katas/x/x.ts ${CHEATING_MESSAGE}` }] })]);
    expect(cheat.problem).toBe(`katas/x/x.ts ${CHEATING_MESSAGE}`);
  });

  it("name the compiler's complaint and where it is", () => {
    const oxc = "Transform failed with 1 error:\n\n[PARSE_ERROR] Expected `,` or `)` but found `{`\n   ╭─[ katas/x/x.ts:6:40 ]\n   │";
    expect(compileError(oxc)).toBe("Expected `,` or `)` but found `{` (katas/x/x.ts:6:40)");
    expect(compileError("Transform failed with 1 error:\nkatas/x/x.ts:1:2: ERROR: Unexpected end of file")).toBe("Unexpected end of file (katas/x/x.ts:1:2)");
    expect(compileError("something else")).toBeUndefined();
    expect(summariseKata("x", [outcome({ errors: [{ name: "Error", message: oxc }] })]).problem).toBe(
      "does not compile: Expected `,` or `)` but found `{` (katas/x/x.ts:6:40)",
    );
  });

  it("explain every way the watchdog stops a file", () => {
    const killed = (reason: NonNullable<FileOutcome["killed"]>["reason"]) => killedReason({ reason, test: null, stalledMs: 3050, rssMb: 300, grewMb: 280 });
    expect(killed("growth")).toBe("ran out of memory (grew by 280 MB in 3.0 s without finishing): unbounded growth, or far too much data kept");
    expect(killed("load-idle")).toBe("did not finish loading: it waits on a promise that never settles (nothing happened for 3.0 s)");
    expect(killed("load-slow")).toMatch(/^did not finish loading in 3.0 s of CPU time: the code that runs when the file is imported/);
    const loading = summariseKata("x", [outcome({ killed: { reason: "load-idle", test: null, stalledMs: 3000, rssMb: 80 } })]);
    expect(loading.specs).toEqual([
      { name: "x.spec.ts (loading)", file, passed: false, failure: { name: "loading the kata", message: loading.problem } },
    ]);
    expect(killed("blocked")).toMatch(/^did not finish: it waits synchronously and never resumes/);
    expect(killed("slow")).toMatch(/^did not finish: one spec used 3.0 s of CPU time/);
  });

  it("counts the known specs of a file that cannot load, with their kinds, and orders failures simplest first", () => {
    const known = [
      { name: "a > big", kind: "correct" as const, file },
      { name: "a > small", kind: "correct" as const, file },
      { name: "b > errors", kind: "contract" as const, file },
    ];
    const broken = summariseKata("x", [outcome({ errors: [{ name: "SyntaxError", message: "Unexpected token" }] })], undefined, known);
    expect(broken).toMatchObject({ passed: 0, total: 3, byKind: { correct: { passed: 0, total: 2 }, contract: { passed: 0, total: 1 } } });
    const ran = summariseKata(
      "x",
      [
        outcome({
          tests: [
            { name: "b > errors", state: "failed", kind: "contract", error: { name: "CaseFailure", message: "no throw", size: 1 } },
            { name: "a > big", state: "failed", kind: "correct", error: { name: "CaseFailure", message: "off", size: 900 } },
            { name: "a > small", state: "failed", kind: "correct", error: { name: "CaseFailure", message: "off", size: 4 } },
          ],
        }),
      ],
      undefined,
      known,
    );
    expect(ran.failures!.map((f) => f.name)).toEqual(["a > small", "a > big", "b > errors"]);
    expect(ran.firstFailure!.name).toBe("a > small");
  });

  it("tells 'the algorithm works, the contract is incomplete' apart from failing", () => {
    const works = summariseKata("x", [
      outcome({
        tests: [
          { name: "a", state: "passed", kind: "correct" },
          { name: "e", state: "passed", kind: "edge" },
          { name: "c", state: "failed", kind: "contract", error: { name: "CaseFailure", message: "no RangeError" } },
        ],
      }),
    ]);
    expect(works.status).toBe("contract incomplete");
    const failing = summariseKata("x", [
      outcome({
        tests: [
          { name: "a", state: "failed", kind: "correct", error: { name: "CaseFailure", message: "off" } },
          { name: "c", state: "passed", kind: "contract" },
        ],
      }),
    ]);
    expect(failing.status).toBe("failing");
  });
});

describe("cleanMessage", () => {
  it("strips the repository path, stack lines and colours", () => {
    expect(cleanMessage("\u001b[31m/r/katas/x.ts broke\n    at f (/r/katas/x.ts:1:1)\u001b[39m", "/r")).toBe("katas/x.ts broke");
  });
});
