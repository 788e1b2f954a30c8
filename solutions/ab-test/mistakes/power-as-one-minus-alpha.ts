/** Mistake: the sample size uses z_{1-alpha} where it needs z_{power}: power confused with 1 - alpha. */
import { normalQuantile, type SampleSizeOptions } from "../ab-test.ts";
import { sampleSizePerArm as referenceSampleSize } from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, studentTCdf, twoProportionZTest, welchTTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function sampleSizePerArm(baseline: number, mde: number, options: SampleSizeOptions = {}): number {
  referenceSampleSize(baseline, mde, options); // validates
  const alpha = options.alpha ?? 0.05;
  const h = 2 * Math.asin(Math.sqrt(baseline + mde)) - 2 * Math.asin(Math.sqrt(baseline));
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(1 - alpha); // BUG: should be normalQuantile(power)
  return Math.ceil((2 * (zAlpha + zBeta) ** 2) / (h * h));
}
