import { describe, expect, it } from "vitest";
import {
  abridge,
  describeInput,
  expectAllClose,
  expectClose,
  expectError,
  expectUnchanged,
  given,
  NotImplementedError,
  snapshot,
  type CaseError,
} from "../kit/index.ts";

function caught(fn: () => unknown): CaseError {
  try {
    fn();
  } catch (error) {
    return error as CaseError;
  }
  throw new Error("expected a throw");
}

describe("abridge", () => {
  it("cuts long arrays and says how long they were", () => {
    expect(abridge(Array.from({ length: 20 }, (_, i) => i))).toBe("[0, 1, 2, 3, 4, 5, 6, 7, … 12 more (length 20)]");
    expect(abridge(new Float64Array([0.5, 1]))).toBe("Float64Array [0.5, 1]");
    expect(abridge(Float64Array.from({ length: 1_000_000 }, () => 1))).toMatch(/999,992 more \(length 1,000,000\)/);
  });

  it("renders every kind of value on one line", () => {
    expect(abridge({ a: 1, b: "x", c: [true, null], d: undefined })).toBe('{ a: 1, b: "x", c: [true, null], d: undefined }');
    expect(abridge(-0)).toBe("-0");
    expect(abridge(1 / 3)).toBe("0.3333333333");
    expect(abridge(Number.NaN)).toBe("NaN");
    expect(abridge(new Set([1, 2]))).toBe("Set [1, 2]");
    expect(abridge(new Map([[1, 2]]))).toBe("Map(1)");
    expect(abridge(10n)).toBe("10n");
    expect(abridge(function named() {})).toBe("[function named]");
    expect(abridge(new RangeError("bad"))).toBe("RangeError: bad");
    expect(abridge([[[[[1]]]]])).toBe("[[[[…1 items]]]]");
    expect(abridge("x".repeat(500)).length).toBe(240);
    expect(abridge(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i])))).toMatch(/… 2 more keys/);
  });

  it("describes named inputs one per line", () => {
    expect(describeInput({ labels: [0, 1], scores: [0.5, 0.25] })).toBe("labels = [0, 1]\nscores = [0.5, 0.25]");
  });
});

describe("given", () => {
  it("attaches the input as it was before the call", () => {
    const data = [3, 1, 2];
    const error = caught(() =>
      given({ data: "a description", n: data.length }, () => {
        data.sort();
        throw new Error("boom");
      }),
    );
    expect(error.kataInput).toBe('data = "a description"\nn = 3');
    expect(error.message).toBe("boom");
  });

  it("fails a case whose code changed its plain-data input, even when the answer was right", async () => {
    const values = [3, 1, 2];
    const error = caught(() => given({ values, n: 3 }, () => values.sort()));
    expect(error).toMatchObject({
      name: "CaseFailure",
      message: "changed its input: values was modified (work on a copy)",
      kataKind: "changed-input",
      kataInput: "values = [3, 1, 2]\nn = 3",
      kataExpected: "[3, 1, 2]",
      kataActual: "[1, 2, 3]",
    });
    // A wrong answer that follows a modified input is reported as the modified input.
    const nested = { rows: [[1, 2], [3, 4]], weights: new Float64Array([0.5]) };
    const after = caught(() => given({ nested }, () => {
      nested.weights[0] = 1;
      throw new Error("wrong answer");
    }));
    expect(after.message).toBe("changed its input: nested was modified (work on a copy)");
    await expect(given({ values }, async () => { values.push(9); })).rejects.toMatchObject({ kataKind: "changed-input" });
  });

  it("leaves alone what it cannot copy, and lets 'not implemented' through", () => {
    class Model { weights = [1]; }
    const model = new Model();
    const fn = () => 1;
    expect(given({ model, options: { k: 2, rng: fn }, map: new Map([[1, 2]]) }, () => { model.weights.push(2); return "ok"; })).toBe("ok");
    const data = [1];
    expect(caught(() => given({ data }, () => { data.push(2); throw new NotImplementedError("f"); })).name).toBe("NotImplementedError");
  });

  it("returns the body's value and handles promises", async () => {
    expect(given({}, () => 42)).toBe(42);
    await expect(given({ x: 1 }, async () => Promise.reject(new Error("late")))).rejects.toMatchObject({ kataInput: "x = 1" });
    expect(() => given({}, () => { throw "not an error"; })).toThrow();
  });
});

describe("expectations", () => {
  it("expectClose passes within tolerance and explains failures", () => {
    expectClose(0.75 + 1e-13, 0.75, 1e-12);
    expectClose(Infinity, Infinity, 0);
    expect(caught(() => expectClose(0.5, 0.75, 1e-12, "AUC"))).toMatchObject({
      message: "AUC should be within 1e-12 of 0.75",
      kataExpected: "0.75",
      kataActual: "0.5",
    });
    expect(caught(() => expectClose(Number.NaN, 1, 1)).message).toBe("result is NaN");
    expect(caught(() => expectClose("1", 1, 1))).toMatchObject({ message: "result should be a number, got a string", kataActual: '"1"' });
    expect(caught(() => expectClose([1, 2], 1, 1)).message).toBe("result should be a number, got an array");
    expect(caught(() => expectClose(Promise.resolve(1), 1, 1)).message).toMatch(/got a Promise \(is the function async\?\)/);
    expect(caught(() => expectClose(undefined, 1, 1)).message).toBe("result should be a number, got undefined");
    expect(caught(() => expectClose(null, 1, 1)).message).toBe("result should be a number, got null");
    expect(caught(() => expectClose({}, 1, 1)).message).toBe("result should be a number, got an object");
    expect(caught(() => expectClose(new Float64Array(1), 1, 1)).message).toBe("result should be a number, got a Float64Array");
  });

  it("expectAllClose names the first index that differs", () => {
    expectAllClose([1, 2], [1, 2 + 1e-14], 1e-12);
    expectAllClose(new Float64Array([1]), [1], 0);
    expect(caught(() => expectAllClose([1, 3], [1, 2], 0.1, "tpr")).message).toMatch(/^tpr\[1\] should be within 0.1 of 2, got 3/);
    expect(caught(() => expectAllClose([1], [1, 2], 0.1)).message).toMatch(/length 2, got 1/);
    expect(caught(() => expectAllClose("x", [1], 0.1)).message).toMatch(/array of numbers/);
  });

  it("expectError checks the type and that the message names the problem", () => {
    expectError(() => { throw new RangeError("labels are empty"); }, RangeError, /empty/);
    expect(caught(() => expectError(() => 1, RangeError, /x/)).kataActual).toBe("returned without throwing");
    expect(caught(() => expectError(() => { throw new TypeError("x"); }, RangeError, /x/)).kataActual).toBe("TypeError: x");
    expect(caught(() => expectError(() => { throw new RangeError("oops"); }, RangeError, /empty/)).message).toMatch(/name the problem/);
    expect(caught(() => expectError(() => { throw "str"; }, RangeError, /x/)).kataActual).toBe('"str"');
  });

  it("expectError lets 'not implemented' through so the grader can say 'not started'", () => {
    expect(caught(() => expectError(() => { throw new NotImplementedError("f"); }, RangeError, /x/)).name).toBe("NotImplementedError");
  });

  it("expectUnchanged compares deeply, typed arrays included", () => {
    const input = { a: [1, 2], b: new Float64Array([1, Number.NaN]), c: { d: "x" } };
    const before = snapshot(input);
    expectUnchanged(before, input, "input");
    input.b[0] = 5;
    expect(caught(() => expectUnchanged(before, input, "the input"))).toMatchObject({
      message: "changed its input: the input was modified (work on a copy)",
      kataKind: "changed-input",
    });
    expect(caught(() => expectUnchanged([1], [1, 2], "x")).name).toBe("CaseFailure");
    expect(caught(() => expectUnchanged({ a: 1 }, { a: 1, b: 2 }, "x")).name).toBe("CaseFailure");
    expect(caught(() => expectUnchanged(new Uint8Array(1), new Uint8Array(2), "x")).name).toBe("CaseFailure");
    expect(caught(() => expectUnchanged(1, "1", "x")).name).toBe("CaseFailure");
    expectUnchanged(new Set([1, 2]), new Set([2, 1]), "a set");
    expect(caught(() => expectUnchanged(new Set([1, 2]), new Set([1, 3]), "a set")).name).toBe("CaseFailure");
    expectUnchanged(new Map([[1, [2]]]), new Map([[1, [2]]]), "a map");
    expect(caught(() => expectUnchanged(new Map([[1, [2]]]), new Map([[1, [3]]]), "a map")).name).toBe("CaseFailure");
  });
});
