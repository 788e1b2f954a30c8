/**
 * Helpers shared by the logistic-regression specs (not a spec file itself). Everything here is written
 * independently of the reference: the specs check answers, not methods.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { fail } from "../../../scripts/kit/index.ts";

export interface DataSet {
  X: number[][];
  y: number[];
}

export function loadFixture<T extends DataSet>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/logistic-regression/${name}`, import.meta.url), "utf8")) as T;
}

/** 1 / (1 + e^−z) in its two overflow-free forms. */
function logistic(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * ‖∇J(w, b)‖₂ for J = mean log-loss + (l2/2)‖w‖² (bias not penalised):
 * ∇_w J = (1/n) Σ (p_i − y_i) x_i + l2 w,  ∂J/∂b = (1/n) Σ (p_i − y_i).
 */
export function gradientNorm(X: number[][], y: number[], weights: number[], bias: number, l2: number): number {
  const d = weights.length;
  const gradient = new Float64Array(d + 1);
  for (let i = 0; i < X.length; i++) {
    const row = X[i]!;
    let z = bias;
    for (let j = 0; j < d; j++) z += weights[j]! * row[j]!;
    const residual = logistic(z) - y[i]!;
    for (let j = 0; j < d; j++) gradient[j]! += residual * row[j]!;
    gradient[d]! += residual;
  }
  let squared = 0;
  for (let j = 0; j <= d; j++) {
    const g = gradient[j]! / X.length + (j < d ? l2 * weights[j]! : 0);
    squared += g * g;
  }
  return Math.sqrt(squared);
}

/** Share of rows where `predictions` equals `y`. */
export function accuracy(predictions: unknown, y: number[]): number {
  if (!Array.isArray(predictions) || predictions.length !== y.length) {
    fail(`predict should return one 0/1 value per row (${y.length})`, `an array of length ${y.length}`, predictions);
  }
  let correct = 0;
  for (let i = 0; i < y.length; i++) if (predictions[i] === y[i]) correct++;
  return correct / y.length;
}

/** The fitted model has the promised shape: `d` finite weights, a finite bias, an integer iteration count. */
export function expectModelShape(model: unknown, d: number): asserts model is { weights: number[]; bias: number; iterations: number } {
  if (typeof model !== "object" || model === null) fail("fitLogisticRegression should return a model object", "{ weights, bias, iterations, predictProba, predict }", model);
  const m = model as Record<string, unknown>;
  if (!Array.isArray(m.weights) || m.weights.length !== d) fail(`model.weights should be an array of ${d} numbers`, `length ${d}`, m.weights);
  if (!(m.weights as unknown[]).every((w) => typeof w === "number" && Number.isFinite(w))) fail("every weight should be a finite number", "finite numbers", m.weights);
  if (typeof m.bias !== "number" || !Number.isFinite(m.bias)) fail("model.bias should be a finite number", "a finite number", m.bias);
  if (typeof m.iterations !== "number" || !Number.isInteger(m.iterations) || m.iterations < 0) {
    fail("model.iterations should be a non-negative integer", "an integer >= 0", m.iterations);
  }
  if (typeof m.predictProba !== "function" || typeof m.predict !== "function") fail("the model should have predictProba and predict methods", "two functions", Object.keys(m));
}

/** Requires ‖∇J‖ ≤ tol at the returned parameters (plus 1e-9 for a different summation order). */
export function expectConverged(model: { weights: number[]; bias: number; iterations: number }, data: DataSet, l2: number, tol: number): void {
  const norm = gradientNorm(data.X, data.y, model.weights, model.bias, l2);
  if (!(norm <= tol + 1e-9)) {
    fail(
      `the gradient of J at the returned (weights, bias) should have norm <= tol = ${tol} (after ${model.iterations} iterations)`,
      `<= ${tol}`,
      norm,
    );
  }
}

export const SCALE_ROWS = 100_000;
export const SCALE_FEATURES = 20;

/**
 * The scale data set: n = 100,000 rows × 20 independent standardised features (uniform on [−√3, √3]: mean 0,
 * variance 1), y ~ Bernoulli(sigmoid(w_true · x − 0.5)) with ‖w_true‖ ≈ 1.14 (about 40% positives; a Bayes
 * accuracy near 71%). seedrandom.alea("logistic-regression/scale"); ~0.1-0.2 s to build.
 */
export function scaleData(): DataSet {
  const rng = seedrandom.alea("logistic-regression/scale");
  const trueWeights = Array.from({ length: SCALE_FEATURES }, (_, j) => (j % 2 ? 1 : -1) * (0.05 + 0.4 * rng()));
  const X: number[][] = [];
  const y: number[] = [];
  const halfWidth = Math.sqrt(3);
  for (let i = 0; i < SCALE_ROWS; i++) {
    const row: number[] = []; // filled by push: a packed array of doubles, like JSON.parse would make
    let z = -0.5;
    for (let j = 0; j < SCALE_FEATURES; j++) {
      row.push(halfWidth * (2 * rng() - 1));
      z += trueWeights[j]! * row[j]!;
    }
    X.push(row);
    y.push(rng() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  return { X, y };
}
