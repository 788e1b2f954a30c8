/** Mistake: reports one-sided p-values, P(Z >= |z|), where the test is two-sided. */
import {
  studentTCdf,
  twoProportionZTest as referenceZTest,
  welchTTest as referenceWelch,
  type Arm,
  type WelchResult,
  type ZTestResult,
} from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, sampleSizePerArm, studentTCdf } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function twoProportionZTest(a: Arm, b: Arm): ZTestResult {
  const result = referenceZTest(a, b);
  return { ...result, pValue: result.pValue / 2 }; // BUG: only one tail
}

export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const result = referenceWelch(a, b);
  if (!Number.isFinite(result.t)) return result;
  return { ...result, pValue: studentTCdf(-Math.abs(result.t), result.df) }; // BUG: only one tail
}
