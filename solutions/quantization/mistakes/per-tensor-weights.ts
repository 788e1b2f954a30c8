/** Mistake: quantizePerChannel (and the weights of int8Linear) use one scale for the whole matrix, not one per row. */
import type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor } from "../quantization.ts";
import { withBugs } from "./lib/quantize.ts";

export type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor };

export const { roundHalfEven, symmetricScale, quantizeSymmetric, quantizePerChannel, quantizeAffine, dequantize, int8Linear } = withBugs({ perTensorWeights: true });
