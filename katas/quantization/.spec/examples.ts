/** The worked examples of the quantization prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/quantization";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (numpy 2.x; scripts/fixtures/golden/quantization.py):
//   s = np.abs(x).max() / 127; np.clip(np.rint(x / s), -127, 127)   -> 0.02, [-50, -25, 0, 12, 25, 50, 127]
//   np.rint([0.5, 1.5, 2.5, -1.5])                                   -> [0, 2, 2, -2]
//   np.clip(np.rint(np.array([3, -3, 1]) / 0.02), -127, 127)          -> [127, -127, 50]
//   lo, hi = min(x.min(), 0), max(x.max(), 0); s = (hi - lo) / 255; z = np.rint(-lo / s) -> 0.01388235294117647, 72
//   qx @ qw.T (int32) for x = [[1, -2, 0.5, 4]], w = [[0.5, -0.25, 1, 0]] -> [[6128]]; * sx * sw -> 1.5197470394940789
export default defineExamples(impl, [
  {
    code: "quantizeSymmetric([-1, -0.5, 0, 0.25, 0.5, 1, 2.54])",
    expected: { q: Int8Array.from([-50, -25, 0, 12, 25, 50, 127]), scale: 0.02 },
    note: "0.25 / 0.02 = 12.5 rounds to even",
  },
  { code: "[0.5, 1.5, 2.5, -1.5].map((v) => roundHalfEven(v))", expected: [0, 2, 2, -2], note: "Math.round: 1, 2, 3, -1" },
  { code: "quantizeSymmetric([3, -3, 1], 0.02).q", expected: Int8Array.from([127, -127, 50]), note: "clipped, not wrapped" },
  { code: "symmetricScale([0, 0, 0])", expected: 1, note: "not 0: 0 / 0 is NaN" },
  { gap: true },
  {
    code: "quantizePerChannel([[0.01, -0.02, 0.005], [10, -20, 5]])",
    expected: { q: [Int8Array.from([64, -127, 32]), Int8Array.from([64, -127, 32])], scales: [0.00015748031496062991, 0.15748031496062992] },
  },
  {
    code: "quantizeAffine([-1, -0.5, 0, 0.25, 0.5, 1, 2.54])",
    expected: { q: Uint8Array.from([0, 36, 72, 90, 108, 144, 255]), scale: 0.01388235294117647, zeroPoint: 72 },
    note: "0 is exactly 72",
  },
  { code: "dequantize([0, 72, 255], 0.01388235294117647, 72)", expected: Float64Array.from([-0.9995294117647059, 0, 2.5404705882352943]) },
  { gap: true },
  { setup: "const x = [[1, -2, 0.5, 4]], w = [[0.5, -0.25, 1, 0]];" },
  { code: "int8Linear(x, w).accumulators", expected: [Int32Array.from([6128])], note: "qx = [32, -64, 16, 127], qw = [64, -32, 127, 0]" },
  { code: "int8Linear(x, w).output", expected: [[1.5197470394940789]], note: "6128 · (4 / 127) · (1 / 127); float64: 1.5" },
]);
