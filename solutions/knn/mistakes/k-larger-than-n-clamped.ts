/** Mistake: k larger than the number of training points is silently clamped to n instead of being an error. */
// k = 10 on 6 points quietly averages all 6: a typo in k, or a tiny training split, goes unnoticed.
import { buildKnn, type KnnOptions, type Neighbours, type Points, type Weights } from "./lib/knn-core.ts";

export type { KnnOptions, Neighbours, Points, Weights };

export const { kNeighbors, knnClassify, knnRegress } = buildKnn({
  checkK: (k, rows, leaveOneOut) => {
    if (typeof k !== "number") throw new TypeError(`k must be a number, got ${typeof k}`);
    if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k is ${k}: it must be a positive integer`);
    // BUG: clamps instead of raising.
    return Math.min(k, leaveOneOut ? rows - 1 : rows);
  },
});
