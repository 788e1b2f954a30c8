/** Mistake: subtracts the max but takes the log of the softmax probability, which underflows to 0 (Infinity) far below the max. */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, weightedMean, type ClassLabels, type LogitRows, type LossOptions } from "./lib/common.ts";

export { referenceLogLoss as logLoss, referenceLogitLoss as logLossFromLogits };

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  referenceCrossEntropy(labels, logits, options);
  return weightedMean(labels.length, options, (i) => {
    const row = logits[i]!;
    let max = row[0]!;
    for (let j = 1; j < row.length; j++) max = Math.max(max, row[j]!);
    let sum = 0;
    for (let j = 0; j < row.length; j++) sum += Math.exp(row[j]! - max);
    const probability = Math.exp(row[labels[i]!]! - max) / sum; // BUG: rounds to 0 once z_y - max < -745
    return -Math.log(probability);
  });
}
