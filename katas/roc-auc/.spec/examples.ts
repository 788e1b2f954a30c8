/** The worked examples of the roc-auc prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/roc-auc";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python: roc_auc_score(y, s); roc_curve(y, s, drop_intermediate=False)   (scikit-learn 1.9.1)
export default defineExamples(impl, [
  { code: "rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])", expected: 0.75, tolerance: 1e-12 },
  { code: "rocAuc([0, 1, 1, 0], [0.2, 0.5, 0.5, 0.5])", expected: 0.75, tolerance: 1e-12, note: "each positive ties one negative at 0.5" },
  { code: "rocAuc([false, false, true, true], [0.1, 0.6, 0.7, 0.8])", expected: 1, tolerance: 1e-12, note: "a perfect ranking, whatever the 0.5 cut says" },
  { code: "rocAuc([1, 0], [-0, 0])", expected: 0.5, tolerance: 1e-12, note: "-0 and 0 are one score: a tie" },
  { gap: true },
  {
    code: "rocCurve([0, 1, 1, 0], [0.2, 0.5, 0.5, 0.5])",
    expected: { fpr: [0, 0.5, 1], tpr: [0, 1, 1], thresholds: [Infinity, 0.5, 0.2] },
    tolerance: 1e-12,
  },
]);
