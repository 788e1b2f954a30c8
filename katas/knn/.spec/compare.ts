/**
 * Comparison workloads for `npm run compare -- knn` (hidden like the specs): the blobs fixture (classification
 * and regression, queries and leave-one-out) and the complexity spec's scale case, run on the learner's code and on
 * the reference. Quality: accuracy on the held-out queries, or the regression's RMSE (computed here).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { kNeighbors, knnClassify, knnRegress } from "#impl/knn";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

interface Blobs {
  train: number[][];
  labels: number[];
  targets: number[];
  queries: number[][];
  queryLabels: number[];
  queryTargets: number[];
}

const blobs = (): Blobs => JSON.parse(readFileSync(new URL("../../../fixtures/knn/blobs-300.json", import.meta.url), "utf8")) as Blobs;

const accuracy = (predicted: number[], truth: number[]) => predicted.filter((p, i) => p === truth[i]).length / truth.length;
const rmse = (predicted: number[], truth: number[]) => Math.sqrt(predicted.reduce((s, p, i) => s + (p - truth[i]!) ** 2, 0) / truth.length);

export default defineComparison([
  workload({
    name: "knnClassify on blobs-300.json (60 queries, k = 5, uniform)",
    kind: "fixture",
    setup: blobs,
    run: (data) => knnClassify(data.train, data.labels, data.queries, { k: 5 }),
    quality: { name: "accuracy", better: "higher", of: (predicted, data) => accuracy(predicted, data.queryLabels) },
    agreement: { kind: "exact" },
    plot: (predicted, data) => ({
      type: "scatter",
      title: "Training points (small) and queries coloured by predicted label",
      x: "x",
      y: "y",
      points: [
        ...data.train.map((p, i) => ({ x: p[0]!, y: p[1]!, group: `train ${data.labels[i]}` })),
        ...data.queries.map((p, i) => ({ x: p[0]!, y: p[1]!, group: `predicted ${predicted[i]}` })),
      ],
    }),
  }),
  workload({
    name: "knnClassify leave-one-out on blobs-300.json (k = 5)",
    kind: "fixture",
    setup: blobs,
    run: (data) => knnClassify(data.train, data.labels, null, { k: 5 }),
    quality: { name: "leave-one-out accuracy", better: "higher", of: (predicted, data) => accuracy(predicted, data.labels) },
    agreement: { kind: "exact" },
  }),
  workload({
    name: "knnRegress on blobs-300.json (60 queries, k = 5, distance weights)",
    kind: "fixture",
    setup: blobs,
    run: (data) => knnRegress(data.train, data.targets, data.queries, { k: 5, weights: "distance" }),
    quality: { name: "RMSE", better: "lower", of: (predicted, data) => rmse(predicted, data.queryTargets) },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "kNeighbors: 1,000 queries × n = 20,000 (d = 4, k = 10)",
    kind: "scale",
    setup: () => {
      const rng = seedrandom.alea("knn/compare-scale");
      const points = (count: number) => Array.from({ length: count }, () => Array.from({ length: 4 }, () => 10 * rng()));
      return { train: points(20_000), queries: points(1_000) };
    },
    run: ({ train, queries }) => kNeighbors(train, queries, 10),
    view: (found) => found.indices,
    quality: { name: "mean distance to the 10th neighbour", better: "lower", of: (found) => found.distances.reduce((s, row) => s + row[9]!, 0) / found.distances.length },
    agreement: { kind: "exact" },
    repeats: 3,
  }),
]);
