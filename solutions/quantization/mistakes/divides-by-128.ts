/** Mistake: the symmetric scale is max|x| / 128 instead of max|x| / 127, so the largest value never reaches 127. */
import type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor } from "../quantization.ts";
import { withBugs } from "./lib/quantize.ts";

export type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor };

export const { roundHalfEven, symmetricScale, quantizeSymmetric, quantizePerChannel, quantizeAffine, dequantize, int8Linear } = withBugs({ divideBy128: true });
