/**
 * Scaffolding for the mistake solutions (not a mistake itself: the grader lists only mistakes/*.ts).
 *
 * The reference with switches, each of which puts in one known bug, so that a mistake differs from the reference by
 * that one bug only. Every switch is off by default.
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

export interface Bugs {
  /** Math.round: half up (12.5 -> 13, -1.5 -> -1). */
  roundHalfUp?: boolean;
  /** Half away from zero (C's round: 12.5 -> 13, -12.5 -> -13). */
  roundHalfAway?: boolean;
  /** Stores unclipped codes into the typed array, which wraps them (150 -> -106, 256 -> 0). */
  wrapInsteadOfClip?: boolean;
  /** An all-zero tensor gets scale 0 (then 0 / 0 = NaN). */
  zeroScale?: boolean;
  /** scale = max|x| / 128. */
  divideBy128?: boolean;
  /** quantizePerChannel (and int8Linear's weights) use one scale for the whole matrix. */
  perTensorWeights?: boolean;
  /** int8Linear accumulates in an Int8Array cell (wraps past 127). */
  int8Accumulator?: boolean;
  /** Symmetric clipping to [-128, 127]. */
  clipTo128?: boolean;
  /** Affine range [min x, max x], not widened to include 0. */
  affineWithoutZero?: boolean;
  /** max|x| with Math.max(...values): throws RangeError on large tensors. */
  maxBySpread?: boolean;
}

let bugs: Bugs = {};

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
function roundHalfEvenImpl(x: number): number {
  if (typeof x !== "number") throw new TypeError(`roundHalfEven needs a number, got ${typeof x}`);
  if (!Number.isFinite(x)) throw new RangeError(`roundHalfEven needs a finite number, got ${x}`);
  if (bugs.roundHalfUp) return Math.round(x);
  if (bugs.roundHalfAway) return Math.sign(x) * Math.round(Math.abs(x));
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function maxAbs(values: Float64Array): number {
  if (bugs.maxBySpread) return Math.max(...Array.from(values, Math.abs), 0);
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
  if (bugs.divideBy128) return m > 0 ? m / 128 : 1;
  if (bugs.zeroScale) return m / INT8_MAX;
  return m > 0 ? m / INT8_MAX : 1; // an all-zero tensor: any positive scale is exact; 0 would give 0/0 = NaN
}

/** max|x| / 127, or 1 when every value is 0. */
function symmetricScaleImpl(x: Tensor): number {
  return scaleOf(readTensor(x, "x"));
}

function quantizeInt8(values: Float64Array, scale: number): Int8Array {
  const q = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    // Clip first, then store: an Int8Array would wrap 150 to -106.
    const code = roundHalfEvenImpl(values[i]! / scale);
    if (bugs.wrapInsteadOfClip) q[i] = code;
    else if (bugs.clipTo128) q[i] = Math.min(INT8_MAX, Math.max(-128, code));
    else q[i] = Math.min(INT8_MAX, Math.max(-INT8_MAX, code));
  }
  return q;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Symmetric int8, one scale for the tensor (computed, or the calibrated one given). O(n). */
function quantizeSymmetricImpl(x: Tensor, scale?: number): SymmetricTensor {
  const values = readTensor(x, "x");
  const s = scale === undefined ? scaleOf(values) : readScale(scale);
  return { q: quantizeInt8(values, s), scale: s };
}

/** Symmetric int8 with one scale per row (output channel, axis 0). O(rows · cols). */
function quantizePerChannelImpl(w: Matrix): PerChannelTensor {
  const rows = readMatrix(w, "w");
  const whole = bugs.perTensorWeights ? scaleOf(Float64Array.of(Math.max(...rows.map(maxAbs)))) : 0; // BUG: one scale for every row
  const scales = bugs.perTensorWeights ? rows.map(() => whole) : rows.map(scaleOf);
  return { q: rows.map((row, j) => quantizeInt8(row, scales[j]!)), scales };
}

/** Affine uint8 over [min(min x, 0), max(max x, 0)], with an integer zero point (or the params given). O(n). */
function quantizeAffineImpl(x: Tensor, params?: AffineParams): AffineTensor {
  const values = readTensor(x, "x");
  let scale: number;
  let zeroPoint: number;
  if (params !== undefined) {
    if (typeof params !== "object" || params === null) throw new TypeError("params must be { scale, zeroPoint }");
    scale = readScale(params.scale);
    zeroPoint = readZeroPoint(params.zeroPoint);
  } else {
    let lo = bugs.affineWithoutZero ? Infinity : 0; // the range always contains 0, so that 0 is exactly representable
    let hi = bugs.affineWithoutZero ? -Infinity : 0;
    for (let i = 0; i < values.length; i++) {
      if (values[i]! < lo) lo = values[i]!;
      if (values[i]! > hi) hi = values[i]!;
    }
    scale = hi > lo ? (hi - lo) / UINT8_MAX : bugs.zeroScale ? 0 : 1;
    zeroPoint = Math.min(UINT8_MAX, Math.max(0, roundHalfEvenImpl(-lo / scale)));
  }
  const q = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const code = roundHalfEvenImpl(values[i]! / scale) + zeroPoint;
    q[i] = bugs.wrapInsteadOfClip ? code : Math.min(UINT8_MAX, Math.max(0, code));
  }
  return { q, scale, zeroPoint };
}

/** (q − zeroPoint) · scale, in float64. O(n). */
function dequantizeImpl(q: ArrayLike<number>, scale: number, zeroPoint = 0): Float64Array {
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
function int8LinearImpl(x: Matrix, w: Matrix): Int8LinearResult {
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
  const inputScale = bugs.divideBy128 ? (m > 0 ? m / 128 : 1) : bugs.zeroScale ? m / INT8_MAX : m > 0 ? m / INT8_MAX : 1;
  const qx = xRows.map((row) => quantizeInt8(row, inputScale));
  const { q: qw, scales: weightScales } = quantizePerChannelImpl(wRows);
  const accumulators = qx.map((a) => {
    const sums = new Int32Array(qw.length);
    for (let j = 0; j < qw.length; j++) {
      const b = qw[j]!;
      let sum = 0; // |sum| <= 127² · k < 2³¹: exact in a double, and it fits the Int32Array
      if (bugs.int8Accumulator) {
        const cell = new Int8Array(1); // BUG: the accumulator has the inputs' type
        for (let t = 0; t < k; t++) cell[0] = cell[0]! + a[t]! * b[t]!;
        sum = cell[0]!;
      } else {
        for (let t = 0; t < k; t++) sum += a[t]! * b[t]!;
      }
      sums[j] = sum;
    }
    return sums;
  });
  const output = accumulators.map((sums) => Array.from(sums, (acc, j) => acc * inputScale * weightScales[j]!));
  return { output, accumulators, inputScale, weightScales };
}

/** The seven functions with the given bugs switched on. */
export function withBugs(chosen: Bugs) {
  const run = <A extends unknown[], R>(f: (...args: A) => R) => (...args: A): R => {
    bugs = chosen;
    try {
      return f(...args);
    } finally {
      bugs = {};
    }
  };
  return {
    roundHalfEven: run(roundHalfEvenImpl),
    symmetricScale: run(symmetricScaleImpl),
    quantizeSymmetric: run(quantizeSymmetricImpl),
    quantizePerChannel: run(quantizePerChannelImpl),
    quantizeAffine: run(quantizeAffineImpl),
    dequantize: run(dequantizeImpl),
    int8Linear: run(int8LinearImpl),
  };
}
