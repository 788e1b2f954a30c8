/** The worked examples of the classification-report prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/classification-report";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (scikit-learn 1.9.1): confusion_matrix(y, p); classification_report(y, p, output_dict=True);
// precision_recall_curve(y, s); average_precision_score(y, s); best F1: see scripts/fixtures/golden/classification-report.py
export default defineExamples(impl, [
  { setup: "const yTrue = [1, 0, 1, 1, 0, 1];\nconst yPred = [1, 0, 1, 0, 0, 1];" },
  { code: "confusionMatrix(yTrue, yPred)", expected: { labels: [0, 1], matrix: [[2, 0], [1, 3]] }, note: "rows: the truth" },
  {
    code: "classificationReport(yTrue, yPred).perClass[1]",
    expected: { precision: 1, recall: 0.75, f1: 6 / 7, support: 4 },
    show: "{ precision: 1, recall: 0.75, f1: 0.8571, support: 4 }",
    tolerance: 1e-12,
  },
  { code: "classificationReport(yTrue, yPred).macro.f1", expected: 0.8285714285714285, show: "0.8286", note: "mean of 0.8 and 0.8571", tolerance: 1e-12 },
  { code: "classificationReport(yTrue, yPred).micro.f1", expected: 5 / 6, show: "0.8333", note: "= the accuracy, 5/6", tolerance: 1e-12 },
  { gap: true },
  { code: "confusionMatrix([10, 2, 9], [2, 2, 9]).labels", expected: [2, 9, 10], note: "sorted as numbers" },
  {
    code: "classificationReport([0, 1, 2, 2], [0, 0, 2, 2]).perClass[1]",
    expected: { precision: 0, recall: 0, f1: 0, support: 1 },
    note: "class 1 is never predicted: precision 0/0 -> 0",
  },
  {
    code: "classificationReport([0, 1, 2, 2], [0, 0, 2, 2], { zeroDivision: 1 }).perClass[1].precision",
    expected: 1,
  },
  { gap: true },
  {
    code: "precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])",
    expected: { precision: [0.5, 2 / 3, 0.5, 1, 1], recall: [1, 1, 0.5, 0.5, 0], thresholds: [0.1, 0.35, 0.4, 0.8] },
    show: "{ precision: [0.5, 0.6667, 0.5, 1, 1], recall: [1, 1, 0.5, 0.5, 0], thresholds: [0.1, 0.35, 0.4, 0.8] }",
    tolerance: 1e-12,
  },
  {
    code: "averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])",
    expected: 0.8333333333333333,
    show: "0.8333",
    note: "0.5 · 1 + 0.5 · 0.6667; the trapezoid gives 0.7917",
    tolerance: 1e-12,
  },
  { code: "averagePrecision([0, 1, 1, 0], [0.2, 0.5, 0.5, 0.5])", expected: 2 / 3, show: "0.6667", note: "a tied group is one point", tolerance: 1e-12 },
  { gap: true },
  {
    code: "bestF1Threshold([1, 0, 0, 1], [0.9, 0.8, 0.7, 0.6])",
    expected: { threshold: 0.9, f1: 2 / 3, precision: 1, recall: 0.5 },
    show: "{ threshold: 0.9, f1: 0.6667, precision: 1, recall: 0.5 }\n(F1 is 2/3 at 0.9 and at 0.6: the tie goes to the highest threshold)",
    tolerance: 1e-12,
  },
  {
    code: "bestF1Threshold([1, 0, 1, 1, 0, 1], [0.9, 0.3, 0.8, 0.4, 0.35, 0.6]).threshold",
    expected: 0.4,
    note: "score 0.4 >= 0.4 is predicted positive",
  },
]);
