/** Mistake: computes -[y log(sigmoid z) + (1 - y) log(1 - sigmoid z)], which is Infinity or NaN once sigmoid(z) rounds to 1 (z = 40). */
import { positive, referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, weightedMean, type BinaryLabels, type LossOptions } from "./lib/common.ts";

export { referenceLogLoss as logLoss, referenceCrossEntropy as crossEntropyFromLogits };

export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  referenceLogitLoss(labels, logits, options);
  return weightedMean(labels.length, options, (i) => {
    const p = 1 / (1 + Math.exp(-logits[i]!));
    const y = positive(labels, i) ? 1 : 0;
    return -(y * Math.log(p) + (1 - y) * Math.log(1 - p)); // BUG: log(1 - 1) = -Infinity, and 0 * -Infinity = NaN
  });
}
