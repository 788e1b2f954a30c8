/** A failed `expect` on a huge value must be quick and small (scripts/lib/tame-assertions.ts). */
import { chai, describe, expect, it } from "vitest";
import { Abridged, installAssertionTamer, isLarge, tameAssertionError, type ChaiLike } from "../lib/engine/tame-assertions.ts";

describe("isLarge", () => {
  it("counts parts through nesting and stops at the budget", () => {
    expect(isLarge(1)).toBe(false);
    expect(isLarge([1, 2, 3])).toBe(false);
    expect(isLarge(new Array(5_000_000).fill(1))).toBe(true);
    expect(isLarge(new Float64Array(3000))).toBe(true);
    expect(isLarge(new DataView(new ArrayBuffer(3000)))).toBe(true);
    expect(isLarge("x".repeat(100_000))).toBe(true);
    expect(isLarge(Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => 0)))).toBe(true);
    expect(isLarge(new Map(Array.from({ length: 3000 }, (_, i) => [i, i])))).toBe(true);
    expect(isLarge(new Set([1, 2]))).toBe(false);
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(isLarge(cycle)).toBe(false);
  });
});

describe("tameAssertionError", () => {
  it("abridges large actual and expected values and drops the diff", () => {
    const error = { actual: new Array(10_000).fill(7), expected: 0, showDiff: true };
    tameAssertionError(error);
    expect(error).toEqual({ actual: "[7, 7, 7, 7, 7, 7, 7, 7, … 9,992 more (length 10,000)]", expected: 0, showDiff: false });
    const stood = { actual: new Abridged("[1, …]"), expected: "x".repeat(50_000) };
    tameAssertionError(stood);
    expect(stood.actual).toBe("[1, …]");
    expect((stood.expected as string).length).toBeLessThanOrEqual(600);
  });

  it("leaves small values and non-errors alone", () => {
    const error = { actual: [1], expected: [2], showDiff: true };
    tameAssertionError(error);
    expect(error).toEqual({ actual: [1], expected: [2], showDiff: true });
    expect(() => tameAssertionError(null)).not.toThrow();
    expect(String(new Abridged("t"))).toBe("t");
  });
});

describe("installAssertionTamer", () => {
  it("keeps a failed expect on 5,000,000 elements fast and its message short", () => {
    installAssertionTamer(chai as unknown as ChaiLike);
    installAssertionTamer(chai as unknown as ChaiLike); // once per worker
    const huge = new Array(5_000_000).fill(1);
    const started = performance.now();
    let thrown: { message: string; actual: unknown; showDiff?: boolean } | undefined;
    try {
      expect(huge).toBe(0);
    } catch (error) {
      thrown = error as typeof thrown;
    }
    expect(performance.now() - started).toBeLessThan(2000);
    expect(thrown!.message).toBe("expected [1, 1, 1, 1, 1, 1, 1, 1, … 4,999,992 more (length 5,000,000)] to be +0 // Object.is equality");
    expect(thrown!.actual).toBe("[1, 1, 1, 1, 1, 1, 1, 1, … 4,999,992 more (length 5,000,000)]");
    expect(thrown!.showDiff).toBe(false);
    // Passing and negated assertions, and the asserted object itself, are untouched.
    expect(huge).toHaveLength(5_000_000);
    expect(huge).not.toBe(0);
    expect(() => expect([1]).toEqual([2])).toThrow(/expected \[ 1 \] to deeply equal \[ 2 \]/);
  });
});
