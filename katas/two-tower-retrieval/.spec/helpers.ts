/**
 * Shared helpers of the two-tower-retrieval specs: the fixture and its golden answers, seeded synthetic
 * embeddings for the scale specs, and independent brute forces (written here, never taken from a solution).
 * No kit import here, so that the compare workloads and scripts can use it outside vitest.
 */
import { readFileSync } from "node:fs";

export interface Catalogue {
  dim: number;
  items: number[][];
  queries: number[][];
  centroids: number[][];
}

export interface GoldenNeighbours {
  ids: number[][];
  scores: number[][];
}

export interface Golden {
  k: number;
  dot: GoldenNeighbours;
  cosine: GoldenNeighbours;
  lists: number[][];
  ivf: Record<string, GoldenNeighbours & { scanned: number[]; recall: number; scannedFraction: number }>;
}

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/two-tower-retrieval/${name}`, import.meta.url), "utf8");

export function loadCatalogue(): Catalogue {
  return JSON.parse(fixture("catalogue.json")) as Catalogue;
}

/** Golden answers computed by scripts/fixtures/golden/two-tower-retrieval.py (numpy, scikit-learn, faiss). */
export function loadGolden(): Golden {
  return JSON.parse(fixture("golden.json")) as Golden;
}

/** mulberry32: a small seeded generator, fast enough for millions of draws. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/**
 * Two-tower-like embeddings: `topics` Gaussian topic centres in d dimensions; each item is its topic's centre
 * plus unit Gaussian noise, scaled by a popularity factor in [0.7, 1.3]; each query is a topic centre plus noise.
 */
export function embeddings(n: number, queryCount: number, d: number, topics: number, seed: number): { items: number[][]; queries: number[][] } {
  const rng = mulberry32(seed);
  const centres = Array.from({ length: topics }, () => Array.from({ length: d }, () => gaussian(rng)));
  const items = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const centre = centres[Math.floor(rng() * topics)]!;
    const popularity = 0.7 + 0.6 * rng();
    const row = new Array<number>(d);
    for (let t = 0; t < d; t++) row[t] = popularity * (centre[t]! + gaussian(rng));
    items[i] = row;
  }
  const queries = Array.from({ length: queryCount }, () => {
    const centre = centres[Math.floor(rng() * topics)]!;
    return centre.map((c) => c + gaussian(rng));
  });
  return { items, queries };
}

export function dotProduct(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += a[t]! * b[t]!;
  return s;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const na = Math.sqrt(dotProduct(a, a));
  const nb = Math.sqrt(dotProduct(b, b));
  return na === 0 || nb === 0 ? 0 : dotProduct(a, b) / (na * nb);
}

/**
 * Brute force: score every candidate, sort them all (highest score first, ties to the lower id), keep k. Fine at
 * the small sizes where the specs use it.
 */
export function bruteForce(query: ArrayLike<number>, items: ReadonlyArray<ArrayLike<number>>, candidates: readonly number[], k: number, score: (a: ArrayLike<number>, b: ArrayLike<number>) => number): GoldenNeighboursRow {
  const scored = candidates.map((id) => ({ id, s: score(query, items[id]!) }));
  scored.sort((a, b) => b.s - a.s || a.id - b.id);
  const top = scored.slice(0, k);
  return { ids: top.map((e) => e.id), scores: top.map((e) => e.s) };
}

export interface GoldenNeighboursRow {
  ids: number[];
  scores: number[];
}

export function squaredL2(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += (a[t]! - b[t]!) ** 2;
  return s;
}

/** The nprobe centroids nearest to q by squared L2, ties to the lower index. */
export function nearestCentroids(q: ArrayLike<number>, centroids: ReadonlyArray<ArrayLike<number>>, nprobe: number): number[] {
  return centroids
    .map((c, j) => ({ j, d: squaredL2(q, c) }))
    .sort((a, b) => a.d - b.d || a.j - b.j)
    .slice(0, nprobe)
    .map((e) => e.j);
}

export const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Exact top-k of one query by dot product with a sorted buffer of size k (ties to the lower id: items are scanned
 * in increasing id and a later item needs a strictly higher score). O(n·k) in the worst case, fast on random data.
 */
export function topKByDot(query: ArrayLike<number>, items: ReadonlyArray<ArrayLike<number>>, k: number): GoldenNeighboursRow {
  const ids: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const s = dotProduct(query, items[i]!);
    if (ids.length === k && s <= scores[k - 1]!) continue;
    let j = Math.min(ids.length, k - 1);
    if (ids.length < k) {
      ids.push(0);
      scores.push(0);
    }
    while (j > 0 && scores[j - 1]! < s) {
      ids[j] = ids[j - 1]!;
      scores[j] = scores[j - 1]!;
      j--;
    }
    ids[j] = i;
    scores[j] = s;
  }
  return { ids, scores };
}
