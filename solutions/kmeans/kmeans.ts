/**
 * Reference solution: K-Means with Lloyd's algorithm and k-means++ seeding, like scikit-learn's KMeans
 * (algorithm="lloyd", n_init=1), with a seeded generator so that the same seed gives the same result bit for bit.
 *
 * Layout: the points are copied once into a flat row-major Float64Array (n·d numbers). The hot loop (assignment,
 * O(n·k·d) per iteration) then runs over contiguous memory with no allocation, which is what makes n = 100,000,
 * d = 16, k = 8 take tens of milliseconds per iteration instead of hundreds. The copy also guarantees that the
 * caller's points are never modified.
 */
import seedrandom from "seedrandom";

/** n rows of d finite numbers each (n >= 1, d >= 1). Never modified. */
export type Points = ReadonlyArray<ReadonlyArray<number>>;

export type KMeansInit = "k-means++" | "random" | ReadonlyArray<ReadonlyArray<number>>;

export interface KMeansOptions {
  /** Number of clusters: an integer in [1, n]. */
  k: number;
  /** Seed of the random generator used by the seeding ("k-means++" or "random"). Default 0. */
  seed?: number;
  /** How the initial centres are chosen. Default "k-means++". An array gives the k initial centres explicitly. */
  init?: KMeansInit;
  /** Maximum number of Lloyd iterations, an integer >= 0. Default 300. 0 returns the initial centres. */
  maxIter?: number;
  /** Convergence tolerance, relative to the mean per-feature variance of the points. Default 1e-4. */
  tol?: number;
}

export interface KMeansResult {
  /** k rows of d numbers. */
  centroids: number[][];
  /** For each point, the index of its nearest centroid (ties go to the lowest index). */
  labels: number[];
  /** Sum of squared distances from each point to centroids[labels[i]]. */
  inertia: number;
  /** Lloyd iterations performed, 0..maxIter. */
  iterations: number;
  /** Whether the stopping rule was met (false if maxIter ran out first). */
  converged: boolean;
}

const DEFAULT_MAX_ITER = 300;
const DEFAULT_TOL = 1e-4;

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** Validates a matrix of finite numbers and returns it flat (row-major) with its shape. */
function flatten(rows: unknown, name: string): { data: Float64Array; n: number; d: number } {
  if (!Array.isArray(rows)) throw new TypeError(`${name} must be an array of rows (arrays of numbers)`);
  const n = rows.length;
  if (n === 0) throw new RangeError(`${name} is empty: need at least one row`);
  const first: unknown = rows[0];
  if (!Array.isArray(first)) throw new TypeError(`${name}[0] is not an array: each row must be an array of numbers`);
  const d = first.length;
  if (d === 0) throw new RangeError(`${name}[0] is empty: each row needs at least one number`);
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row)) throw new TypeError(`${name}[${i}] is not an array: each row must be an array of numbers`);
    if (row.length !== d) {
      throw new RangeError(`${name}[${i}] has length ${row.length} but ${name}[0] has length ${d}: rows must all have the same length`);
    }
    for (let j = 0; j < d; j++) {
      const value: unknown = row[j];
      if (typeof value !== "number") throw new TypeError(`${name}[${i}][${j}] is ${typeof value}: values must be finite numbers`);
      if (!Number.isFinite(value)) throw new RangeError(`${name}[${i}][${j}] is ${value}: values must be finite numbers`);
      data[i * d + j] = value;
    }
  }
  return { data, n, d };
}

function checkInteger(value: unknown, name: string, min: number, max: number, range: string): number {
  if (typeof value !== "number") throw new TypeError(`${name} must be a number (an integer in ${range}), got ${typeof value}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in ${range}, got ${value}`);
  }
  return value;
}

interface Settings {
  k: number;
  seed: number;
  init: "k-means++" | "random" | Float64Array;
  maxIter: number;
  tol: number;
}

function readOptions(options: unknown, n: number, d: number): Settings {
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object like { k: 3 }");
  const o = options as Record<string, unknown>;
  const k = checkInteger(o.k, "k", 1, n, `[1, n] (n = ${n} points)`);
  const seed = o.seed === undefined ? 0 : checkInteger(o.seed, "seed", Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "the safe integers");
  const maxIter = o.maxIter === undefined ? DEFAULT_MAX_ITER : checkInteger(o.maxIter, "maxIter", 0, Number.MAX_SAFE_INTEGER, "[0, ∞)");
  let tol = DEFAULT_TOL;
  if (o.tol !== undefined) {
    if (typeof o.tol !== "number") throw new TypeError(`tol must be a number >= 0, got ${typeof o.tol}`);
    if (!Number.isFinite(o.tol) || o.tol < 0) throw new RangeError(`tol must be a finite number >= 0, got ${o.tol}`);
    tol = o.tol;
  }
  let init: Settings["init"] = "k-means++";
  if (o.init !== undefined) {
    if (o.init === "k-means++" || o.init === "random") init = o.init;
    else if (typeof o.init === "string") throw new RangeError(`init must be "k-means++", "random" or k rows of d numbers, got "${o.init}"`);
    else if (!Array.isArray(o.init)) throw new TypeError(`init must be "k-means++", "random" or an array of k rows, got ${typeof o.init}`);
    else {
      if (o.init.length !== k) throw new RangeError(`init has ${o.init.length} rows but k is ${k}: give exactly k initial centres`);
      const shaped = flatten(o.init, "init"); // its messages name init
      if (shaped.d !== d) throw new RangeError(`init rows have length ${shaped.d} but the points have dimension ${d}`);
      init = shaped.data;
    }
  }
  return { k, seed, init, maxIter, tol };
}

// ---------------------------------------------------------------------------------------------------------------
// Core steps on flat arrays

function squaredDistance(x: Float64Array, i: number, c: Float64Array, j: number, d: number): number {
  let sum = 0;
  const xi = i * d;
  const cj = j * d;
  for (let t = 0; t < d; t++) {
    const diff = x[xi + t]! - c[cj + t]!;
    sum += diff * diff;
  }
  return sum;
}

/**
 * Nearest centre of every point (strict `<`, so a tie keeps the lowest centre index), and the squared distance
 * to it. Returns the total (the inertia for these centres).
 *
 * Partial-distance search: summing a candidate's squared distance stops as soon as it reaches the best so far.
 * The answer is exact (a candidate that reaches the best can no longer win a strict `<`), and on clustered data
 * most candidates are rejected after a few coordinates.
 */
function assign(x: Float64Array, n: number, c: Float64Array, k: number, d: number, labels: Int32Array, dist: Float64Array): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const xi = i * d;
    let best = 0;
    let bestDistance = squaredDistance(x, i, c, 0, d);
    for (let j = 1; j < k; j++) {
      const cj = j * d;
      let sum = 0;
      for (let t = 0; t < d && sum < bestDistance; t++) {
        const diff = x[xi + t]! - c[cj + t]!;
        sum += diff * diff;
      }
      if (sum < bestDistance) {
        bestDistance = sum;
        best = j;
      }
    }
    labels[i] = best;
    dist[i] = bestDistance;
    total += bestDistance;
  }
  return total;
}

/**
 * k-means++ (Arthur & Vassilvitskii 2007): the first centre is a uniformly random point; each next centre is a
 * point drawn with probability proportional to D(x)^2, its squared distance to the nearest centre chosen so far.
 * Plain k-means++: one draw per centre (scikit-learn's default adds 2 + ln k "greedy" trials per centre; we don't).
 */
function kMeansPlusPlus(x: Float64Array, n: number, d: number, k: number, rng: () => number): Float64Array {
  const centres = new Float64Array(k * d);
  const first = Math.floor(rng() * n);
  centres.set(x.subarray(first * d, first * d + d), 0);
  // D^2 to the nearest chosen centre, updated incrementally: O(n·d) per new centre, O(n·k·d) in all.
  const d2 = new Float64Array(n);
  for (let i = 0; i < n; i++) d2[i] = squaredDistance(x, i, centres, 0, d);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += d2[i]!;
    let chosen: number;
    if (total === 0) {
      chosen = Math.floor(rng() * n); // every point sits on a chosen centre (fewer than k distinct points)
    } else {
      // Inverse-CDF draw: the first point whose cumulative D^2 exceeds r. A point with D^2 = 0 can never be drawn.
      const r = rng() * total;
      let cumulative = 0;
      chosen = -1;
      let lastPositive = 0;
      for (let i = 0; i < n; i++) {
        if (d2[i]! > 0) lastPositive = i;
        cumulative += d2[i]!;
        if (cumulative > r) {
          chosen = i;
          break;
        }
      }
      if (chosen < 0) chosen = lastPositive; // rounding left r just above the final sum
    }
    centres.set(x.subarray(chosen * d, chosen * d + d), c * d);
    for (let i = 0; i < n; i++) {
      const di = squaredDistance(x, i, centres, c, d);
      if (di < d2[i]!) d2[i] = di;
    }
  }
  return centres;
}

/** k distinct points chosen uniformly at random (a partial Fisher-Yates shuffle of the indices). */
function randomPoints(x: Float64Array, n: number, d: number, k: number, rng: () => number): Float64Array {
  const indices = Int32Array.from({ length: n }, (_, i) => i);
  const centres = new Float64Array(k * d);
  for (let c = 0; c < k; c++) {
    const j = c + Math.floor(rng() * (n - c));
    const chosen = indices[j]!;
    indices[j] = indices[c]!;
    indices[c] = chosen;
    centres.set(x.subarray(chosen * d, chosen * d + d), c * d);
  }
  return centres;
}

/**
 * Re-seeds empty clusters (scikit-learn's rule): for each empty cluster in increasing index order, take the point
 * farthest from the centre it was assigned to (ties: lowest point index) and make it that cluster's only member.
 * Refinement: the point is taken only from a cluster that keeps at least one other member, so a relocation never
 * empties another cluster. Updates labels, counts, dist and the per-cluster coordinate sums in place.
 */
function relocateEmptyClusters(
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
  counts: Float64Array,
  sums: Float64Array,
): void {
  for (let empty = 0; empty < k; empty++) {
    if (counts[empty]! > 0) continue;
    let far = -1;
    for (let i = 0; i < n; i++) {
      if (counts[labels[i]!]! < 2) continue;
      if (far < 0 || dist[i]! > dist[far]!) far = i;
    }
    // k <= n guarantees a cluster with two or more members whenever one is empty (pigeonhole).
    const donor = labels[far]!;
    for (let t = 0; t < d; t++) {
      const value = x[far * d + t]!;
      sums[donor * d + t]! -= value;
      sums[empty * d + t] = value;
    }
    counts[donor]! -= 1;
    counts[empty] = 1;
    labels[far] = empty;
    dist[far] = 0; // it now sits on its own centre: it will not be picked twice
  }
}

/**
 * Mean over the d features of each feature's population variance (scikit-learn's scale for tol). Two row-wise
 * passes (means, then squared deviations): walking the flat array column by column would stride through memory.
 */
function meanVariance(x: Float64Array, n: number, d: number): number {
  const means = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) means[t]! += x[i * d + t]!;
  for (let t = 0; t < d; t++) means[t]! /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) {
      const diff = x[i * d + t]! - means[t]!;
      squares += diff * diff;
    }
  }
  return squares / n / d;
}

function toRows(flat: Float64Array, rows: number, d: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from(flat.subarray(r * d, r * d + d)));
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/**
 * Lloyd's algorithm. Each iteration: assign every point to its nearest centre, re-seed empty clusters, move each
 * centre to the mean of its points. Stops after the first iteration whose total squared centre shift is
 * <= tol · (mean per-feature variance of the points), or after maxIter iterations. Labels and inertia are then
 * computed for the returned centroids. O(n·k·d) time per iteration, O(n·d + k·d) extra space.
 */
export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  const { data: x, n, d } = flatten(points, "points");
  const { k, seed, init, maxIter, tol } = readOptions(options, n, d);

  let centres: Float64Array;
  if (init instanceof Float64Array) centres = init; // already a private copy
  else {
    const rng = seedrandom(String(seed));
    centres = init === "k-means++" ? kMeansPlusPlus(x, n, d, k, rng) : randomPoints(x, n, d, k, rng);
  }

  const threshold = tol * meanVariance(x, n, d);
  const labels = new Int32Array(n);
  const dist = new Float64Array(n);
  const counts = new Float64Array(k);
  const sums = new Float64Array(k * d);
  let next: Float64Array = new Float64Array(k * d);
  let iterations = 0;
  let converged = false;

  while (iterations < maxIter) {
    assign(x, n, centres, k, d, labels, dist);
    counts.fill(0);
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const label = labels[i]!;
      counts[label]! += 1;
      for (let t = 0; t < d; t++) sums[label * d + t]! += x[i * d + t]!;
    }
    relocateEmptyClusters(x, n, d, k, labels, dist, counts, sums);
    let shift = 0;
    for (let j = 0; j < k; j++) {
      for (let t = 0; t < d; t++) {
        const value = sums[j * d + t]! / counts[j]!; // counts[j] >= 1 after relocation: never 0/0 = NaN
        const diff = value - centres[j * d + t]!;
        shift += diff * diff;
        next[j * d + t] = value;
      }
    }
    [centres, next] = [next, centres];
    iterations++;
    if (shift <= threshold) {
      converged = true;
      break;
    }
  }

  // Labels and inertia always describe the centroids we return (the last update moved them).
  const inertia = assign(x, n, centres, k, d, labels, dist);
  return { centroids: toRows(centres, k, d), labels: Array.from(labels), inertia, iterations, converged };
}

/** Index of the nearest centroid for each point (ties go to the lowest index). O(m·k·d). */
export function predict(centroids: Points, points: Points): number[] {
  const c = flatten(centroids, "centroids");
  const x = flatten(points, "points");
  if (c.d !== x.d) {
    throw new RangeError(`dimension mismatch: centroids have ${c.d} columns but points have ${x.d}`);
  }
  const labels = new Int32Array(x.n);
  assign(x.data, x.n, c.data, c.n, x.d, labels, new Float64Array(x.n));
  return Array.from(labels);
}
