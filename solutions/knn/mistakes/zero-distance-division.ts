/** Mistake: distance weights divide by a distance of 0, so a query on a training point gets Infinity weights and NaN. */
// 1/0 = Infinity: a regression with a neighbour at distance 0 gives Infinity/Infinity = NaN, and a vote between
// several zero-distance neighbours is Infinity against Infinity, whatever their counts.
import { buildKnn, type KnnOptions, type Neighbours, type Points, type Weights } from "./lib/knn-core.ts";

export type { KnnOptions, Neighbours, Points, Weights };

export const { kNeighbors, knnClassify, knnRegress } = buildKnn({
  // BUG: no rule for distance 0.
  weigh: (squared, weights) => (weights === "uniform" ? squared.map(() => 1) : squared.map((s) => 1 / Math.sqrt(s))),
});
