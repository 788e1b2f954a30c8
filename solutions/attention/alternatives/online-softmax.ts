/**
 * Alternative: flat Float64Arrays, no ml-matrix, and the output by an online (one-pass, "flash-attention
 * style") softmax: for each query the keys are visited once, keeping a running maximum m, a running sum of
 * exp(s − m) and a running weighted sum of V rows, both rescaled by exp(m_old − m_new) whenever the maximum
 * grows. The weights are then exp(s − m) / sum from the stored scores. Heads are split and merged by index
 * arithmetic on the row-major buffer (row t, head h, column c is at t·dModel + h·dHead + c).
 */
export type Rows = ReadonlyArray<ArrayLike<number>>;

export interface AttentionOptions {
  causal?: boolean;
  keyPadding?: ArrayLike<boolean>;
}

export interface AttentionResult {
  output: number[][];
  weights: number[][];
}

export interface MultiHeadParams {
  Wq: number[][];
  Wk: number[][];
  Wv: number[][];
  Wo: number[][];
}

export interface MultiHeadResult {
  output: number[][];
  weights: number[][][];
}

interface Flat {
  rows: number;
  cols: number;
  data: Float64Array;
}

function flat(value: unknown, what: string): Flat {
  if (!Array.isArray(value)) throw new TypeError(`${what} must be an array of rows`);
  if (value.length === 0) throw new RangeError(`${what} is empty`);
  const rows = value as unknown[];
  const cols = (rows[0] as ArrayLike<unknown> | undefined)?.length;
  if (typeof cols !== "number") throw new TypeError(`${what}[0] must be an array of numbers`);
  if (cols === 0) throw new RangeError(`${what} has empty rows`);
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (!Array.isArray(row) && !ArrayBuffer.isView(row)) throw new TypeError(`${what}[${i}] must be an array of numbers`);
    const r = row as ArrayLike<unknown>;
    if (r.length !== cols) throw new RangeError(`${what}[${i}] has length ${r.length}, not ${cols}: ragged shape`);
    for (let j = 0; j < cols; j++) {
      const x = r[j];
      if (typeof x !== "number") throw new TypeError(`${what}[${i}][${j}] must be a number`);
      if (!Number.isFinite(x)) throw new RangeError(`${what}[${i}][${j}] must be finite`);
      data[i * cols + j] = x;
    }
  });
  return { rows: rows.length, cols, data };
}

function toRows(m: Flat): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

function visibility(options: AttentionOptions | undefined, tq: number, tk: number): Uint8Array {
  const visible = new Uint8Array(tq * tk).fill(1);
  if (options === undefined) return visible;
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  if (options.causal !== undefined && typeof options.causal !== "boolean") throw new TypeError("options.causal must be a boolean");
  if (options.causal) {
    if (tq !== tk) throw new RangeError(`causal attention needs Tq = Tk (got ${tq} and ${tk})`);
    for (let i = 0; i < tq; i++) for (let j = i + 1; j < tk; j++) visible[i * tk + j] = 0;
  }
  const pad = options.keyPadding;
  if (pad !== undefined) {
    if (!Array.isArray(pad) && !ArrayBuffer.isView(pad)) throw new TypeError("options.keyPadding must be an array of booleans");
    if (pad.length !== tk) throw new RangeError(`options.keyPadding must have one flag per key (${tk}), got ${pad.length}`);
    for (let j = 0; j < tk; j++) {
      const flag: unknown = pad[j];
      if (typeof flag !== "boolean") throw new TypeError(`options.keyPadding[${j}] must be a boolean`);
      if (flag) for (let i = 0; i < tq; i++) visible[i * tk + j] = 0;
    }
  }
  return visible;
}

function attendFlat(q: Flat, k: Flat, v: Flat, visible: Uint8Array): { output: Flat; weights: Flat } {
  const d = q.cols;
  const dv = v.cols;
  const scale = 1 / Math.sqrt(d);
  const output = new Float64Array(q.rows * dv);
  const weights = new Float64Array(q.rows * k.rows);
  const scores = new Float64Array(k.rows);
  const acc = new Float64Array(dv);
  for (let i = 0; i < q.rows; i++) {
    let max = Number.NEGATIVE_INFINITY;
    let sum = 0;
    acc.fill(0);
    for (let j = 0; j < k.rows; j++) {
      if (!visible[i * k.rows + j]) continue;
      let s = 0;
      for (let c = 0; c < d; c++) s += q.data[i * d + c]! * k.data[j * d + c]!;
      s *= scale;
      scores[j] = s;
      if (s > max) {
        // Rescale what was accumulated under the old maximum (exp(-Infinity) = 0 on the first key).
        const factor = Math.exp(max - s);
        sum *= factor;
        for (let c = 0; c < dv; c++) acc[c]! *= factor;
        max = s;
      }
      const e = Math.exp(s - max);
      sum += e;
      for (let c = 0; c < dv; c++) acc[c]! += e * v.data[j * dv + c]!;
    }
    if (sum === 0) continue; // no visible key: zeros
    for (let c = 0; c < dv; c++) output[i * dv + c] = acc[c]! / sum;
    for (let j = 0; j < k.rows; j++) if (visible[i * k.rows + j]) weights[i * k.rows + j] = Math.exp(scores[j]! - max) / sum;
  }
  return { output: { rows: q.rows, cols: dv, data: output }, weights: { rows: q.rows, cols: k.rows, data: weights } };
}

export function scaledDotProductAttention(Q: Rows, K: Rows, V: Rows, options?: AttentionOptions): AttentionResult {
  const q = flat(Q, "Q");
  const k = flat(K, "K");
  const v = flat(V, "V");
  if (q.cols !== k.cols) throw new RangeError(`Q and K widths differ (${q.cols} vs ${k.cols}): shape mismatch`);
  if (k.rows !== v.rows) throw new RangeError(`K and V row counts differ (${k.rows} vs ${v.rows}): shape mismatch`);
  const { output, weights } = attendFlat(q, k, v, visibility(options, q.rows, k.rows));
  return { output: toRows(output), weights: toRows(weights) };
}

function headWidth(numHeads: number, dModel: number): number {
  if (typeof numHeads !== "number" || !Number.isInteger(numHeads) || numHeads < 1 || dModel % numHeads !== 0) {
    throw new RangeError(`numHeads must be a positive integer dividing ${dModel}, got ${numHeads}`);
  }
  return dModel / numHeads;
}

function splitFlat(x: Flat, numHeads: number): Flat[] {
  const dHead = headWidth(numHeads, x.cols);
  return Array.from({ length: numHeads }, (_, h) => {
    const data = new Float64Array(x.rows * dHead);
    for (let t = 0; t < x.rows; t++) for (let c = 0; c < dHead; c++) data[t * dHead + c] = x.data[t * x.cols + h * dHead + c]!;
    return { rows: x.rows, cols: dHead, data };
  });
}

function mergeFlat(heads: Flat[]): Flat {
  const { rows, cols } = heads[0]!;
  const dModel = cols * heads.length;
  const data = new Float64Array(rows * dModel);
  heads.forEach((head, h) => {
    for (let t = 0; t < rows; t++) for (let c = 0; c < cols; c++) data[t * dModel + h * cols + c] = head.data[t * cols + c]!;
  });
  return { rows, cols: dModel, data };
}

export function splitHeads(X: Rows, numHeads: number): number[][][] {
  return splitFlat(flat(X, "X"), numHeads).map(toRows);
}

export function mergeHeads(heads: ReadonlyArray<Rows>): number[][] {
  if (!Array.isArray(heads)) throw new TypeError("heads must be an array of matrices");
  if (heads.length === 0) throw new RangeError("heads is empty");
  const parts = heads.map((head, h) => flat(head, `heads[${h}]`));
  if (parts.some((p) => p.rows !== parts[0]!.rows || p.cols !== parts[0]!.cols)) throw new RangeError("all heads must have the same shape");
  return toRows(mergeFlat(parts));
}

function matmul(a: Flat, b: Flat): Flat {
  const data = new Float64Array(a.rows * b.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < a.cols; k++) {
      const x = a.data[i * a.cols + k]!;
      for (let j = 0; j < b.cols; j++) data[i * b.cols + j]! += x * b.data[k * b.cols + j]!;
    }
  }
  return { rows: a.rows, cols: b.cols, data };
}

export function multiHeadAttention(X: Rows, params: MultiHeadParams, numHeads: number, options?: AttentionOptions): MultiHeadResult {
  const x = flat(X, "X");
  if (typeof params !== "object" || params === null) throw new TypeError("params must be { Wq, Wk, Wv, Wo }");
  const w = (["Wq", "Wk", "Wv", "Wo"] as const).map((name) => {
    const m = flat(params[name], `params.${name}`);
    if (m.rows !== x.cols || m.cols !== x.cols) throw new RangeError(`params.${name} must be ${x.cols} × ${x.cols}; its shape is ${m.rows} × ${m.cols}`);
    return m;
  });
  headWidth(numHeads, x.cols);
  const visible = visibility(options, x.rows, x.rows);
  const [qs, ks, vs] = w.slice(0, 3).map((m) => splitFlat(matmul(x, m), numHeads)) as [Flat[], Flat[], Flat[]];
  const heads = qs.map((q, h) => attendFlat(q, ks[h]!, vs[h]!, visible));
  return { output: toRows(matmul(mergeFlat(heads.map((head) => head.output)), w[3]!)), weights: heads.map((head) => toRows(head.weights)) };
}
