/**
 * Shared by the mistakes: a correct k-NN built from replaceable parts (the neighbour search, the weights, the vote,
 * the check of k), so that each mistake swaps exactly one part for its buggy version. Validation is the
 * reference's.
 */
import { checkK, readOptions, readPoints, readValues, type KnnOptions, type Neighbours, type Points, type Weights } from "../../knn.ts";

export type { KnnOptions, Neighbours, Points, Weights };

export interface Flat {
  data: Float64Array;
  rows: number;
  features: number;
}

/** One query's neighbours: training indices and squared distances, nearest first. */
export interface Found {
  indices: number[];
  squared: number[];
}

/** Finds the k neighbours of query row `q` of `source` among `train` (skip: the index to leave out, or −1). */
export type Finder = (train: Flat, source: Flat, q: number, k: number, skip: number) => Found;

export function squaredDistance(train: Flat, i: number, source: Flat, q: number): number {
  let s = 0;
  for (let j = 0; j < train.features; j++) {
    const diff = train.data[i * train.features + j]! - source.data[q * source.features + j]!;
    s += diff * diff;
  }
  return s;
}

/** A correct finder: a sorted buffer of the k best (distance, index) pairs; strictly nearer to enter. */
export const bufferFinder: Finder = (train, source, q, k, skip) => {
  const squared: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i < train.rows; i++) {
    if (i === skip) continue;
    const s = squaredDistance(train, i, source, q);
    if (squared.length === k && s >= squared[k - 1]!) continue;
    let p = squared.length < k ? squared.length : k - 1;
    if (squared.length < k) {
      squared.push(0);
      indices.push(0);
    }
    while (p > 0 && squared[p - 1]! > s) {
      squared[p] = squared[p - 1]!;
      indices[p] = indices[p - 1]!;
      p--;
    }
    squared[p] = s;
    indices[p] = i;
  }
  return { indices, squared };
};

/** scikit-learn's weights: uniform 1; distance 1/d, or only the zero-distance neighbours (1 each) when any. */
export function correctWeights(squared: number[], weights: Weights): number[] {
  if (weights === "uniform") return squared.map(() => 1);
  return squared.includes(0) ? squared.map((s) => (s === 0 ? 1 : 0)) : squared.map((s) => 1 / Math.sqrt(s));
}

/** The label with the largest total weight; ties to the smallest label. */
export function correctVote(labels: number[], weights: number[]): number {
  const totals = new Map<number, number>();
  labels.forEach((label, j) => totals.set(label, (totals.get(label) ?? 0) + weights[j]!));
  let best = Number.NaN;
  let bestTotal = -1;
  for (const [label, total] of totals) {
    if (total > bestTotal || (total === bestTotal && label < best)) {
      best = label;
      bestTotal = total;
    }
  }
  return best;
}

export interface Parts {
  find?: Finder;
  weigh?: (squared: number[], weights: Weights) => number[];
  vote?: (labels: number[], weights: number[]) => number;
  /** Returns the k to use (the reference's checkK by default). */
  checkK?: (k: unknown, rows: number, leaveOneOut: boolean) => number;
  /** The index left out of query q's candidates in leave-one-out (default q itself). */
  skip?: (q: number) => number;
}

export function buildKnn(parts: Parts) {
  const find = parts.find ?? bufferFinder;
  const weigh = parts.weigh ?? correctWeights;
  const vote = parts.vote ?? correctVote;
  const check = parts.checkK ?? checkK;
  const skip = parts.skip ?? ((q: number) => q);

  function searchAll(train: Points, queries: Points | null, k: unknown): Found[] {
    const flatTrain = readPoints(train, "train");
    if (queries !== null && !Array.isArray(queries)) throw new TypeError("queries must be an array of rows, or null for leave-one-out");
    const source = queries === null ? flatTrain : readPoints(queries, "queries", flatTrain.features);
    const checked = check(k, flatTrain.rows, queries === null);
    return Array.from({ length: source.rows }, (_, q) => find(flatTrain, source, q, checked, queries === null ? skip(q) : -1));
  }

  function kNeighbors(train: Points, queries: Points | null, k: number): Neighbours {
    const found = searchAll(train, queries, k);
    return { indices: found.map((f) => [...f.indices]), distances: found.map((f) => f.squared.map(Math.sqrt)) };
  }

  function knnClassify(train: Points, labels: ArrayLike<number>, queries: Points | null, options?: KnnOptions): number[] {
    const { k, weights } = readOptions(options);
    const rows = readPoints(train, "train").rows;
    const values = readValues(labels, "labels", rows);
    return searchAll(train, queries, k).map((f) => vote(f.indices.map((i) => values[i]!), weigh(f.squared, weights)));
  }

  function knnRegress(train: Points, targets: ArrayLike<number>, queries: Points | null, options?: KnnOptions): number[] {
    const { k, weights } = readOptions(options);
    const rows = readPoints(train, "train").rows;
    const values = readValues(targets, "targets", rows);
    return searchAll(train, queries, k).map((f) => {
      const w = weigh(f.squared, weights);
      return f.indices.reduce((s, i, j) => s + w[j]! * values[i]!, 0) / w.reduce((s, v) => s + v, 0);
    });
  }

  return { kNeighbors, knnClassify, knnRegress };
}
