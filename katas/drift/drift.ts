/**
 * Kata: drift detection with the two-sample Kolmogorov-Smirnov test and the population stability index.
 * Read README.md in this folder first.
 *
 * Implement the two functions below, then run `npm run grade -- drift`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

export interface KsResult {
  /** D = max over every x of |F_reference(x) - F_current(x)|, the empirical CDFs counting values <= x. */
  statistic: number;
  /** P(D >= observed) under H0, two-sided (scipy's ks_2samp with method="auto"; see README.md). */
  pValue: number;
  /** "exact" when max(n, m) <= 10,000, else "asymptotic". */
  method: "exact" | "asymptotic";
}

export interface PsiOptions {
  /** Number of bins (default 10): inner edges at the reference's k/bins quantiles, k = 1..bins-1. */
  bins?: number;
  /** What a bin proportion of exactly 0 becomes in the sum (default 1e-4). */
  epsilon?: number;
}

export interface PsiResult {
  /** sum over bins of (cur - ref) * ln(cur / ref), proportions of 0 replaced by epsilon. */
  psi: number;
  /** The bins - 1 inner edges, ascending (repeated when the reference has ties there). */
  edges: number[];
  /** The reference's proportion in each bin (before the epsilon rule). */
  reference: number[];
  /** The current sample's proportion in each bin (before the epsilon rule). */
  current: number[];
}

/**
 * Two-sample Kolmogorov-Smirnov test of `current` against `reference`.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function ksTwoSample(reference: ArrayLike<number>, current: ArrayLike<number>): KsResult {
  throw new NotImplementedError("ksTwoSample");
}

/**
 * Population stability index of `current` against `reference`, bins cut at the reference's quantiles.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function populationStabilityIndex(reference: ArrayLike<number>, current: ArrayLike<number>, options?: PsiOptions): PsiResult {
  throw new NotImplementedError("populationStabilityIndex");
}
