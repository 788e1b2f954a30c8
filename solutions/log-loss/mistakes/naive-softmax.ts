/** Mistake: a naive softmax exp(z) / sum(exp(z)) with no max subtracted: NaN or Infinity for logits near ±1000. */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, weightedMean, type ClassLabels, type LogitRows, type LossOptions } from "./lib/common.ts";

export { referenceLogLoss as logLoss, referenceLogitLoss as logLossFromLogits };

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  referenceCrossEntropy(labels, logits, options);
  return weightedMean(labels.length, options, (i) => {
    const row = logits[i]!;
    let sum = 0;
    for (let j = 0; j < row.length; j++) sum += Math.exp(row[j]!); // BUG: exp(1000) = Infinity, exp(-1000) = 0
    return -Math.log(Math.exp(row[labels[i]!]!) / sum);
  });
}
