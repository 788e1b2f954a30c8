/** Alternative: number[][] rows read in place, quickselect instead of a heap, lists of ids into a private copy of the rows, mulberry32 k-means. */
// Written independently of the reference: no flat Float64Array (rows are copied as nested arrays and read in
// place), selection by quickselect on (score desc, id asc) in O(n) on average, then a sort of the k kept; the IVF
// keeps only ids per list and looks the vectors up in its copy of the rows; k-means++ with mulberry32 seeded from
// the integer seed, and an empty cluster re-seeded at the item farthest from its centroid. It must pass every spec.
export type Vectors = ReadonlyArray<ArrayLike<number>>;
export type Metric = "dot" | "cosine";
export interface Neighbours { ids: number[][]; scores: number[][] }
export interface ExactOptions { k: number; metric?: Metric }
export interface QuantizerOptions { seed?: number; iterations?: number }
export interface IvfIndex {
  readonly dim: number;
  readonly size: number;
  readonly centroids: number[][];
  readonly lists: number[][];
  readonly rows: number[][];
}
export interface IvfOptions { k: number; nprobe: number }
export interface IvfSearchResult extends Neighbours { scanned: number[] }
export interface IvfEvaluation { recall: number; scannedFraction: number }

function rowsOf(value: unknown, name: string, dim?: number, allowEmpty = false): number[][] {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array of rows`);
  if (value.length === 0 && !allowEmpty) throw new RangeError(`${name} is empty`);
  let d = dim;
  return value.map((row: unknown, i) => {
    if (!Array.isArray(row) && !(ArrayBuffer.isView(row) && !(row instanceof DataView))) throw new TypeError(`${name}[${i}] is not an array`);
    const r = row as ArrayLike<unknown>;
    if (r.length === 0) throw new RangeError(`${name}[${i}] is empty`);
    if (d === undefined) d = r.length;
    else if (r.length !== d) throw new RangeError(`${name}[${i}] has dimension ${r.length}, expected dimension ${d}`);
    const out = new Array<number>(r.length);
    for (let t = 0; t < r.length; t++) {
      const v = r[t];
      if (typeof v !== "number") throw new TypeError(`${name}[${i}][${t}] is not a number`);
      if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}][${t}] is not finite`);
      out[t] = v;
    }
    return out;
  });
}

function opts(o: unknown): Record<string, unknown> {
  if (typeof o !== "object" || o === null) throw new TypeError("options must be an object");
  return o as Record<string, unknown>;
}

function int(v: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== "number") throw new TypeError(`${name} must be a number`);
  if (!Number.isInteger(v) || v < min || v > max) throw new RangeError(`${name} must be an integer in [${min}, ${max}]`);
  return v;
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += a[t]! * b[t]!;
  return s;
}

function dist2(a: number[], b: number[]): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) {
    const e = a[t]! - b[t]!;
    s += e * e;
  }
  return s;
}

/** Ids (with their scores) of the best k, best first: quickselect on (score desc, id asc), then sort k. */
function selectTop(ids: Int32Array, scores: Float64Array, count: number, k: number): { ids: number[]; scores: number[] } {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && ids[a]! < ids[b]!);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const keep = Math.min(k, count);
  let lo = 0;
  let hi = count - 1;
  while (hi > lo && keep < count) {
    const mid = (lo + hi) >> 1;
    const pivot = order[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (better(order[i]!, pivot)) i++;
      while (better(pivot, order[j]!)) j--;
      if (i <= j) {
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
        i++;
        j--;
      }
    }
    if (keep - 1 <= j) hi = j;
    else if (keep - 1 >= i) lo = i;
    else break;
  }
  const top = Array.from(order.subarray(0, keep)).sort((a, b) => (better(a, b) ? -1 : 1));
  return { ids: top.map((p) => ids[p]!), scores: top.map((p) => scores[p]!) };
}

function normalised(rows: number[][]): number[][] {
  return rows.map((r) => {
    const n = Math.sqrt(dot(r, r));
    return n === 0 ? r : r.map((v) => v / n);
  });
}

export function exactTopK(queries: Vectors, items: Vectors, options: ExactOptions): Neighbours {
  let x = rowsOf(items, "items");
  let q = rowsOf(queries, "queries", x[0]!.length, true);
  const o = opts(options);
  const k = int(o.k, "k", 1);
  if (o.metric !== undefined && o.metric !== "dot" && o.metric !== "cosine") throw new RangeError(`unknown metric ${String(o.metric)}`);
  if (o.metric === "cosine") {
    x = normalised(x);
    q = normalised(q);
  }
  const ids = new Int32Array(x.length).map((_, i) => i);
  const scores = new Float64Array(x.length);
  const out: Neighbours = { ids: [], scores: [] };
  for (const query of q) {
    for (let i = 0; i < x.length; i++) scores[i] = dot(query, x[i]!);
    const top = selectTop(ids, scores, x.length, k);
    out.ids.push(top.ids);
    out.scores.push(top.scores);
  }
  return out;
}

function mulberry32(seed: number): () => number {
  let a = (seed % 4294967296) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nearest(x: number[], centroids: number[][]): number {
  let best = 0;
  let bestD = dist2(x, centroids[0]!);
  for (let j = 1; j < centroids.length; j++) {
    const d = dist2(x, centroids[j]!);
    if (d < bestD) {
      bestD = d;
      best = j;
    }
  }
  return best;
}

export function trainQuantizer(items: Vectors, nlist: number, options: QuantizerOptions = {}): number[][] {
  const x = rowsOf(items, "items");
  const k = int(nlist, "nlist", 1, x.length);
  const o = opts(options);
  const seed = o.seed === undefined ? 0 : int(o.seed, "seed", Number.MIN_SAFE_INTEGER);
  const iterations = o.iterations === undefined ? 10 : int(o.iterations, "iterations", 0);
  const rng = mulberry32(seed);
  const centroids: number[][] = [[...x[Math.floor(rng() * x.length)]!]];
  const d2 = x.map((p) => dist2(p, centroids[0]!));
  while (centroids.length < k) {
    const total = d2.reduce((s, v) => s + v, 0);
    let chosen = Math.floor(rng() * x.length);
    if (total > 0) {
      // Binary search over the running sums (a different draw than the reference's linear scan).
      const prefix = new Float64Array(x.length);
      let run = 0;
      for (let i = 0; i < x.length; i++) prefix[i] = run += d2[i]!;
      const r = rng() * total;
      let lo = 0;
      let hi = x.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prefix[mid]! > r) hi = mid;
        else lo = mid + 1;
      }
      chosen = lo;
      while (d2[chosen] === 0 && chosen > 0) chosen--; // rounding: never a point already chosen
    }
    const c = [...x[chosen]!];
    centroids.push(c);
    x.forEach((p, i) => (d2[i] = Math.min(d2[i]!, dist2(p, c))));
  }
  for (let it = 0; it < iterations; it++) {
    const labels = x.map((p) => nearest(p, centroids));
    const members: number[][] = centroids.map(() => []);
    labels.forEach((l, i) => members[l]!.push(i));
    members.forEach((m, j) => {
      if (m.length === 0) {
        // Re-seed: the item farthest from its own centroid, taken from a list that keeps another item.
        let far = -1;
        let farD = -1;
        labels.forEach((l, i) => {
          if (members[l]!.length < 2) return;
          const dd = dist2(x[i]!, centroids[l]!);
          if (dd > farD) [far, farD] = [i, dd];
        });
        if (far >= 0) {
          const from = members[labels[far]!]!;
          from.splice(from.indexOf(far), 1);
          labels[far] = j;
          m.push(far);
        }
      }
    });
    members.forEach((m, j) => {
      if (m.length === 0) return;
      centroids[j] = centroids[j]!.map((_, t) => m.reduce((s, i) => s + x[i]![t]!, 0) / m.length);
    });
  }
  return centroids;
}

export function buildIvf(items: Vectors, centroids: Vectors): IvfIndex {
  const rows = rowsOf(items, "items");
  const c = rowsOf(centroids, "centroids", rows[0]!.length);
  const lists: number[][] = c.map(() => []);
  rows.forEach((r, i) => lists[nearest(r, c)]!.push(i));
  return { dim: rows[0]!.length, size: rows.length, centroids: c, lists, rows };
}

function ivfOptions(index: IvfIndex, options: IvfOptions): { k: number; nprobe: number } {
  const o = opts(options);
  return { k: int(o.k, "k", 1), nprobe: int(o.nprobe, "nprobe", 1, index.lists.length) };
}

function probe(index: IvfIndex, q: number[], nprobe: number, k: number): { ids: number[]; scores: number[]; scanned: number } {
  const order = index.centroids.map((c, j) => ({ j, d: dist2(q, c) })).sort((a, b) => a.d - b.d || a.j - b.j);
  const ids: number[] = [];
  for (let p = 0; p < nprobe; p++) ids.push(...index.lists[order[p]!.j]!);
  const idArray = Int32Array.from(ids);
  const scores = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) scores[i] = dot(q, index.rows[ids[i]!]!);
  return { ...selectTop(idArray, scores, ids.length, k), scanned: ids.length };
}

export function searchIvf(index: IvfIndex, queries: Vectors, options: IvfOptions): IvfSearchResult {
  const q = rowsOf(queries, "queries", index.dim, true);
  const { k, nprobe } = ivfOptions(index, options);
  const out: IvfSearchResult = { ids: [], scores: [], scanned: [] };
  for (const query of q) {
    const r = probe(index, query, nprobe, k);
    out.ids.push(r.ids);
    out.scores.push(r.scores);
    out.scanned.push(r.scanned);
  }
  return out;
}

export function evaluateIvf(index: IvfIndex, queries: Vectors, options: IvfOptions): IvfEvaluation {
  const q = rowsOf(queries, "queries", index.dim, true);
  if (q.length === 0) throw new RangeError("queries is empty: nothing to average");
  const { k, nprobe } = ivfOptions(index, options);
  const found = searchIvf(index, q, { k, nprobe });
  const exact = exactTopK(q, index.rows, { k });
  let recall = 0;
  q.forEach((_, a) => {
    const truth = new Set(exact.ids[a]);
    recall += found.ids[a]!.filter((id) => truth.has(id)).length / truth.size;
  });
  return { recall: recall / q.length, scannedFraction: found.scanned.reduce((s, v) => s + v, 0) / q.length / index.size };
}
