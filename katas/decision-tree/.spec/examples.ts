/** The worked examples of the decision-tree prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/decision-tree";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python: DecisionTreeClassifier(...).fit(X, y), its tree_, predict and predict_proba   (scikit-learn 1.9.1)
export default defineExamples(impl, [
  { setup: "const X = [[0], [1], [2], [3]];" },
  { code: "fitDecisionTree(X, [0, 0, 1, 1]).root.split.threshold", expected: 1.5, note: "the midpoint of 1 and 2" },
  { code: "fitDecisionTree(X, [0, 0, 0, 1]).predict([[2.4], [2.6]])", expected: [0, 1] },
  { code: "fitDecisionTree(X, [7, 3, 3, 7], { maxDepth: 1 }).classes", expected: [3, 7], note: "sorted labels" },
  {
    code: "fitDecisionTree(X, [7, 3, 3, 7], { maxDepth: 1 }).predictProba([[0], [3]])",
    expected: [[0, 1], [2 / 3, 1 / 3]],
    show: "[[0, 1], [0.6667, 0.3333]]",
    note: "threshold 0.5: it ties with 2.5, the lower wins",
    tolerance: 1e-12,
  },
  { gap: true },
  { comment: "The left leaf holds the labels 1, 0, 0: it predicts its majority, 0." },
  {
    code: "fitDecisionTree([[0], [1], [2], [3], [4]], [1, 0, 0, 1, 1], { maxDepth: 1 }).root.split.left",
    expected: { samples: 3, counts: [2, 1], impurity: 4 / 9, prediction: 0 },
    show: "{ samples: 3, counts: [2, 1], impurity: 0.4444, prediction: 0 }",
    tolerance: 1e-12,
  },
  { gap: true },
  { comment: "minSamplesLeaf 2 rules out the cut at 0.5 (one row on the left); the next cut is still a midpoint." },
  { code: "fitDecisionTree([[0], [1], [2], [3], [4]], [0, 1, 1, 1, 1], { minSamplesLeaf: 2 }).root.split.threshold", expected: 1.5 },
  { gap: true },
  { comment: "XOR: every first split has zero gain; one is made anyway (the lowest feature wins the tie)." },
  { setup: "const xor = fitDecisionTree([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0]);" },
  { code: "xor.root.split.feature", expected: 0 },
  { code: "xor.predict([[1, 0], [1, 1]])", expected: [1, 0] },
]);
