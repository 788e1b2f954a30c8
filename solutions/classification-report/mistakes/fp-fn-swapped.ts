/** Mistake: false positives and false negatives swapped, so precision and recall trade places. */
// y1 = [1,0,1,1,0,1], p1 = [1,0,1,0,0,1]: class 1 gets precision 0.75 and recall 1 (the truth: 1 and 0.75).
import { accuracyOf, averages, classCounts, referenceReport, type ClassificationReport, type ClassScores, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

function scores(tp: number, fp: number, fn: number, zeroDivision: number): ClassScores {
  return {
    precision: tp + fp === 0 ? zeroDivision : tp / (tp + fp),
    recall: tp + fn === 0 ? zeroDivision : tp / (tp + fn),
    f1: 2 * tp + fp + fn === 0 ? zeroDivision : (2 * tp) / (2 * tp + fp + fn),
    support: tp + fn,
  };
}

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  const { labels } = referenceReport(yTrue, yPred, options); // validates the contract, gives the label order
  const zeroDivision = options?.zeroDivision ?? 0;
  const { tp, predicted, actual } = classCounts(yTrue, yPred, labels);
  // BUG: FP is "predicted as c but not c" (predicted - TP) and FN "c but predicted otherwise" (actual - TP).
  const fp = labels.map((_, c) => actual[c]! - tp[c]!);
  const fn = labels.map((_, c) => predicted[c]! - tp[c]!);
  const perClass = labels.map((_, c) => ({ ...scores(tp[c]!, fp[c]!, fn[c]!, zeroDivision), support: actual[c]! }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const micro = { ...scores(sum(tp), sum(fp), sum(fn), zeroDivision), support: sum(actual) };
  return { labels, perClass, accuracy: accuracyOf(yTrue, yPred), micro, ...averages(perClass, zeroDivision) };
}
