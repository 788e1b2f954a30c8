/** Mistake: computes the logit loss as logLoss(y, sigmoid(z)), so clipping caps every sample at -log(eps) = 36.04. */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, type BinaryLabels, type LossOptions } from "./lib/common.ts";

export { referenceLogLoss as logLoss, referenceCrossEntropy as crossEntropyFromLogits };

export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  referenceLogitLoss(labels, logits, options);
  const probabilities = Array.from(logits, (z) => 1 / (1 + Math.exp(-z)));
  return referenceLogLoss(labels, probabilities, options); // BUG: the clipping that saves logLoss loses the tails here
}
