/** Mistake: recounts every sample at every distinct threshold, O(n^2): right answers, but about half an hour for 1,000,000 scores. */
import { positive, referenceCurve, stepAp, type BestThreshold, type BinaryLabels, type PrecisionRecallCurve, type Scores } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceReport as classificationReport } from "./lib/common.ts";

interface Counts { thresholds: number[]; tp: number[]; predicted: number[]; positives: number }

function recount(yTrue: BinaryLabels, scores: Scores): Counts {
  referenceCurve(yTrue, scores); // validates the contract
  const thresholds = [...new Set(Array.from(scores, (s) => s + 0))].sort((a, b) => a - b);
  const counts: Counts = { thresholds, tp: [], predicted: [], positives: 0 };
  for (let i = 0; i < yTrue.length; i++) if (positive(yTrue, i)) counts.positives++;
  for (const t of thresholds) {
    let tp = 0;
    let predicted = 0;
    for (let i = 0; i < scores.length; i++) {
      // BUG (complexity): a full pass per threshold, O(n) x O(n) thresholds
      if (scores[i]! >= t) {
        predicted++;
        if (positive(yTrue, i)) tp++;
      }
    }
    counts.tp.push(tp);
    counts.predicted.push(predicted);
  }
  return counts;
}

export function precisionRecallCurve(yTrue: BinaryLabels, scores: Scores): PrecisionRecallCurve {
  const { thresholds, tp, predicted, positives } = recount(yTrue, scores);
  return {
    precision: [...thresholds.map((_, k) => tp[k]! / predicted[k]!), 1],
    recall: [...thresholds.map((_, k) => tp[k]! / positives), 0],
    thresholds,
  };
}

export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  return stepAp(precisionRecallCurve(yTrue, scores));
}

export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  const { thresholds, tp, predicted, positives } = recount(yTrue, scores);
  let best = thresholds.length - 1;
  for (let k = thresholds.length - 1; k >= 0; k--) {
    if (2 * tp[k]! * (predicted[best]! + positives) > 2 * tp[best]! * (predicted[k]! + positives)) best = k;
  }
  return {
    threshold: thresholds[best]!,
    f1: (2 * tp[best]!) / (predicted[best]! + positives),
    precision: tp[best]! / predicted[best]!,
    recall: tp[best]! / positives,
  };
}
