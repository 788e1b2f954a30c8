/**
 * Kata: the statistics of an A/B test. Read README.md in this folder first.
 *
 * Implement the functions below, then run `npm run grade -- ab-test`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** One arm of a conversion experiment. */
export interface Arm {
  /** Users who converted: an integer, 0 <= conversions <= visitors. */
  conversions: number;
  /** Users exposed to the arm: an integer >= 1. */
  visitors: number;
}

export interface ZTestResult {
  /** (p_A - p_B) / SE, with the pooled standard error. */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** p_A - p_B. */
  difference: number;
}

export interface Interval {
  /** p_A - p_B. */
  difference: number;
  lower: number;
  upper: number;
}

export interface WelchResult {
  /** (mean_A - mean_B) / sqrt(s_A^2 / n_A + s_B^2 / n_B). */
  t: number;
  /** Welch-Satterthwaite degrees of freedom (not an integer in general). */
  df: number;
  /** Two-sided p-value from Student's t distribution with df degrees of freedom. */
  pValue: number;
  /** mean_A - mean_B. */
  difference: number;
}

export interface SampleSizeOptions {
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
  /** Probability of detecting a true lift of `mde` (default 0.8). */
  power?: number;
}

/** Standard normal CDF, P(Z <= x). Keeps its relative accuracy in the lower tail (x down to -37). */
export function normalCdf(x: number): number {
  throw new NotImplementedError("normalCdf");
}

/** Standard normal quantile: the x with normalCdf(x) = p. p = 0 gives -Infinity and p = 1 gives +Infinity. */
export function normalQuantile(p: number): number {
  throw new NotImplementedError("normalQuantile");
}

/** Student's t CDF, P(T <= t), for df > 0 degrees of freedom (df may be fractional). */
export function studentTCdf(t: number, df: number): number {
  throw new NotImplementedError("studentTCdf");
}

/**
 * Two-proportion z-test of H0: p_A = p_B with the pooled standard error and a two-sided p-value
 * (statsmodels' proportions_ztest([cA, cB], [nA, nB])).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function twoProportionZTest(a: Arm, b: Arm): ZTestResult {
  throw new NotImplementedError("twoProportionZTest");
}

/**
 * The (1 - alpha) Wald interval of p_A - p_B with the unpooled standard error
 * (statsmodels' confint_proportions_2indep(cA, nA, cB, nB, method="wald", compare="diff", alpha=alpha)).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function differenceInterval(a: Arm, b: Arm, alpha?: number): Interval {
  throw new NotImplementedError("differenceInterval");
}

/**
 * Visitors needed per arm to detect an absolute lift of `mde` over the `baseline` rate with a two-sided z-test:
 * the smallest integer n whose power reaches `power` (statsmodels' NormalIndPower with Cohen's h).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function sampleSizePerArm(baseline: number, mde: number, options?: SampleSizeOptions): number {
  throw new NotImplementedError("sampleSizePerArm");
}

/**
 * Welch's t-test of equal means for a continuous metric (scipy's ttest_ind(a, b, equal_var=False)).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  throw new NotImplementedError("welchTTest");
}
