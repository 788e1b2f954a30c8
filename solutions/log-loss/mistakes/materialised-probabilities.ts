/** Mistake: builds the whole n × k matrix of log-probabilities first (log_softmax, then gather), a second n × k matrix. */
import { referenceCrossEntropy, referenceLogitLoss, referenceLogLoss, weightsOf, type ClassLabels, type LogitRows, type LossOptions } from "./lib/common.ts";

export { referenceLogLoss as logLoss, referenceLogitLoss as logLossFromLogits };

/** log_softmax of every row, stable (the max is subtracted), into one flat n × k Float64Array: torch's F.log_softmax(logits, dim=1). */
function logSoftmaxRows(logits: LogitRows, k: number): Float64Array {
  const out = new Float64Array(logits.length * k); // BUG: n × k more memory (80 MB at 1,000,000 × 10)
  logits.forEach((row, i) => {
    let max = row[0]!;
    for (let j = 1; j < k; j++) if (row[j]! > max) max = row[j]!;
    let sum = 0;
    for (let j = 0; j < k; j++) sum += Math.exp(row[j]! - max);
    const logSum = max + Math.log(sum);
    for (let j = 0; j < k; j++) out[i * k + j] = row[j]! - logSum;
  });
  return out;
}

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  referenceCrossEntropy(labels, logits, options);
  const k = logits[0]!.length;
  const logProbabilities = logSoftmaxRows(logits, k); // then F.nll_loss: one entry per row
  const w = weightsOf(options, labels.length);
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < labels.length; i++) {
    total -= w[i]! * logProbabilities[i * k + labels[i]!]!;
    weightSum += w[i]!;
  }
  return total / weightSum;
}
