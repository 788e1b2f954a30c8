/** Mistake: the normal CDF as (1 + erf(x/√2))/2 and p = 2(1 − Φ(|z|)): the far tail cancels to 0. */
import {
  normalCdf as accurateCdf,
  twoProportionZTest as referenceZTest,
  type Arm,
  type ZTestResult,
} from "../ab-test.ts";

export { differenceInterval, normalQuantile, sampleSizePerArm, studentTCdf, welchTTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

/** An accurate erf (as jStat's), for the sake of the example: the loss comes from 1 + erf, not from erf. */
function erf(y: number): number {
  return y >= 0 ? 1 - 2 * accurateCdf(-y * Math.SQRT2) : -erf(-y);
}

export function normalCdf(x: number): number {
  accurateCdf(x); // validates
  return (1 + erf(x / Math.SQRT2)) / 2; // BUG: 1 + erf(-7.07) is 0 in floating point, so Phi(-10) = 0
}

export function twoProportionZTest(a: Arm, b: Arm): ZTestResult {
  const result = referenceZTest(a, b);
  if (result.z === 0) return result;
  return { ...result, pValue: 2 * (1 - normalCdf(Math.abs(result.z))) }; // BUG: 1 - (something near 1)
}
