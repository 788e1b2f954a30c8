/**
 * Alternative: scipy's own layout. D from upper-bound binary searches of every pooled value in both sorted samples
 * (np.searchsorted(side="right")), the exact p-value as 1 - (share of paths strictly inside the band) with the
 * inside recursion, and PSI bins found by a binary search of each value among the edges.
 */
export interface KsResult { statistic: number; pValue: number; method: "exact" | "asymptotic" }
export interface PsiOptions { bins?: number; epsilon?: number }
export interface PsiResult { psi: number; edges: number[]; reference: number[]; current: number[] }

function sample(values: unknown, name: string): Float64Array {
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) throw new TypeError(`${name} must be an array of numbers`);
  const list = values as ArrayLike<unknown>;
  if (list.length === 0) throw new RangeError(`${name} must not be empty`);
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== "number") throw new TypeError(`${name}[${i}] is not a number`);
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] must be finite`);
    out[i] = v;
  }
  return out.sort();
}

/** Number of values <= t in a sorted array. */
function upperBound(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insideShare(n: number, m: number, bound: number): number {
  // u(i, j): share of the paths to (i, j) that stayed strictly inside |i m - j n| < bound.
  let row = new Float64Array(m + 1);
  let next = new Float64Array(m + 1);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      next[j] = 0;
      if (Math.abs(i * m - j * n) >= bound) continue;
      if (i === 0 && j === 0) next[j] = 1;
      else next[j] = ((i > 0 ? i * row[j]! : 0) + (j > 0 ? j * next[j - 1]! : 0)) / (i + j);
    }
    [row, next] = [next, row];
  }
  return row[m]!;
}

function kolmogorov(lambda: number): number {
  if (lambda < 0.05) return 1; // Q(0.05) = 1 - 1e-200; below it the alternating terms cancel
  let q = 0;
  for (let k = 1; k <= 1000; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    q += k % 2 === 1 ? 2 * term : -2 * term;
    if (term < 1e-20) break;
  }
  return Math.min(1, Math.max(0, q));
}

export function ksTwoSample(reference: ArrayLike<number>, current: ArrayLike<number>): KsResult {
  const x = sample(reference, "reference");
  const y = sample(current, "current");
  const n = x.length;
  const m = y.length;
  let bound = 0;
  for (const sorted of [x, y]) {
    for (let k = 0; k < sorted.length; k++) {
      const t = sorted[k]!;
      bound = Math.max(bound, Math.abs(upperBound(x, t) * m - upperBound(y, t) * n));
    }
  }
  const statistic = bound / (n * m);
  if (Math.max(n, m) <= 10_000) return { statistic, pValue: bound === 0 ? 1 : Math.min(1, Math.max(0, 1 - insideShare(n, m, bound))), method: "exact" };
  return { statistic, pValue: kolmogorov(Math.sqrt((n * m) / (n + m)) * statistic), method: "asymptotic" };
}

export function populationStabilityIndex(reference: ArrayLike<number>, current: ArrayLike<number>, options: PsiOptions = {}): PsiResult {
  const x = sample(reference, "reference");
  const y = sample(current, "current");
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const bins = options.bins ?? 10;
  const epsilon = options.epsilon ?? 1e-4;
  if (typeof bins !== "number" || !Number.isInteger(bins) || bins < 2) throw new RangeError("bins must be an integer of at least 2");
  if (typeof epsilon !== "number" || !(epsilon > 0 && epsilon < 1)) throw new RangeError("epsilon must be in (0, 1)");
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const position = ((x.length - 1) * k) / bins;
    let low = Math.floor(position);
    let t = position - low;
    if (t > 1 - 1e-12) [low, t] = [low + 1, 0]; // a whole-number position that rounding put just below
    if (t < 1e-12) t = 0;
    edges.push(t === 0 ? x[low]! : x[low]! + (x[low + 1]! - x[low]!) * t);
  }
  const sortedEdges = Float64Array.from(edges);
  const shares = (s: Float64Array) => {
    const counts = new Array<number>(bins).fill(0);
    for (const v of s) counts[upperBound(sortedEdges, v)]!++;
    return counts.map((c) => c / s.length);
  };
  const r = shares(x);
  const c = shares(y);
  let psi = 0;
  for (let k = 0; k < bins; k++) {
    const rk = r[k] || epsilon;
    const ck = c[k] || epsilon;
    psi += (ck - rk) * Math.log(ck / rk);
  }
  return { psi, edges, reference: r, current: c };
}
