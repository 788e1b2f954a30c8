/** Alternative: rounding from Math.floor and the fractional part, plain arrays converted at the end, and an Int32Array accumulator updated in place. */
// Written independently of the reference: half-to-even from floor(x) and x − floor(x) (no Math.round), the codes
// collected in plain arrays and converted with Int8Array.from / Uint8Array.from once clipped, per-channel scales by
// reduce, and int8Linear accumulating straight into the Int32Array with `| 0` int32 arithmetic (exact here, since
// 127² · k < 2³¹). It must pass every spec: the specs test the answer, not the method.
export type Tensor = ArrayLike<number>;
export type Matrix = ReadonlyArray<ArrayLike<number>>;
export interface SymmetricTensor { q: Int8Array; scale: number }
export interface PerChannelTensor { q: Int8Array[]; scales: number[] }
export interface AffineParams { scale: number; zeroPoint: number }
export interface AffineTensor extends AffineParams { q: Uint8Array }
export interface Int8LinearResult { output: number[][]; accumulators: Int32Array[]; inputScale: number; weightScales: number[] }

function values(x: unknown, name: string): number[] {
  if (!Array.isArray(x) && !(ArrayBuffer.isView(x) && !(x instanceof DataView))) throw new TypeError(`${name}: expected an array`);
  const a = x as ArrayLike<unknown>;
  if (a.length === 0) throw new RangeError(`${name} is empty`);
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== "number") throw new TypeError(`${name}[${i}] is not a number`);
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] is not finite`);
    out.push(v);
  }
  return out;
}

function matrix(x: unknown, name: string): number[][] {
  if (!Array.isArray(x)) throw new TypeError(`${name}: expected an array of rows`);
  if (x.length === 0) throw new RangeError(`${name} is empty`);
  const rows = x.map((r: unknown, i) => values(r, `${name}[${i}]`));
  if (rows.some((r) => r.length !== rows[0]!.length)) throw new RangeError(`${name}: rows of different length`);
  return rows;
}

function positive(scale: unknown): number {
  if (typeof scale !== "number") throw new TypeError("scale: expected a number");
  if (!(scale > 0) || scale === Infinity) throw new RangeError(`scale must be positive and finite, got ${scale}`);
  return scale;
}

function zero(zp: unknown): number {
  if (typeof zp !== "number") throw new TypeError("zeroPoint: expected a number");
  if (!Number.isInteger(zp) || zp < 0 || zp > 255) throw new RangeError(`zeroPoint must be an integer in [0, 255], got ${zp}`);
  return zp;
}

export function roundHalfEven(x: number): number {
  if (typeof x !== "number") throw new TypeError("roundHalfEven: expected a number");
  if (!Number.isFinite(x)) throw new RangeError("roundHalfEven: expected a finite number");
  const f = Math.floor(x);
  const frac = x - f;
  if (frac < 0.5) return f;
  if (frac > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

function scaleFor(xs: number[]): number {
  const m = xs.reduce((best, v) => Math.max(best, Math.abs(v)), 0);
  return m === 0 ? 1 : m / 127;
}

export function symmetricScale(x: Tensor): number {
  return scaleFor(values(x, "x"));
}

function codes(xs: number[], scale: number): Int8Array {
  return Int8Array.from(xs.map((v) => clamp(roundHalfEven(v / scale), -127, 127)));
}

export function quantizeSymmetric(x: Tensor, scale?: number): SymmetricTensor {
  const xs = values(x, "x");
  const s = scale === undefined ? scaleFor(xs) : positive(scale);
  return { q: codes(xs, s), scale: s };
}

export function quantizePerChannel(w: Matrix): PerChannelTensor {
  const rows = matrix(w, "w");
  const scales = rows.map(scaleFor);
  return { q: rows.map((r, j) => codes(r, scales[j]!)), scales };
}

export function quantizeAffine(x: Tensor, params?: AffineParams): AffineTensor {
  const xs = values(x, "x");
  let scale: number;
  let zeroPoint: number;
  if (params) {
    scale = positive(params.scale);
    zeroPoint = zero(params.zeroPoint);
  } else {
    const lo = xs.reduce((a, v) => Math.min(a, v), 0);
    const hi = xs.reduce((a, v) => Math.max(a, v), 0);
    scale = hi === lo ? 1 : (hi - lo) / 255;
    zeroPoint = clamp(roundHalfEven(-lo / scale), 0, 255);
  }
  return { q: Uint8Array.from(xs.map((v) => clamp(roundHalfEven(v / scale) + zeroPoint, 0, 255))), scale, zeroPoint };
}

export function dequantize(q: ArrayLike<number>, scale: number, zeroPoint = 0): Float64Array {
  const qs = values(q, "q");
  const s = positive(scale);
  const z = zero(zeroPoint);
  qs.forEach((v, i) => {
    if (!Number.isInteger(v)) throw new RangeError(`q[${i}] = ${v} is not an integer`);
  });
  return Float64Array.from(qs, (v) => (v - z) * s);
}

export function int8Linear(x: Matrix, w: Matrix): Int8LinearResult {
  const xs = matrix(x, "x");
  const ws = matrix(w, "w");
  const k = xs[0]!.length;
  if (ws[0]!.length !== k) throw new RangeError(`x and w have different inner dimensions (${k} and ${ws[0]!.length})`);
  if (127 * 127 * k > 2 ** 31 - 1) throw new RangeError(`k = ${k}: the int32 accumulator could overflow`);
  const inputScale = scaleFor(xs.flat());
  const qx = xs.map((r) => codes(r, inputScale));
  const { q: qw, scales: weightScales } = quantizePerChannel(ws);
  const accumulators = qx.map(() => new Int32Array(qw.length));
  qx.forEach((a, i) => {
    const acc = accumulators[i]!;
    qw.forEach((b, j) => {
      for (let t = 0; t < k; t++) acc[j] = (acc[j]! + a[t]! * b[t]!) | 0;
    });
  });
  const output = accumulators.map((acc) => Array.from(acc, (v, j) => v * inputScale * weightScales[j]!));
  return { output, accumulators, inputScale, weightScales };
}
