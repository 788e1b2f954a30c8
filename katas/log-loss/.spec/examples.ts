/** The worked examples of the log-loss prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/log-loss";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (scripts/fixtures/golden/log-loss.py): scikit-learn 1.9.1 log_loss(y, y_proba=p, sample_weight=w);
// torch 2.13 float64 F.binary_cross_entropy_with_logits(z, y) and F.cross_entropy(logits, y).
export default defineExamples(impl, [
  { code: "logLoss([1, 0, 1], [0.9, 0.1, 0.8])", expected: 0.14462152754328741, show: "0.144622", tolerance: 1e-12 },
  { code: "logLoss([1, 0], [0, 0])", expected: 18.021826694558577, show: "18.0218", tolerance: 1e-12, note: "p = 0 is clipped to eps" },
  { code: "logLoss([1, 0, 1], [0.9, 0.1, 0.8], { sampleWeight: [1, 2, 3] })", expected: 0.164252033486018, show: "0.164252", tolerance: 1e-12 },
  { gap: true },
  { code: "logLossFromLogits([1, 0, 1, 0], [2, -1, 0.5, 3])", expected: 0.9907135085787611, show: "0.990714", tolerance: 1e-12 },
  { code: "logLossFromLogits([0], [40])", expected: 40, tolerance: 1e-12, note: "not Infinity: softplus(40)" },
  { gap: true },
  { setup: "const rows = [[2, 1, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1], [0, 0, 0]];" },
  { code: "crossEntropyFromLogits([2, 0, 1, 2], rows)", expected: 2.1804581537349095, show: "2.180458", tolerance: 1e-12, note: "column j is class j" },
  { code: "crossEntropyFromLogits([0], [[1000, 999, 998]])", expected: 0.4076059644443804, show: "0.407606", tolerance: 1e-12, note: "log-sum-exp: no overflow" },
  { code: "crossEntropyFromLogits([0], [[0, 1000]])", expected: 1000, tolerance: 1e-12, note: "not -log(0)" },
]);
