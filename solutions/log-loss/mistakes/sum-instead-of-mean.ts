/** Mistake: returns the sum of the per-sample losses instead of their (weighted) mean. */
import {
  EPS, positive, referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, rowLoss, softplus, weightsOf,
  type BinaryLabels, type ClassLabels, type LogitRows, type LossOptions,
} from "./lib/common.ts";

function weightedSum(n: number, options: LossOptions | undefined, lossAt: (i: number) => number): number {
  const w = weightsOf(options, n);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i]! * lossAt(i);
  return total; // BUG: never divided by sum(w) (or n)
}

export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  referenceLogLoss(labels, probabilities, options);
  return weightedSum(labels.length, options, (i) => {
    const p = probabilities[i]!;
    return -Math.log(Math.min(Math.max(positive(labels, i) ? p : 1 - p, EPS), 1 - EPS));
  });
}

export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  referenceLogitLoss(labels, logits, options);
  return weightedSum(labels.length, options, (i) => softplus(positive(labels, i) ? -logits[i]! : logits[i]!));
}

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  referenceCrossEntropy(labels, logits, options);
  return weightedSum(labels.length, options, (i) => rowLoss(logits[i]!, labels[i]!));
}
