/** Mistake: the default label order is the order of first appearance, not sorted (sklearn's unique_labels sorts). */
// y2 = ["cat","dog","cat","bird",...]: labels ["cat", "dog", "bird"] instead of ["bird", "cat", "dog"].
import { referenceConfusionMatrix, referenceReport, type ClassificationReport, type ConfusionMatrix, type Label, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

function defaultOrder(yTrue: Labels, yPred: Labels): Label[] {
  const seen = new Set<Label>();
  for (let i = 0; i < yTrue.length; i++) seen.add(yTrue[i]!);
  for (let i = 0; i < yPred.length; i++) seen.add(yPred[i]!);
  return [...seen]; // BUG: insertion order, never sorted
}

export function confusionMatrix(yTrue: Labels, yPred: Labels, labels?: readonly Label[]): ConfusionMatrix {
  referenceConfusionMatrix(yTrue, yPred, labels); // validates the contract
  return referenceConfusionMatrix(yTrue, yPred, labels ?? defaultOrder(yTrue, yPred));
}

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  referenceReport(yTrue, yPred, options); // validates the contract
  return referenceReport(yTrue, yPred, { ...options, labels: options?.labels ?? defaultOrder(yTrue, yPred) });
}
