/** Alternative: undamped Newton's method (IRLS) on the rows, with a hand-written Cholesky solve and no line search. */
// Different from the reference in everything but the idea: row-major passes, no ml-matrix, no step halving, and
// p(1 − p) computed as p·(1 − p). It must pass every spec, separable data included.
export type FeatureRows = ReadonlyArray<ArrayLike<number>>;
export type Labels = ArrayLike<number | boolean>;

export interface LogisticRegressionOptions {
  l2?: number;
  learningRate?: number;
  maxIter?: number;
  tol?: number;
}

export interface LogisticRegressionModel {
  weights: number[];
  bias: number;
  iterations: number;
  predictProba(X: FeatureRows): number[];
  predict(X: FeatureRows, threshold?: number): number[];
}

export function sigmoid(z: number): number {
  return z < 0 ? Math.exp(z) / (1 + Math.exp(z)) : 1 / (1 + Math.exp(-z));
}

function rowsOf(X: FeatureRows, width?: number): number[][] {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows");
  if (X.length === 0) throw new RangeError("X is empty");
  const out: number[][] = [];
  for (let i = 0; i < X.length; i++) {
    const row: unknown = X[i];
    if (!Array.isArray(row) && !(ArrayBuffer.isView(row) && !(row instanceof DataView))) throw new TypeError(`row ${i} is not an array`);
    const values = Array.from(row as ArrayLike<unknown>);
    const expected = width ?? out[0]?.length ?? values.length;
    if (i === 0 && width === undefined && values.length === 0) throw new RangeError("rows have no features");
    if (values.length !== expected) {
      throw new RangeError(width === undefined ? `row ${i} has ${values.length} values, row 0 has ${expected}` : `model expects ${width} features, got ${values.length}`);
    }
    for (const v of values) {
      if (typeof v !== "number") throw new TypeError(`X[${i}] holds a ${typeof v}, not a number`);
      if (!Number.isFinite(v)) throw new RangeError(`X[${i}] holds ${v}, not a finite value`);
    }
    out.push(values as number[]);
  }
  return out;
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky); null if A is not positive definite. */
function choleskySolve(A: number[][], b: number[]): number[] | null {
  const m = b.length;
  const L = A.map(() => new Array<number>(m).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      if (i === j) {
        if (!(s > 0)) return null;
        L[i]![i] = Math.sqrt(s);
      } else {
        L[i]![j] = s / L[j]![j]!;
      }
    }
  }
  const u = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * u[k]!;
    u[i] = s / L[i]![i]!;
  }
  const x = new Array<number>(m);
  for (let i = m - 1; i >= 0; i--) {
    let s = u[i]!;
    for (let k = i + 1; k < m; k++) s -= L[k]![i]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}

export function fitLogisticRegression(X: FeatureRows, y: Labels, options: LogisticRegressionOptions = {}): LogisticRegressionModel {
  const rows = rowsOf(X);
  const n = rows.length;
  const d = rows[0]!.length;
  if (!Array.isArray(y) && !ArrayBuffer.isView(y)) throw new TypeError("y must be an array");
  if (y.length !== n) throw new RangeError(`y has length ${y.length}, X has ${n} rows`);
  const t = Array.from(y as ArrayLike<unknown>, (v, i) => {
    if (v === 1 || v === true) return 1;
    if (v === 0 || v === false) return 0;
    throw new (typeof v === "number" || typeof v === "boolean" ? RangeError : TypeError)(`label ${i} is ${String(v)}, not 0/1`);
  });
  const positives = t.reduce<number>((a, b) => a + b, 0);
  if (positives === 0 || positives === n) throw new RangeError("y needs both classes");
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  for (const name of ["l2", "learningRate", "maxIter", "tol"] as const) {
    if (options[name] !== undefined && typeof options[name] !== "number") throw new TypeError(`${name} is not a number`);
  }
  const { l2 = 0, learningRate = 0.5, maxIter = 10_000, tol = 1e-6 } = options;
  if (!(l2 >= 0 && l2 < Infinity)) throw new RangeError(`bad l2 ${l2}`);
  if (!(learningRate > 0 && learningRate < Infinity)) throw new RangeError(`bad learningRate ${learningRate}`);
  if (!(Number.isInteger(maxIter) && maxIter > 0)) throw new RangeError(`bad maxIter ${maxIter}`);
  if (!(tol >= 0)) throw new RangeError(`bad tol ${tol}`);

  const m = d + 1; // theta = [b, w_0 … w_{d−1}]
  let theta = new Array<number>(m).fill(0);
  let iterations = 0;
  const x = new Float64Array(m); // [1, row i]
  x[0] = 1;
  for (;;) {
    const g = new Array<number>(m).fill(0);
    const H = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    for (let i = 0; i < n; i++) {
      x.set(rows[i]!, 1);
      let z = 0;
      for (let k = 0; k < m; k++) z += theta[k]! * x[k]!;
      const p = sigmoid(z);
      const s = p * (1 - p);
      for (let a = 0; a < m; a++) {
        g[a]! += (p - t[i]!) * x[a]!;
        for (let c = 0; c <= a; c++) H[a]![c]! += s * x[a]! * x[c]!;
      }
    }
    for (let a = 0; a < m; a++) {
      g[a] = g[a]! / n + (a > 0 ? l2 * theta[a]! : 0);
      for (let c = 0; c <= a; c++) H[a]![c] = H[c]![a] = H[a]![c]! / n + (a === c && a > 0 ? l2 : 0);
    }
    if (Math.hypot(...g) <= tol || iterations >= maxIter) break;
    // Newton step; where H is singular (saturated probabilities, l2 = 0) take a gradient step instead.
    const step = choleskySolve(H, g) ?? g.map((v) => learningRate * v);
    theta = theta.map((v, k) => v - step[k]!);
    iterations++;
  }

  const [bias, ...weights] = theta as [number, ...number[]];
  const predictProba = (Xp: FeatureRows): number[] =>
    rowsOf(Xp, d).map((row) => sigmoid(row.reduce((z, v, j) => z + weights[j]! * v, bias)));
  return {
    weights: [...weights],
    bias,
    iterations,
    predictProba,
    predict(Xp: FeatureRows, threshold = 0.5): number[] {
      if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold ${threshold} not in [0, 1]`);
      return predictProba(Xp).map((p) => (p > threshold ? 1 : 0));
    },
  };
}
