/** The worked examples of the logistic-regression prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/logistic-regression";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python: from scipy.special import expit; expit(z)   (scipy 1.17.1)
//         LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12, max_iter=100000).fit(X, y)   (scikit-learn 1.9.1)
//         m.coef_[0], m.intercept_[0], m.predict_proba([[1], [4]])[:, 1], m.predict([[1], [4]]); C=np.inf for l2 = 0
// The expected values are scikit-learn's; the prompt promises weights and bias within 2e-4 of them, which moves a
// probability here by at most 2.5e-4 (p(1 − p) ≤ 1/4 times |Δw·x + Δb| ≤ 2e-4 · 5): hence the tolerances.
const PARAMETERS = 2e-4;
const PROBABILITIES = 2.5e-4;

export default defineExamples(impl, [
  { code: "sigmoid(0)", expected: 0.5, tolerance: 0 },
  { code: "sigmoid(1000)", expected: 1, tolerance: 0 },
  { code: "sigmoid(-1000)", expected: 0, tolerance: 0 },
  { code: "sigmoid(-40)", expected: 4.248354255291589e-18, note: "not 0: the tail keeps its precision", tolerance: 1e-30 },
  { gap: true },
  { setup: "const X = [[0], [1], [2], [3], [4], [5]];\nconst y = [0, 0, 1, 0, 1, 1];" },
  { gap: true },
  { setup: "const m = fitLogisticRegression(X, y, { l2: 1 / 6 }); // = scikit-learn's C = 1 on n = 6" },
  { code: "m.weights", expected: [0.7670537228418021], show: "[0.767054]", note: "scikit-learn: 0.7670537228; yours within 2e-4", tolerance: PARAMETERS },
  { code: "m.bias", expected: -1.9176343071045052, show: "-1.917634", note: "within 2e-4", tolerance: PARAMETERS },
  { code: "m.predictProba([[1], [4]])", expected: [0.2403830529425271, 0.7596169470574728], show: "[0.240383, 0.759617]", note: "within 2.5e-4", tolerance: PROBABILITIES },
  { code: "m.predict([[1], [4]])", expected: [0, 1] },
  { code: "m.predict([[1], [4]], 0.8)", expected: [0, 0] },
  { gap: true },
  { comment: "l2 = 0 by default (scikit-learn's C = inf):" },
  { code: "fitLogisticRegression(X, y).weights", expected: [1.2140275858514202], show: "[1.214028]", note: "within 2e-4", tolerance: PARAMETERS },
  { code: "fitLogisticRegression(X, y).bias", expected: -3.0350689646285502, show: "-3.035069", note: "within 2e-4", tolerance: PARAMETERS },
]);
