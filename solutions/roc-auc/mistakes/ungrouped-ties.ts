/** Mistake: a sorted walk that does not group tied scores, so tie order decides the answer. */
// Gives 1.0 on labels [0,1,1,0], scores [.2,.5,.5,.5] (truth .75) and 0.5 on [1,0,0,1], [.5,.5,.5,.2] (truth .25).
import { rocCurve, type Labels, type Scores } from "../roc-auc.ts";

export { rocCurve };
export type { Labels, Scores };

export function rocAuc(labels: Labels, scores: Scores): number {
  rocCurve(labels, scores); // validates the contract
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let negativesSoFar = 0;
  let wins = 0;
  let positives = 0;
  for (const index of order) {
    if (labels[index] === 1 || labels[index] === true) {
      wins += negativesSoFar; // BUG: a negative with the same score counts as "below" if it sorted first
      positives++;
    } else {
      negativesSoFar++;
    }
  }
  return wins / (positives * negativesSoFar);
}
