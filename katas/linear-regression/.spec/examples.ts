/** The worked examples of the linear-regression prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/linear-regression";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (scikit-learn 1.9.1): LinearRegression().fit(X, y) and Ridge(alpha).fit(X, y): coef_, intercept_,
// predict(...); r2_score(y_true, y_pred). The collinear cases equal np.linalg.lstsq(X - X.mean(0), y - y.mean()).
const TOLERANCE = 1e-9; // the prompt's "within 1e-9 · (1 + |value|)"

export default defineExamples(impl, [
  { setup: "const X = [[1], [2], [3], [4]];\nconst y = [3, 5, 7, 10];" },
  { gap: true },
  { setup: "const ols = fitLinearRegression(X, y);" },
  { code: "ols.coef", expected: [2.3], tolerance: TOLERANCE },
  { code: "ols.intercept", expected: 0.5, tolerance: TOLERANCE },
  { code: "ols.predict([[5], [0]])", expected: [12, 0.5], tolerance: TOLERANCE },
  { code: "r2Score(y, ols.predict(X))", expected: 0.9887850467289719, show: "0.988785", tolerance: TOLERANCE },
  { gap: true },
  { comment: "Ridge: alpha on the summed squared error, the intercept not penalised (scikit-learn's Ridge(alpha=1))." },
  { code: "fitLinearRegression(X, y, { alpha: 1 }).coef", expected: [1.9166666666666667], show: "[1.916667]", tolerance: TOLERANCE },
  { code: "fitLinearRegression(X, y, { alpha: 1 }).intercept", expected: 1.458333333333333, show: "1.458333", tolerance: TOLERANCE },
  { gap: true },
  { comment: "Collinear columns: numpy lstsq's minimum-norm answer, not an error and not (XᵀX)⁻¹'s noise." },
  { code: "fitLinearRegression([[1, 1], [2, 2], [3, 3], [4, 4]], y).coef", expected: [1.15, 1.15], note: "the slope 2.3, split equally", tolerance: TOLERANCE },
  { code: "fitLinearRegression([[1, 7], [2, 7], [3, 7], [5, 7]], [1, 3, 2, 6]).coef", expected: [1.142857142857143, 0], show: "[1.142857, 0]", note: "a constant column gets 0", tolerance: TOLERANCE },
  { gap: true },
  { code: "r2Score([1, 2, 3], [3, 2, 1])", expected: -3, note: "worse than the mean: negative, not clipped", tolerance: 1e-12 },
  { code: "r2Score([3, 3, 3], [3, 3, 2])", expected: 0, note: "constant yTrue: 1 if exact, else 0", tolerance: 0 },
]);
