/** Mistake: R² divides by Σy² instead of Σ(y − ȳ)², comparing the model with predicting 0 rather than the mean. */
// r2Score([1, 2, 3], [3, 2, 1]) gives 1 − 8/14 = 0.43 instead of −3.
import { checkTargets, fitLinearRegression, type FeatureRows, type LinearModel, type LinearRegressionOptions, type Targets } from "../linear-regression.ts";

export { fitLinearRegression };
export type { FeatureRows, LinearModel, LinearRegressionOptions, Targets };

export function r2Score(yTrue: Targets, yPred: Targets): number {
  checkTargets(yTrue, "yTrue");
  checkTargets(yPred, "yPred");
  if (yTrue.length !== yPred.length) throw new RangeError(`yTrue has length ${yTrue.length} but yPred has length ${yPred.length}`);
  if (yTrue.length < 2) throw new RangeError("R² needs at least two samples");
  let residual = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    residual += (yTrue[i]! - yPred[i]!) ** 2;
    total += yTrue[i]! ** 2; // BUG: the total sum of squares around 0, not around the mean
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
