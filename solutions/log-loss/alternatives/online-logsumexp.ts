/** Alternative: one read of each logit (an online log-sum-exp that rescales when the running max grows), log1p forms, classes validated as they stream. */
export type BinaryLabels = ArrayLike<number | boolean>;
export type ClassLabels = ArrayLike<number>;
export type LogitRows = readonly ArrayLike<number>[];
export interface LossOptions { sampleWeight?: ArrayLike<number> }

const EPS = 2 ** -52;

const arrayLike = (v: unknown): v is ArrayLike<unknown> => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

/** Returns a weight getter after validating everything shared by the three losses. */
function prepare(labels: unknown, values: unknown, valuesName: string, options?: LossOptions): (i: number) => number {
  if (!arrayLike(labels)) throw new TypeError("labels: expected an array or typed array");
  if (!arrayLike(values)) throw new TypeError(`${valuesName}: expected an array or typed array`);
  if (labels.length !== values.length) throw new RangeError(`length mismatch: ${labels.length} labels, ${values.length} ${valuesName}`);
  if (labels.length === 0) throw new RangeError("empty input");
  const w = options?.sampleWeight;
  if (w === undefined) return () => 1;
  if (!arrayLike(w)) throw new TypeError("sampleWeight: expected an array or typed array");
  if (w.length !== labels.length) throw new RangeError(`sampleWeight length ${w.length} != ${labels.length}`);
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (typeof x !== "number") throw new TypeError(`weight ${i} is not a number`);
    if (!(x >= 0) || x === Infinity) throw new RangeError(`weight ${i} must be finite and >= 0`);
    total += x;
  }
  if (!(total > 0)) throw new RangeError("weights sum to 0");
  return (i) => w[i] as number;
}

function isOne(label: unknown): boolean {
  if (label === true || label === 1) return true;
  if (label === false || label === 0) return false;
  throw typeof label === "number" || typeof label === "boolean" ? new RangeError(`bad label ${String(label)}`) : new TypeError(`label of type ${typeof label}`);
}

function logit(value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`logit of type ${typeof value}`);
  if (!Number.isFinite(value)) throw new RangeError(`logit ${value} is not finite`);
  return value;
}

export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  const weight = prepare(labels, probabilities, "probabilities", options);
  let total = 0;
  let weights = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = isOne(labels[i]);
    const p = probabilities[i] as unknown;
    if (typeof p !== "number") throw new TypeError(`probability ${i} is not a number`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`probability ${i} = ${p} is outside [0, 1]`);
    // Clip the probability of class 1, then use log1p for the negative class: the same numbers as clipping 1 - p.
    const q = Math.min(Math.max(p, EPS), 1 - EPS);
    const loss = y ? -Math.log(q) : -Math.log1p(-q);
    total += weight(i) * loss;
    weights += weight(i);
  }
  return total / weights;
}

export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  const weight = prepare(labels, logits, "logits", options);
  let total = 0;
  let weights = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = isOne(labels[i]) ? 1 : 0;
    const z = logit(logits[i]);
    // softplus(z) - y z, the form torch documents: max(z, 0) - y z + log(1 + e^-|z|).
    total += weight(i) * (Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z))));
    weights += weight(i);
  }
  return total / weights;
}

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  const weight = prepare(labels, logits, "logits", options);
  let k = -1;
  let total = 0;
  let weights = 0;
  for (let i = 0; i < labels.length; i++) {
    const row = logits[i] as unknown;
    if (!arrayLike(row)) throw new TypeError(`logits row ${i} is not an array`);
    if (k < 0) k = row.length;
    if (row.length === 0) throw new RangeError(`logits row ${i} is empty`);
    if (row.length !== k) throw new RangeError(`logits row ${i} has length ${row.length}, expected ${k}`);
    const label = labels[i] as unknown;
    if (typeof label !== "number") throw new TypeError(`label ${i} is not a number`);
    if (!Number.isInteger(label) || label < 0 || label >= k) throw new RangeError(`label ${label} is not a class in [0, ${k})`);
    // Online log-sum-exp relative to the target logit: s = sum exp(z_j - m), m the running max of z_j - z_y.
    const target = logit(row[label]);
    let m = -Infinity;
    let s = 0;
    for (let j = 0; j < k; j++) {
      const d = logit(row[j]) - target;
      if (d <= m) s += Math.exp(d - m);
      else {
        s = s * Math.exp(m - d) + 1;
        m = d;
      }
    }
    total += weight(i) * (m + Math.log(s));
    weights += weight(i);
  }
  return total / weights;
}
