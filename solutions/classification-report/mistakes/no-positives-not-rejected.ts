/** Mistake: without a positive sample, returns numbers (sklearn's warning values: recall 1, AP 0) instead of saying recall is undefined. */
import {
  referenceAveragePrecision,
  referenceBestF1Threshold,
  referenceCurve,
  type BestThreshold,
  type BinaryLabels,
  type PrecisionRecallCurve,
  type Scores,
} from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceReport as classificationReport } from "./lib/common.ts";

/** The call's answer, or `fallback()` when the only problem is that yTrue has no positive. */
function orFallback<T>(call: () => T, fallback: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof RangeError && /positive/.test(error.message)) return fallback(); // BUG: hides a broken evaluation set
    throw error;
  }
}

function distinctScores(scores: Scores): number[] {
  return [...new Set(Array.from(scores, (s) => s + 0))].sort((a, b) => a - b);
}

export function precisionRecallCurve(yTrue: BinaryLabels, scores: Scores): PrecisionRecallCurve {
  return orFallback(
    () => referenceCurve(yTrue, scores),
    () => {
      const thresholds = distinctScores(scores);
      return { precision: [...thresholds.map(() => 0), 1], recall: [...thresholds.map(() => 1), 0], thresholds };
    },
  );
}

export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  return orFallback(() => referenceAveragePrecision(yTrue, scores), () => 0);
}

export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  return orFallback(
    () => referenceBestF1Threshold(yTrue, scores),
    () => ({ threshold: Math.max(...distinctScores(scores)), f1: 0, precision: 0, recall: 0 }),
  );
}
