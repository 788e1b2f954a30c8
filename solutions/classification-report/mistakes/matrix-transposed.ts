/** Mistake: the confusion matrix has the predictions as rows and the truth as columns (sklearn: rows are the truth). */
// y1 = [1,0,1,1,0,1], p1 = [1,0,1,0,0,1] gives [[2, 1], [0, 3]] instead of [[2, 0], [1, 3]].
import { referenceConfusionMatrix, type ConfusionMatrix, type Label, type Labels } from "./lib/common.ts";

export { referenceReport as classificationReport, referenceCurve as precisionRecallCurve } from "./lib/common.ts";
export { referenceAveragePrecision as averagePrecision, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

export function confusionMatrix(yTrue: Labels, yPred: Labels, labels?: readonly Label[]): ConfusionMatrix {
  const { labels: order } = referenceConfusionMatrix(yTrue, yPred, labels); // validates, gives the label order
  const index = new Map<Label, number>(order.map((label, i) => [label, i]));
  const matrix = order.map(() => order.map(() => 0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = index.get(yTrue[i]!);
    const p = index.get(yPred[i]!);
    if (t !== undefined && p !== undefined) matrix[p]![t]!++; // BUG: matrix[predicted][true]
  }
  return { labels: order, matrix };
}
