/** Trial: a clean solution that takes Math.log2 throughout (losses in bits). Expect: wrong-log-base */
export type BinaryLabels = ArrayLike<number | boolean>;
export type ClassLabels = ArrayLike<number>;
export type LogitRows = readonly ArrayLike<number>[];
export interface LossOptions { sampleWeight?: ArrayLike<number> }

function check(labels: ArrayLike<unknown>, values: ArrayLike<unknown>, name: string, options?: LossOptions): ArrayLike<number> {
  if (!Array.isArray(labels) && !ArrayBuffer.isView(labels)) throw new TypeError("labels must be an array");
  if (!Array.isArray(values) && !ArrayBuffer.isView(values)) throw new TypeError(`${name} must be an array`);
  if (labels.length !== values.length) throw new RangeError("length mismatch");
  if (labels.length === 0) throw new RangeError("empty input");
  const w = options?.sampleWeight ?? new Array<number>(labels.length).fill(1);
  if (!Array.isArray(w) && !ArrayBuffer.isView(w)) throw new TypeError("sampleWeight must be an array");
  if (w.length !== labels.length) throw new RangeError("sampleWeight length mismatch");
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as unknown;
    if (typeof x !== "number") throw new TypeError("weight must be a number");
    if (!Number.isFinite(x) || x < 0) throw new RangeError("bad weight");
    s += x;
  }
  if (s === 0) throw new RangeError("weights sum to zero");
  return w;
}

function binary(l: unknown): number {
  if (l === 1 || l === true) return 1;
  if (l === 0 || l === false) return 0;
  if (typeof l !== "number" && typeof l !== "boolean") throw new TypeError("label must be 0/1");
  throw new RangeError("label must be 0/1");
}

function mean(w: ArrayLike<number>, losses: number[]): number {
  let t = 0, s = 0;
  losses.forEach((l, i) => { t += w[i]! * l; s += w[i]!; });
  return t / s;
}

export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  const w = check(labels, probabilities, "probabilities", options);
  const losses: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const y = binary(labels[i]);
    const p = probabilities[i] as unknown;
    if (typeof p !== "number") throw new TypeError("probability must be a number");
    if (!(p >= 0 && p <= 1)) throw new RangeError("probability out of range");
    const q = Math.min(Math.max(y ? p : 1 - p, Number.EPSILON), 1 - Number.EPSILON);
    losses.push(-Math.log2(q));
  }
  return mean(w, losses);
}

export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  const w = check(labels, logits, "logits", options);
  const losses: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const y = binary(labels[i]);
    const z = logits[i] as unknown;
    if (typeof z !== "number") throw new TypeError("logit must be a number");
    if (!Number.isFinite(z)) throw new RangeError("logit must be finite");
    const t = y ? -z : z;
    losses.push((Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)))) / Math.LN2);
  }
  return mean(w, losses);
}

export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  const w = check(labels, logits, "logits", options);
  const losses: number[] = [];
  const k = (logits[0] as ArrayLike<number> | undefined)?.length ?? 0;
  for (let i = 0; i < labels.length; i++) {
    const row = logits[i] as unknown;
    if (!Array.isArray(row) && !ArrayBuffer.isView(row)) throw new TypeError("logits rows must be arrays");
    const r = row as ArrayLike<number>;
    if (r.length === 0 || r.length !== k) throw new RangeError("row length mismatch");
    for (let j = 0; j < k; j++) {
      const z = r[j] as unknown;
      if (typeof z !== "number") throw new TypeError("logit must be a number");
      if (!Number.isFinite(z)) throw new RangeError("logit must be finite");
    }
    const y = labels[i] as unknown;
    if (typeof y !== "number") throw new TypeError("label must be a number");
    if (!Number.isInteger(y) || y < 0 || y >= k) throw new RangeError("label out of range");
    let m = -Infinity;
    for (let j = 0; j < k; j++) m = Math.max(m, r[j]!);
    let s = 0;
    for (let j = 0; j < k; j++) s += Math.exp(r[j]! - m);
    losses.push((m - r[y]!) / Math.LN2 + Math.log2(s));
  }
  return mean(w, losses);
}
