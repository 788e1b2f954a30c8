/** Mistake: sorts the caller's arrays in place (right AUC, but the caller's data is scrambled). */
import type { Labels, RocCurve, Scores } from "../roc-auc.ts";
import { rocAuc as referenceAuc, rocCurve as referenceCurve } from "../roc-auc.ts";

export type { Labels, Scores };

function sortTogether(labels: Labels, scores: Scores): void {
  const pairs = Array.from({ length: scores.length }, (_, i) => [scores[i]!, labels[i]!] as const);
  pairs.sort((a, b) => a[0] - b[0]);
  const writableScores = scores as unknown as number[];
  const writableLabels = labels as unknown as (number | boolean)[];
  pairs.forEach(([score, label], i) => {
    writableScores[i] = score; // BUG: writes into the caller's arrays
    writableLabels[i] = label;
  });
}

export function rocAuc(labels: Labels, scores: Scores): number {
  const auc = referenceAuc(labels, scores);
  sortTogether(labels, scores);
  return auc;
}

export function rocCurve(labels: Labels, scores: Scores): RocCurve {
  const curve = referenceCurve(labels, scores);
  sortTogether(labels, scores);
  return curve;
}
