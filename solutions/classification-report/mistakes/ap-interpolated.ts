/** Mistake: average precision with interpolated precision (the best precision at any higher recall, PASCAL VOC style) instead of the precision at each point. */
// [1,0,0,1,1], [.9,.8,.7,.6,.5]: 0.7333 instead of average_precision_score = 0.7.
import { referenceCurve, type BinaryLabels, type Scores } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceReport as classificationReport } from "./lib/common.ts";
export { referenceCurve as precisionRecallCurve, referenceBestF1Threshold as bestF1Threshold } from "./lib/common.ts";

export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  const { precision, recall } = referenceCurve(yTrue, scores); // thresholds increasing: recall from 1 down to 0
  let ap = 0;
  let best = 0;
  for (let i = 0; i + 1 < recall.length; i++) {
    best = Math.max(best, precision[i]!); // BUG: the max precision at recall >= recall[i]
    ap += (recall[i]! - recall[i + 1]!) * best;
  }
  return ap;
}
