/** Trial: gradient descent that penalises the bias (gb / n + l2 * b). Expect: penalised-intercept | none */
// Written the way a candidate writes it at the whiteboard: row by row, its own checks, one loop. The only bug is
// the `+ l2 * b` in the bias gradient (the prompt says the bias is not penalised).

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
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const ez = Math.exp(z);
  return ez / (1 + ez);
}

function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

function validateX(X: FeatureRows, d?: number): number {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows");
  if (X.length === 0) throw new RangeError("X is empty");
  const first: unknown = X[0];
  const width = d ?? (isArrayLike(first) ? first.length : -1);
  if (width === 0) throw new RangeError("rows of X have no features");
  for (let i = 0; i < X.length; i++) {
    const row: unknown = X[i];
    if (!isArrayLike(row)) throw new TypeError(`X row ${i} is not an array`);
    if (row.length !== width) throw new RangeError(`X row ${i} has ${row.length} features, expected ${width}`);
    for (let j = 0; j < width; j++) {
      const v = row[j];
      if (typeof v !== "number") throw new TypeError(`X[${i}][${j}] is not a number`);
      if (!Number.isFinite(v)) throw new RangeError(`X[${i}][${j}] must be finite`);
    }
  }
  return width;
}

function readNumber(options: LogisticRegressionOptions, key: keyof LogisticRegressionOptions, fallback: number): number {
  const v: unknown = options[key];
  if (v === undefined) return fallback;
  if (typeof v !== "number") throw new TypeError(`${key} must be a number`);
  return v;
}

export function fitLogisticRegression(X: FeatureRows, y: Labels, options: LogisticRegressionOptions = {}): LogisticRegressionModel {
  const d = validateX(X);
  const n = X.length;
  if (!isArrayLike(y)) throw new TypeError("y must be an array of labels");
  if (y.length !== n) throw new RangeError(`y has length ${y.length} but X has ${n} rows`);
  const target: number[] = [];
  for (let i = 0; i < n; i++) {
    const v: unknown = y[i];
    if (v === 1 || v === true) target.push(1);
    else if (v === 0 || v === false) target.push(0);
    else if (typeof v === "number" || typeof v === "boolean") throw new RangeError(`label ${String(v)} at ${i} is not 0 or 1`);
    else throw new TypeError(`label at ${i} is a ${typeof v}`);
  }
  const positives = target.reduce((a, b) => a + b, 0);
  if (positives === 0 || positives === n) throw new RangeError("y needs both classes");

  const l2 = readNumber(options, "l2", 0);
  const lr = readNumber(options, "learningRate", 0.5);
  const maxIter = readNumber(options, "maxIter", 10_000);
  const tol = readNumber(options, "tol", 1e-6);
  if (!Number.isFinite(l2) || l2 < 0) throw new RangeError("l2 must be a finite number >= 0");
  if (!Number.isFinite(lr) || lr <= 0) throw new RangeError("learningRate must be > 0");
  if (!Number.isInteger(maxIter) || maxIter < 1) throw new RangeError("maxIter must be a positive integer");
  if (!(tol >= 0)) throw new RangeError("tol must be >= 0");

  const w = new Array<number>(d).fill(0);
  let b = 0;
  let iterations = 0;
  while (true) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = X[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const err = sigmoid(z) - target[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * x[j]!;
      gb += err;
    }
    for (let j = 0; j < d; j++) gw[j] = gw[j]! / n + l2 * w[j]!;
    gb = gb / n + l2 * b;
    const norm = Math.sqrt(gw.reduce((s, g) => s + g * g, 0) + gb * gb);
    if (norm <= tol || iterations >= maxIter) break;
    for (let j = 0; j < d; j++) w[j]! -= lr * gw[j]!;
    b -= lr * gb;
    iterations++;
  }

  const weights = w.slice();
  const bias = b;
  const predictProba = (rows: FeatureRows): number[] => {
    validateX(rows, d);
    return rows.map((x) => {
      let z = bias;
      for (let j = 0; j < d; j++) z += weights[j]! * x[j]!;
      return sigmoid(z);
    });
  };
  const predict = (rows: FeatureRows, threshold = 0.5): number[] => {
    if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) throw new RangeError("threshold must be in [0, 1]");
    return predictProba(rows).map((p) => (p > threshold ? 1 : 0));
  };
  return { weights: w.slice(), bias, iterations, predictProba, predict };
}
