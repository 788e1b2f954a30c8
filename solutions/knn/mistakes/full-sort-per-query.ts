/** Mistake: sorts all n training points for every query, O(n log n) per query where a bounded heap is O(n log k). */
// Right answers (the comparator breaks ties by index), but at n = 20,000 and 1,000 queries it makes 2.9e8
// comparator calls: several seconds, where selecting the k best takes a tenth of a second.
import { buildKnn, squaredDistance, type Finder, type KnnOptions, type Neighbours, type Points, type Weights } from "./lib/knn-core.ts";

export type { KnnOptions, Neighbours, Points, Weights };

const sortAll: Finder = (train, source, q, k, skip) => {
  const squared = Array.from({ length: train.rows }, (_, i) => squaredDistance(train, i, source, q));
  const order = Array.from({ length: train.rows }, (_, i) => i).filter((i) => i !== skip);
  // BUG: a full sort to keep k of n.
  order.sort((a, b) => squared[a]! - squared[b]! || a - b);
  const indices = order.slice(0, k);
  return { indices, squared: indices.map((i) => squared[i]!) };
};

export const { kNeighbors, knnClassify, knnRegress } = buildKnn({ find: sortAll });
