/**
 * Comparison workloads for `npm run compare -- logistic-regression` (hidden like the specs): the kata's two
 * fixtures and the scale case, run on the learner's code and on the reference. Quality: the training objective's
 * log-loss part (mean log-loss, lower is better), computed here from the returned weights and bias. Agreement:
 * the parameters within 1e-4 (gradient descent and Newton stop at slightly different points within tol).
 *
 * Pictures (`npm run report`): the decision boundary on separable.json (its points coloured by the class the fitted
 * model predicts, the line w·x + b = 0 as marks), and the objective J after each number of updates on the same
 * data. The API returns no loss history, and none is needed: the fit is deterministic from w = 0, b = 0, so
 * refitting with tol = 0 and maxIter = t gives the parameters after exactly t updates (fewer if the solver stops
 * because no step lowers J), and J is computed here from them.
 */
import { fitLogisticRegression, type LogisticRegressionOptions } from "#impl/logistic-regression";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";
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

/** J(w, b) = mean log-loss + (l2/2)‖w‖², the objective the prompt defines. */
function objective(output: Fitted, data: DataSet, l2: number): number {
  return meanLogLoss(output, data) + (l2 / 2) * output.weights.reduce((s, w) => s + w * w, 0);
}

/** separable.json's points coloured by the predicted class (p > 0.5, i.e. w·x + b > 0), the boundary as marks. */
function decisionBoundary(output: Fitted, data: DataSet): Plot {
  const [w1, w2] = output.weights as [number, number];
  const b = output.bias;
  const points = data.X.map((row) => {
    const z = b + w1 * row[0]! + w2 * row[1]!;
    return { x: row[0]!, y: row[1]!, group: z > 0 ? "predicted 1" : "predicted 0" };
  });
  // 41 points of the line w1·x1 + w2·x2 + b = 0 across the data's box [−3, 3]², solved for the steeper coordinate.
  const marks: { x: number; y: number; label: string }[] = [];
  for (let i = 0; i <= 40; i++) {
    const t = -3 + (6 * i) / 40;
    const [x, y] = Math.abs(w2) >= Math.abs(w1) ? [t, -(b + w1 * t) / w2] : [-(b + w2 * t) / w1, t];
    if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 3 && Math.abs(y) <= 3) marks.push({ x, y, label: "boundary p = 0.5" });
  }
  return { type: "scatter", title: "separable.json, l2 = 0.01: predicted class and the decision boundary w·x + b = 0", x: "x₁", y: "x₂", points, marks };
}

/** Updates after which the objective is recorded (roughly geometric, up to 1,000). */
const UPDATES = [1, 2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 32, 40, 50, 63, 80, 100, 130, 160, 200, 250, 320, 400, 500, 630, 800, 1000];
const CURVE_L2 = 0.01;

interface Curve {
  /** (updates made, J after them), starting at (0, ln 2): w = 0, b = 0 predicts 1/2 everywhere. */
  points: [number, number][];
}

/** J after t updates for each t in UPDATES: a refit with tol 0 and maxIter t (see the module comment). */
function objectiveCurve(data: DataSet): Curve {
  const points: [number, number][] = [[0, Math.log(2)]];
  for (const maxIter of UPDATES) {
    const fitted = fit(data, { l2: CURVE_L2, tol: 0, maxIter });
    if (fitted.iterations === points.at(-1)![0]) continue; // the solver stopped early: the same point again
    points.push([fitted.iterations, objective(fitted, data, CURVE_L2)]);
  }
  return { points };
}
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
    plot: decisionBoundary,
  }),
  workload({
    name: "objective J after t updates on separable.json, l2 = 0.01 (tol 0, maxIter t = 1 … 1,000)",
    kind: "case",
    setup: () => loadFixture<DataSet>("separable.json"),
    run: objectiveCurve,
    // Gradient descent and Newton take different paths; after 1,000 updates both sit at the optimum.
    view: (curve) => curve.points.at(-1)![1],
    quality: { name: "J after the last update", better: "lower", of: (curve: Curve) => curve.points.at(-1)![1] },
    agreement: { kind: "close", tolerance: 1e-8 },
    plot: (curve: Curve): Plot => ({
      type: "line",
      title: "separable.json, l2 = 0.01: the objective J = mean log-loss + (l2/2)‖w‖² after each number of updates",
      x: "updates",
      y: "J(w, b)",
      series: [{ name: "J", points: curve.points }],
    }),
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
