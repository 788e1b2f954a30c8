/** Mistake: maps labels to logit columns in the order the labels first appear, not column j = class j. */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, rowLoss, weightedMean, type ClassLabels, type LogitRows, type LossOptions } from "./lib/common.ts";

export { referenceLogLoss as logLoss, referenceLogitLoss as logLossFromLogits };

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  referenceCrossEntropy(labels, logits, options);
  // BUG: like a hand-rolled label encoder that numbers classes as it meets them ([2, 0, 1] -> columns 0, 1, 2).
  const column = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) if (!column.has(labels[i]!)) column.set(labels[i]!, column.size);
  return weightedMean(labels.length, options, (i) => rowLoss(logits[i]!, column.get(labels[i]!)!));
}
