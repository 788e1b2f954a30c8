/** Mistake: finds max|x| with Math.max(...values), which throws a RangeError on a tensor of a million values. */
import type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor } from "../quantization.ts";
import { withBugs } from "./lib/quantize.ts";

export type { AffineParams, AffineTensor, Int8LinearResult, Matrix, PerChannelTensor, SymmetricTensor, Tensor };

export const { roundHalfEven, symmetricScale, quantizeSymmetric, quantizePerChannel, quantizeAffine, dequantize, int8Linear } = withBugs({ maxBySpread: true });
