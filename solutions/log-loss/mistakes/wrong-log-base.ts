/** Mistake: takes log10 (or log2) instead of the natural logarithm, so the loss is not in nats. */
import {
  EPS, positive, referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, weightedMean,
  type BinaryLabels, type ClassLabels, type LogitRows, type LossOptions,
} from "./lib/common.ts";

const log = Math.log10; // BUG: scikit-learn and torch use the natural log

export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  referenceLogLoss(labels, probabilities, options);
  return weightedMean(labels.length, options, (i) => {
    const p = probabilities[i]!;
    return -log(Math.min(Math.max(positive(labels, i) ? p : 1 - p, EPS), 1 - EPS));
  });
}

/** softplus in base 10: log10(1 + 10^...) would be another bug; this is log10(1 + e^z), stable. */
function softplus10(z: number): number {
  return Math.max(z, 0) / Math.LN10 + log(1 + Math.exp(-Math.abs(z)));
}

export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  referenceLogitLoss(labels, logits, options);
  return weightedMean(labels.length, options, (i) => softplus10(positive(labels, i) ? -logits[i]! : logits[i]!));
}

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  referenceCrossEntropy(labels, logits, options);
  return weightedMean(labels.length, options, (i) => {
    const row = logits[i]!;
    const max = Math.max(...Array.from(row));
    let sum = 0;
    for (let j = 0; j < row.length; j++) sum += Math.exp(row[j]! - max);
    return (max - row[labels[i]!]!) / Math.LN10 + log(sum);
  });
}
