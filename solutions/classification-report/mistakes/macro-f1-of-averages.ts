/** Mistake: macro F1 taken as the F1 of the macro precision and macro recall, not the mean of the per-class F1s. */
// y4 = [0,1,2,0,2,2], p4 = [0,0,0,0,2,1]: 0.4706 instead of f1_score(average='macro') = 0.3889.
import { referenceReport, type ClassificationReport, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  const report = referenceReport(yTrue, yPred, options);
  const { precision, recall } = report.macro;
  // BUG: the harmonic mean of the averages is not the average of the harmonic means.
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...report, macro: { ...report.macro, f1 } };
}
