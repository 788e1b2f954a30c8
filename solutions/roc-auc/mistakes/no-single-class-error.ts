/** Mistake: returns a number (NaN or 0.5) when only one class is present instead of saying AUC is undefined. */
import { rocCurve as referenceCurve, rocAuc as referenceAuc, type Labels, type RocCurve, type Scores } from "../roc-auc.ts";

export type { Labels, Scores };

function oneClass(labels: Labels): boolean {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1 || labels[i] === true) positives++;
  return labels.length > 0 && (positives === 0 || positives === labels.length);
}

export function rocAuc(labels: Labels, scores: Scores): number {
  if (labels.length === scores.length && oneClass(labels)) return 0.5; // BUG: silently invents an answer
  return referenceAuc(labels, scores);
}

export function rocCurve(labels: Labels, scores: Scores): RocCurve {
  if (labels.length === scores.length && oneClass(labels)) return { fpr: [0, NaN], tpr: [0, 1], thresholds: [Infinity, 0] };
  return referenceCurve(labels, scores);
}
