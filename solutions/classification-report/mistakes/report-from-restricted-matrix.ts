/** Mistake: with explicit labels, the report is read off the restricted confusion matrix, which drops the samples whose other label is not listed. */
// y2, p2 with labels ["cat", "dog"]: the bird predicted "dog" is no longer a false positive of dog (precision 1, not 0.5).
import { accuracyOf, averages, referenceConfusionMatrix, referenceReport, type ClassificationReport, type ClassScores, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

function scores(tp: number, predicted: number, actual: number, zeroDivision: number): ClassScores {
  return {
    precision: predicted === 0 ? zeroDivision : tp / predicted,
    recall: actual === 0 ? zeroDivision : tp / actual,
    f1: actual + predicted === 0 ? zeroDivision : (2 * tp) / (actual + predicted),
    support: actual,
  };
}

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  referenceReport(yTrue, yPred, options); // validates the contract
  const zeroDivision = options?.zeroDivision ?? 0;
  // BUG: confusionMatrix with explicit labels leaves out every sample with an unlisted true or predicted label.
  const { labels, matrix } = referenceConfusionMatrix(yTrue, yPred, options?.labels);
  const tp = labels.map((_, c) => matrix[c]![c]!);
  const actual = labels.map((_, c) => matrix[c]!.reduce((a, b) => a + b, 0));
  const predicted = labels.map((_, c) => matrix.reduce((a, row) => a + row[c]!, 0));
  const perClass = labels.map((_, c) => scores(tp[c]!, predicted[c]!, actual[c]!, zeroDivision));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const micro = scores(sum(tp), sum(predicted), sum(actual), zeroDivision);
  return { labels, perClass, accuracy: accuracyOf(yTrue, yPred), micro, ...averages(perClass, zeroDivision) };
}
