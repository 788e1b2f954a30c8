/** Mistake: compares every positive with every negative, O(n^2): right answers, but ~10 minutes at n = 1,000,000. */
import { rocCurve, type Labels, type Scores } from "../roc-auc.ts";

export { rocCurve };
export type { Labels, Scores };

export function rocAuc(labels: Labels, scores: Scores): number {
  rocCurve(labels, scores); // validates the contract
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    (labels[i] === 1 || labels[i] === true ? positives : negatives).push(scores[i]!);
  }
  let wins = 0;
  for (const p of positives) {
    for (const q of negatives) wins += p > q ? 1 : p === q ? 0.5 : 0;
  }
  return wins / (positives.length * negatives.length);
}
