/** Mistake: PR-AUC by the trapezoid rule (sklearn's auc(recall, precision)) instead of average precision's step-wise sum. */
// [0,0,1,1], [.1,.4,.35,.8]: 0.7917 instead of average_precision_score = 0.8333.
import { referenceCurve, type BinaryLabels, type Scores } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceReport as classificationReport } from "./lib/common.ts";
export { referenceCurve as precisionRecallCurve, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  const { precision, recall } = referenceCurve(yTrue, scores);
  let area = 0;
  for (let i = 0; i + 1 < recall.length; i++) {
    area += ((recall[i]! - recall[i + 1]!) * (precision[i]! + precision[i + 1]!)) / 2; // BUG: linear interpolation between points
  }
  return area;
}
