/** Mistake: an F1 tie goes to the lowest threshold (np.argmax over increasing thresholds), not to the highest as the prompt states. */
// [1,0,0,1], [.9,.8,.7,.6]: F1 is 2/3 at 0.9 and at 0.6; this returns 0.6.
import { descendingWalk, referenceCurve, type BestThreshold, type BinaryLabels, type Scores } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceReport as classificationReport } from "./lib/common.ts";
export { referenceCurve as precisionRecallCurve, referenceAveragePrecision as averagePrecision } from "./lib/common.ts";

export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  referenceCurve(yTrue, scores); // validates the contract
  const { thresholds, tp, fp, positives } = descendingWalk(yTrue, scores);
  let best = 0;
  let bestF1 = -1;
  for (let k = 0; k < thresholds.length; k++) {
    const f1 = (2 * tp[k]!) / (tp[k]! + fp[k]! + positives);
    if (f1 >= bestF1) [best, bestF1] = [k, f1]; // BUG: >= lets a later (lower) threshold win a tie
  }
  return { threshold: thresholds[best]!, f1: bestF1, precision: tp[best]! / (tp[best]! + fp[best]!), recall: tp[best]! / positives };
}
