/**
 * Golden cases for quantization, computed with numpy 2.x in float64 (scripts/fixtures/golden/quantization.py) and
 * checked there against torch 2.13's quantize_per_tensor / quantize_per_channel with the same scales. Every code,
 * scale and zero point must equal numpy's exactly: the formulas are the same float64 operations.
 */
import { readFileSync } from "node:fs";
import { it } from "vitest";
import { dequantize, int8Linear, quantizeAffine, quantizePerChannel, quantizeSymmetric, symmetricScale } from "#impl/quantization";
import { expectAllClose, expectClose, given, specs } from "../../../scripts/kit/index.ts";
import { expectCodes, expectRelativeClose } from "./checks.ts";

specs("correct", "symmetric int8 per tensor: golden cases (numpy, torch)", () => {
  it("the known case: x = [-1, -0.5, 0, 0.25, 0.5, 1, 2.54] -> scale 0.02, q = [-50, -25, 0, 12, 25, 50, 127]", () => {
    const x = [-1, -0.5, 0, 0.25, 0.5, 1, 2.54];
    // Python: s = np.abs(x).max() / 127                         -> 0.02
    //         np.clip(np.rint(x / s), -127, 127)                -> [-50, -25, 0, 12, 25, 50, 127]  (12.5 -> 12)
    //         torch.quantize_per_tensor(torch.tensor(x), 0.02, 0, torch.qint8).int_repr() -> the same
    given({ x }, () => {
      const result = quantizeSymmetric(x);
      expectClose(result.scale, 0.02, 0, "scale");
      expectCodes(result.q, Int8Array, [-50, -25, 0, 12, 25, 50, 127], "q");
      expectClose(symmetricScale(x), 0.02, 0, "symmetricScale(x)");
    });
  });

  it("dequantizing the known case: q · 0.02", () => {
    const q = Int8Array.from([-50, -25, 0, 12, 25, 50, 127]);
    // Python: q * 0.02 -> [-1.0, -0.5, 0.0, 0.24, 0.5, 1.0, 2.54]
    given({ q }, () => expectAllClose(dequantize(q, 0.02), [-1, -0.5, 0, 0.24, 0.5, 1, 2.54], 0, "dequantize(q, 0.02)"));
  });

  it("a calibrated scale: values beyond ±127 · scale are clipped to ±127", () => {
    const x = [3, -3, 1, 0.01, -2.55, 2.53];
    // Python: np.clip(np.rint(np.array(x) / 0.02), -127, 127) -> [127, -127, 50, 0, -127, 126]
    given({ x }, () => {
      const result = quantizeSymmetric(x, 0.02);
      expectClose(result.scale, 0.02, 0, "scale");
      expectCodes(result.q, Int8Array, [127, -127, 50, 0, -127, 126], "q");
    });
  });
});

specs("correct", "symmetric int8 per channel: golden cases (numpy, torch)", () => {
  it("one scale per row: the small channel keeps its resolution, the zero channel gets scale 1", () => {
    const w = [[0.01, -0.02, 0.005, 0.0], [10, -20, 5, 2.5], [0, 0, 0, 0], [1, -1, 0.5, 0.25]];
    // Python: s = np.abs(W).max(axis=1) / 127 (1 for the zero row) -> [0.00015748031496062991, 0.15748031496062992, 1.0, 0.007874015748031496]
    //         np.clip(np.rint(W / s[:, None]), -127, 127)          -> [[64, -127, 32, 0], [64, -127, 32, 16], [0, 0, 0, 0], [127, -127, 64, 32]]
    //         torch.quantize_per_channel(W, s, zeros, 0, torch.qint8).int_repr() -> the same
    //         (per tensor, rows 0 and 2 would be all zeros and row 3 [6, -6, 3, 2])
    given({ w }, () => {
      const result = quantizePerChannel(w);
      expectAllClose(result.scales, [0.00015748031496062991, 0.15748031496062992, 1, 0.007874015748031496], 0, "scales");
      const expected = [[64, -127, 32, 0], [64, -127, 32, 16], [0, 0, 0, 0], [127, -127, 64, 32]];
      expected.forEach((row, j) => expectCodes(result.q[j], Int8Array, row, `q[${j}]`));
    });
  });
});

specs("correct", "affine uint8 with a zero point: golden cases (numpy, torch quint8)", () => {
  const cases = [
    // Python: lo = min(x.min(), 0); hi = max(x.max(), 0); s = (hi - lo) / 255; z = np.clip(np.rint(-lo / s), 0, 255)
    //         q = np.clip(np.rint(x / s) + z, 0, 255); torch.quantize_per_tensor(x, s, z, torch.quint8) agrees
    { name: "the known case", x: [-1, -0.5, 0, 0.25, 0.5, 1, 2.54], scale: 0.01388235294117647, zeroPoint: 72, q: [0, 36, 72, 90, 108, 144, 255] },
    { name: "all positive: the range is widened down to 0, zero point 0", x: [2, 3, 5], scale: 0.0196078431372549, zeroPoint: 0, q: [102, 153, 255] },
    { name: "all negative: the range is widened up to 0, zero point 255", x: [-4, -1, -2.5], scale: 0.01568627450980392, zeroPoint: 255, q: [0, 191, 96] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ x: c.x }, () => {
        const result = quantizeAffine(c.x);
        expectClose(result.scale, c.scale, 0, "scale");
        expectClose(result.zeroPoint, c.zeroPoint, 0, "zeroPoint");
        expectCodes(result.q, Uint8Array, c.q, "q");
      });
    });
  }

  it("dequantizing gives 0 back exactly, and each value within scale / 2", () => {
    const q = Uint8Array.from([0, 36, 72, 90, 108, 144, 255]);
    // Python: (q - 72) * s -> [-0.9995294117647059, -0.49976470588235294, 0.0, 0.24988235294117647, 0.49976470588235294, 0.9995294117647059, 2.5404705882352943]
    given({ q }, () =>
      expectAllClose(
        dequantize(q, 0.01388235294117647, 72),
        [-0.9995294117647059, -0.49976470588235294, 0, 0.24988235294117647, 0.49976470588235294, 0.9995294117647059, 2.5404705882352943],
        0,
        "dequantize(q, s, 72)",
      ),
    );
  });
});

specs("correct", "int8Linear: a small golden case (numpy)", () => {
  it("x per tensor, w per channel, int32 accumulators, rescaled output", () => {
    const x = [[1, -2, 0.5, 4], [0, 3, -1, 2.5], [-4, 1, 1, -0.5]];
    const w = [[0.5, -0.25, 1, 0], [-3, 1.5, 0, 2]];
    // Python: sx = np.abs(X).max() / 127 -> 0.031496062992125984; sw = np.abs(W).max(axis=1) / 127 -> [0.007874015748031496, 0.023622047244094488]
    //         acc = qx.astype(np.int32) @ qw.astype(np.int32).T -> [[6128, 2635], [-7104, 12795], [-5088, 16817]]
    //         acc * sx * sw[None, :] -> [[1.5197470394940789, 1.9604439208878417], [-1.7617955235910472, 9.519499038998077],
    //                                    [-1.2618265236530473, 12.511873023746046]]   (X @ W.T = [[1.5, 2], [-1.75, 9.5], [-1.25, 12.5]])
    given({ x, w }, () => {
      const result = int8Linear(x, w);
      expectClose(result.inputScale, 0.031496062992125984, 0, "inputScale");
      expectAllClose(result.weightScales, [0.007874015748031496, 0.023622047244094488], 0, "weightScales");
      [[6128, 2635], [-7104, 12795], [-5088, 16817]].forEach((row, i) => expectCodes(result.accumulators[i], Int32Array, row, `accumulators[${i}]`));
      const output = [[1.5197470394940789, 1.9604439208878417], [-1.7617955235910472, 9.519499038998077], [-1.2618265236530473, 12.511873023746046]];
      output.forEach((row, i) => expectRelativeClose(result.output[i], row, 1e-12, `output[${i}]`));
    });
  });
});

interface Layer {
  weights: number[][];
  activations: number[][];
}

interface Golden {
  activations: { scale: number; q: number[][] };
  weights: { scales: number[]; q: number[][] };
  affine: { scale: number; zeroPoint: number; q: number[][] };
  linear: { accumulators: number[][]; output: number[][] };
  exact: number[][];
}

const read = (name: string): string => readFileSync(new URL(`../../../fixtures/quantization/${name}`, import.meta.url), "utf8");

specs("correct", "a linear layer (fixtures/quantization/layer.json: 64 × 128 weights, 16 × 128 activations)", () => {
  const layer = JSON.parse(read("layer.json")) as Layer;
  const golden = JSON.parse(read("golden.json")) as Golden;

  it("the activations, per tensor: scale and every code equal numpy's", () => {
    const x = layer.activations.flat();
    // Python: s = np.abs(X).max() / 127 -> 0.19708582677165357; q = np.clip(np.rint(X / s), -127, 127)
    given({ x }, () => {
      const result = quantizeSymmetric(x);
      expectClose(result.scale, golden.activations.scale, 0, "scale");
      expectCodes(result.q, Int8Array, golden.activations.q.flat(), "q");
    });
  });

  it("the weights, per channel: 64 scales (one channel of zeros: scale 1) and every code equal numpy's", () => {
    // Python: s = np.abs(W).max(axis=1) / 127 (1 for row 17); q = np.clip(np.rint(W / s[:, None]), -127, 127)
    //         (one scale for the whole matrix would leave 13 of the 64 rows all zeros)
    given({ w: layer.weights }, () => {
      const result = quantizePerChannel(layer.weights);
      expectAllClose(result.scales, golden.weights.scales, 0, "scales");
      golden.weights.q.forEach((row, j) => expectCodes(result.q[j], Int8Array, row, `q[${j}]`));
    });
  });

  it("the activations, affine uint8: scale, zero point 137 and every code equal numpy's", () => {
    const x = layer.activations.flat();
    // Python: lo, hi = min(X.min(), 0), max(X.max(), 0); s = (hi - lo) / 255 -> 0.18328549019607843; z -> 137
    given({ x }, () => {
      const result = quantizeAffine(x);
      expectClose(result.scale, golden.affine.scale, 0, "scale");
      expectClose(result.zeroPoint, golden.affine.zeroPoint, 0, "zeroPoint");
      expectCodes(result.q, Uint8Array, golden.affine.q.flat(), "q");
    });
  });

  it("int8Linear: the int32 accumulators equal numpy's and the output is within 1e-12 of acc · sx · sw", () => {
    // Python: acc = qx.astype(np.int32) @ qw.astype(np.int32).T; y = acc * sx * sw[None, :]
    given({ x: layer.activations, w: layer.weights }, () => {
      const result = int8Linear(layer.activations, layer.weights);
      expectClose(result.inputScale, golden.activations.scale, 0, "inputScale");
      expectAllClose(result.weightScales, golden.weights.scales, 0, "weightScales");
      golden.linear.accumulators.forEach((row, i) => expectCodes(result.accumulators[i], Int32Array, row, `accumulators[${i}]`));
      golden.linear.output.forEach((row, i) => expectRelativeClose(result.output[i], row, 1e-12, `output[${i}]`));
    });
  });
});
