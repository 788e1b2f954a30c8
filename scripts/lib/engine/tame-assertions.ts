/**
 * Keeps a huge value in a failed `expect(...)` from freezing the test worker.
 *
 * When an assertion fails, vitest pretty-prints the whole `actual` and `expected` values and diffs them, in the
 * test worker, before the next test can run. For a learner's function that returns a 5,000,000-element array
 * that takes longer than the watchdog's stall limit, and the kata would be reported as an infinite loop.
 * The spec kit already abridges what it reports; this does the same for plain `expect` assertions: a large
 * value is replaced by its one-line abridged form (and the diff is skipped) as the assertion error is thrown.
 * Installed in every test worker by scripts/lib/watchdog.ts.
 */
import { abridge } from "../../kit/format.ts";

/** Values with more parts than this (elements, keys, characters / 8, counted through nesting) are abridged. */
export const LARGE_VALUE_PARTS = 2000;
/** Characters kept when a large value is abridged. */
export const ABRIDGED_CHARS = 600;

/** Whether pretty-printing `value` would be costly: counts its parts up to `budget` and stops there. */
export function isLarge(value: unknown, budget = LARGE_VALUE_PARTS): boolean {
  let left = budget;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === "string") {
      left -= Math.ceil(current.length / 8);
    } else if (current !== null && typeof current === "object") {
      if (seen.has(current)) continue;
      seen.add(current);
      if (ArrayBuffer.isView(current)) {
        left -= current instanceof DataView ? current.byteLength : (current as unknown as ArrayLike<unknown>).length;
      } else if (Array.isArray(current)) {
        // By length, never Object.keys: listing the keys of a 5,000,000-element array takes seconds.
        left -= current.length;
        if (left >= 0) for (const item of current) stack.push(item);
      } else if (current instanceof Map || current instanceof Set) {
        left -= current.size;
        if (left >= 0) for (const entry of current) stack.push(entry);
      } else {
        const keys = Object.keys(current);
        left -= keys.length;
        if (left >= 0) for (const key of keys) stack.push((current as Record<string, unknown>)[key]);
      }
    } else {
      left -= 1;
    }
    if (left < 0) return true;
  }
  return false;
}

/** Stands in for a large value while chai words its message: prints as the value's abridged text. */
export class Abridged {
  constructor(readonly text: string) {}
  /** Not "[object Object]", or chai would print `{ Object (text) }` instead of the text. */
  get [Symbol.toStringTag](): string {
    return "Abridged";
  }
  [Symbol.for("chai/inspect")](): string {
    return this.text;
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.text;
  }
  toString(): string {
    return this.text;
  }
}

function stand(value: unknown): unknown {
  return isLarge(value) ? new Abridged(abridge(value, ABRIDGED_CHARS)) : value;
}

interface AssertionLike {
  actual?: unknown;
  expected?: unknown;
  showDiff?: boolean;
}

/** Replaces a failed assertion's large (or stood-in) actual / expected values by their text, without a diff. */
export function tameAssertionError(error: unknown): void {
  if (error === null || typeof error !== "object") return;
  const assertion = error as AssertionLike;
  const tame = (value: unknown): unknown => (value instanceof Abridged ? value.text : isLarge(value) ? abridge(value, ABRIDGED_CHARS) : value);
  const large = (value: unknown): boolean => value instanceof Abridged || isLarge(value);
  if (!(("actual" in assertion && large(assertion.actual)) || ("expected" in assertion && large(assertion.expected)))) return;
  if ("actual" in assertion) assertion.actual = tame(assertion.actual);
  if ("expected" in assertion) assertion.expected = tame(assertion.expected);
  assertion.showDiff = false;
}

type Assert = (this: object, ...args: unknown[]) => unknown;

export interface ChaiLike {
  Assertion: { prototype: object };
  util: { flag: (assertion: object, key: string, value?: unknown) => unknown };
}

const INSTALLED = Symbol.for("kata.tameAssertions");

/**
 * Wraps chai's `Assertion.prototype.assert` (which every `expect` matcher calls) once per worker. A passing
 * assertion goes straight through; a failing one has its large values stood in for before chai words the
 * message (loupe would otherwise list every index of a 5,000,000-element array), and abridged in the error.
 */
export function installAssertionTamer(chai: ChaiLike): void {
  const prototype = chai.Assertion.prototype as { assert: Assert; [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const original = prototype.assert;
  const { flag } = chai.util;
  prototype.assert = function tamedAssert(this: object, ...args: unknown[]): unknown {
    const passes = flag(this, "negate") ? !args[0] : Boolean(args[0]);
    if (passes) return original.apply(this, args);
    const object = flag(this, "object");
    const standIn = stand(object);
    if (standIn !== object) flag(this, "object", standIn);
    const tamed = args.map((arg, i) => (i === 3 || i === 4 ? stand(arg) : arg));
    try {
      return original.apply(this, tamed);
    } catch (error) {
      tameAssertionError(error);
      throw error;
    } finally {
      if (standIn !== object) flag(this, "object", object);
    }
  };
  prototype[INSTALLED] = true;
}
