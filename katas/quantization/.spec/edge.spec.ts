/**
 * Edge cases: all-zero tensors and channels (scale 1, never NaN), clipping with calibrated parameters, the
 * restricted int8 range, sizes where an int8 or int16 accumulator would wrap, and the largest k an int32 holds.
 */
import { it } from "vitest";
import { dequantize, int8Linear, quantizeAffine, quantizePerChannel, quantizeSymmetric, symmetricScale } from "#impl/quantization";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectCodes } from "./checks.ts";

specs("edge", "all-zero tensors have scale 1, never NaN", () => {
  it("symmetric: scale 1, codes 0, dequantized 0", () => {
    const x = [0, 0, 0, 0];
    given({ x }, () => {
      expectClose(symmetricScale(x), 1, 0, "symmetricScale");
      const result = quantizeSymmetric(x);
      expectClose(result.scale, 1, 0, "scale");
      expectCodes(result.q, Int8Array, [0, 0, 0, 0], "q");
      expectAllClose(dequantize(result.q, result.scale), [0, 0, 0, 0], 0, "dequantized");
    });
  });

  it("affine: scale 1, zero point 0, codes 0, dequantized 0", () => {
    const x = [0, -0, 0];
    given({ x }, () => {
      const result = quantizeAffine(x);
      expectClose(result.scale, 1, 0, "scale");
      expectClose(result.zeroPoint, 0, 0, "zeroPoint");
      expectCodes(result.q, Uint8Array, [0, 0, 0], "q");
      expectAllClose(dequantize(result.q, result.scale, result.zeroPoint), [0, 0, 0], 0, "dequantized");
    });
  });

  it("int8Linear on all-zero activations: inputScale 1 and a zero output", () => {
    const x = [[0, 0, 0], [0, 0, 0]];
    const w = [[1, -2, 3], [0, 0, 0]];
    given({ x, w }, () => {
      const result = int8Linear(x, w);
      expectClose(result.inputScale, 1, 0, "inputScale");
      expectAllClose(result.weightScales, [3 / 127, 1], 0, "weightScales");
      result.output.forEach((row, i) => expectAllClose(row, [0, 0], 0, `output[${i}]`));
    });
  });
});

specs("edge", "clipping, never wrapping", () => {
  it("symmetric with a calibrated scale: 150 and -150 clip to 127 and -127 (an Int8Array would hold -106 and 106)", () => {
    const x = [1.5, -1.5, 0.3];
    given({ x }, () => expectCodes(quantizeSymmetric(x, 0.01).q, Int8Array, [127, -127, 30], "q"));
  });

  it("the symmetric range is [-127, 127]: -128 is never produced", () => {
    const x = [-1.28, -1.275, 1.27, 1.28];
    // Python: np.clip(np.rint(x / 0.01), -127, 127) -> [-127, -127, 127, 127]
    given({ x }, () => expectCodes(quantizeSymmetric(x, 0.01).q, Int8Array, [-127, -127, 127, 127], "q"));
  });

  it("affine with calibrated parameters: codes below 0 and above 255 are clipped (a Uint8Array would wrap 256 to 0, -1 to 255)", () => {
    const x = [-1, 2.56, 0.5, 3];
    // Python: np.clip(np.rint(x / 0.01) + 0, 0, 255) -> [0, 255, 50, 255]
    given({ x }, () => expectCodes(quantizeAffine(x, { scale: 0.01, zeroPoint: 0 }).q, Uint8Array, [0, 255, 50, 255], "q"));
  });
});

specs("edge", "accumulators: int32, not int8", () => {
  it("a single product 127 · 127 = 16129 already overflows an int8 accumulator", () => {
    const x = [[1, 1]];
    const w = [[1, 0.5]];
    // qx = [127, 127], qw = [127, 64]: acc = 127·127 + 127·64 = 24257
    given({ x, w }, () => {
      const result = int8Linear(x, w);
      expectCodes(result.accumulators[0], Int32Array, [24257], "accumulators[0]");
      expectAllClose(result.output[0], [24257 / 127 / 127 * 1], 1e-12, "output[0]");
    });
  });

  it("k = 133,144, every code 127: the accumulator reaches 2,147,479,576, the largest sum an int32 must hold", () => {
    const k = 133_144;
    const x = [new Float64Array(k).fill(1)];
    const w = [new Float64Array(k).fill(-2)];
    given({ n: "x = [1 × 133,144 ones], w = [1 × 133,144 values -2]" }, () => {
      const result = int8Linear(x, w);
      expectCodes(result.accumulators[0], Int32Array, [-2_147_479_576], "accumulators[0]");
      expectAllClose(result.output[0], [-2 * k], 1e-6, "output[0]");
    });
  });
});

specs("edge", "per channel where the channels differ by orders of magnitude", () => {
  it("a row 10,000x smaller than the others keeps 127 levels (per tensor it would be all zeros)", () => {
    const w = [[100, -50, 25], [0.01, -0.005, 0.0025]];
    given({ w }, () => {
      const result = quantizePerChannel(w);
      expectCodes(result.q[1], Int8Array, [127, -64, 32], "q[1]");
      if (result.scales.length !== 2) fail("one scale per row", 2, result.scales.length);
      expectClose(result.scales[1], 0.01 / 127, 0, "scales[1]");
    });
  });
});
