/** Mistake: the default label order comes from Array.prototype.sort() without a comparator, which sorts numbers as strings (10 before 2). */
// y3 = [10,2,9,2,10,1,9,10]: labels [1, 10, 2, 9] instead of [1, 2, 9, 10].
import { referenceConfusionMatrix, referenceReport, type ClassificationReport, type ConfusionMatrix, type Label, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

function defaultOrder(yTrue: Labels, yPred: Labels): Label[] {
  return [...new Set([...Array.from(yTrue), ...Array.from(yPred)])].sort(); // BUG: compares String(10) < String(2)
}

export function confusionMatrix(yTrue: Labels, yPred: Labels, labels?: readonly Label[]): ConfusionMatrix {
  referenceConfusionMatrix(yTrue, yPred, labels); // validates the contract
  return referenceConfusionMatrix(yTrue, yPred, labels ?? defaultOrder(yTrue, yPred));
}

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  referenceReport(yTrue, yPred, options); // validates the contract
  return referenceReport(yTrue, yPred, { ...options, labels: options?.labels ?? defaultOrder(yTrue, yPred) });
}
