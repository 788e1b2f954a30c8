/** Mistake: puts alpha on the mean squared error instead of the sum, so the penalty is n times scikit-learn's. */
// Minimises (1/n)‖y − Xw − b‖² + α‖w‖² (glmnet's and many tutorials' scaling) — scikit-learn's Ridge(α·n):
// Ridge(alpha=1) on X = 1..4, y = 3, 5, 7, 10 gives coef 1.2778, intercept 3.0556 instead of 1.9167, 1.4583.
import { checkFeatures, fitLinearRegression as referenceFit, readAlpha, r2Score, type FeatureRows, type LinearModel, type LinearRegressionOptions, type Targets } from "../linear-regression.ts";

export { r2Score };
export type { FeatureRows, LinearModel, LinearRegressionOptions, Targets };

export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  checkFeatures(X);
  const alpha = readAlpha(options);
  // BUG: α on the mean loss is α·n on the summed loss.
  return referenceFit(X, y, { alpha: alpha * X.length });
}
