/** Mistake: leave-one-out queries each training point against all of them, so every point is its own nearest neighbour. */
// With k = 1 leave-one-out returns the training labels themselves (accuracy 1, a perfect and useless score).
import { buildKnn, type KnnOptions, type Neighbours, type Points, type Weights } from "./lib/knn-core.ts";

export type { KnnOptions, Neighbours, Points, Weights };

export const { kNeighbors, knnClassify, knnRegress } = buildKnn({
  // BUG: nothing is left out (and k may then be n, since the point itself is a candidate).
  skip: () => -1,
  checkK: (k, rows) => {
    if (typeof k !== "number") throw new TypeError(`k must be a number, got ${typeof k}`);
    if (!(Number.isInteger(k) && k >= 1 && k <= rows)) throw new RangeError(`k is ${k}: it must be an integer from 1 to n = ${rows}`);
    return k;
  },
});
