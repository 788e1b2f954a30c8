/**
 * Kata: ROC AUC and the ROC curve. Read README.md in this folder first.
 *
 * Implement both functions below, then run `npm run grade -- roc-auc`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** 0/1 numbers or booleans; 1 / true is the positive class. Plain arrays or typed arrays. */
export type Labels = ArrayLike<number | boolean>;
/** Finite numbers; a higher score means "more likely positive". */
export type Scores = ArrayLike<number>;

export interface RocCurve {
  /** False-positive rate at each threshold. */
  fpr: number[];
  /** True-positive rate at each threshold. */
  tpr: number[];
  /** +Infinity first, then every distinct score in descending order. */
  thresholds: number[];
}

/**
 * Area under the ROC curve: the probability that a random positive scores higher than a random negative,
 * a tied positive/negative pair counting 1/2 (scikit-learn's roc_auc_score).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function rocAuc(labels: Labels, scores: Scores): number {
  throw new NotImplementedError("rocAuc");
}

/**
 * ROC curve with one point per distinct score, thresholds descending, starting at (0, 0) with threshold +Infinity
 * (scikit-learn's roc_curve with drop_intermediate=False).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function rocCurve(labels: Labels, scores: Scores): RocCurve {
  throw new NotImplementedError("rocCurve");
}
