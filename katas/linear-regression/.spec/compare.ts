/**
 * Comparison workloads for `npm run compare -- linear-regression` (hidden like the specs): the house-prices fixture
 * (least squares, and a ridge path over alpha) and the scale case, run on the learner's code and on the reference.
 * Quality: the training R² (computed here from the returned coefficients, never by the code under test).
 */
import { fitLinearRegression } from "#impl/linear-regression";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";
import { loadHousePrices, scaleData, type DataSet } from "./helpers.ts";

interface Fitted {
  coef: number[];
  intercept: number;
}

function fit(data: DataSet, alpha: number): Fitted {
  const model = fitLinearRegression(data.X, data.y, { alpha });
  // Plain data only: outputs travel between processes by structured clone (no methods).
  return { coef: [...model.coef], intercept: model.intercept };
}

function predictions(output: Fitted, data: DataSet): number[] {
  return data.X.map((row) => row.reduce((s, v, j) => s + v * output.coef[j]!, output.intercept));
}

function trainingR2(output: Fitted, data: DataSet): number {
  const mean = data.y.reduce((s, v) => s + v, 0) / data.y.length;
  const fitted = predictions(output, data);
  let residual = 0;
  let total = 0;
  data.y.forEach((v, i) => {
    residual += (v - fitted[i]!) ** 2;
    total += (v - mean) ** 2;
  });
  return 1 - residual / total;
}

const r2 = { name: "training R²", better: "higher", of: trainingR2 } as const;
const parameters = (output: Fitted): number[] => [...output.coef, output.intercept];
const ALPHAS = [0, 1, 10, 100, 1e3, 1e4, 1e5, 1e6];
const FEATURES = ["area_m2", "rooms", "age_years", "distance_km", "floor"];

export default defineComparison([
  workload({
    name: "least squares on house-prices-200.json (n = 200, d = 5)",
    kind: "fixture",
    setup: loadHousePrices,
    run: (data) => fit(data, 0),
    view: parameters,
    quality: r2,
    agreement: { kind: "close", tolerance: 1e-7 },
    plot: (output, data) => ({
      type: "scatter",
      title: "Predicted vs actual price (thousands)",
      x: "actual",
      y: "predicted",
      points: predictions(output, data).map((p, i) => ({ x: data.y[i]!, y: p, group: "flat" })),
    }),
  }),
  workload({
    name: "ridge path on house-prices-200.json (alpha 0 to 1e6)",
    kind: "fixture",
    setup: loadHousePrices,
    run: (data) => ALPHAS.map((alpha) => fit(data, alpha)),
    view: (path) => path.flatMap(parameters),
    quality: { name: "training R² at alpha = 1e3", better: "higher", of: (path, data) => trainingR2(path[4]!, data) },
    agreement: { kind: "close", tolerance: 1e-7 },
    plot: (path) => ({
      type: "line",
      title: "Ridge coefficients against log10(1 + alpha)",
      x: "log10(1 + alpha)",
      y: "coefficient",
      series: FEATURES.map((name, j) => ({ name, points: path.map((fitted, a) => [Math.log10(1 + ALPHAS[a]!), fitted.coef[j]!] as [number, number]) })),
    }),
  }),
  workload({
    name: "least squares, n = 100,000 × d = 50",
    kind: "scale",
    setup: scaleData,
    run: (data) => fit(data, 0),
    view: parameters,
    quality: r2,
    agreement: { kind: "close", tolerance: 1e-7 },
    repeats: 3,
  }),
]);
