/**
 * Reference solution: two drift statistics between a reference sample (training, last month) and a current one.
 *
 *   ksTwoSample                 the two-sample Kolmogorov-Smirnov statistic D = max |F_ref - F_cur| with ties, and
 *                               its p-value as scipy 1.17's ks_2samp(method="auto") computes it when
 *                               max(n, m) <= 10,000 (exact, continuous null), otherwise Kolmogorov's limit
 *   populationStabilityIndex    PSI over bins cut at the reference's quantiles, with a floor for empty bins
 *
 * Both are O((n + m) log(n + m)): sort copies once, then merge. The exact p-value is a lattice-path recursion in
 * probability space (no binomial coefficient ever formed), restricted to the band the statistic allows.
 */

export interface KsResult {
  /** D = sup_x |F_ref(x) - F_cur(x)| over every x, ties grouped. */
  statistic: number;
  /** P(D >= observed) under H0 (same continuous distribution). */
  pValue: number;
  /** "exact" when max(n, m) <= 10,000, else "asymptotic" (scipy's method="auto" switch). */
  method: "exact" | "asymptotic";
}

export interface PsiOptions {
  /** Number of bins (default 10): edges at the reference's k/bins quantiles, k = 1..bins-1. */
  bins?: number;
  /** What a proportion of exactly 0 becomes before the sum (default 1e-4). */
  epsilon?: number;
}

export interface PsiResult {
  /** sum over bins of (cur - ref) * ln(cur / ref), empty proportions replaced by epsilon. */
  psi: number;
  /** The bins - 1 inner edges, ascending (repeated when the reference has ties there). */
  edges: number[];
  /** Share of the reference in each bin (before the epsilon rule): bins numbers summing to 1. */
  reference: number[];
  /** Share of the current sample in each bin (before the epsilon rule). */
  current: number[];
}

/** scipy's ks_2samp(method="auto") is exact while max(n, m) <= MAX_EXACT_N. */
const MAX_EXACT_N = 10_000;

function sortedCopy(sample: unknown, name: string): Float64Array {
  if (!Array.isArray(sample) && !(ArrayBuffer.isView(sample) && !(sample instanceof DataView))) {
    throw new TypeError(`${name} must be an array or a typed array of numbers`);
  }
  const values = sample as ArrayLike<unknown>;
  if (values.length === 0) throw new RangeError(`${name} is empty; a sample needs at least one value`);
  const copy = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number") throw new TypeError(`${name}[${i}] is ${typeof v}; values must be numbers`);
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] is ${v}; values must be finite`);
    copy[i] = v;
  }
  return copy.sort(); // numeric sort of a copy: the caller's array is untouched
}

// ------------------------------------------------------------------------------------------------- KS

/**
 * max over x of |i(x) * m - j(x) * n|, where i(x), j(x) count the values <= x in each sample: n * m * D as an
 * exact integer. Walks the distinct values of the merged samples, taking every copy of a value from both samples
 * before comparing (tie grouping): the CDFs are right-continuous step functions, so comparing in the middle of a
 * tie would measure a point where neither CDF is.
 */
function scaledStatistic(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  const m = y.length;
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < n || j < m) {
    const value = j >= m || (i < n && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    while (i < n && x[i] === value) i++;
    while (j < m && y[j] === value) j++;
    const gap = Math.abs(i * m - j * n);
    if (gap > best) best = gap;
  }
  return best;
}

/**
 * Exact P(D >= d) for continuous data (what scipy computes, ties or not): the share of the C(n + m, n) monotone
 * lattice paths from (0, 0) to (n, m) that touch |i m - j n| >= scaled. v[i][j] is the probability that a random
 * path to (i, j) has touched the boundary; v = 1 on it, and inside v(i, j) = (i v(i-1, j) + j v(i, j-1)) / (i + j),
 * the share of paths through each neighbour. Computing the outside probability directly (not 1 - inside) keeps
 * tiny p-values accurate; only the band |i m - j n| < scaled needs computing (everything else is 1).
 */
function exactPValue(n: number, m: number, scaled: number): number {
  if (scaled <= 0) return 1;
  // Column over j for the current i; cells outside the band hold 1.
  let previous = new Float64Array(m + 1);
  let current = new Float64Array(m + 1);
  const touches = (i: number, j: number) => Math.abs(i * m - j * n) >= scaled;
  // i = 0: a path along j = 0..m has touched once any (0, j') with j' <= j touches.
  previous[0] = touches(0, 0) ? 1 : 0;
  for (let j = 1; j <= m; j++) previous[j] = touches(0, j) ? 1 : previous[j - 1]!;
  for (let i = 1; i <= n; i++) {
    // The band for this i: j with |i m - j n| < scaled, i.e. (i m - scaled) / n < j < (i m + scaled) / n.
    const low = Math.max(0, Math.floor((i * m - scaled) / n) + 1);
    const high = Math.min(m, Math.ceil((i * m + scaled) / n) - 1);
    current.fill(1);
    for (let j = low; j <= high; j++) {
      if (touches(i, j)) continue; // guards the rounding of the band's ends
      const fromLeft = previous[j]!; // (i - 1, j)
      const fromBelow = j > 0 ? current[j - 1]! : 0; // (i, j - 1); j = 0 is reached from (i - 1, 0) only
      current[j] = j > 0 ? (i * fromLeft + j * fromBelow) / (i + j) : fromLeft;
    }
    [previous, current] = [current, previous];
  }
  return Math.min(1, Math.max(0, previous[m]!));
}

/**
 * Kolmogorov's limiting distribution, Q(lambda) = P(K > lambda) = 2 sum_{k>=1} (-1)^{k-1} exp(-2 k^2 lambda^2)
 * (scipy's kstwobign.sf); for small lambda the alternating series converges slowly, so use the Jacobi theta
 * form 1 - sqrt(2 pi)/lambda sum_{k>=1} exp(-(2k - 1)^2 pi^2 / (8 lambda^2)).
 */
function kolmogorovSurvival(lambda: number): number {
  if (lambda <= 0) return 1;
  if (lambda < 1) {
    const c = (Math.PI * Math.PI) / (8 * lambda * lambda);
    let sum = 0;
    for (let k = 1; k < 50; k++) {
      const term = Math.exp(-(2 * k - 1) * (2 * k - 1) * c);
      sum += term;
      if (term < 1e-17 * sum) break;
    }
    return 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum;
  }
  let sum = 0;
  for (let k = 1; k < 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    sum += k % 2 === 1 ? term : -term;
    if (term < 1e-17 * Math.abs(sum)) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * Two-sample Kolmogorov-Smirnov test (scipy's ks_2samp(reference, current), two-sided, method="auto").
 * O((n + m) log(n + m)) for the statistic; the exact p-value costs O(n * band) <= O(n * m) for n, m <= 10,000.
 */
export function ksTwoSample(reference: ArrayLike<number>, current: ArrayLike<number>): KsResult {
  const x = sortedCopy(reference, "reference");
  const y = sortedCopy(current, "current");
  const n = x.length;
  const m = y.length;
  const scaled = scaledStatistic(x, y);
  const statistic = scaled / n / m;
  if (Math.max(n, m) <= MAX_EXACT_N) return { statistic, pValue: exactPValue(n, m, scaled), method: "exact" };
  const en = (n * m) / (n + m);
  return { statistic, pValue: kolmogorovSurvival(Math.sqrt(en) * statistic), method: "asymptotic" };
}

// ------------------------------------------------------------------------------------------------ PSI

/**
 * The reference's k/bins quantile, numpy's default ("linear") method: x[low] + (x[low + 1] - x[low]) * fraction at
 * the position (n - 1) k / bins, split into low and fraction with integers, so that a whole-number position gives
 * exactly that order statistic (numpy's floating-point position and two-sided lerp agree to an ulp or two).
 */
function quantileEdge(sorted: Float64Array, k: number, bins: number): number {
  const scaledPosition = (sorted.length - 1) * k; // position * bins, an exact integer
  const low = Math.floor(scaledPosition / bins);
  const fraction = (scaledPosition - low * bins) / bins;
  if (fraction === 0) return sorted[low]!;
  const a = sorted[low]!;
  return a + (sorted[low + 1]! - a) * fraction;
}

/** Number of values in each bin [e_{k-1}, e_k) (e_0 = -Infinity, e_bins = +Infinity) of a sorted sample. */
function binCounts(sorted: Float64Array, edges: number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    // Sorted values only move the bin forward: a value equal to an edge belongs to the bin above it.
    while (bin < edges.length && sorted[i]! >= edges[bin]!) bin++;
    counts[bin]!++;
  }
  return counts;
}

/**
 * Population stability index of `current` against `reference`: bins cut at the reference's quantiles (so each
 * holds ~1/bins of the reference), PSI = sum (cur - ref) ln(cur / ref) over the bins, where a proportion of
 * exactly 0 is replaced by epsilon (otherwise one empty bin makes PSI infinite). O((n + m) log(n + m)).
 */
export function populationStabilityIndex(reference: ArrayLike<number>, current: ArrayLike<number>, options: PsiOptions = {}): PsiResult {
  const x = sortedCopy(reference, "reference");
  const y = sortedCopy(current, "current");
  if (typeof options !== "object" || options === null) throw new TypeError("options must be { bins?, epsilon? }");
  const bins = options.bins ?? 10;
  const epsilon = options.epsilon ?? 1e-4;
  if (typeof bins !== "number" || typeof epsilon !== "number") throw new TypeError("bins and epsilon must be numbers");
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`bins must be an integer >= 2 (got ${bins})`);
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1) (got ${epsilon})`);

  const edges = Array.from({ length: bins - 1 }, (_, k) => quantileEdge(x, k + 1, bins));
  const referenceShare = binCounts(x, edges).map((c) => c / x.length);
  const currentShare = binCounts(y, edges).map((c) => c / y.length);
  let psi = 0;
  for (let k = 0; k < bins; k++) {
    const r = referenceShare[k] === 0 ? epsilon : referenceShare[k]!;
    const c = currentShare[k] === 0 ? epsilon : currentShare[k]!;
    psi += (c - r) * Math.log(c / r);
  }
  return { psi, edges, reference: referenceShare, current: currentShare };
}
