/**
 * Comparison workloads for `npm run compare -- logistic-regression` (hidden like the specs): the kata's two
 * fixtures and the scale case, run on the learner's code and on the reference. Quality: the training objective's
 * log-loss part (mean log-loss, lower is better), computed here from the returned weights and bias. Agreement:
 * the parameters within 1e-4 (gradient descent and Newton stop at slightly different points within tol).
 */
import { fitLogisticRegression, type LogisticRegressionOptions } from "#impl/logistic-regression";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";
import { loadFixture, scaleData, type DataSet } from "./helpers.ts";

interface Fitted {
  weights: number[];
  bias: number;
  iterations: number;
}

function fit(data: DataSet, options: LogisticRegressionOptions): Fitted {
  const model = fitLogisticRegression(data.X, data.y, options);
  // Plain data only: outputs travel between processes by structured clone (no methods).
  return { weights: [...model.weights], bias: model.bias, iterations: model.iterations };
}

/** Mean log-loss of the fitted parameters on the training data, from the logits (softplus(z) − y z). */
function meanLogLoss(output: Fitted, data: DataSet): number {
  let total = 0;
  for (let i = 0; i < data.X.length; i++) {
    const row = data.X[i]!;
    let z = output.bias;
    for (let j = 0; j < row.length; j++) z += output.weights[j]! * row[j]!;
    total += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - data.y[i]! * z;
  }
  return total / data.X.length;
}

const logLoss = { name: "training log-loss", better: "lower", of: meanLogLoss } as const;
const parameters = (output: Fitted): number[] => [...output.weights, output.bias];

export default defineComparison([
  workload({
    name: "fit tabular-standardised.json (n = 1,000, d = 6), l2 = 0.001",
    kind: "fixture",
    setup: () => loadFixture<DataSet>("tabular-standardised.json"),
    run: (data) => fit(data, { l2: 0.001 }),
    view: parameters,
    quality: logLoss,
    agreement: { kind: "close", tolerance: 1e-4 },
  }),
  workload({
    name: "fit separable.json (n = 200, d = 2), l2 = 0.01",
    kind: "fixture",
    setup: () => loadFixture<DataSet>("separable.json"),
    run: (data) => fit(data, { l2: 0.01 }),
    view: parameters,
    quality: logLoss,
    agreement: { kind: "close", tolerance: 1e-4 },
  }),
  workload({
    name: "fit n = 100,000 × d = 20, l2 = 1e-5, learningRate = 4",
    kind: "scale",
    setup: scaleData,
    run: (data) => fit(data, { l2: 1e-5, learningRate: 4 }),
    view: parameters,
    quality: logLoss,
    agreement: { kind: "close", tolerance: 1e-4 },
    repeats: 3,
  }),
]);
