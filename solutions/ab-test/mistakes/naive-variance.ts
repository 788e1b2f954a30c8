/** Mistake: the variance by the one-pass formula (Σx² − n·mean²)/(n − 1), which cancels catastrophically at a large offset. */
import { studentTCdf, welchTTest as referenceWelch, type WelchResult } from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, sampleSizePerArm, studentTCdf, twoProportionZTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

function moments(x: ArrayLike<number>): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < x.length; i++) {
    sum += x[i]!;
    squares += x[i]! * x[i]!;
  }
  const mean = sum / x.length;
  return { mean, variance: Math.max(0, (squares - x.length * mean * mean) / (x.length - 1)) }; // BUG: cancellation
}

export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  referenceWelch(a, b); // validates
  const ma = moments(a);
  const mb = moments(b);
  const va = ma.variance / a.length;
  const vb = mb.variance / b.length;
  const difference = ma.mean - mb.mean;
  if (va + vb === 0) {
    return difference === 0 ? { t: 0, df: 1, pValue: 1, difference } : { t: Math.sign(difference) * Infinity, df: 1, pValue: 0, difference };
  }
  const t = difference / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return { t, df, pValue: 2 * studentTCdf(-Math.abs(t), df), difference };
}
