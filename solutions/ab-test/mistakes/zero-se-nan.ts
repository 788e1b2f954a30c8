/** Mistake: a standard error of 0 gives NaN (0/0) instead of the stated rule (z = 0, p = 1; t = ±Infinity, p = 0). */
import {
  normalCdf,
  twoProportionZTest as referenceZTest,
  welchTTest as referenceWelch,
  type Arm,
  type WelchResult,
  type ZTestResult,
} from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, sampleSizePerArm, studentTCdf } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function twoProportionZTest(a: Arm, b: Arm): ZTestResult {
  const result = referenceZTest(a, b); // validates
  const pooled = (a.conversions + b.conversions) / (a.visitors + b.visitors);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors));
  const z = result.difference / se; // BUG: 0/0 when both arms are all-0 or all-1
  return { z, pValue: 2 * normalCdf(-Math.abs(z)), difference: result.difference };
}

function variance(x: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < x.length; i++) mean += x[i]!;
  mean /= x.length;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i]! - mean) ** 2;
  return s / (x.length - 1);
}

export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const result = referenceWelch(a, b); // validates
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  if (va + vb > 0) return result;
  const t = result.difference / Math.sqrt(va + vb); // BUG: 0/0 = NaN for equal means
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1)); // BUG: NaN
  return { t, df, pValue: Number.NaN, difference: result.difference };
}
