/** Shared pieces of the classification-report mistakes: each validates through the reference, then computes its own (buggy) answer. */
import {
  averagePrecision as referenceAveragePrecision,
  bestF1Threshold as referenceBestF1Threshold,
  classificationReport as referenceReport,
  confusionMatrix as referenceConfusionMatrix,
  precisionRecallCurve as referenceCurve,
  type BestThreshold,
  type BinaryLabels,
  type ClassScores,
  type Label,
  type Labels,
  type PrecisionRecallCurve,
  type Scores,
} from "../../classification-report.ts";

export {
  referenceAveragePrecision,
  referenceBestF1Threshold,
  referenceConfusionMatrix,
  referenceCurve,
  referenceReport,
};
export type {
  BestThreshold,
  BinaryLabels,
  ClassificationReport,
  ClassScores,
  ConfusionMatrix,
  Label,
  Labels,
  PrecisionRecallCurve,
  ReportOptions,
  Scores,
} from "../../classification-report.ts";

/** TP, predicted and actual per label of `order`, over every sample. */
export function classCounts(yTrue: Labels, yPred: Labels, order: readonly Label[]): { tp: number[]; predicted: number[]; actual: number[] } {
  const index = new Map<Label, number>(order.map((label, i) => [label, i]));
  const tp = order.map(() => 0);
  const predicted = order.map(() => 0);
  const actual = order.map(() => 0);
  for (let i = 0; i < yTrue.length; i++) {
    const t = index.get(yTrue[i]!);
    const p = index.get(yPred[i]!);
    if (t !== undefined) actual[t]!++;
    if (p !== undefined) predicted[p]!++;
    if (t !== undefined && yTrue[i] === yPred[i]) tp[t]!++;
  }
  return { tp, predicted, actual };
}

export function accuracyOf(yTrue: Labels, yPred: Labels): number {
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / yTrue.length;
}

/** Macro and weighted means of per-class scores (the right ones, for mistakes whose bug is elsewhere). */
export function averages(perClass: readonly ClassScores[], zeroDivision: number): { macro: ClassScores; weighted: ClassScores } {
  const support = perClass.reduce((s, c) => s + c.support, 0);
  const mean = (key: "precision" | "recall" | "f1") => perClass.reduce((s, c) => s + c[key], 0) / perClass.length;
  const weighted = (key: "precision" | "recall" | "f1") =>
    support === 0 ? zeroDivision : perClass.reduce((s, c) => s + c[key] * c.support, 0) / support;
  return {
    macro: { precision: mean("precision"), recall: mean("recall"), f1: mean("f1"), support },
    weighted: { precision: weighted("precision"), recall: weighted("recall"), f1: weighted("f1"), support },
  };
}

export function positive(yTrue: BinaryLabels, i: number): boolean {
  return yTrue[i] === 1 || yTrue[i] === true;
}

/** Distinct scores from the highest down with the cumulative TP and FP of "score >= t" (right, and fast). */
export interface Walk {
  thresholds: number[];
  tp: number[];
  fp: number[];
  positives: number;
}

export function descendingWalk(yTrue: BinaryLabels, scores: Scores): Walk {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const walk: Walk = { thresholds: [], tp: [], fp: [], positives: 0 };
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < order.length; ) {
    const value = scores[order[k]!]!;
    while (k < order.length && scores[order[k]!] === value) {
      if (positive(yTrue, order[k]!)) tp++;
      else fp++;
      k++;
    }
    walk.thresholds.push(value);
    walk.tp.push(tp);
    walk.fp.push(fp);
  }
  walk.positives = tp;
  return walk;
}

/** The curve of a walk (thresholds increasing, then (1, 0)). */
export function curveOf(walk: Walk): PrecisionRecallCurve {
  const m = walk.thresholds.length;
  const curve: PrecisionRecallCurve = { precision: [], recall: [], thresholds: [] };
  for (let k = m - 1; k >= 0; k--) {
    curve.thresholds.push(walk.thresholds[k]!);
    curve.precision.push(walk.tp[k]! / (walk.tp[k]! + walk.fp[k]!));
    curve.recall.push(walk.tp[k]! / walk.positives);
  }
  curve.precision.push(1);
  curve.recall.push(0);
  return curve;
}

/** sklearn's step sum over a curve given in increasing-threshold order: -sum(diff(recall) * precision[:-1]). */
export function stepAp(curve: PrecisionRecallCurve): number {
  let ap = 0;
  for (let i = 0; i + 1 < curve.recall.length; i++) ap += (curve.recall[i]! - curve.recall[i + 1]!) * curve.precision[i]!;
  return ap;
}
