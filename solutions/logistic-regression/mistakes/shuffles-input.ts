/** Mistake: shuffles the caller's X and y in place (as an SGD epoch would) before fitting. */
// The fitted model is right; the caller's rows and labels come back reordered.
import {
  fitLogisticRegression as referenceFit,
  sigmoid,
  type FeatureRows,
  type Labels,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
} from "../logistic-regression.ts";

export { sigmoid };
export type { FeatureRows, Labels, LogisticRegressionModel, LogisticRegressionOptions };

export function fitLogisticRegression(X: FeatureRows, y: Labels, options?: LogisticRegressionOptions): LogisticRegressionModel {
  if (Array.isArray(X) && (Array.isArray(y) || ArrayBuffer.isView(y)) && X.length === y.length) {
    // BUG: Fisher-Yates (with a fixed seed) on the caller's arrays instead of on a copy of the indices.
    const rows = X as unknown as unknown[];
    const labels = y as unknown as { [i: number]: unknown };
    let state = 12345;
    for (let i = rows.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [rows[i], rows[j]] = [rows[j], rows[i]];
      [labels[i], labels[j]] = [labels[j], labels[i]];
    }
  }
  return referenceFit(X, y, options);
}
