/** Mistake: a tied vote goes to the largest label instead of the smallest. */
// A `>=` in the running maximum: the 2-2 vote between 3 and 7 (k = 4 at 1.5 on 0, 1, 2, 3, 10, 11 labelled
// 7, 3, 3, 7, 5, 5) gives 7 instead of scikit-learn's 3.
import { buildKnn, type KnnOptions, type Neighbours, type Points, type Weights } from "./lib/knn-core.ts";

export type { KnnOptions, Neighbours, Points, Weights };

export const { kNeighbors, knnClassify, knnRegress } = buildKnn({
  vote(labels, weights) {
    const totals = new Map<number, number>();
    labels.forEach((label, j) => totals.set(label, (totals.get(label) ?? 0) + weights[j]!));
    let best = Number.NaN;
    let bestTotal = -1;
    for (const [label, total] of [...totals].sort((a, b) => a[0] - b[0])) {
      // BUG: `>=` lets a later (larger) label with the same total take over.
      if (total >= bestTotal) {
        best = label;
        bestTotal = total;
      }
    }
    return best;
  },
});
