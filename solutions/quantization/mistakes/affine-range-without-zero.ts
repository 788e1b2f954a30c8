/** Mistake: the affine range is [min x, max x], not widened to include 0, so 0 is not representable and the zero point is clipped. */
import type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor } from "../quantization.ts";
import { withBugs } from "./lib/quantize.ts";

export type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor };

export const { roundHalfEven, symmetricScale, quantizeSymmetric, quantizePerChannel, quantizeAffine, dequantize, int8Linear } = withBugs({ affineWithoutZero: true });
