/** Mistake: the ROC curve misses its starting point (0, 0) at threshold +Infinity. */
import type { Labels, RocCurve, Scores } from "../roc-auc.ts";
import { rocAuc, rocCurve as referenceCurve } from "../roc-auc.ts";

export { rocAuc };
export type { Labels, Scores };

export function rocCurve(labels: Labels, scores: Scores): RocCurve {
  const curve = referenceCurve(labels, scores);
  return { fpr: curve.fpr.slice(1), tpr: curve.tpr.slice(1), thresholds: curve.thresholds.slice(1) };
}
