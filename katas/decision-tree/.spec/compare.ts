/**
 * Comparison workloads for `npm run compare -- decision-tree` (hidden like the specs): the loans fixture with two
 * settings and the scale case, run on the learner's code and on the reference. Quality: accuracy of the tree on its
 * own training rows (higher is better; a deeper tree is not a better model, but two correct trees must agree).
 * Agreement: the predictions and the node count, exactly. Plot: the loans by income and debt ratio, coloured by
 * the class the tree predicts.
 */
import seedrandom from "seedrandom";
import { fitDecisionTree, type TreeNode, type TreeOptions } from "#impl/decision-tree";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";
import { loadLoans } from "./helpers.ts";

interface Data {
  X: number[][];
  y: number[];
}

interface Fitted {
  predictions: number[];
  nodes: number;
  depth: number;
}

function shape(node: TreeNode): { nodes: number; depth: number } {
  if (!node.split) return { nodes: 1, depth: 0 };
  const l = shape(node.split.left);
  const r = shape(node.split.right);
  return { nodes: 1 + l.nodes + r.nodes, depth: 1 + Math.max(l.depth, r.depth) };
}

function fit(data: Data, options: TreeOptions): Fitted {
  const tree = fitDecisionTree(data.X, data.y, options);
  // Plain data only: outputs travel between processes by structured clone (no methods).
  return { predictions: tree.predict(data.X), ...shape(tree.root) };
}

const accuracy = {
  name: "training accuracy",
  better: "higher",
  of: (output: Fitted, data: Data) => output.predictions.filter((p, i) => p === data.y[i]).length / data.y.length,
} as const;

const NAMES = ["approve", "review", "decline"];

function loansPlot(output: Fitted, data: Data): Plot {
  return {
    type: "scatter",
    title: "Loans by income and debt ratio, coloured by the tree's prediction",
    x: "income (k$)",
    y: "debt-to-income ratio",
    points: data.X.map((row, i) => ({ x: row[0]!, y: row[1]!, group: NAMES[output.predictions[i]!] ?? String(output.predictions[i]) })),
  };
}

function scaleData(): Data {
  const rng = seedrandom("decision-tree-compare-scale");
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 50_000; i++) {
    const row = Array.from({ length: 4 }, () => Math.floor(rng() * 2 ** 20) / 2 ** 20);
    let label = row[0]! > 0.6 ? 2 : row[1]! > 0.3 ? 1 : 0;
    if (rng() < 0.02) label = Math.floor(rng() * 3);
    X.push(row);
    y.push(label);
  }
  return { X, y };
}

export default defineComparison([
  workload({
    name: "loans.json (240 rows, 4 features), gini, maxDepth 3",
    kind: "fixture",
    setup: () => loadLoans(),
    run: (data) => fit(data, { maxDepth: 3 }),
    quality: accuracy,
    agreement: { kind: "exact" },
    plot: loansPlot,
  }),
  workload({
    name: "loans.json, entropy, minSamplesLeaf 10 (unlimited depth)",
    kind: "fixture",
    setup: () => loadLoans(),
    run: (data) => fit(data, { criterion: "entropy", minSamplesLeaf: 10 }),
    quality: accuracy,
    agreement: { kind: "exact" },
    plot: loansPlot,
  }),
  workload({
    name: "n = 50,000, d = 4, maxDepth 3 (the complexity spec's size)",
    kind: "scale",
    setup: scaleData,
    run: (data) => fit(data, { maxDepth: 3 }),
    quality: accuracy,
    agreement: { kind: "exact" },
    repeats: 3,
  }),
]);
