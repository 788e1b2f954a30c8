/** Mistake: the micro average is the support-weighted mean of the per-class scores, not the pooled counts (so it differs from the accuracy). */
// y1 = [1,0,1,1,0,1], p1 = [1,0,1,0,0,1]: micro precision 0.8889 instead of 0.8333 (= the accuracy).
import { referenceReport, type ClassificationReport, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  const report = referenceReport(yTrue, yPred, options);
  return { ...report, micro: { ...report.weighted } }; // BUG: weighting by support is not pooling TP, FP and FN
}
