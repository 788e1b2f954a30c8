/**
 * Comparison workloads for `npm run compare -- attention` (hidden like the specs): multi-head self-attention on
 * the padded fixture sequence (causal + padding), and a scale case (T = 512, d = 64), run on the learner's code
 * and on the reference. Quality: the worst |Σ_j weights[i][j] − 1| over the queries that see at least one key
 * (lower is better; 0 up to rounding for a correct softmax over the keys).
 */
import { readFileSync } from "node:fs";
import { multiHeadAttention, scaledDotProductAttention, type MultiHeadParams } from "#impl/attention";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";
import { randomMatrix, seeded } from "./helpers.ts";

interface Sequence {
  numHeads: number;
  X: number[][];
  params: MultiHeadParams;
  keyPadding: boolean[];
}

function fixture(): Sequence {
  return JSON.parse(readFileSync(new URL("../../../fixtures/attention/sequence.json", import.meta.url), "utf8")) as Sequence;
}

function worstRowSum(weights: number[][]): number {
  let worst = 0;
  for (const row of weights) {
    const sum = row.reduce((a, b) => a + b, 0);
    if (sum !== 0) worst = Math.max(worst, Math.abs(sum - 1));
  }
  return worst;
}

function heatmap(weights: number[][], title: string): Plot {
  return {
    type: "heatmap",
    title,
    x: "key",
    y: "query",
    cells: weights.flatMap((row, i) => row.map((value, j) => ({ x: String(j), y: String(i), value }))),
  };
}

interface Big {
  Q: number[][];
  K: number[][];
  V: number[][];
}

function big(): Big {
  const rng = seeded("attention/compare-scale");
  return { Q: randomMatrix(rng, 512, 64, 1.7), K: randomMatrix(rng, 512, 64, 1.7), V: randomMatrix(rng, 512, 64, 1) };
}

export default defineComparison([
  workload({
    name: "multiHeadAttention on sequence.json (T = 16, dModel = 8, 2 heads, causal + last 4 padded)",
    kind: "fixture",
    setup: fixture,
    run: ({ X, params, numHeads, keyPadding }) => multiHeadAttention(X, params, numHeads, { causal: true, keyPadding }),
    quality: { name: "worst |row sum − 1|", better: "lower", of: (result) => Math.max(...result.weights.map(worstRowSum)) },
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: (result) => heatmap(result.weights[0]!, "head 0: causal attention with the last 4 keys padded"),
  }),
  workload({
    name: "scaledDotProductAttention, T = 512, d = dv = 64, causal",
    kind: "scale",
    setup: big,
    run: ({ Q, K, V }) => scaledDotProductAttention(Q, K, V, { causal: true }),
    view: (result) => result.output,
    quality: { name: "worst |row sum − 1|", better: "lower", of: (result) => worstRowSum(result.weights) },
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
]);
