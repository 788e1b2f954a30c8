/** The worked examples of the feature-prep prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/feature-prep";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python: StandardScaler, MinMaxScaler, OneHotEncoder(sparse_output=False), train_test_split, KFold   (scikit-learn 1.9.1)
export default defineExamples(impl, [
  { setup: "const X = [[1, 5], [2, 5], [3, 5], [4, 5]];" },
  { code: "fitStandardScaler(X).scale", expected: [1.118033988749895, 1], show: "[1.118034, 1]", note: "ddof = 0; the constant column gets 1", tolerance: 1e-12 },
  { code: "fitStandardScaler(X).transform([[4, 5]])", expected: [[1.3416407864998738, 0]], show: "[[1.341641, 0]]", tolerance: 1e-12 },
  { code: "fitMinMaxScaler([[1], [3]]).transform([[2], [4]])", expected: [[0.5], [1.5]], note: "no clipping" },
  { gap: true },
  { setup: "const enc = fitOneHotEncoder([[\"b\", 10], [\"a\", 9], [\"B\", 2]]);" },
  { code: "enc.categories", expected: [["B", "a", "b"], [2, 9, 10]], note: "sorted: strings by <, numbers numerically" },
  { code: "enc.transform([[\"a\", 2]])", expected: [[0, 1, 0, 1, 0, 0]] },
  { code: "fitOneHotEncoder([[\"x\"]], { handleUnknown: \"ignore\" }).transform([[\"y\"]])", expected: [[0]] },
  { gap: true },
  { code: "trainTestSplit(10, { testSize: 0.25, shuffle: false })", expected: { train: [0, 1, 2, 3, 4, 5, 6], test: [7, 8, 9] }, note: "ceil(2.5) = 3 test rows" },
  { code: "trainTestSplit(100, { testSize: 0.07 }).test.length", expected: 8, note: "0.07 * 100 is 7.000000000000001" },
  { code: "kFold(10, 3).map((fold) => fold.test)", expected: [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]], note: "the first 10 % 3 folds are larger" },
  { gap: true },
  { comment: "Fitted on the training rows 1 and 3 only, the test row 5 is 3 standard deviations out." },
  { code: "scaleTrainTest([[1], [5], [3]], { train: [0, 2], test: [1] })", expected: { train: [[-1], [1]], test: [[3]] } },
]);
