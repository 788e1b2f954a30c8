/** Mistake: stores unclipped codes into the Int8Array / Uint8Array, which wraps them (150 -> -106) instead of clipping. */
import type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor } from "../quantization.ts";
import { withBugs } from "./lib/quantize.ts";

export type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor };

export const { roundHalfEven, symmetricScale, quantizeSymmetric, quantizePerChannel, quantizeAffine, dequantize, int8Linear } = withBugs({ wrapInsteadOfClip: true });
