/**
 * Comparison workloads for `npm run compare -- optimizers` (hidden like the specs): full-batch training of the
 * least-squares fixture (ill-conditioned: feature scales from 0.1 to 10) with each optimizer, Rosenbrock with
 * Adam, and one Adam step on a million parameters, run on the learner's code and on the reference.
 * Quality: the objective at the end (lower is better).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { adamStep, adamwStep, sgdStep } from "#impl/optimizers";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";
import { rosenbrock, rosenbrockGrad, run, type StepFunction } from "./helpers.ts";

interface LeastSquares {
  X: number[][];
  y: number[];
}

function fixture(): LeastSquares {
  return JSON.parse(readFileSync(new URL("../../../fixtures/optimizers/least-squares.json", import.meta.url), "utf8")) as LeastSquares;
}

/** (1/2n)·‖Xw − y‖² and its gradient (1/n)·Xᵀ(Xw − y). */
function objective({ X, y }: LeastSquares, w: number[]): { loss: number; grad: number[] } {
  const grad = w.map(() => 0);
  let loss = 0;
  X.forEach((row, i) => {
    const r = row.reduce((s, x, j) => s + x * w[j]!, 0) - y[i]!;
    loss += r * r;
    row.forEach((x, j) => (grad[j]! += (r * x) / X.length));
  });
  return { loss: loss / (2 * X.length), grad };
}

interface Trained {
  w: number[];
  curve: [number, number][];
}

function train(data: LeastSquares, step: StepFunction, steps: number): Trained {
  let w = data.X[0]!.map(() => 0);
  let state: unknown = null;
  const curve: [number, number][] = [];
  for (let t = 0; t <= steps; t++) {
    const { loss, grad } = objective(data, w);
    if (t % 10 === 0) curve.push([t, Math.log10(loss)]);
    if (t === steps) break;
    const result = step(w, grad, state);
    w = Array.from(result.params as ArrayLike<number>);
    state = result.state;
  }
  return { w, curve };
}

const lossCurve = (name: string) => (output: Trained): Plot => ({
  type: "line",
  title: `least squares: log10 of the loss per step (${name})`,
  x: "step",
  y: "log10 loss",
  series: [{ name, points: output.curve }],
});

const finalLoss = { name: "final loss (1/2n)‖Xw − y‖²", better: "lower", of: (output: Trained, data: LeastSquares) => objective(data, output.w).loss } as const;

const sgd: StepFunction = (p, g, s) => sgdStep(p, g, s as never, { lr: 0.019, momentum: 0.9 });
const adam: StepFunction = (p, g, s) => adamStep(p, g, s as never, { lr: 0.05 });
const adamw: StepFunction = (p, g, s) => adamwStep(p, g, s as never, { lr: 0.05, weightDecay: 0.01 });

function million(): { params: Float64Array; grads: Float64Array } {
  const rng = seedrandom("optimizers/compare-scale");
  const params = new Float64Array(1_000_000).map(() => 2 * rng() - 1);
  const grads = params.map((p) => 2 * p + 0.1 * (2 * rng() - 1));
  return { params, grads };
}

export default defineComparison([
  workload({
    name: "least-squares.json, SGD momentum 0.9, lr 0.019, 500 steps",
    kind: "fixture",
    setup: fixture,
    run: (data) => train(data, sgd, 500),
    view: (output) => output.w,
    quality: finalLoss,
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: lossCurve("SGD momentum"),
    repeats: 3,
  }),
  workload({
    name: "least-squares.json, Adam lr 0.05, 500 steps",
    kind: "fixture",
    setup: fixture,
    run: (data) => train(data, adam, 500),
    view: (output) => output.w,
    quality: finalLoss,
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: lossCurve("Adam"),
    repeats: 3,
  }),
  workload({
    name: "least-squares.json, AdamW lr 0.05, weight decay 0.01, 500 steps",
    kind: "fixture",
    setup: fixture,
    run: (data) => train(data, adamw, 500),
    view: (output) => output.w,
    quality: finalLoss,
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: lossCurve("AdamW"),
    repeats: 3,
  }),
  workload({
    name: "Rosenbrock from (−1.5, 2), Adam lr 0.02, 3000 steps",
    kind: "case",
    setup: () => [-1.5, 2],
    run: (x0) => run((p, g, s) => adamStep(p, g, s as never, { lr: 0.02 }), rosenbrockGrad, x0, 3000).x,
    quality: { name: "f(x) at the end", better: "lower", of: (x: number[]) => rosenbrock(x) },
    agreement: { kind: "close", tolerance: 1e-9 },
  }),
  workload({
    name: "one Adam step on 1,000,000 parameters",
    kind: "scale",
    setup: million,
    run: ({ params, grads }) => adamStep(params, grads, null, { lr: 0.01 }).params,
    view: (next) => next.slice(0, 1000),
    quality: { name: "Σ p² after the step", better: "lower", of: (next) => next.reduce((s, p) => s + p * p, 0) },
    agreement: { kind: "close", tolerance: 1e-12 },
    repeats: 3,
  }),
]);
