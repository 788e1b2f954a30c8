/** The worked examples of the knn prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/knn";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (scikit-learn 1.9.1, algorithm="brute"): NearestNeighbors(n_neighbors=k).fit(X).kneighbors(q);
// KNeighborsClassifier / KNeighborsRegressor(n_neighbors=k, weights=w).fit(X, y).predict(q), predict(None) for
// leave-one-out. The order of equal distances is faiss's IndexFlatL2 (lower index first), which scikit-learn's
// brute force does not promise.
export default defineExamples(impl, [
  { setup: "const X = [[0], [1], [2], [3], [10], [11]];\nconst labels = [7, 3, 3, 7, 5, 5];" },
  { gap: true },
  {
    code: "kNeighbors(X, [[1.4], [9]], 3)",
    expected: { indices: [[1, 2, 0], [4, 5, 3]], distances: [[0.3999999999999999, 0.6000000000000003, 1.4], [1, 2, 6]] },
    show: "{ indices: [[1, 2, 0], [4, 5, 3]], distances: [[0.4, 0.6, 1.4], [1, 2, 6]] }",
    tolerance: 1e-12,
  },
  { code: "knnClassify(X, labels, [[1.5], [9]], { k: 3 })", expected: [3, 5] },
  { code: "knnClassify(X, labels, [[1.5]], { k: 4 })", expected: [3], note: "a 2-2 vote between 3 and 7: the smallest label" },
  { code: "knnRegress(X, labels, [[1.5]], { k: 3, weights: \"distance\" })", expected: [3.5714285714285707], show: "[3.571429]", tolerance: 1e-12 },
  { code: "knnClassify(X, labels, null, { k: 4 })", expected: [3, 7, 7, 3, 3, 3], note: "leave-one-out: no point is its own neighbour" },
  { gap: true },
  { comment: "Equal distances: the lower training index first." },
  { code: "kNeighbors([[1], [-1], [2], [-2], [1], [-1], [3]], [[0]], 5).indices", expected: [[0, 1, 4, 5, 2]] },
  { gap: true },
  { comment: "A query on training points under distance weights: only the neighbours at distance 0 count, 1 each." },
  { code: "knnRegress([[0], [1], [1], [3]], [10, 20, 40, 100], [[1]], { k: 3, weights: \"distance\" })", expected: [30], tolerance: 1e-12 },
]);
