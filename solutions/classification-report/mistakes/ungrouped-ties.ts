/** Mistake: the PR walk emits a point per sample instead of per distinct score, so tied scores are split and their input order decides. */
// [1,0,0,1], [.5,.5,.5,.2]: thresholds [0.2, 0.5, 0.5, 0.5] and AP 0.75 instead of [0.2, 0.5] and 0.4167.
import { positive, referenceCurve, stepAp, type BestThreshold, type BinaryLabels, type PrecisionRecallCurve, type Scores } from "./lib/common.ts";

export { referenceConfusionMatrix as confusionMatrix, referenceReport as classificationReport } from "./lib/common.ts";

interface Point { threshold: number; tp: number; fp: number }

function points(yTrue: BinaryLabels, scores: Scores): { points: Point[]; positives: number } {
  referenceCurve(yTrue, scores); // validates the contract
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const out: Point[] = [];
  let tp = 0;
  let fp = 0;
  for (const i of order) {
    if (positive(yTrue, i)) tp++;
    else fp++;
    out.push({ threshold: scores[i]!, tp, fp }); // BUG: a point per sample, in the middle of a tied group too
  }
  return { points: out, positives: tp };
}

export function precisionRecallCurve(yTrue: BinaryLabels, scores: Scores): PrecisionRecallCurve {
  const { points: ps, positives } = points(yTrue, scores);
  const ascending = [...ps].reverse();
  return {
    precision: [...ascending.map((p) => p.tp / (p.tp + p.fp)), 1],
    recall: [...ascending.map((p) => p.tp / positives), 0],
    thresholds: ascending.map((p) => p.threshold),
  };
}

export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  return stepAp(precisionRecallCurve(yTrue, scores));
}

export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  const { points: ps, positives } = points(yTrue, scores);
  let best = ps[0]!;
  let bestF1 = -1;
  for (const p of ps) {
    const f1 = (2 * p.tp) / (p.tp + p.fp + positives);
    if (f1 > bestF1) [best, bestF1] = [p, f1];
  }
  return { threshold: best.threshold, f1: bestF1, precision: best.tp / (best.tp + best.fp), recall: best.tp / positives };
}
