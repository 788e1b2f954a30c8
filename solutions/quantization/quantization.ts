/**
 * Reference solution: int8 / uint8 quantization (symmetric per tensor and per channel, affine with a zero point),
 * dequantization, and an int8 linear layer with int32 accumulation.
 *
 * Three details decide whether the integers match numpy's:
 *  - rounding half to even (np.rint), not Math.round (half up);
 *  - clipping before storing: writing 150 into an Int8Array wraps it to -106;
 *  - the exact float64 formulas: x / scale (a division, not a multiplication by 1 / scale, which can move a value
 *    that lies on a .5 by one unit), max|x| / 127, (hi - lo) / 255.
 * The int8 product accumulates in a JavaScript number (a double: every integer up to 2^53 is exact) and stores the
 * result in an Int32Array; 127² · k < 2³¹ guarantees the int32 never overflows, so the contract refuses larger k.
 */

export type Tensor = ArrayLike<number>;
export type Matrix = ReadonlyArray<ArrayLike<number>>;

export interface SymmetricTensor {
  /** clip(roundHalfEven(x / scale), -127, 127). */
  q: Int8Array;
  scale: number;
}

export interface PerChannelTensor {
  /** One Int8Array per row of the matrix. */
  q: Int8Array[];
  /** scales[j] = max|w[j]| / 127 (1 for an all-zero row). */
  scales: number[];
}

export interface AffineParams {
  scale: number;
  /** An integer in [0, 255]: the code of the real value 0. */
  zeroPoint: number;
}

export interface AffineTensor extends AffineParams {
  /** clip(roundHalfEven(x / scale) + zeroPoint, 0, 255). */
  q: Uint8Array;
}

export interface Int8LinearResult {
  /** m × n: accumulators[i][j] · inputScale · weightScales[j]. */
  output: number[][];
  /** m rows of n exact int32 sums of qx[i][t] · qw[j][t]. */
  accumulators: Int32Array[];
  /** The symmetric per-tensor scale of x. */
  inputScale: number;
  /** The symmetric per-channel scales of w, one per row. */
  weightScales: number[];
}

const INT8_MAX = 127;
const UINT8_MAX = 255;
/** The largest k for which 127² · k fits in an int32: floor((2³¹ − 1) / 127²). */
export const MAX_INNER_DIMENSION = Math.floor((2 ** 31 - 1) / (INT8_MAX * INT8_MAX));

// ---------------------------------------------------------------------------------------------------------------
// Validation

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** Copies a tensor of finite numbers into a Float64Array (never modifying it). */
function readTensor(value: unknown, name: string): Float64Array {
  if (!isArrayLike(value)) throw new TypeError(`${name} must be an array or a typed array of numbers`);
  if (value.length === 0) throw new RangeError(`${name} is empty: need at least one value`);
  const out = new Float64Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== "number") throw new TypeError(`${name}[${i}] is ${typeof v}: values must be finite numbers`);
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] is ${v}: values must be finite numbers`);
    out[i] = v;
  }
  return out;
}

function readMatrix(value: unknown, name: string): Float64Array[] {
  if (!Array.isArray(value)) throw new TypeError(`${name} must be an array of rows (arrays or typed arrays of numbers)`);
  if (value.length === 0) throw new RangeError(`${name} is empty: need at least one row`);
  const rows = value.map((row: unknown, i) => readTensor(row, `${name}[${i}]`));
  const k = rows[0]!.length;
  rows.forEach((row, i) => {
    if (row.length !== k) throw new RangeError(`${name}[${i}] has length ${row.length} but ${name}[0] has length ${k}`);
  });
  return rows;
}

function readScale(scale: unknown): number {
  if (typeof scale !== "number") throw new TypeError(`scale must be a number > 0, got ${typeof scale}`);
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a finite number > 0, got ${scale}`);
  return scale;
}

function readZeroPoint(zeroPoint: unknown): number {
  if (typeof zeroPoint !== "number") throw new TypeError(`zeroPoint must be an integer in [0, 255], got ${typeof zeroPoint}`);
  if (!Number.isInteger(zeroPoint) || zeroPoint < 0 || zeroPoint > UINT8_MAX) {
    throw new RangeError(`zeroPoint must be an integer in [0, 255], got ${zeroPoint}`);
  }
  return zeroPoint;
}

// ---------------------------------------------------------------------------------------------------------------
// Rounding and scales

/**
 * Rounds to the nearest integer, a tie (an exact .5) to the even neighbour: np.rint. Math.round(x) is
 * floor(x + 0.5) in effect (half up); it is exact, and so is r − x when r is x's nearest integer, so "r − x is
 * exactly 0.5 and r is odd" identifies the ties that Math.round sent the wrong way.
 */
export function roundHalfEven(x: number): number {
  if (typeof x !== "number") throw new TypeError(`roundHalfEven needs a number, got ${typeof x}`);
  if (!Number.isFinite(x)) throw new RangeError(`roundHalfEven needs a finite number, got ${x}`);
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function maxAbs(values: Float64Array): number {
  // A loop, not Math.max(...values): spreading a million arguments overflows the call stack.
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > m) m = a;
  }
  return m;
}

function scaleOf(values: Float64Array): number {
  const m = maxAbs(values);
  return m > 0 ? m / INT8_MAX : 1; // an all-zero tensor: any positive scale is exact; 0 would give 0/0 = NaN
}

/** max|x| / 127, or 1 when every value is 0. */
export function symmetricScale(x: Tensor): number {
  return scaleOf(readTensor(x, "x"));
}

function quantizeInt8(values: Float64Array, scale: number): Int8Array {
  const q = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    // Clip first, then store: an Int8Array would wrap 150 to -106.
    q[i] = Math.min(INT8_MAX, Math.max(-INT8_MAX, roundHalfEven(values[i]! / scale)));
  }
  return q;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Symmetric int8, one scale for the tensor (computed, or the calibrated one given). O(n). */
export function quantizeSymmetric(x: Tensor, scale?: number): SymmetricTensor {
  const values = readTensor(x, "x");
  const s = scale === undefined ? scaleOf(values) : readScale(scale);
  return { q: quantizeInt8(values, s), scale: s };
}

/** Symmetric int8 with one scale per row (output channel, axis 0). O(rows · cols). */
export function quantizePerChannel(w: Matrix): PerChannelTensor {
  const rows = readMatrix(w, "w");
  const scales = rows.map(scaleOf);
  return { q: rows.map((row, j) => quantizeInt8(row, scales[j]!)), scales };
}

/** Affine uint8 over [min(min x, 0), max(max x, 0)], with an integer zero point (or the params given). O(n). */
export function quantizeAffine(x: Tensor, params?: AffineParams): AffineTensor {
  const values = readTensor(x, "x");
  let scale: number;
  let zeroPoint: number;
  if (params !== undefined) {
    if (typeof params !== "object" || params === null) throw new TypeError("params must be { scale, zeroPoint }");
    scale = readScale(params.scale);
    zeroPoint = readZeroPoint(params.zeroPoint);
  } else {
    let lo = 0; // the range always contains 0, so that 0 is exactly representable
    let hi = 0;
    for (let i = 0; i < values.length; i++) {
      if (values[i]! < lo) lo = values[i]!;
      if (values[i]! > hi) hi = values[i]!;
    }
    scale = hi > lo ? (hi - lo) / UINT8_MAX : 1;
    zeroPoint = Math.min(UINT8_MAX, Math.max(0, roundHalfEven(-lo / scale)));
  }
  const q = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    q[i] = Math.min(UINT8_MAX, Math.max(0, roundHalfEven(values[i]! / scale) + zeroPoint));
  }
  return { q, scale, zeroPoint };
}

/** (q − zeroPoint) · scale, in float64. O(n). */
export function dequantize(q: ArrayLike<number>, scale: number, zeroPoint = 0): Float64Array {
  const codes = readTensor(q, "q");
  const s = readScale(scale);
  const z = readZeroPoint(zeroPoint);
  const out = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    if (!Number.isInteger(codes[i])) throw new RangeError(`q[${i}] is ${codes[i]}: quantized values must be integers`);
    out[i] = (codes[i]! - z) * s;
  }
  return out;
}

/**
 * y ≈ x · wᵀ in int8: x per tensor, w per channel, products summed exactly (int32), then rescaled by
 * inputScale · weightScales[j]. O(m · n · k).
 */
export function int8Linear(x: Matrix, w: Matrix): Int8LinearResult {
  const xRows = readMatrix(x, "x");
  const wRows = readMatrix(w, "w");
  const k = xRows[0]!.length;
  if (wRows[0]!.length !== k) {
    throw new RangeError(`inner dimension mismatch: x rows have ${k} values but w rows have ${wRows[0]!.length}`);
  }
  if (k > MAX_INNER_DIMENSION) {
    throw new RangeError(`k = ${k} could overflow the int32 accumulator (127² · k must stay below 2³¹: k <= ${MAX_INNER_DIMENSION})`);
  }
  // One scale for the whole activation batch: it is computed at run time, per call.
  let m = 0;
  for (const row of xRows) m = Math.max(m, maxAbs(row));
  const inputScale = m > 0 ? m / INT8_MAX : 1;
  const qx = xRows.map((row) => quantizeInt8(row, inputScale));
  const { q: qw, scales: weightScales } = quantizePerChannel(wRows);
  const accumulators = qx.map((a) => {
    const sums = new Int32Array(qw.length);
    for (let j = 0; j < qw.length; j++) {
      const b = qw[j]!;
      let sum = 0; // |sum| <= 127² · k < 2³¹: exact in a double, and it fits the Int32Array
      for (let t = 0; t < k; t++) sum += a[t]! * b[t]!;
      sums[j] = sum;
    }
    return sums;
  });
  const output = accumulators.map((sums) => Array.from(sums, (acc, j) => acc * inputScale * weightScales[j]!));
  return { output, accumulators, inputScale, weightScales };
}
