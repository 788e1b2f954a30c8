/** Mistake: computes the AUC of hard predictions (score > 0.5) instead of the scores' ranking. */
// Gives 0.75 on labels [0,0,1,1], scores [.1,.6,.7,.8] where the ranking is perfect (1.0).
import { rocAuc as referenceAuc, rocCurve, type Labels, type Scores } from "../roc-auc.ts";

export { rocCurve };
export type { Labels, Scores };

export function rocAuc(labels: Labels, scores: Scores): number {
  rocCurve(labels, scores); // validates the contract
  const predictions = Array.from(scores as ArrayLike<number>, (s) => (s > 0.5 ? 1 : 0));
  return referenceAuc(labels, predictions); // BUG: thresholding throws the ranking away
}
