/**
 * Helpers shared by the decision-tree specs: the golden fixture, a preorder view of a tree (scikit-learn's node
 * order), a structural comparison with a stated tolerance, and an independent brute-force tree builder of the
 * kata's rules. Nothing here calls the code under test.
 */
import { readFileSync } from "node:fs";
import { abridge, fail } from "../../../scripts/kit/index.ts";

/** [feature, threshold, samples, counts, impurity]; a leaf has feature -1 and threshold null. */
export type FlatNode = [number, number | null, number, number[], number];

export interface GoldenTree {
  name: string;
  options: Record<string, unknown>;
  expression: string;
  nodes: FlatNode[];
  probe: number[][];
  predict: number[];
  predictProba: number[][];
}

export interface Loans {
  features: string[];
  X: number[][];
  y: number[];
}

export function loadLoans(): Loans {
  return JSON.parse(readFileSync(new URL("../../../fixtures/decision-tree/loans.json", import.meta.url), "utf8")) as Loans;
}

export function loadGolden(): { sklearn: string; cases: GoldenTree[] } {
  return JSON.parse(readFileSync(new URL("../../../fixtures/decision-tree/golden.json", import.meta.url), "utf8")) as {
    sklearn: string;
    cases: GoldenTree[];
  };
}

interface NodeLike {
  samples?: unknown;
  counts?: unknown;
  impurity?: unknown;
  prediction?: unknown;
  split?: { feature?: unknown; threshold?: unknown; left?: unknown; right?: unknown };
}

/** The tree in preorder (node, left subtree, right subtree), checking each node's shape on the way. */
export function flatten(root: unknown, classCount: number): FlatNode[] {
  const out: FlatNode[] = [];
  const stack: { node: unknown; path: string }[] = [{ node: root, path: "root" }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node !== "object" || node === null) fail(`${path} should be a node object`, "{ samples, counts, impurity, prediction, split? }", abridge(node));
    const n = node as NodeLike;
    if (typeof n.samples !== "number") fail(`${path}.samples should be a number`, "a number", abridge(n.samples));
    if (!Array.isArray(n.counts) || n.counts.length !== classCount) {
      fail(`${path}.counts should have one count per class (${classCount})`, `${classCount} numbers`, abridge(n.counts));
    }
    if (typeof n.impurity !== "number") fail(`${path}.impurity should be a number`, "a number", abridge(n.impurity));
    if (out.length > 100_000) fail("the tree has more than 100,000 nodes", "fewer nodes", out.length);
    if (n.split === undefined) {
      out.push([-1, null, n.samples, n.counts as number[], n.impurity]);
      continue;
    }
    const s = n.split;
    if (typeof s.feature !== "number" || typeof s.threshold !== "number") {
      fail(`${path}.split should have a numeric feature and threshold`, "{ feature, threshold, left, right }", abridge(s));
    }
    out.push([s.feature, s.threshold, n.samples, n.counts as number[], n.impurity]);
    stack.push({ node: s.right, path: `${path}.right` }, { node: s.left, path: `${path}.left` });
  }
  return out;
}

function describeNode(node: FlatNode | undefined): string {
  if (!node) return "(no node)";
  const [feature, threshold, samples, counts, impurity] = node;
  const where = feature < 0 ? "leaf" : `split x[${feature}] <= ${threshold}`;
  return `${where}, samples ${samples}, counts [${counts.join(", ")}], impurity ${Number(impurity.toPrecision(12))}`;
}

/**
 * Same tree: same preorder sequence of splits (feature and threshold exact) and leaves, the same samples and
 * counts at every node, impurities within `tolerance`. The message names the first node that differs.
 */
export function expectSameTree(actual: FlatNode[], expected: FlatNode[], tolerance = 1e-12): void {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    const a = actual[i];
    const e = expected[i];
    const same =
      a !== undefined &&
      e !== undefined &&
      a[0] === e[0] &&
      a[1] === e[1] &&
      a[2] === e[2] &&
      a[3].length === e[3].length &&
      a[3].every((c, k) => c === e[3][k]) &&
      Math.abs(a[4] - e[4]) <= tolerance;
    if (!same) {
      fail(
        `node ${i} in preorder (root = 0, left subtree first) differs; the tree has ${actual.length} nodes, expected ${expected.length}`,
        describeNode(e),
        describeNode(a),
      );
    }
  }
}

export interface BruteOptions {
  criterion: "gini" | "entropy";
  maxDepth: number;
  minSamplesSplit: number;
  minSamplesLeaf: number;
}

/**
 * Independent brute force of the kata's rules: every feature, every midpoint between consecutive distinct values,
 * both sides counted from scratch, features and thresholds scanned in increasing order and a candidate kept only
 * if lower by more than 1e-12. O(n² · d) per node: for small cases only.
 */
export function bruteForceTree(X: number[][], y: number[], options: BruteOptions): { classes: number[]; nodes: FlatNode[] } {
  const classes = [...new Set(y)].sort((a, b) => a - b);
  const d = X[0]!.length;
  const countsOf = (rows: number[]) => classes.map((c) => rows.filter((r) => y[r] === c).length);
  const impurity = (counts: number[]) => {
    const m = counts.reduce((s, c) => s + c, 0);
    if (options.criterion === "gini") return 1 - counts.reduce((s, c) => s + (c / m) ** 2, 0);
    return counts.reduce((s, c) => (c === 0 ? s : s - (c / m) * Math.log2(c / m)), 0);
  };
  const nodes: FlatNode[] = [];
  const build = (rows: number[], depth: number): void => {
    const counts = countsOf(rows);
    const m = rows.length;
    const node: FlatNode = [-1, null, m, counts, impurity(counts)];
    nodes.push(node);
    if (counts.includes(m) || depth >= options.maxDepth || m < options.minSamplesSplit) return;
    let best: { score: number; feature: number; threshold: number } | undefined;
    for (let f = 0; f < d; f++) {
      const values = [...new Set(rows.map((r) => X[r]![f]!))].sort((a, b) => a - b);
      for (let i = 1; i < values.length; i++) {
        const threshold = values[i - 1]! / 2 + values[i]! / 2;
        const left = rows.filter((r) => X[r]![f]! <= threshold);
        const right = rows.filter((r) => X[r]![f]! > threshold);
        if (left.length < options.minSamplesLeaf || right.length < options.minSamplesLeaf) continue;
        const score = (left.length * impurity(countsOf(left)) + right.length * impurity(countsOf(right))) / m;
        if (best === undefined || score < best.score - 1e-12) best = { score, feature: f, threshold };
      }
    }
    if (!best) return;
    node[0] = best.feature;
    node[1] = best.threshold;
    build(rows.filter((r) => X[r]![best.feature]! <= best.threshold), depth + 1);
    build(rows.filter((r) => X[r]![best.feature]! > best.threshold), depth + 1);
  };
  build(y.map((_, i) => i), 0);
  return { classes, nodes };
}

/** The leaf of a flattened tree that a row reaches (preorder: the left child is the next node). */
export function flatLeaf(nodes: FlatNode[], row: number[]): FlatNode {
  // Subtree sizes let us jump over a left subtree to reach the right child.
  const size = new Array<number>(nodes.length).fill(1);
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (nodes[i]![0] < 0) continue;
    const left = i + 1;
    const right = left + size[left]!;
    size[i] = 1 + size[left]! + size[right]!;
  }
  let i = 0;
  while (nodes[i]![0] >= 0) {
    const [feature, threshold] = nodes[i]!;
    i = row[feature]! <= threshold! ? i + 1 : i + 1 + size[i + 1]!;
  }
  return nodes[i]!;
}
