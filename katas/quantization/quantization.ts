/**
 * Kata: int8 quantization. Read README.md in this folder first.
 *
 * Implement the functions below, then run `npm run grade -- quantization`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** Finite numbers: a plain array or a typed array. Never modified. */
export type Tensor = ArrayLike<number>;
/** Rows of equal length (arrays or typed arrays of finite numbers). Never modified. */
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

/**
 * The nearest integer, a tie (an exact .5) going to the even neighbour, like np.rint: 2.5 -> 2, -1.5 -> -2.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function roundHalfEven(x: number): number {
  throw new NotImplementedError("roundHalfEven");
}

/**
 * The symmetric int8 scale of a tensor: max|x| / 127, or 1 when every value is 0.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function symmetricScale(x: Tensor): number {
  throw new NotImplementedError("symmetricScale");
}

/**
 * Symmetric int8 with one scale for the whole tensor: `scale` if given (calibrated elsewhere), else
 * symmetricScale(x). Values beyond ±127 · scale are clipped.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function quantizeSymmetric(x: Tensor, scale?: number): SymmetricTensor {
  throw new NotImplementedError("quantizeSymmetric");
}

/**
 * Symmetric int8 with one scale per row (output channel, axis 0) of a weight matrix.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function quantizePerChannel(w: Matrix): PerChannelTensor {
  throw new NotImplementedError("quantizePerChannel");
}

/**
 * Affine uint8 over the range [min(min x, 0), max(max x, 0)] with an integer zero point (or the params given).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function quantizeAffine(x: Tensor, params?: AffineParams): AffineTensor {
  throw new NotImplementedError("quantizeAffine");
}

/**
 * (q - zeroPoint) · scale, as float64.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function dequantize(q: ArrayLike<number>, scale: number, zeroPoint?: number): Float64Array {
  throw new NotImplementedError("dequantize");
}

/**
 * y ≈ x · wᵀ in int8: x (m × k) quantized per tensor, w (n × k) per channel, products accumulated in int32, then
 * rescaled by inputScale · weightScales[j].
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function int8Linear(x: Matrix, w: Matrix): Int8LinearResult {
  throw new NotImplementedError("int8Linear");
}
