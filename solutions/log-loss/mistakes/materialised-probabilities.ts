/** Mistake: builds the whole n × k matrix of log-probabilities first, then reads one entry per row (a second n × k matrix). */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, weightsOf, type ClassLabels, type LogitRows, type LossOptions } from "./lib/common.ts";

export { referenceLogLoss as logLoss, referenceLogitLoss as logLossFromLogits };

/** log_softmax of every row, stable (the max is subtracted): exactly torch's F.log_softmax(logits, dim=1). */
function logSoftmaxRows(logits: LogitRows): number[][] {
  return logits.map((row) => {
    const values = Array.from(row);
    const max = Math.max(...values);
    const logSum = max + Math.log(values.reduce((sum, z) => sum + Math.exp(z - max), 0));
    return values.map((z) => z - logSum);
  });
}

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  referenceCrossEntropy(labels, logits, options);
  const logProbabilities = logSoftmaxRows(logits); // BUG: n × k more memory (about 135 MB at 1,000,000 × 10)
  const w = weightsOf(options, labels.length);
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < labels.length; i++) {
    total -= w[i]! * logProbabilities[i]![labels[i]!]!;
    weightSum += w[i]!;
  }
  return total / weightSum;
}
