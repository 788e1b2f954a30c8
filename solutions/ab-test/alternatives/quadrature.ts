/**
 * Alternative: other numerics throughout. Phi by Marsaglia's Taylor series and a backward-evaluated Mills-ratio
 * continued fraction; the quantile by Newton's method on that Phi; the t CDF by adaptive Simpson quadrature of the
 * t density after s = sqrt(df) tan(theta) (no incomplete beta, no ln Gamma); Welford's one-pass variance; the
 * sample size as the real root of power(n) = target (as statsmodels solves it), rounded up.
 */
export interface Arm { conversions: number; visitors: number }
export interface ZTestResult { z: number; pValue: number; difference: number }
export interface Interval { difference: number; lower: number; upper: number }
export interface WelchResult { t: number; df: number; pValue: number; difference: number }
export interface SampleSizeOptions { alpha?: number; power?: number }

function num(v: unknown, name: string): number {
  if (typeof v !== "number") throw new TypeError(`${name} must be a number`);
  if (Number.isNaN(v)) throw new RangeError(`${name} is NaN`);
  return v;
}
function open01(v: unknown, name: string): number {
  const x = num(v, name);
  if (!(x > 0 && x < 1)) throw new RangeError(`${name} must be in (0, 1)`);
  return x;
}
function arm(v: unknown, name: string): Arm {
  if (typeof v !== "object" || v === null) throw new TypeError(`${name} must be an arm object`);
  const o = v as Record<string, unknown>;
  const n = num(o.visitors, `${name}.visitors`);
  const c = num(o.conversions, `${name}.conversions`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name}.visitors must be an integer >= 1`);
  if (!Number.isInteger(c) || c < 0 || c > n) throw new RangeError(`${name}.conversions out of [0, visitors]`);
  return { conversions: c, visitors: n };
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** Lower tail Phi(x) for x <= 0. */
function lowerTail(x: number): number {
  if (x > -3) {
    // Marsaglia (2004): Phi(x) = 1/2 + phi(x) (x + x^3/3 + x^5/(3*5) + ...)
    let sum = x;
    let term = x;
    for (let k = 3; k < 500; k += 2) {
      term *= (x * x) / k;
      const next = sum + term;
      if (next === sum) break;
      sum = next;
    }
    return 0.5 + sum * Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
  }
  // Mills ratio R(t) = 1/(t + 1/(t + 2/(t + 3/(t + ...)))), evaluated from the bottom up.
  const t = -x;
  let fraction = t;
  for (let k = 200; k >= 1; k--) fraction = t + k / fraction;
  return Math.exp(-0.5 * t * t - LOG_SQRT_2PI) / fraction;
}

export function normalCdf(x: number): number {
  num(x, "x");
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return x <= 0 ? lowerTail(x) : 1 - lowerTail(-x);
}

export function normalQuantile(p: number): number {
  num(p, "p");
  if (p < 0 || p > 1) throw new RangeError("p must be in [0, 1]");
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  // Newton on log Phi(x) = log p, from a tail-aware start; Phi is log-concave, so this converges monotonically.
  let x = p > 0.1 ? -1 : -Math.sqrt(-2 * Math.log(p));
  for (let i = 0; i < 100; i++) {
    const cdf = lowerTail(x);
    const density = Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
    const step = ((Math.log(cdf) - Math.log(p)) * cdf) / density;
    x -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/**
 * Tanh-sinh (double exponential) quadrature of g over [a, b], where g(x, toB) receives the node and its distance to
 * b computed without cancellation: the nodes crowd both ends doubly exponentially, so an integrable power
 * singularity at b (cos^(df-1) with df < 2) costs nothing.
 */
function tanhSinh(g: (x: number, toB: number) => number, a: number, b: number): number {
  const h = 1 / 64;
  const half = (b - a) / 2;
  let sum = 0;
  for (let k = -300; k <= 300; k++) {
    const t = k * h;
    const u = (Math.PI / 2) * Math.sinh(t);
    const coshU = Math.cosh(u);
    const weight = ((Math.PI / 2) * Math.cosh(t)) / (coshU * coshU);
    if (weight < 1e-300) continue;
    const toB = (2 * half) / (1 + Math.exp(2 * u)); // b - x = half * (1 - tanh u)
    const toA = (2 * half) / (1 + Math.exp(-2 * u)); // x - a = half * (1 + tanh u)
    if (toB <= 0 || toA <= 0) continue;
    sum += weight * g(a + toA, toB);
  }
  return sum * half * h;
}

/** P(|T| >= |t|): with s = sqrt(df) tan(theta) the t density is proportional to cos^(df-1)(theta) on [0, pi/2). */
function twoSidedTail(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  // cos(theta) = sin(pi/2 - theta); the distance to pi/2 is passed exactly when the range ends there.
  const range = (from: number, to: number) =>
    tanhSinh((theta, toEnd) => Math.exp((df - 1) * Math.log(to === Math.PI / 2 ? Math.sin(toEnd) : Math.cos(theta))), from, to);
  // The mass sits within a few 1/sqrt(df) of 0: integrate only where the kernel is not negligible.
  const width = 40 / Math.sqrt(df);
  const total = range(0, Math.min(Math.PI / 2, width));
  const from = Math.atan(Math.abs(t) / Math.sqrt(df));
  if (from >= Math.PI / 2 || from >= width) return 0;
  return Math.min(1, range(from, Math.min(Math.PI / 2, from + width)) / total);
}

export function studentTCdf(t: number, df: number): number {
  num(t, "t");
  num(df, "df");
  if (!(df > 0)) throw new RangeError("df must be > 0");
  const tail = twoSidedTail(t, df) / 2;
  return t > 0 ? 1 - tail : tail;
}

export function twoProportionZTest(a: Arm, b: Arm): ZTestResult {
  const x = arm(a, "a");
  const y = arm(b, "b");
  const p = (x.conversions + y.conversions) / (x.visitors + y.visitors);
  const difference = x.conversions / x.visitors - y.conversions / y.visitors;
  const se = Math.sqrt(p * (1 - p) * (1 / x.visitors + 1 / y.visitors));
  if (se === 0) return { z: 0, pValue: 1, difference };
  const z = difference / se;
  return { z, pValue: 2 * lowerTail(-Math.abs(z)), difference };
}

export function differenceInterval(a: Arm, b: Arm, alpha = 0.05): Interval {
  const x = arm(a, "a");
  const y = arm(b, "b");
  open01(alpha, "alpha");
  const pa = x.conversions / x.visitors;
  const pb = y.conversions / y.visitors;
  const difference = pa - pb;
  const se = Math.sqrt((pa * (1 - pa)) / x.visitors + (pb * (1 - pb)) / y.visitors);
  const half = se === 0 ? 0 : normalQuantile(1 - alpha / 2) * se;
  return { difference, lower: difference - half, upper: difference + half };
}

export function sampleSizePerArm(baseline: number, mde: number, options: SampleSizeOptions = {}): number {
  open01(baseline, "baseline");
  num(mde, "mde");
  if (!(mde > 0 && baseline + mde < 1)) throw new RangeError("mde must be > 0 and baseline + mde < 1");
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  const alpha = open01(options.alpha ?? 0.05, "alpha");
  const power = open01(options.power ?? 0.8, "power");
  if (power <= alpha) throw new RangeError("power must exceed alpha");
  const h = Math.abs(2 * Math.asin(Math.sqrt(baseline + mde)) - 2 * Math.asin(Math.sqrt(baseline)));
  const z = normalQuantile(1 - alpha / 2);
  const powerAt = (n: number) => normalCdf(h * Math.sqrt(n / 2) - z) + normalCdf(-h * Math.sqrt(n / 2) - z);
  // Real root of powerAt(n) = power by bisection on [0, hi], then the first integer at or above it.
  let lo = 0;
  let hi = 1;
  while (powerAt(hi) < power) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-9 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (powerAt(mid) >= power) hi = mid;
    else lo = mid;
  }
  let n = Math.max(1, Math.ceil(hi));
  while (n > 1 && powerAt(n - 1) >= power) n--;
  return n;
}

function sample(v: unknown, name: string): number[] {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) throw new TypeError(`${name} must be an array`);
  const xs = Array.from(v as ArrayLike<unknown>, (x, i) => {
    if (typeof x !== "number") throw new TypeError(`${name}[${i}] is not a number`);
    if (!Number.isFinite(x)) throw new RangeError(`${name}[${i}] is not finite`);
    return x;
  });
  if (xs.length < 2) throw new RangeError(`${name} needs at least 2 observations`);
  return xs;
}

/** Welford's one-pass mean and variance. */
function welford(xs: number[]): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  xs.forEach((x, i) => {
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  });
  return { mean, variance: m2 / (xs.length - 1) };
}

export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const xa = sample(a, "a");
  const xb = sample(b, "b");
  const sa = welford(xa);
  const sb = welford(xb);
  const va = sa.variance / xa.length;
  const vb = sb.variance / xb.length;
  const difference = sa.mean - sb.mean;
  if (va + vb === 0) {
    return difference === 0 ? { t: 0, df: 1, pValue: 1, difference } : { t: difference > 0 ? Infinity : -Infinity, df: 1, pValue: 0, difference };
  }
  const t = difference / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (xa.length - 1) + vb ** 2 / (xb.length - 1));
  return { t, df, pValue: twoSidedTail(t, df), difference };
}
