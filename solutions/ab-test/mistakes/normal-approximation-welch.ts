/** Mistake: Welch's p-value from the normal distribution instead of Student's t (far off at small n). */
import { normalCdf, welchTTest as referenceWelch, type WelchResult } from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, sampleSizePerArm, studentTCdf, twoProportionZTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const result = referenceWelch(a, b);
  if (!Number.isFinite(result.t)) return result;
  return { ...result, pValue: 2 * normalCdf(-Math.abs(result.t)) }; // BUG: ignores df
}
