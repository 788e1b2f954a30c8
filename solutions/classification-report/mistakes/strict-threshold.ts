/** Mistake: a sample counts as predicted positive only when its score is strictly above the threshold (sklearn: score >= threshold). */
// [1,0,1,1,0,1], [.9,.3,.8,.4,.35,.6]: at threshold 0.4 the sample scored 0.4 is left out.
import { curveOf, descendingWalk, referenceCurve, stepAp, type BestThreshold, type BinaryLabels, type PrecisionRecallCurve, type Scores, type Walk } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceReport as classificationReport } from "./lib/common.ts";

/** The counts at each threshold t, for "score > t": the counts of the groups above t only. */
function strictWalk(yTrue: BinaryLabels, scores: Scores): Walk {
  referenceCurve(yTrue, scores); // validates the contract
  const walk = descendingWalk(yTrue, scores);
  // BUG: shifts every count by one group: the group scored exactly t is not predicted positive at t.
  return { ...walk, tp: [0, ...walk.tp.slice(0, -1)], fp: [0, ...walk.fp.slice(0, -1)] };
}

export function precisionRecallCurve(yTrue: BinaryLabels, scores: Scores): PrecisionRecallCurve {
  const curve = curveOf(strictWalk(yTrue, scores));
  return { ...curve, precision: curve.precision.map((p) => (Number.isNaN(p) ? 1 : p)) }; // nothing predicted: call it 1
}

export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  return stepAp(precisionRecallCurve(yTrue, scores));
}

export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  const { thresholds, tp, fp, positives } = strictWalk(yTrue, scores);
  let best = 0;
  let bestF1 = -1;
  for (let k = 0; k < thresholds.length; k++) {
    const f1 = (2 * tp[k]!) / (tp[k]! + fp[k]! + positives);
    if (f1 > bestF1) [best, bestF1] = [k, f1];
  }
  const predicted = tp[best]! + fp[best]!;
  return { threshold: thresholds[best]!, f1: bestF1, precision: predicted === 0 ? 1 : tp[best]! / predicted, recall: tp[best]! / positives };
}
