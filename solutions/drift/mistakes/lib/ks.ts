/** Shared by the KS mistakes: the reference's test with its statistic or its p-value swapped for a buggy one. */
import type { KsResult } from "../../drift.ts";
import { exactPValue, kolmogorovSurvival, MAX_EXACT_N, scaledStatistic, sortedCopy } from "./parts.ts";

export interface KsParts {
  /** n m D from the two sorted samples (an integer in the reference). */
  scaled?: (x: Float64Array, y: Float64Array) => number;
  /** The p-value from n, m and n m D. */
  pValue?: (n: number, m: number, scaled: number) => Pick<KsResult, "pValue" | "method">;
}

export function referencePValue(n: number, m: number, scaled: number): Pick<KsResult, "pValue" | "method"> {
  if (Math.max(n, m) <= MAX_EXACT_N) return { pValue: exactPValue(n, m, Math.round(scaled)), method: "exact" };
  return { pValue: kolmogorovSurvival(Math.sqrt((n * m) / (n + m)) * (scaled / n / m)), method: "asymptotic" };
}

export function ksWith(parts: KsParts): (reference: ArrayLike<number>, current: ArrayLike<number>) => KsResult {
  return (reference, current) => {
    const x = sortedCopy(reference, "reference");
    const y = sortedCopy(current, "current");
    const scaled = (parts.scaled ?? scaledStatistic)(x, y);
    const { pValue, method } = (parts.pValue ?? referencePValue)(x.length, y.length, scaled);
    return { statistic: scaled / x.length / y.length, pValue, method };
  };
}
