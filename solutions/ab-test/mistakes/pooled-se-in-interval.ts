/** Mistake: the interval of the difference uses the pooled standard error of the test instead of the unpooled one. */
import { normalQuantile, twoProportionZTest, type Arm, type Interval } from "../ab-test.ts";

export { normalCdf, normalQuantile, sampleSizePerArm, studentTCdf, twoProportionZTest, welchTTest } from "../ab-test.ts";
export type { Arm, Interval, SampleSizeOptions, WelchResult, ZTestResult } from "../ab-test.ts";

export function differenceInterval(a: Arm, b: Arm, alpha = 0.05): Interval {
  twoProportionZTest(a, b); // validates the arms
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be strictly between 0 and 1 (got ${alpha})`);
  const pooled = (a.conversions + b.conversions) / (a.visitors + b.visitors);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors)); // BUG: H0's SE for an estimate
  const difference = a.conversions / a.visitors - b.conversions / b.visitors;
  const margin = normalQuantile(1 - alpha / 2) * se;
  return { difference, lower: difference - margin, upper: difference + margin };
}
