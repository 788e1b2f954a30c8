/** Mistake: ties are not counted at all (only pairs with positive > negative score win). */
// Gives 0.5 instead of 0.75 on labels [0,1,1,0], scores [.2,.5,.5,.5].
import { rocCurve, type Labels, type Scores } from "../roc-auc.ts";

export { rocCurve };
export type { Labels, Scores };

export function rocAuc(labels: Labels, scores: Scores): number {
  rocCurve(labels, scores); // validates the contract
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let negativesBelow = 0;
  let wins = 0;
  let positives = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    let groupNegatives = 0;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
      if (labels[order[j]!] === 1 || labels[order[j]!] === true) {
        wins += negativesBelow; // BUG: the negatives tied with this positive are worth 1/2 each, not 0
        positives++;
      } else {
        groupNegatives++;
      }
      j++;
    }
    negativesBelow += groupNegatives;
    i = j;
  }
  return wins / (positives * (scores.length - positives));
}
