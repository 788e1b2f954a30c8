/**
 * Reference solution: DCG@K and NDCG@K as scikit-learn's dcg_score / ndcg_score compute them, MRR and hit-rate@K
 * over many queries.
 *
 * Ranking is by score, highest first. Equal scores are a *tie group*: by default (ignoreTies false) every member
 * of a group gets the group's average gain, which is the expected DCG over every order of the ties (McSherry &
 * Najork 2008, what scikit-learn's `_tie_averaged_dcg` does). With ignoreTies, and for MRR and hit-rate, equal
 * scores are ordered by the lower index instead.
 *
 *   DCG@K = Σ_{rank r = 1..K} gain(rel at r) / log2(r + 1)     gain = rel (linear) or 2^rel − 1 (exponential)
 *   NDCG@K = DCG@K / IDCG@K, IDCG@K the DCG@K of the K highest gains of the *whole* list; 0 when IDCG@K = 0.
 *
 * No full sort: a bounded heap picks the K best candidates in O(n log K), and one more O(n) pass sums the gains of
 * the tie group that straddles the cut at K (its average runs over all its members, also those ranked past K).
 * MRR and hit-rate need only the best-ranked relevant candidate and how many candidates rank above it: O(n).
 */

/** Plain arrays or typed arrays of numbers. */
export type Numbers = ArrayLike<number>;

/** "linear": gain = relevance (scikit-learn). "exponential": gain = 2^relevance − 1 (Burges et al.). */
export type Gain = "linear" | "exponential";

export interface DcgOptions {
  /** Only the K best-ranked positions count (a positive integer). Default: all of them. */
  k?: number;
  /** Order equal scores by the lower index instead of averaging their gains. Default false. */
  ignoreTies?: boolean;
  /** Default "linear". */
  gain?: Gain;
}

/** One query: the relevance of each candidate (>= 0) and the model's score of the same candidate. */
export interface Query {
  relevance: Numbers;
  scores: Numbers;
}

interface Settings {
  k: number;
  ignoreTies: boolean;
  gain: Gain;
}

function isNumbers(value: unknown): value is Numbers {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function checkK(k: unknown): number {
  if (typeof k !== "number") throw new TypeError(`k must be a positive integer (got ${typeof k})`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
  return k;
}

function readOptions(options: unknown): Settings {
  if (options === undefined) return { k: Infinity, ignoreTies: false, gain: "linear" };
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object { k?, ignoreTies?, gain? }");
  const { k, ignoreTies, gain } = options as Record<string, unknown>;
  if (ignoreTies !== undefined && typeof ignoreTies !== "boolean") {
    throw new TypeError(`options.ignoreTies must be a boolean (got ${typeof ignoreTies})`);
  }
  if (gain !== undefined && typeof gain !== "string") throw new TypeError(`options.gain must be "linear" or "exponential" (got ${typeof gain})`);
  if (gain !== undefined && gain !== "linear" && gain !== "exponential") {
    throw new RangeError(`options.gain must be "linear" or "exponential" (got "${gain}")`);
  }
  return { k: k === undefined ? Infinity : checkK(k), ignoreTies: ignoreTies ?? false, gain: gain ?? "linear" };
}

/**
 * Validates one query and returns its gains (a fresh array: the caller's relevance is never touched).
 * Scores are checked in place and read from the caller's array afterwards.
 */
function gainsOf(relevance: unknown, scores: unknown, gain: Gain, where = ""): Float64Array {
  if (!isNumbers(relevance)) throw new TypeError(`${where}relevance must be an array or a typed array of numbers`);
  if (!isNumbers(scores)) throw new TypeError(`${where}scores must be an array or a typed array of numbers`);
  const n = relevance.length;
  if (scores.length !== n) {
    throw new RangeError(`${where}relevance and ${where}scores must have the same length (${n} and ${scores.length})`);
  }
  const gains = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rel = relevance[i];
    if (typeof rel !== "number") throw new TypeError(`${where}relevance[${i}] is ${typeof rel}; relevance must be numbers`);
    if (!(rel >= 0) || rel === Infinity) throw new RangeError(`${where}relevance[${i}] is ${rel}; relevance must be finite and >= 0`);
    const score = scores[i];
    if (typeof score !== "number") throw new TypeError(`${where}scores[${i}] is ${typeof score}; scores must be numbers`);
    if (!Number.isFinite(score)) throw new RangeError(`${where}scores[${i}] is ${score}; scores must be finite`);
    // 2^rel − 1 is exact for integer grades; expm1 keeps it accurate for small fractional ones.
    const g = gain === "linear" ? rel : rel < 1 ? Math.expm1(rel * Math.LN2) : 2 ** rel - 1;
    if (g === Infinity) throw new RangeError(`${where}relevance[${i}] is ${rel}: 2^${rel} − 1 overflows the exponential gain`);
    gains[i] = g;
  }
  return gains;
}

/** The discount of the rank at 0-based position `position`: 1 / log2(rank + 1). */
const discount = (position: number): number => 1 / Math.log2(position + 2);

/**
 * Indices of the `count` best candidates (higher value first, equal values by the lower index), in rank order.
 * A min-heap of size `count` whose root is the worst kept candidate: O(n log count) time, O(count) space.
 */
function topIndices(values: Numbers, count: number): Uint32Array {
  const heapIndex = new Uint32Array(count);
  const heapValue = new Float64Array(count);
  let size = 0;
  // `a` (index ia, value va) is worse than `b`: lower value, or the same value and a higher index.
  const worse = (va: number, ia: number, vb: number, ib: number) => va < vb || (va === vb && ia > ib);
  const siftDown = (index: number, value: number): void => {
    let pos = 0;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && worse(heapValue[right]!, heapIndex[right]!, heapValue[child]!, heapIndex[child]!)) child = right;
      if (!worse(heapValue[child]!, heapIndex[child]!, value, index)) break;
      heapIndex[pos] = heapIndex[child]!;
      heapValue[pos] = heapValue[child]!;
      pos = child;
    }
    heapIndex[pos] = index;
    heapValue[pos] = value;
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (size < count) {
      // Sift up. Every kept index is lower than i, so i is worse than any parent with an equal value.
      let pos = size++;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        if (heapValue[parent]! < value) break;
        heapIndex[pos] = heapIndex[parent]!;
        heapValue[pos] = heapValue[parent]!;
        pos = parent;
      }
      heapIndex[pos] = i;
      heapValue[pos] = value;
    } else if (value > heapValue[0]!) {
      // An equal value never enters: its index is higher than every kept one.
      siftDown(i, value);
    }
  }
  // Pop the worst first, filling the result from the back.
  const order = new Uint32Array(size);
  for (let slot = size - 1; slot >= 0; slot--) {
    order[slot] = heapIndex[0]!;
    const lastIndex = heapIndex[size - 1]!;
    const lastValue = heapValue[size - 1]!;
    size--;
    if (size > 0) siftDown(lastIndex, lastValue);
  }
  return order;
}

/** DCG at cut `cut` (<= n) of the given gains ranked by `scores`. */
function dcgOf(gains: Float64Array, scores: Numbers, cut: number, ignoreTies: boolean): number {
  if (cut === 0) return 0;
  const top = topIndices(scores, cut);
  let total = 0;
  if (ignoreTies) {
    for (let r = 0; r < cut; r++) total += gains[top[r]!]! * discount(r);
    return total;
  }
  // The lowest score inside the cut may be shared by candidates ranked past it: that group's average gain runs
  // over all its members, so sum them over the whole list (every other group lies inside the cut entirely).
  const boundary = scores[top[cut - 1]!]!;
  let boundarySum = 0;
  let boundaryCount = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] === boundary) {
      boundarySum += gains[i]!;
      boundaryCount++;
    }
  }
  for (let start = 0; start < cut; ) {
    const score = scores[top[start]!]!;
    let end = start;
    let groupSum = 0;
    let discounts = 0;
    while (end < cut && scores[top[end]!] === score) {
      groupSum += gains[top[end]!]!;
      discounts += discount(end);
      end++;
    }
    const average = score === boundary ? boundarySum / boundaryCount : groupSum / (end - start);
    total += average * discounts;
    start = end;
  }
  return total;
}

/** DCG of the best possible order: the `cut` highest gains of the whole list, cut at the same K. */
function idealDcgOf(gains: Float64Array, cut: number): number {
  const top = topIndices(gains, cut);
  let total = 0;
  for (let r = 0; r < cut; r++) total += gains[top[r]!]! * discount(r);
  return total;
}

function ndcgOf(gains: Float64Array, scores: Numbers, settings: Settings): number {
  const cut = Math.min(settings.k, gains.length);
  const ideal = idealDcgOf(gains, cut);
  // Nothing relevant: scikit-learn's rule, NDCG 0 (not NaN, not 1).
  return ideal === 0 ? 0 : dcgOf(gains, scores, cut, settings.ignoreTies) / ideal;
}

/**
 * DCG@K of one query, scikit-learn's `dcg_score(relevance, scores, k=k, ignore_ties=ignoreTies)` (for the
 * exponential gain, of 2^relevance − 1). 0 for an empty query.
 */
export function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  const settings = readOptions(options);
  const gains = gainsOf(relevance, scores, settings.gain);
  return dcgOf(gains, scores, Math.min(settings.k, gains.length), settings.ignoreTies);
}

/** NDCG@K of one query, scikit-learn's `ndcg_score`; 0 when the ideal DCG is 0 (nothing relevant). */
export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  const settings = readOptions(options);
  return ndcgOf(gainsOf(relevance, scores, settings.gain), scores, settings);
}

function checkQueries(queries: unknown): asserts queries is readonly unknown[] {
  if (!Array.isArray(queries)) throw new TypeError("queries must be an array of { relevance, scores } objects");
  if (queries.length === 0) throw new RangeError("queries is empty; a mean over no queries is undefined");
}

function queryParts(query: unknown, q: number): { relevance: unknown; scores: unknown; where: string } {
  if (typeof query !== "object" || query === null) throw new TypeError(`queries[${q}] must be an object { relevance, scores }`);
  const { relevance, scores } = query as Record<string, unknown>;
  return { relevance, scores, where: `queries[${q}].` };
}

/** The mean NDCG@K over the queries; a query with nothing relevant counts, as 0 (scikit-learn's mean). */
export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  const settings = readOptions(options);
  checkQueries(queries);
  let total = 0;
  queries.forEach((query: unknown, q) => {
    const { relevance, scores, where } = queryParts(query, q);
    total += ndcgOf(gainsOf(relevance, scores, settings.gain, where), scores as Numbers, settings);
  });
  return total / queries.length;
}

/**
 * The 1-based rank of the best-ranked relevant candidate (relevance > 0), equal scores ordered by the lower index;
 * Infinity when nothing is relevant. One pass finds that candidate, a second counts who ranks above it: O(n).
 */
function firstRelevantRank(query: unknown, q: number): number {
  const { relevance, scores, where } = queryParts(query, q);
  const gains = gainsOf(relevance, scores, "linear", where);
  const s = scores as Numbers;
  let best = -1;
  for (let i = 0; i < gains.length; i++) {
    if (gains[i]! > 0 && (best < 0 || s[i]! > s[best]!)) best = i; // strict >: the lower index keeps a tie
  }
  if (best < 0) return Infinity;
  let above = 0;
  const bestScore = s[best]!;
  for (let i = 0; i < s.length; i++) if (s[i]! > bestScore || (s[i] === bestScore && i < best)) above++;
  return above + 1;
}

/**
 * MRR@K: the mean over the queries of 1 / (rank of the first relevant candidate), 0 when that rank is past k or
 * nothing is relevant (the query still counts). No k: no cut.
 */
export function mrr(queries: readonly Query[], k?: number): number {
  const cut = k === undefined ? Infinity : checkK(k);
  checkQueries(queries);
  let total = 0;
  queries.forEach((query: unknown, q) => {
    const rank = firstRelevantRank(query, q);
    if (rank <= cut) total += 1 / rank;
  });
  return total / queries.length;
}

/** Hit-rate@K: the share of queries with at least one relevant candidate among the k best-ranked. */
export function hitRate(queries: readonly Query[], k: number): number {
  const cut = checkK(k);
  checkQueries(queries);
  let hits = 0;
  queries.forEach((query: unknown, q) => {
    if (firstRelevantRank(query, q) <= cut) hits++;
  });
  return hits / queries.length;
}
