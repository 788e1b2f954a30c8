/** Alternative: no heap and no full sort: a three-way quickselect finds the K-th best score, then only the candidates above it are sorted and the tie group at it is summed once. */
// Written independently of the reference (no import from it). Per query: copy the scores into a Float64Array,
// select the value t of the K-th best (O(n) expected; the three-way partition keeps the many equal gains of the
// ideal list from going quadratic), sort the fewer than K candidates that score above t, and give the group of
// candidates scoring exactly t its average gain over the positions it holds inside the top K. The ideal DCG is the
// same selection on the gains. Hit-rate reuses the selection; MRR needs only the best-ranked relevant candidate.
export type Numbers = ArrayLike<number>;
export type Gain = "linear" | "exponential";
export interface DcgOptions {
  k?: number;
  ignoreTies?: boolean;
  gain?: Gain;
}
export interface Query {
  relevance: Numbers;
  scores: Numbers;
}

interface Config {
  k: number;
  ignoreTies: boolean;
  exponential: boolean;
}

function positiveInteger(k: unknown): number {
  if (typeof k !== "number") throw new TypeError(`k: expected a number, got ${typeof k}`);
  if (!Number.isInteger(k) || k <= 0) throw new RangeError(`k: expected a positive integer, got ${k}`);
  return k;
}

function configOf(options: unknown): Config {
  if (options === undefined) return { k: Infinity, ignoreTies: false, exponential: false };
  if (typeof options !== "object" || options === null) throw new TypeError("options: expected an object");
  const { k, ignoreTies, gain } = options as Record<string, unknown>;
  if (!(ignoreTies === undefined || ignoreTies === true || ignoreTies === false)) throw new TypeError("options.ignoreTies: expected a boolean");
  if (gain !== undefined && typeof gain !== "string") throw new TypeError("options.gain: expected a string");
  if (gain !== undefined && gain !== "linear" && gain !== "exponential") throw new RangeError(`options.gain: "${gain}" is neither "linear" nor "exponential"`);
  return { k: k === undefined ? Infinity : positiveInteger(k), ignoreTies: ignoreTies === true, exponential: gain === "exponential" };
}

const arrayOrTyped = (value: unknown): value is Numbers => Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));

/** Validates one query; returns its gains as a new Float64Array. */
function validate(relevance: unknown, scores: unknown, exponential: boolean, at = ""): Float64Array {
  if (!arrayOrTyped(relevance)) throw new TypeError(`${at}relevance must be an array or a typed array`);
  if (!arrayOrTyped(scores)) throw new TypeError(`${at}scores must be an array or a typed array`);
  if (relevance.length !== scores.length) throw new RangeError(`${at}relevance (length ${relevance.length}) and scores (length ${scores.length}) differ`);
  const gains = new Float64Array(relevance.length);
  for (let i = 0; i < gains.length; i++) {
    const rel: unknown = relevance[i];
    const score: unknown = scores[i];
    if (typeof rel !== "number") throw new TypeError(`${at}relevance[${i}]: not a number`);
    if (Number.isNaN(rel) || rel < 0 || rel === Infinity) throw new RangeError(`${at}relevance[${i}] = ${rel}: not a finite relevance >= 0`);
    if (typeof score !== "number") throw new TypeError(`${at}scores[${i}]: not a number`);
    if (!Number.isFinite(score)) throw new RangeError(`${at}scores[${i}] = ${score}: not a finite score`);
    const g = exponential ? 2 ** rel - 1 : rel;
    if (!Number.isFinite(g)) throw new RangeError(`${at}relevance[${i}] = ${rel}: 2^relevance - 1 overflows`);
    gains[i] = g;
  }
  return gains;
}

/** The value of rank `rank` (0-based, highest first) of `values`; reorders `values` (a private copy). */
function selectDescending(values: Float64Array, rank: number): number {
  let lo = 0;
  let hi = values.length - 1;
  for (;;) {
    if (lo >= hi) return values[lo]!;
    const a = values[lo]!;
    const b = values[(lo + hi) >> 1]!;
    const c = values[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b; // median of three
    // Three-way partition, descending: [lo, gt) > pivot, [gt, i) == pivot, (lt, hi] < pivot.
    let gt = lo;
    let i = lo;
    let lt = hi;
    while (i <= lt) {
      const v = values[i]!;
      if (v > pivot) {
        values[i] = values[gt]!;
        values[gt++] = v;
        i++;
      } else if (v < pivot) {
        values[i] = values[lt]!;
        values[lt--] = v;
      } else i++;
    }
    if (rank < gt) hi = gt - 1;
    else if (rank > lt) lo = lt + 1;
    else return pivot;
  }
}

/** Σ of the discounts 1/log2(p + 2) for positions from <= p < to. */
function discounts(from: number, to: number): number {
  let sum = 0;
  for (let p = from; p < to; p++) sum += 1 / Math.log2(p + 2);
  return sum;
}

/**
 * DCG at `cut` (1 <= cut <= n) of the gains ranked by `keys` (higher first). With `byIndex`, equal keys go to
 * the lower index; otherwise every group of equal keys shares its average gain.
 */
function selectedDcg(gains: Float64Array, keys: Numbers, cut: number, byIndex: boolean): number {
  const n = keys.length;
  const threshold = selectDescending(Float64Array.from(keys), cut - 1);
  const above: number[] = [];
  let tiedSum = 0;
  let tiedCount = 0;
  for (let i = 0; i < n; i++) {
    if (keys[i]! > threshold) above.push(i);
    else if (keys[i] === threshold) {
      tiedSum += gains[i]!;
      tiedCount++;
    }
  }
  above.sort((x, y) => keys[y]! - keys[x]! || x - y);
  let total = 0;
  for (let start = 0; start < above.length; ) {
    let end = start + 1;
    if (!byIndex) while (end < above.length && keys[above[end]!] === keys[above[start]!]) end++;
    let sum = 0;
    for (let p = start; p < end; p++) sum += gains[above[p]!]!;
    total += (sum / (end - start)) * discounts(start, end);
    start = end;
  }
  // The group at the threshold holds positions above.length .. cut - 1 (and maybe more past the cut).
  if (!byIndex) return total + (tiedSum / tiedCount) * discounts(above.length, cut);
  for (let i = 0, p = above.length; i < n && p < cut; i++) {
    if (keys[i] === threshold) total += gains[i]! / Math.log2(2 + p++);
  }
  return total;
}

function dcgOf(gains: Float64Array, scores: Numbers, config: Config): number {
  const cut = Math.min(config.k, gains.length);
  return cut === 0 ? 0 : selectedDcg(gains, scores, cut, config.ignoreTies);
}

function ndcgOf(gains: Float64Array, scores: Numbers, config: Config): number {
  const cut = Math.min(config.k, gains.length);
  if (cut === 0) return 0;
  const ideal = selectedDcg(gains, gains, cut, true);
  return ideal > 0 ? selectedDcg(gains, scores, cut, config.ignoreTies) / ideal : 0;
}

export function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  const config = configOf(options);
  return dcgOf(validate(relevance, scores, config.exponential), scores, config);
}

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  const config = configOf(options);
  return ndcgOf(validate(relevance, scores, config.exponential), scores, config);
}

function queryList(queries: unknown): readonly unknown[] {
  if (!Array.isArray(queries)) throw new TypeError("queries must be an array");
  if (queries.length === 0) throw new RangeError("queries must not be empty");
  return queries;
}

function partsOf(query: unknown, q: number, exponential = false): { gains: Float64Array; scores: Numbers } {
  if (typeof query !== "object" || query === null) throw new TypeError(`queries[${q}]: expected a { relevance, scores } object`);
  const { relevance, scores } = query as Record<string, unknown>;
  return { gains: validate(relevance, scores, exponential, `queries[${q}].`), scores: scores as Numbers };
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  const config = configOf(options);
  const list = queryList(queries);
  let sum = 0;
  list.forEach((query, q) => {
    const { gains, scores } = partsOf(query, q, config.exponential);
    sum += ndcgOf(gains, scores, config);
  });
  return sum / list.length;
}

export function mrr(queries: readonly Query[], k?: number): number {
  const cut = k === undefined ? Infinity : positiveInteger(k);
  const list = queryList(queries);
  let sum = 0;
  list.forEach((query, q) => {
    const { gains, scores } = partsOf(query, q);
    // The best relevant candidate: highest score, then lowest index.
    let best = -1;
    for (let i = 0; i < gains.length; i++) if (gains[i]! > 0 && (best === -1 || scores[i]! > scores[best]!)) best = i;
    if (best === -1) return;
    let rank = 1;
    for (let i = 0; i < gains.length; i++) if (scores[i]! > scores[best]! || (scores[i] === scores[best] && i < best)) rank++;
    if (rank <= cut) sum += 1 / rank;
  });
  return sum / list.length;
}

export function hitRate(queries: readonly Query[], k: number): number {
  const cut = positiveInteger(k);
  const list = queryList(queries);
  let hits = 0;
  list.forEach((query, q) => {
    const { gains, scores } = partsOf(query, q);
    const n = gains.length;
    if (n === 0) return;
    if (cut >= n) {
      if (gains.some((g) => g > 0)) hits++;
      return;
    }
    // The top `cut`: everything above the cut-th best score, then the lowest-indexed ties at it.
    const threshold = selectDescending(Float64Array.from(scores), cut - 1);
    let above = 0;
    let hit = false;
    for (let i = 0; i < n; i++) {
      if (scores[i]! > threshold) {
        above++;
        if (gains[i]! > 0) hit = true;
      }
    }
    for (let i = 0, slots = cut - above; i < n && slots > 0 && !hit; i++) {
      if (scores[i] === threshold) {
        slots--;
        if (gains[i]! > 0) hit = true;
      }
    }
    if (hit) hits++;
  });
  return hits / list.length;
}
