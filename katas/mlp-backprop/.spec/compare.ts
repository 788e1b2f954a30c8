/**
 * Comparison workloads for `npm run compare -- mlp-backprop` (hidden like the specs): training on the spiral
 * fixture from its explicit weights (deterministic for every correct solution) and one SGD step on a large batch,
 * run on the learner's code and on the reference. Quality: the mean cross-entropy (lower is better), computed here
 * from the returned parameters.
 */
import seedrandom from "seedrandom";
import { backward, forward, sgdStep, type MlpParams } from "#impl/mlp-backprop";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";
import { accuracyOf, bruteLogits, bruteLoss, loadSpiral, normalSource, type Params, type Spiral } from "./helpers.ts";

interface Trained {
  params: Params;
  /** [step, mean cross-entropy] every 10 steps. */
  curve: [number, number][];
}

function trainSpiral({ X, y, init }: Spiral): Trained {
  let params: MlpParams = init;
  const curve: [number, number][] = [];
  for (let step = 0; step <= 300; step++) {
    if (step % 10 === 0) curve.push([step, bruteLoss(params as Params, X, y)]);
    if (step === 300) break;
    params = sgdStep(params, backward(params, X, y), 1);
  }
  return { params: params as Params, curve };
}

/** The trained network's class for each point of the spiral (a scatter coloured by prediction). */
function spiralPlot(output: Trained, { X }: Spiral): Plot {
  const predicted = bruteLogits(output.params, X).map((row) => row.indexOf(Math.max(...row)));
  return {
    type: "scatter",
    title: "spiral: the class each point is given after 300 steps",
    x: "x1",
    y: "x2",
    points: X.map((x, i) => ({ x: x[0]!, y: x[1]!, group: `class ${predicted[i]}` })),
  };
}

interface Batch {
  params: Params;
  X: number[][];
  y: number[];
}

/** n = 10,000 rows, d = 64 → h = 128 → k = 10, He-normal weights and standard normal inputs (the spec's generator). */
function largeBatch(): Batch {
  const normal = normalSource("mlp-backprop/compare-scale");
  const matrix = (rows: number, columns: number, scale: number) => Array.from({ length: rows }, () => Array.from({ length: columns }, () => scale * normal()));
  const X = matrix(10_000, 64, 1);
  const params: Params = { W1: matrix(64, 128, Math.sqrt(2 / 64)), b1: new Array<number>(128).fill(0), W2: matrix(128, 10, Math.sqrt(2 / 128)), b2: new Array<number>(10).fill(0) };
  const y = X.map((x) => (x[0]! > 0 ? 1 : 0) + 2 * (x[1]! > 0 ? 1 : 0) + 4 * (x[2]! > 0.5 ? 1 : 0));
  return { params, X, y };
}

export default defineComparison([
  workload({
    name: "300 full-batch SGD steps on spiral.json (300 × 2 → 32 → 3, lr 1)",
    kind: "fixture",
    setup: loadSpiral,
    run: trainSpiral,
    view: (output) => output.curve.map(([, value]) => value),
    quality: { name: "training cross-entropy", better: "lower", of: (output, data) => bruteLoss(output.params, data.X, data.y) },
    agreement: { kind: "close", tolerance: 1e-6 },
    plot: spiralPlot,
    repeats: 3,
  }),
  workload({
    name: "training accuracy on spiral.json after 300 steps",
    kind: "fixture",
    setup: loadSpiral,
    run: (data) => accuracyOf(forward(trainSpiral(data).params, data.X).logits, data.y),
    quality: { name: "training accuracy", better: "higher", of: (accuracy: number) => accuracy },
    agreement: { kind: "close", tolerance: 0.01 },
    repeats: 1,
  }),
  workload({
    name: "one backward pass and SGD step, n = 10,000 × 64 → 128 → 10",
    kind: "scale",
    setup: largeBatch,
    run: ({ params, X, y }) => sgdStep(params, backward(params, X, y), 0.5),
    view: (next) => [...next.b1, ...next.b2],
    quality: { name: "cross-entropy after the step", better: "lower", of: (next, { X, y }) => bruteLoss(next as Params, X, y) },
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
]);
