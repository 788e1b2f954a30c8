/** Mistake: Welch's t with Student's degrees of freedom n_A + n_B − 2 instead of Welch–Satterthwaite. */
import { studentTCdf, welchTTest as referenceWelch, type WelchResult } from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, sampleSizePerArm, studentTCdf, twoProportionZTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const result = referenceWelch(a, b);
  const df = a.length + b.length - 2; // BUG: the pooled-variance test's df
  if (!Number.isFinite(result.t) || result.t === 0) return { ...result, df };
  return { ...result, df, pValue: 2 * studentTCdf(-Math.abs(result.t), df) };
}
