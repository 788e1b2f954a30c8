import { describe, expect, it } from "vitest";
import { cleanMessage, killedReason, summariseKata } from "../lib/outcome.ts";
import type { FileOutcome } from "../lib/run-specs.ts";

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
    expect(result.problem).toBe("did not finish: an infinite loop or very slow code (no progress for 3.1 s)");
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

describe("cleanMessage", () => {
  it("strips the repository path, stack lines and colours", () => {
    expect(cleanMessage("\u001b[31m/r/katas/x.ts broke\n    at f (/r/katas/x.ts:1:1)\u001b[39m", "/r")).toBe("katas/x.ts broke");
  });
});
