/** Mistake: takes -log(p) without clipping, so a confident wrong p = 0 or 1 gives Infinity. */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, positive, weightedMean, type BinaryLabels, type LossOptions } from "./lib/common.ts";

export { referenceLogitLoss as logLossFromLogits, referenceCrossEntropy as crossEntropyFromLogits };

export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  referenceLogLoss(labels, probabilities, options); // validates the contract
  return weightedMean(labels.length, options, (i) => {
    const p = probabilities[i]!;
    return -Math.log(positive(labels, i) ? p : 1 - p); // BUG: log(0) = -Infinity
  });
}
