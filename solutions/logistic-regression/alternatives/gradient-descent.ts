/** Alternative: plain full-batch gradient descent with the documented defaults, reading the caller's rows in place. */
// The reference uses Newton's method; this is what a candidate writes in 30 minutes: no Hessian, no line search,
// no ml-matrix, sigmoid as 1 / (1 + e^-z) (which cannot overflow into NaN either). It must pass every spec.

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
  // 1 / (1 + e^-z) never overflows into NaN: for z -> -inf it is 1 / inf = 0, for z -> +inf it is 1.
  return 1 / (1 + Math.exp(-z));
}

function checkRows(X: FeatureRows, expected?: number): number {
  if (!Array.isArray(X)) throw new TypeError("X: expected an array of rows");
  if (X.length === 0) throw new RangeError("X is empty");
  let width = expected;
  X.forEach((row: unknown, i) => {
    if (!Array.isArray(row) && !ArrayBuffer.isView(row)) throw new TypeError(`row ${i} of X is not an array`);
    const r = row as ArrayLike<unknown>;
    if (width === undefined) {
      if (r.length === 0) throw new RangeError("rows of X have no features");
      width = r.length;
    }
    if (r.length !== width) {
      throw new RangeError(
        expected === undefined ? `ragged X: row ${i} has length ${r.length}, row 0 has ${width}` : `expected ${width} features, row ${i} has ${r.length} features`,
      );
    }
    for (let j = 0; j < r.length; j++) {
      if (typeof r[j] !== "number") throw new TypeError(`X[${i}][${j}] is not a number`);
      if (!Number.isFinite(r[j])) throw new RangeError(`X[${i}][${j}] is not finite`);
    }
  });
  return width!;
}

function option(options: LogisticRegressionOptions, name: keyof LogisticRegressionOptions, fallback: number, ok: (v: number) => boolean): number {
  const v: unknown = options[name];
  if (v === undefined) return fallback;
  if (typeof v !== "number") throw new TypeError(`${name} must be a number`);
  if (!ok(v)) throw new RangeError(`invalid ${name}: ${v}`);
  return v;
}

export function fitLogisticRegression(X: FeatureRows, y: Labels, options: LogisticRegressionOptions = {}): LogisticRegressionModel {
  const d = checkRows(X);
  const n = X.length;
  if (!Array.isArray(y) && !ArrayBuffer.isView(y)) throw new TypeError("y: expected an array of labels");
  if (y.length !== n) throw new RangeError(`y length ${y.length} does not match X length ${n}`);
  const t = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v: unknown = y[i];
    if (v === 0 || v === false) t[i] = 0;
    else if (v === 1 || v === true) t[i] = 1;
    else if (typeof v === "number" || typeof v === "boolean") throw new RangeError(`bad label ${String(v)} at ${i}`);
    else throw new TypeError(`bad label type ${typeof v} at ${i}`);
  }
  const ones = t.reduce((a, b) => a + b, 0);
  if (ones === 0 || ones === n) throw new RangeError("need both classes in y");
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  const l2 = option(options, "l2", 0, (v) => Number.isFinite(v) && v >= 0);
  const lr = option(options, "learningRate", 0.5, (v) => Number.isFinite(v) && v > 0);
  const maxIter = option(options, "maxIter", 10_000, (v) => Number.isInteger(v) && v > 0);
  const tol = option(options, "tol", 1e-6, (v) => v >= 0);

  const w = new Array<number>(d).fill(0);
  let b = 0;
  const gw = new Array<number>(d);
  let iterations = 0;
  for (;;) {
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * row[j]!;
      const r = sigmoid(z) - t[i]!;
      gb += r;
      for (let j = 0; j < d; j++) gw[j]! += r * row[j]!;
    }
    gb /= n;
    let norm = gb * gb;
    for (let j = 0; j < d; j++) {
      gw[j] = gw[j]! / n + l2 * w[j]!;
      norm += gw[j]! * gw[j]!;
    }
    if (Math.sqrt(norm) <= tol || iterations === maxIter) break;
    for (let j = 0; j < d; j++) w[j]! -= lr * gw[j]!;
    b -= lr * gb;
    iterations++;
  }

  const weights = [...w];
  const proba = (rows: FeatureRows): number[] => {
    checkRows(rows, d);
    return rows.map((row) => {
      let z = b;
      for (let j = 0; j < d; j++) z += weights[j]! * row[j]!;
      return sigmoid(z);
    });
  };
  return {
    weights: [...w],
    bias: b,
    iterations,
    predictProba: proba,
    predict(rows: FeatureRows, threshold = 0.5) {
      if (typeof threshold !== "number" || Number.isNaN(threshold) || threshold < 0 || threshold > 1) throw new RangeError(`threshold out of [0, 1]: ${threshold}`);
      return proba(rows).map((p) => (p > threshold ? 1 : 0));
    },
  };
}
