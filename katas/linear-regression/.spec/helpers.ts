/**
 * Helpers shared by the linear-regression specs (not a spec file itself). Everything here is written
 * independently of the reference: the specs check answers, not methods.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { fail } from "../../../scripts/kit/index.ts";

export interface DataSet {
  X: number[][];
  y: number[];
}

export function loadHousePrices(): DataSet {
  const url = new URL("../../../fixtures/linear-regression/house-prices-200.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as DataSet;
}

/** The fitted model has the promised shape: `d` finite coefficients, a finite intercept, a predict method. */
export function expectModelShape(model: unknown, d: number): asserts model is { coef: number[]; intercept: number; predict: (X: number[][]) => number[] } {
  if (typeof model !== "object" || model === null) fail("fitLinearRegression should return a model object", "{ coef, intercept, predict }", model);
  const m = model as Record<string, unknown>;
  if (!Array.isArray(m.coef) || m.coef.length !== d) fail(`model.coef should be an array of ${d} numbers`, `length ${d}`, m.coef);
  if (!(m.coef as unknown[]).every((w) => typeof w === "number" && Number.isFinite(w))) fail("every coefficient should be a finite number", "finite numbers", m.coef);
  if (typeof m.intercept !== "number" || !Number.isFinite(m.intercept)) fail("model.intercept should be a finite number", "a finite number", m.intercept);
  if (typeof m.predict !== "function") fail("the model should have a predict method", "a function", Object.keys(m));
}

/**
 * The gradient of the ridge objective ‖y − Xw − b‖² + α‖w‖² at (w, b), scaled to be comparable across data sets:
 * max over coordinates of |∂J/∂θ| / (‖column‖ · ‖y − ȳ‖ + α‖w‖ + tiny). Zero at the optimum (up to rounding).
 */
export function relativeGradient(X: ArrayLike<number>[], y: ArrayLike<number>, coef: number[], intercept: number, alpha: number): number {
  const n = X.length;
  const d = coef.length;
  const residual = new Float64Array(n);
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += y[i]! / n;
  let ySpread = 0;
  for (let i = 0; i < n; i++) {
    let prediction = intercept;
    for (let j = 0; j < d; j++) prediction += coef[j]! * X[i]![j]!;
    residual[i] = y[i]! - prediction;
    ySpread += (y[i]! - yMean) ** 2;
  }
  let worst = 0;
  const scale = Math.sqrt(ySpread) + 1e-300;
  let interceptGradient = 0;
  for (let i = 0; i < n; i++) interceptGradient += residual[i]!;
  worst = Math.abs(interceptGradient) / (Math.sqrt(n) * scale);
  for (let j = 0; j < d; j++) {
    let g = 0;
    let norm = 0;
    for (let i = 0; i < n; i++) {
      g += X[i]![j]! * residual[i]!;
      norm += X[i]![j]! ** 2;
    }
    g -= alpha * coef[j]!;
    worst = Math.max(worst, Math.abs(g) / (Math.sqrt(norm) * scale + alpha * Math.abs(coef[j]!) + 1e-300));
  }
  return worst;
}

export const SCALE_ROWS = 100_000;
export const SCALE_FEATURES = 50;

/**
 * The scale data set: n = 100,000 rows × 50 features, feature j uniform on offset_j + scale_j · [−1, 1] with
 * offsets up to ±5 and scales 0.5-2, plus a shared factor that correlates neighbouring columns (condition number
 * of the centred X ≈ 10); y = X · w_true + 3 + N(0, 0.5²). seedrandom.alea("linear-regression/scale"); ~0.2 s to
 * build.
 */
export function scaleData(): DataSet {
  const rng = seedrandom.alea("linear-regression/scale");
  const d = SCALE_FEATURES;
  const offsets = Array.from({ length: d }, () => 10 * rng() - 5);
  const scales = Array.from({ length: d }, () => 0.5 + 1.5 * rng());
  const trueCoef = Array.from({ length: d }, (_, j) => (j % 3 === 0 ? 0 : (j % 2 ? 1 : -1) * (0.1 + 2 * rng())));
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < SCALE_ROWS; i++) {
    const shared = 2 * rng() - 1;
    const row: number[] = []; // filled by push: a packed array of doubles, like JSON.parse would make
    let target = 3;
    for (let j = 0; j < d; j++) {
      row.push(offsets[j]! + scales[j]! * (0.8 * (2 * rng() - 1) + 0.2 * shared));
      target += trueCoef[j]! * row[j]!;
    }
    X.push(row);
    // Box-Muller noise, 0.5 standard deviation.
    y.push(target + 0.5 * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));
  }
  return { X, y };
}
