/**
 * The K-Means and logistic-regression references against the published JavaScript packages that do the same job
 * (ml-kmeans 7.0.1, ml-logistic-regression 2.0.0), on the same seeded data. Target: each reference at least as
 * fast as the package (ratio <= 1), with the quality metric alongside so that speed is not bought with accuracy.
 */
import { Matrix } from "ml-matrix";
import { kmeans as mlKmeans } from "ml-kmeans";
import MlLogisticRegression from "ml-logistic-regression";
import seedrandom from "seedrandom";
import { kMeans } from "../../../solutions/kmeans/kmeans.ts";
import { fitLogisticRegression } from "../../../solutions/logistic-regression/logistic-regression.ts";
import { median, timeRuns, type BenchRow, type BenchSuite } from "../types.ts";

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function blobs(n: number, d: number, k: number): number[][] {
  const rng = seedrandom("bench/kmeans-blobs");
  const centres = Array.from({ length: k }, () => Array.from({ length: d }, () => 20 * rng() - 10));
  return Array.from({ length: n }, (_, i) => centres[i % k]!.map((c) => c + 2 * gaussian(rng)));
}

function inertia(points: number[][], centroids: number[][]): number {
  let total = 0;
  for (const p of points) {
    let best = Infinity;
    for (const c of centroids) {
      let s = 0;
      for (let j = 0; j < p.length; j++) s += (p[j]! - c[j]!) ** 2;
      if (s < best) best = s;
    }
    total += best;
  }
  return total;
}

function tabular(n: number, d: number): { X: number[][]; y: number[] } {
  const rng = seedrandom("bench/logistic-tabular");
  const w = Array.from({ length: d }, () => gaussian(rng));
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => gaussian(rng)));
  const y = X.map((row) => {
    const z = row.reduce((s, x, j) => s + x * w[j]!, -0.5) / 2;
    return rng() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  });
  return { X, y };
}

export const suite: BenchSuite = {
  name: "references vs packages",
  description: "solutions/kmeans vs ml-kmeans, solutions/logistic-regression vs ml-logistic-regression; target ratio <= 1",
  async run({ runs, log }) {
    const rows: BenchRow[] = [];

    // K-Means: n = 100,000, d = 16, k = 8, the same initial centres, 20 Lloyd iterations at most.
    const points = blobs(100_000, 16, 8);
    const init = points.slice(0, 8).map((p) => [...p]);
    let ours = { inertia: 0, iterations: 0 };
    let theirs = { inertia: 0, iterations: 0 };
    const oursTimes = await timeRuns(runs, () => {
      const result = kMeans(points, { k: 8, init, maxIter: 20, tol: 0 });
      ours = { inertia: result.inertia, iterations: result.iterations };
    });
    log(`  kmeans reference: ${oursTimes.map((t) => t.toFixed(0)).join(" ")} ms`);
    const theirTimes = await timeRuns(runs, () => {
      const result = mlKmeans(points, 8, { initialization: init, maxIterations: 20, tolerance: 0 });
      theirs = { inertia: inertia(points, result.centroids), iterations: result.iterations };
    });
    log(`  ml-kmeans: ${theirTimes.map((t) => t.toFixed(0)).join(" ")} ms`);
    rows.push({
      name: "ml-kmeans 7.0.1 (n=100k, d=16, k=8)",
      medianMs: median(theirTimes),
      runsMs: theirTimes,
      note: `inertia ${theirs.inertia.toFixed(0)}, ${theirs.iterations} iterations`,
    });
    rows.push({
      name: "reference kMeans (same data and init)",
      medianMs: median(oursTimes),
      runsMs: oursTimes,
      note: `inertia ${ours.inertia.toFixed(0)}, ${ours.iterations} iterations; ratio ${(median(oursTimes) / median(theirTimes)).toFixed(2)}x`,
    });

    // Logistic regression: n = 5,000, d = 20 (ml-logistic-regression is too slow for 100,000 rows: ~53 s).
    const { X, y } = tabular(5_000, 20);
    let ourAccuracy = 0;
    let theirAccuracy = 0;
    const accuracy = (predicted: ArrayLike<number>) => {
      let hits = 0;
      for (let i = 0; i < y.length; i++) if (predicted[i] === y[i]) hits++;
      return hits / y.length;
    };
    const ourFit = await timeRuns(runs, () => {
      const model = fitLogisticRegression(X, y, { l2: 0 });
      ourAccuracy = accuracy(model.predict(X));
    });
    log(`  logistic reference: ${ourFit.map((t) => t.toFixed(0)).join(" ")} ms`);
    const matrixX = new Matrix(X);
    const matrixY = Matrix.columnVector(y);
    const theirFit = await timeRuns(runs, () => {
      const model = new MlLogisticRegression({ numSteps: 1000, learningRate: 5e-3 });
      model.train(matrixX, matrixY);
      theirAccuracy = accuracy(model.predict(matrixX) as number[]);
    }, false);
    log(`  ml-logistic-regression: ${theirFit.map((t) => t.toFixed(0)).join(" ")} ms`);
    rows.push({
      name: "ml-logistic-regression 2.0.0 (n=5k, d=20, 1000 steps)",
      medianMs: median(theirFit),
      runsMs: theirFit,
      note: `training accuracy ${theirAccuracy.toFixed(4)}`,
    });
    rows.push({
      name: "reference fitLogisticRegression (Newton, to tol)",
      medianMs: median(ourFit),
      runsMs: ourFit,
      note: `training accuracy ${ourAccuracy.toFixed(4)}; ratio ${(median(ourFit) / median(theirFit)).toFixed(3)}x`,
    });
    return rows;
  },
};
