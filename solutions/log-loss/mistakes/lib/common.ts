/** Shared pieces of the log-loss mistakes: each mistake validates through the reference, then computes its own (buggy) loss. */
import type { BinaryLabels, LossOptions } from "../../log-loss.ts";

export { crossEntropyFromLogits as referenceCrossEntropy, logLoss as referenceLogLoss, logLossFromLogits as referenceLogitLoss } from "../../log-loss.ts";
export type { BinaryLabels, ClassLabels, LogitRows, LossOptions } from "../../log-loss.ts";

export const EPS = Number.EPSILON;

/** The weights, or all 1. */
export function weightsOf(options: LossOptions | undefined, n: number): ArrayLike<number> {
  return options?.sampleWeight ?? new Float64Array(n).fill(1);
}

export function positive(labels: BinaryLabels, i: number): boolean {
  return labels[i] === 1 || labels[i] === true;
}

export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** sum(w l) / sum(w): the right reduction, for mistakes whose bug is elsewhere. */
export function weightedMean(n: number, options: LossOptions | undefined, lossAt: (i: number) => number): number {
  const w = weightsOf(options, n);
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    total += w[i]! * lossAt(i);
    weightSum += w[i]!;
  }
  return total / weightSum;
}

/** Stable -log softmax(row)[label]. */
export function rowLoss(row: ArrayLike<number>, label: number): number {
  let max = row[0]!;
  for (let j = 1; j < row.length; j++) if (row[j]! > max) max = row[j]!;
  let sum = 0;
  for (let j = 0; j < row.length; j++) sum += Math.exp(row[j]! - max);
  return max - row[label]! + Math.log(sum);
}
