/** Mistake: a 0/0 ratio (a class never predicted, or never true) gives NaN instead of zeroDivision (0). */
// y5 = [0,1,2,2,1,0], p5 = [0,0,2,2,2,0]: class 1 is never predicted, so its precision is 0/0 -> NaN, and so are
// the macro and weighted precision.
import { accuracyOf, averages, classCounts, referenceReport, type ClassificationReport, type ClassScores, type Labels, type ReportOptions } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

function scores(tp: number, predicted: number, actual: number): ClassScores {
  const precision = tp / predicted; // BUG: 0/0 = NaN when the class is never predicted
  const recall = tp / actual; // BUG: 0/0 = NaN when the class never occurs
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), support: actual };
}

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  const { labels } = referenceReport(yTrue, yPred, options); // validates the contract, gives the label order
  const { tp, predicted, actual } = classCounts(yTrue, yPred, labels);
  const perClass = labels.map((_, c) => scores(tp[c]!, predicted[c]!, actual[c]!));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const micro = scores(sum(tp), sum(predicted), sum(actual));
  return { labels, perClass, accuracy: accuracyOf(yTrue, yPred), micro, ...averages(perClass, Number.NaN) };
}
