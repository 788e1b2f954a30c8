/** Mistake: leave-one-out skips every training point at distance 0 instead of the query point alone, so its duplicates are lost. */
// "Skip distance 0" is how the point itself is often excluded; it also drops exact duplicates, which are real
// neighbours. On [0], [0], [1] labelled 4, 6, 8, leave-one-out with k = 1 gives [8, 8, 4] instead of [6, 4, 4].
import { buildKnn, bufferFinder, type Finder, type KnnOptions, type Neighbours, type Points, type Weights } from "./lib/knn-core.ts";

export type { KnnOptions, Neighbours, Points, Weights };

const skipZero: Finder = (train, source, q, k, skip) => {
  if (skip < 0) return bufferFinder(train, source, q, k, skip);
  // BUG: every candidate at distance 0 is treated as "the point itself".
  const found = bufferFinder(train, source, q, Math.min(train.rows, k + 64), -1);
  const kept = found.indices.map((index, j) => ({ index, s: found.squared[j]! })).filter((e) => e.s > 0).slice(0, k);
  return { indices: kept.map((e) => e.index), squared: kept.map((e) => e.s) };
};

export const { kNeighbors, knnClassify, knnRegress } = buildKnn({ find: skipZero });
