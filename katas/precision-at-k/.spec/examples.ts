/** The worked examples of the precision-at-k prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/precision-at-k";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (ml_metrics' definitions, see metrics.spec.ts): pk(r, a, k), rk(r, a, k), apk(a, r, k), mapk(A, P, k);
// topK: np.argsort(-np.asarray(scores, dtype=float), kind="stable")[:k].tolist()   (numpy 2.4.6)
export default defineExamples(impl, [
  { comment: "scores [.9, .8, .7, .6, .5] for items 0..4; items 0 and 2 are relevant." },
  { code: "topK([0.9, 0.8, 0.7, 0.6, 0.5], 5)", expected: [0, 1, 2, 3, 4] },
  { setup: "const ranked = [0, 1, 2, 3, 4];" },
  { code: "precisionAtK(ranked, [0, 2], 3)", expected: 2 / 3, show: "0.6667", note: "2 hits / 3", tolerance: 1e-12 },
  { code: "recallAtK(ranked, [0, 2], 3)", expected: 1, tolerance: 1e-12 },
  { code: "precisionAtK(ranked, [0, 2], 1)", expected: 1, tolerance: 1e-12 },
  { code: "recallAtK(ranked, [0, 2], 1)", expected: 0.5, tolerance: 1e-12 },
  { code: "averagePrecisionAtK(ranked, [0, 2], 3)", expected: 5 / 6, show: "0.8333", note: "(1/1 + 2/3) / min(2, 3)", tolerance: 1e-12 },
  { gap: true },
  { code: 'precisionAtK(["a", "b"], new Set(["a", "b"]), 5)', expected: 0.4, note: "two hits, divided by k = 5", tolerance: 1e-12 },
  { code: 'precisionAtK(["a", "a", "b"], ["a"], 2)', expected: 0.5, note: 'the repeat of "a" scores nothing', tolerance: 1e-12 },
  { code: "recallAtK([1, 2, 3], [], 3)", expected: 0, note: "nothing relevant", tolerance: 1e-12 },
  {
    code: "averagePrecisionAtK([1, 6, 2, 7, 8], [1, 2, 3, 4, 5], 3)",
    expected: 5 / 9,
    show: "0.5556",
    note: "(1/1 + 2/3) / min(5, 3)",
    tolerance: 1e-12,
  },
  { gap: true },
  {
    code: [
      "meanAveragePrecisionAtK(",
      "  [",
      "    { ranked: [1, 2], relevant: [1] }, // AP@2 = 1",
      "    { ranked: [3], relevant: [] },     // AP@2 = 0, and it counts",
      "  ],",
      "  2,",
      ")",
    ].join("\n"),
    expected: 0.5,
    tolerance: 1e-12,
  },
  { gap: true },
  { code: "topK([0.5, 0.9, 0.5, 0.9, 0.1], 3)", expected: [1, 3, 0], note: "ties to the lower index" },
  { code: "topK([-0, 0], 1)", expected: [0], note: "-0 and 0 are one score: a tie, to the lower index" },
  { code: "topK([3, 1, 2], 10)", expected: [0, 2, 1], note: "k > n: all of them" },
]);
