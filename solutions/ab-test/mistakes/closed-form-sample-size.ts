/** Mistake: the sample size from the closed form 2((z_{1-alpha/2} + z_power)/h)^2, which drops the far rejection tail. */
import { normalQuantile, sampleSizePerArm as referenceSampleSize, type SampleSizeOptions } from "../ab-test.ts";

export { differenceInterval, normalCdf, normalQuantile, studentTCdf, twoProportionZTest, welchTTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function sampleSizePerArm(baseline: number, mde: number, options: SampleSizeOptions = {}): number {
  referenceSampleSize(baseline, mde, options); // validates
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  const h = 2 * Math.asin(Math.sqrt(baseline + mde)) - 2 * Math.asin(Math.sqrt(baseline));
  // BUG: right at usual settings, but too many visitors when alpha is large (the other tail adds power).
  return Math.ceil((2 * (normalQuantile(1 - alpha / 2) + normalQuantile(power)) ** 2) / (h * h));
}
