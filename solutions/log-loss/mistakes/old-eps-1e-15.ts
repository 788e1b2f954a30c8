/** Mistake: clips at eps = 1e-15 (scikit-learn's old default) instead of the float64 machine epsilon 2.22e-16. */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, positive, weightedMean, type BinaryLabels, type LossOptions } from "./lib/common.ts";

export { referenceLogitLoss as logLossFromLogits, referenceCrossEntropy as crossEntropyFromLogits };

const OLD_EPS = 1e-15; // BUG: log_loss(eps=1e-15) was removed in scikit-learn 1.5; eps is np.finfo(float64).eps

export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  referenceLogLoss(labels, probabilities, options); // validates the contract
  return weightedMean(labels.length, options, (i) => {
    const p = Math.min(Math.max(probabilities[i]!, OLD_EPS), 1 - OLD_EPS);
    return -Math.log(positive(labels, i) ? p : 1 - p);
  });
}
