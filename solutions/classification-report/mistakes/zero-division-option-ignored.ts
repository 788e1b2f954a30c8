/** Mistake: options.zeroDivision is ignored, so a 0/0 ratio is always 0. */
// y5 = [0,1,2,2,1,0], p5 = [0,0,2,2,2,0] with { zeroDivision: 1 }: class 1's precision is 0 instead of 1.
import { referenceReport, type ClassificationReport, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  referenceReport(yTrue, yPred, options); // validates the contract
  return referenceReport(yTrue, yPred, { ...options, zeroDivision: 0 }); // BUG: the caller asked for 1
}
