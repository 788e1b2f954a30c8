/** Mistake: predict gives class 1 when the probability is at or above the threshold (>=), not strictly above. */
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
  const model = referenceFit(X, y, options);
  return {
    ...model,
    predict(rows: FeatureRows, threshold = 0.5): number[] {
      model.predict(rows, threshold); // validates rows and threshold
      return model.predictProba(rows).map((p) => (p >= threshold ? 1 : 0)); // BUG: >= instead of >
    },
  };
}
