/** Alternative: per-sample losses in a Float64Array (torch's reduction="none"), then a compensated weighted average; the binary logit loss as two-class cross-entropy. */
export type BinaryLabels = ArrayLike<number | boolean>;
export type ClassLabels = ArrayLike<number>;
export type LogitRows = readonly ArrayLike<number>[];
export interface LossOptions { sampleWeight?: ArrayLike<number> }

/** Throws the error `make` builds when the condition fails (built lazily: an Error per element would cost a stack trace each). */
function need(condition: boolean, make: () => Error): void {
  if (!condition) throw make();
}

const isArray = (v: unknown): boolean => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

/** np.average(losses, weights=w) with Neumaier summation. */
function average(losses: Float64Array, weights: ArrayLike<number> | undefined): number {
  let sum = 0;
  let compensation = 0;
  let weightSum = 0;
  for (let i = 0; i < losses.length; i++) {
    const term = (weights ? weights[i]! : 1) * losses[i]!;
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
    weightSum += weights ? weights[i]! : 1;
  }
  return (sum + compensation) / weightSum;
}

function checkCommon(labels: unknown, values: unknown, name: string, options?: LossOptions): ArrayLike<number> | undefined {
  need(isArray(labels), () => new TypeError("labels must be an array"));
  need(isArray(values), () => new TypeError(`${name} must be an array`));
  const n = (labels as ArrayLike<unknown>).length;
  need(n === (values as ArrayLike<unknown>).length, () => new RangeError(`labels and ${name}: length differs`));
  need(n > 0, () => new RangeError("empty input"));
  const w = options?.sampleWeight;
  if (w === undefined) return undefined;
  need(isArray(w), () => new TypeError("sampleWeight must be an array"));
  need(w.length === n, () => new RangeError("sampleWeight: length differs"));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    need(typeof w[i] === "number", () => new TypeError(`sampleWeight[${i}]: a weight must be a number`));
    need(Number.isFinite(w[i]) && w[i]! >= 0, () => new RangeError(`sampleWeight[${i}]: a weight must be finite and >= 0`));
    sum += w[i]!;
  }
  need(sum > 0, () => new RangeError("sampleWeight: the weights sum to 0"));
  return w;
}

function binaryLabels(labels: BinaryLabels): Uint8Array {
  const y = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as unknown;
    need(typeof l === "number" || typeof l === "boolean", () => new TypeError(`labels[${i}]: a label must be 0/1/true/false`));
    need(l === 0 || l === 1 || l === true || l === false, () => new RangeError(`labels[${i}]: a label must be 0/1/true/false`));
    y[i] = l === 1 || l === true ? 1 : 0;
  }
  return y;
}

/** -log softmax([a, b])[label] for the two-class row [a, b]: log(1 + e^(other - target)). */
function twoClass(target: number, other: number): number {
  const d = other - target;
  return d > 0 ? d + Math.log1p(Math.exp(-d)) : Math.log1p(Math.exp(d));
}

export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  const w = checkCommon(labels, probabilities, "probabilities", options);
  const y = binaryLabels(labels);
  const losses = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const p = probabilities[i] as unknown;
    need(typeof p === "number", () => new TypeError(`probabilities[${i}] must be a number`));
    need((p as number) >= 0 && (p as number) <= 1, () => new RangeError(`probabilities[${i}] must be in [0, 1]`));
    const column = [1 - (p as number), p as number][y[i]!]!; // scikit-learn's two columns [1 - p, p]
    losses[i] = -Math.log(Math.min(Math.max(column, Number.EPSILON), 1 - Number.EPSILON));
  }
  return average(losses, w);
}

export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  const w = checkCommon(labels, logits, "logits", options);
  const y = binaryLabels(labels);
  const losses = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const z = logits[i] as unknown;
    need(typeof z === "number", () => new TypeError(`logits[${i}]: a logit must be a number`));
    need(Number.isFinite(z), () => new RangeError(`logits[${i}]: a logit must be finite`));
    // sigmoid(z) = softmax([0, z])[1]: class 1 has logit z, class 0 has logit 0.
    losses[i] = y[i] ? twoClass(z as number, 0) : twoClass(0, z as number);
  }
  return average(losses, w);
}

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  const w = checkCommon(labels, logits, "logits", options);
  const n = labels.length;
  need(isArray(logits[0]), () => new TypeError("logits[0] must be an array (a row)"));
  const k = logits[0]!.length;
  need(k > 0, () => new RangeError("logits[0]: an empty row"));
  const losses = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = logits[i];
    need(isArray(row), () => new TypeError(`logits[${i}] must be an array (a row)`));
    need(row!.length === k, () => new RangeError(`logits[${i}]: row length ${row!.length}, expected ${k}`));
    const label = labels[i] as unknown;
    need(typeof label === "number", () => new TypeError(`labels[${i}]: a label must be a number`));
    need(Number.isInteger(label) && (label as number) >= 0 && (label as number) < k, () => new RangeError(`labels[${i}]: a label must be a class index`));
    let max = -Infinity;
    for (let j = 0; j < k; j++) {
      const z = row![j] as unknown;
      need(typeof z === "number", () => new TypeError(`logits[${i}][${j}]: a logit must be a number`));
      need(Number.isFinite(z), () => new RangeError(`logits[${i}][${j}]: a logit must be finite`));
      if ((z as number) > max) max = z as number;
    }
    let sum = 0;
    for (let j = 0; j < k; j++) sum += Math.exp(row![j]! - max);
    losses[i] = max - row![label as number]! + Math.log(sum);
  }
  return average(losses, w);
}
