/** Mistake: the z-test uses the unpooled standard error instead of the pooled one (H0 says the rates are equal). */
import { differenceInterval, normalCdf, type Arm, type ZTestResult } from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, sampleSizePerArm, studentTCdf, welchTTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function twoProportionZTest(a: Arm, b: Arm): ZTestResult {
  differenceInterval(a, b); // validates the arms
  const pA = a.conversions / a.visitors;
  const pB = b.conversions / b.visitors;
  const se = Math.sqrt((pA * (1 - pA)) / a.visitors + (pB * (1 - pB)) / b.visitors); // BUG: not pooled under H0
  const difference = pA - pB;
  if (se === 0) return { z: 0, pValue: 1, difference };
  const z = difference / se;
  return { z, pValue: 2 * normalCdf(-Math.abs(z)), difference };
}
