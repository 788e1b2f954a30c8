/** Alternative: nested number[][] arrays, mulberry32 instead of seedrandom, binary-search D² draws, selection-sampled random init. */
// Written independently of the reference: its own generator (mulberry32 seeded from the integer seed), k-means++
// drawn by binary search over prefix sums (a different RNG call pattern), "random" init by Knuth's selection
// sampling followed by a shuffle, distances by the ||x||² − 2x·c + ||c||² expansion (near-ties rechecked exactly),
// and cluster means summed from member lists. It must pass every spec: the specs test the answer, not the method.
export type Points = ReadonlyArray<ReadonlyArray<number>>;
export type KMeansInit = "k-means++" | "random" | ReadonlyArray<ReadonlyArray<number>>;
export interface KMeansOptions {
  k: number;
  seed?: number;
  init?: KMeansInit;
  maxIter?: number;
  tol?: number;
}
export interface KMeansResult {
  centroids: number[][];
  labels: number[];
  inertia: number;
  iterations: number;
  converged: boolean;
}

function mulberry32(seed: number): () => number {
  // Fold a possibly negative / large safe integer into 32 bits.
  let a = (seed % 4294967296) >>> 0;
  a ^= Math.floor(seed / 4294967296) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readMatrix(value: unknown, name: string): number[][] {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array of rows`);
  if (value.length === 0) throw new RangeError(`${name} is empty`);
  let d = -1;
  return value.map((row: unknown, i) => {
    if (!Array.isArray(row)) throw new TypeError(`${name}[${i}]: each row must be an array`);
    if (d < 0) {
      d = row.length;
      if (d === 0) throw new RangeError(`${name}: rows are empty`);
    } else if (row.length !== d) throw new RangeError(`${name}[${i}] has the wrong length (${row.length}, not ${d})`);
    return row.map((v: unknown, j) => {
      if (typeof v !== "number") throw new TypeError(`${name}[${i}][${j}] is not a number`);
      if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}][${j}] must be finite`);
      return v;
    });
  });
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += a[t]! * b[t]!;
  return s;
}

function dist2(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) {
    const q = a[t]! - b[t]!;
    s += q * q;
  }
  return s;
}

/** Nearest centre by the expansion; the exact distance of the winner is recomputed directly. */
function nearest(x: number[][], norms: number[], c: number[][]): { labels: number[]; d2: number[] } {
  const cNorms = c.map((row) => dot(row, row));
  const labels: number[] = new Array(x.length);
  const d2: number[] = new Array(x.length);
  const scores = new Array<number>(c.length);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    let best = -1;
    let bestScore = Infinity;
    for (let j = 0; j < c.length; j++) {
      const score = cNorms[j]! - 2 * dot(xi, c[j]!);
      scores[j] = score;
      if (score < bestScore) {
        bestScore = score;
        best = j;
      }
    }
    // Guard rounding of the expansion: break near-ties with the exact distance, lowest index first.
    let exact = dist2(xi, c[best]!);
    const slack = 1e-12 * (norms[i]! + cNorms[best]! + 1);
    for (let j = 0; j < c.length; j++) {
      if (j === best || scores[j]! > bestScore + slack) continue;
      const e = dist2(xi, c[j]!);
      if (e < exact || (e === exact && j < best)) {
        exact = e;
        best = j;
      }
    }
    labels[i] = best;
    d2[i] = exact;
  }
  return { labels, d2 };
}

function plusPlus(x: number[][], k: number, rng: () => number): number[][] {
  const n = x.length;
  const centres = [x[Math.min(n - 1, Math.floor(rng() * n))]!.slice()];
  const d2 = x.map((p) => dist2(p, centres[0]!));
  const prefix = new Array<number>(n);
  while (centres.length < k) {
    let run = 0;
    for (let i = 0; i < n; i++) prefix[i] = run += d2[i]!;
    let pick: number;
    if (run === 0) pick = Math.min(n - 1, Math.floor(rng() * n));
    else {
      const r = rng() * run;
      // Smallest i with prefix[i] > r (binary search); prefix is non-decreasing, zero-weight points never win.
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prefix[mid]! > r) hi = mid;
        else lo = mid + 1;
      }
      pick = lo;
      while (d2[pick] === 0 && pick > 0) pick--; // only if rounding put r at the very end
    }
    const c = x[pick]!.slice();
    centres.push(c);
    for (let i = 0; i < n; i++) d2[i] = Math.min(d2[i]!, dist2(x[i]!, c));
  }
  return centres;
}

function randomInit(x: number[][], k: number, rng: () => number): number[][] {
  // Knuth's Algorithm S: each index kept with probability (needed / remaining).
  const chosen: number[] = [];
  for (let i = 0; i < x.length && chosen.length < k; i++) {
    if (rng() * (x.length - i) < k - chosen.length) chosen.push(i);
  }
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
  }
  return chosen.map((i) => x[i]!.slice());
}

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  const x = readMatrix(points, "points");
  const n = x.length;
  const d = x[0]!.length;
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const { k, seed = 0, init = "k-means++", maxIter = 300, tol = 1e-4 } = options;
  if (typeof k !== "number") throw new TypeError("k must be a number");
  if (!Number.isInteger(k) || k < 1 || k > n) throw new RangeError(`k must be an integer between 1 and n = ${n}`);
  if (typeof seed !== "number") throw new TypeError("seed must be a number");
  if (!Number.isSafeInteger(seed)) throw new RangeError("seed must be an integer");
  if (typeof maxIter !== "number") throw new TypeError("maxIter must be a number");
  if (!Number.isInteger(maxIter) || maxIter < 0) throw new RangeError("maxIter must be a non-negative integer");
  if (typeof tol !== "number") throw new TypeError("tol must be a number");
  if (!(tol >= 0) || tol === Infinity) throw new RangeError("tol must be finite and >= 0");

  let centres: number[][];
  if (typeof init === "string") {
    if (init !== "k-means++" && init !== "random") throw new RangeError(`unknown init "${init}"`);
    const rng = mulberry32(seed);
    centres = init === "k-means++" ? plusPlus(x, k, rng) : randomInit(x, k, rng);
  } else if (Array.isArray(init)) {
    if (init.length !== k) throw new RangeError("init must have k rows");
    centres = readMatrix(init, "init");
    if (centres[0]!.length !== d) throw new RangeError("init rows must have the points' dimension");
  } else throw new TypeError("init must be a string or an array of rows");

  const norms = x.map((p) => dot(p, p));
  // tol scale: mean of the per-feature (population) variances, as E[x²] − E[x]² per feature would lose precision
  // far from the origin: first the means, then the squared deviations.
  const means = new Array<number>(d).fill(0);
  for (const p of x) for (let t = 0; t < d; t++) means[t]! += p[t]! / n;
  let variance = 0;
  for (const p of x) for (let t = 0; t < d; t++) variance += (p[t]! - means[t]!) * (p[t]! - means[t]!) / n;
  const threshold = (tol * variance) / d;

  let iterations = 0;
  let converged = false;
  for (; iterations < maxIter; ) {
    const { labels, d2 } = nearest(x, norms, centres);
    const members: number[][] = Array.from({ length: k }, () => []);
    labels.forEach((l, i) => members[l]!.push(i));
    for (let e = 0; e < k; e++) {
      if (members[e]!.length > 0) continue;
      let far = -1;
      for (let i = 0; i < n; i++) {
        if (members[labels[i]!]!.length < 2) continue;
        if (far < 0 || d2[i]! > d2[far]!) far = i;
      }
      const from = members[labels[far]!]!;
      from.splice(from.indexOf(far), 1);
      members[e]!.push(far);
      labels[far] = e;
      d2[far] = 0;
    }
    const updated = members.map((idx) => {
      const mean = new Array<number>(d).fill(0);
      for (const i of idx) for (let t = 0; t < d; t++) mean[t]! += x[i]![t]!;
      return mean.map((v) => v / idx.length);
    });
    let shift = 0;
    for (let j = 0; j < k; j++) shift += dist2(updated[j]!, centres[j]!);
    centres = updated;
    iterations++;
    if (shift <= threshold) {
      converged = true;
      break;
    }
  }
  const { labels, d2 } = nearest(x, norms, centres);
  return { centroids: centres, labels, inertia: d2.reduce((a, b) => a + b, 0), iterations, converged };
}

export function predict(centroids: Points, points: Points): number[] {
  const c = readMatrix(centroids, "centroids");
  const x = readMatrix(points, "points");
  if (c[0]!.length !== x[0]!.length) throw new RangeError("points and centroids have different dimensions");
  return nearest(x, x.map((p) => dot(p, p)), c).labels;
}
