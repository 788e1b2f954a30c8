/**
 * Reference solution: Precision@K, Recall@K, AP@K, MAP@K over ranked id lists, and top-k selection from scores.
 *
 * One walk over the first k ranked ids gives everything: the number of distinct relevant ids seen (hits) and,
 * for AP, the precision at each rank where a new hit appears. An id repeated in `ranked` keeps its rank slot but
 * scores nothing the second time (ml_metrics' `p not in predicted[:i]`).
 *
 * AP@K follows ml_metrics.apk (Ben Hamner's Metrics package, Python/ml_metrics/average_precision.py, the MAP@K
 * used by Kaggle):  AP@K = (sum over ranks i <= k holding a new hit of hits_i / i) / min(|relevant|, k),
 * and 0 when nothing is relevant (the package's own test: apk([], [1, 3], 20) == 0.0).
 *
 * topK keeps a bounded min-heap of the k best indices seen so far: O(n log k) time, O(k) extra space.
 */

/** An item id. Ids are compared like Set members (SameValueZero): 1 and "1" are different items. */
export type ItemId = string | number;
/** The relevant ids of one query: a Set or an array (a repeated id counts once). */
export type RelevantIds = ReadonlySet<ItemId> | readonly ItemId[];

export interface Query {
  /** Item ids in ranked order, best first. */
  ranked: readonly ItemId[];
  relevant: RelevantIds;
}

/** Finite numbers, higher is better. Plain arrays or typed arrays. */
export type Scores = ArrayLike<number>;

function checkK(k: unknown): asserts k is number {
  if (typeof k !== "number") throw new TypeError(`k must be a positive integer (got ${typeof k})`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
}

function checkId(id: unknown, where: string): void {
  if (typeof id !== "string" && typeof id !== "number") {
    throw new TypeError(`${where} is ${id === null ? "null" : typeof id}; item ids must be strings or numbers`);
  }
}

function checkRanked(ranked: unknown, name: string): asserts ranked is readonly ItemId[] {
  if (!Array.isArray(ranked)) throw new TypeError(`${name} must be an array of item ids`);
  for (let i = 0; i < ranked.length; i++) checkId(ranked[i], `${name}[${i}]`);
}

/** The relevant ids as a Set (built once, so each membership test is O(1)); the caller's Set is reused as is. */
function relevantSet(relevant: unknown, name: string): ReadonlySet<ItemId> {
  if (relevant instanceof Set) {
    for (const id of relevant) checkId(id, `an id in ${name}`);
    return relevant as ReadonlySet<ItemId>;
  }
  if (Array.isArray(relevant)) {
    relevant.forEach((id, i) => checkId(id, `${name}[${i}]`));
    return new Set(relevant as ItemId[]);
  }
  throw new TypeError(`${name} must be a Set or an array of item ids`);
}

interface Walk {
  /** Distinct relevant ids among the first k ranked ids. */
  hits: number;
  /** Sum of precision@i over the ranks i <= k where a new relevant id appears. */
  precisionSum: number;
  /** Number of distinct relevant ids. */
  relevantCount: number;
}

/** Validates one (ranked, relevant) pair and walks its first k ranks. O(k + |relevant|) after validation. */
function walk(ranked: unknown, relevant: unknown, k: number, prefix = ""): Walk {
  checkRanked(ranked, `${prefix}ranked`);
  const wanted = relevantSet(relevant, `${prefix}relevant`);
  const found = new Set<ItemId>(); // relevant ids already counted: a repeat keeps its slot but scores nothing
  let precisionSum = 0;
  const end = Math.min(k, ranked.length);
  for (let i = 0; i < end; i++) {
    const id = ranked[i]!;
    if (wanted.has(id) && !found.has(id)) {
      found.add(id);
      precisionSum += found.size / (i + 1);
    }
  }
  return { hits: found.size, precisionSum, relevantCount: wanted.size };
}

/**
 * Precision@K: distinct relevant ids among the first k ranked ids, divided by k, even when fewer than k ids are
 * ranked (missing slots count as misses, as in trec_eval and torchmetrics).
 */
export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  checkK(k);
  return walk(ranked, relevant, k).hits / k;
}

/** Recall@K: distinct relevant ids among the first k, divided by the number of relevant ids; 0 if there are none. */
export function recallAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  checkK(k);
  const { hits, relevantCount } = walk(ranked, relevant, k);
  return relevantCount === 0 ? 0 : hits / relevantCount;
}

function apFromWalk({ precisionSum, relevantCount }: Walk, k: number): number {
  // ml_metrics.apk: divide by min(|relevant|, k), the most hits k slots can hold, so a perfect top k scores 1.
  return relevantCount === 0 ? 0 : precisionSum / Math.min(relevantCount, k);
}

/** AP@K as ml_metrics.apk defines it (see the file header); 0 when nothing is relevant. */
export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  checkK(k);
  return apFromWalk(walk(ranked, relevant, k), k);
}

/**
 * MAP@K: the plain mean of AP@K over every query (ml_metrics.mapk). A query with no relevant ids counts, as 0.
 * An empty list of queries is an error: the mean of nothing is undefined.
 */
export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  checkK(k);
  if (!Array.isArray(queries)) throw new TypeError("queries must be an array of { ranked, relevant } objects");
  if (queries.length === 0) throw new RangeError("queries is empty; MAP@K needs at least one query");
  let total = 0;
  queries.forEach((query: unknown, q) => {
    if (typeof query !== "object" || query === null) {
      throw new TypeError(`queries[${q}] must be an object { ranked, relevant }`);
    }
    const { ranked, relevant } = query as Record<string, unknown>;
    total += apFromWalk(walk(ranked, relevant, k, `queries[${q}].`), k);
  });
  return total / queries.length;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/**
 * Indices of the k highest scores, highest first; equal scores go to the lower index. Returns all n indices
 * (ordered the same way) when k > n.
 *
 * A bounded min-heap holds the best min(k, n) indices seen so far, its root the worst of them. Each new index
 * either loses to the root (O(1)) or replaces it (O(log k)). O(n log k) time, O(k) extra space.
 */
export function topK(scores: Scores, k: number): number[] {
  if (!isArrayLike(scores)) throw new TypeError("scores must be an array or a typed array of numbers");
  checkK(k);
  const n = scores.length;
  const capacity = Math.min(k, n);
  // The heap keeps each index next to its score: comparisons never reach back into the (large) input.
  const heapIndex = new Uint32Array(capacity);
  const heapScore = new Float64Array(capacity);
  let size = 0;

  /** Moves the entry (index, score) down from `pos` until neither child is worse. */
  const siftDown = (pos: number, index: number, score: number): void => {
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= size) break;
      const right = child + 1;
      // Pick the worse child: lower score, or equal score and higher index.
      if (
        right < size &&
        (heapScore[right]! < heapScore[child]! || (heapScore[right] === heapScore[child] && heapIndex[right]! > heapIndex[child]!))
      ) {
        child = right;
      }
      const childScore = heapScore[child]!;
      if (childScore > score || (childScore === score && heapIndex[child]! < index)) break; // child is better: stop
      heapIndex[pos] = heapIndex[child]!;
      heapScore[pos] = childScore;
      pos = child;
    }
    heapIndex[pos] = index;
    heapScore[pos] = score;
  };

  for (let i = 0; i < n; i++) {
    const score = scores[i];
    if (typeof score !== "number") throw new TypeError(`scores[${i}] is ${typeof score}; scores must be finite numbers`);
    if (!Number.isFinite(score)) throw new RangeError(`scores[${i}] is ${score}; scores must be finite numbers`);
    if (size < capacity) {
      // Sift up while i is worse than its parent. Every kept index is lower than i, so an equal-scored parent is
      // better than i: i moves above it.
      let pos = size++;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        if (heapScore[parent]! < score) break;
        heapIndex[pos] = heapIndex[parent]!;
        heapScore[pos] = heapScore[parent]!;
        pos = parent;
      }
      heapIndex[pos] = i;
      heapScore[pos] = score;
    } else if (score > heapScore[0]!) {
      // i beats the worst kept index. An equal score never does: i is higher than every kept index.
      siftDown(0, i, score);
    }
  }

  // Pop the worst first and fill the output from the back: highest score first. O(k log k).
  const result = new Array<number>(size);
  for (let slot = size - 1; slot >= 0; slot--) {
    result[slot] = heapIndex[0]!;
    size--;
    siftDown(0, heapIndex[size]!, heapScore[size]!);
  }
  return result;
}
