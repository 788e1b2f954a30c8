/** Checks and independent brute forces shared by the quantization specs (written here, never from a solution). */
import { abridge, fail } from "../../../scripts/kit/index.ts";

type CodeArray = Int8ArrayConstructor | Uint8ArrayConstructor | Int32ArrayConstructor;

/** The value is a typed array of the given type whose entries equal `expected` exactly. */
export function expectCodes(actual: unknown, type: CodeArray, expected: ArrayLike<number>, what: string): void {
  if (!(actual instanceof type)) {
    fail(`${what} should be an ${type.name}`, `${type.name} of length ${expected.length}`, actual === null || typeof actual !== "object" ? abridge(actual) : `${(actual as object).constructor.name} ${abridge(actual)}`);
  }
  const codes = actual as ArrayLike<number>;
  if (codes.length !== expected.length) fail(`${what} should have length ${expected.length}`, expected, abridge(actual));
  for (let i = 0; i < expected.length; i++) {
    if (codes[i] !== expected[i]) fail(`${what}[${i}] should be ${expected[i]}, got ${codes[i]}`, expected, abridge(actual));
  }
}

/** |actual − expected| <= tolerance · max(1, |expected|), element-wise. */
export function expectRelativeClose(actual: unknown, expected: ArrayLike<number>, tolerance: number, what: string): void {
  if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) fail(`${what} should be an array of numbers`, expected, abridge(actual));
  const values = actual as unknown as ArrayLike<unknown>;
  if (values.length !== expected.length) fail(`${what} should have length ${expected.length}`, expected, abridge(actual));
  for (let i = 0; i < expected.length; i++) {
    const a = values[i];
    const e = expected[i]!;
    if (typeof a !== "number" || !(Math.abs(a - e) <= tolerance * Math.max(1, Math.abs(e)))) {
      fail(`${what}[${i}] should be within ${tolerance} (relative) of ${e}, got ${String(a)}`, expected, abridge(actual));
    }
  }
}

/** Half to even from the fractional part: an independent route to np.rint. */
export function rint(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  return d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
}

export const clip = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function maxAbs(xs: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < xs.length; i++) m = Math.max(m, Math.abs(xs[i]!));
  return m;
}
