/**
 * Scaffolding for the mistake solutions (not a mistake itself: the grader lists only mistakes/*.ts).
 *
 * A recursive CART builder over row-index arrays, the way it is usually written at a whiteboard (sort the node's
 * rows by each feature, sweep with running class counts), with switches that put in one known bug each.
 * Validation comes from the reference (fitting a depth-0 tree, and predicting with it), so a mistake differs from
 * the reference only by its one bug.
 */
import {
  fitDecisionTree as reference,
  type ClassLabels,
  type DecisionTree,
  type FeatureRows,
  type TreeNode,
  type TreeOptions,
} from "../../decision-tree.ts";

export interface Bugs {
  /** The threshold is the lower value itself (x <= a) instead of the midpoint between a and b. */
  thresholdAtValue?: boolean;
  /** The split score is the plain mean of the children's impurities, not weighted by their sizes. */
  unweightedChildren?: boolean;
  /** No purity check: a pure node is split again (every split of it has zero gain, and zero-gain splits are made). */
  splitPureNodes?: boolean;
  /** Each candidate threshold recounts both sides by scanning the node's rows: O(m) per threshold, O(m²) per feature. */
  quadraticSearch?: boolean;
  /** A leaf predicts the label of its first training row (as if every leaf were pure), not the majority. */
  leafFirstRow?: boolean;
  /** `<=` when keeping the best: the last of equally good splits wins (highest feature, highest threshold). */
  tiesToLast?: boolean;
  /** Classes in order of first appearance in y instead of sorted (counts, predictProba columns, tie-breaks). */
  appearanceOrder?: boolean;
  /** minSamplesLeaf checked after choosing the best split: if that split violates it, the node becomes a leaf. */
  minLeafPostHoc?: boolean;
  /** Entropy with the natural logarithm (np.log) instead of log2. */
  naturalLogEntropy?: boolean;
  /** The root counts as depth 1, so maxDepth allows one level less. */
  rootDepthOne?: boolean;
}

export function fitWithBugs(X: FeatureRows, y: ClassLabels, options: TreeOptions | undefined, bugs: Bugs): DecisionTree {
  reference([[0]], [0], options); // validates the options (on a one-row tree: cheap)
  const check = reference(X, y, { maxDepth: 0 }); // validates X and y
  const criterion = options?.criterion ?? "gini";
  const maxDepth = options?.maxDepth ?? Infinity;
  const minSamplesSplit = options?.minSamplesSplit ?? 2;
  const minSamplesLeaf = options?.minSamplesLeaf ?? 1;
  const rows: number[][] = Array.from(X, (row) => Array.from(row));
  const labels = Array.from(y);
  const d = rows[0]!.length;
  const classes = bugs.appearanceOrder ? [...new Set(labels)] : [...new Set(labels)].sort((a, b) => a - b);
  const classIndex = new Map(classes.map((c, k) => [c, k]));
  const K = classes.length;
  const log = bugs.naturalLogEntropy ? Math.log : Math.log2;

  const countsOf = (idx: number[]): number[] => {
    const counts = new Array<number>(K).fill(0);
    for (const i of idx) counts[classIndex.get(labels[i]!)!]!++;
    return counts;
  };
  const impurity = (counts: number[], m: number): number => {
    if (criterion === "gini") return 1 - counts.reduce((s, c) => s + (c / m) ** 2, 0);
    return -counts.reduce((s, c) => (c > 0 ? s + (c / m) * log(c / m) : s), 0);
  };
  const argmax = (counts: number[]): number => counts.reduce((best, c, k) => (c > counts[best]! ? k : best), 0);

  const build = (idx: number[], depth: number): TreeNode => {
    const m = idx.length;
    const counts = countsOf(idx);
    const node: TreeNode = {
      samples: m,
      counts,
      impurity: impurity(counts, m),
      prediction: bugs.leafFirstRow ? labels[idx[0]!]! : classes[argmax(counts)]!,
    };
    const pure = counts.some((c) => c === m);
    const effectiveDepth = bugs.rootDepthOne ? depth + 1 : depth;
    if ((pure && !bugs.splitPureNodes) || effectiveDepth >= maxDepth || m < minSamplesSplit) return node;
    if (!bugs.minLeafPostHoc && m < 2 * minSamplesLeaf) return node;

    let best: { score: number; feature: number; threshold: number; nLeft: number } | undefined;
    for (let f = 0; f < d; f++) {
      const sorted = [...idx].sort((p, q) => rows[p]![f]! - rows[q]![f]!);
      const left = new Array<number>(K).fill(0);
      const right = [...counts];
      for (let i = 1; i < m; i++) {
        const c = classIndex.get(labels[sorted[i - 1]!]!)!;
        left[c]!++;
        right[c]!--;
        const a = rows[sorted[i - 1]!]![f]!;
        const b = rows[sorted[i]!]![f]!;
        if (a === b) continue;
        if (!bugs.minLeafPostHoc && (i < minSamplesLeaf || m - i < minSamplesLeaf)) continue;
        let l = left;
        let r = right;
        if (bugs.quadraticSearch) {
          // Recount both sides from scratch for this threshold.
          l = new Array<number>(K).fill(0);
          r = new Array<number>(K).fill(0);
          for (const row of idx) (rows[row]![f]! <= a ? l : r)[classIndex.get(labels[row]!)!]!++;
        }
        const nL = i;
        const nR = m - i;
        const score = bugs.unweightedChildren
          ? (impurity(l, nL) + impurity(r, nR)) / 2
          : (nL * impurity(l, nL) + nR * impurity(r, nR)) / m;
        const better = best === undefined || (bugs.tiesToLast ? score <= best.score + 1e-12 : score < best.score - 1e-12);
        if (better) {
          const mid = a / 2 + b / 2;
          best = { score, feature: f, threshold: bugs.thresholdAtValue ? a : mid < b ? mid : a, nLeft: nL };
        }
      }
    }
    if (!best) return node;
    if (bugs.minLeafPostHoc && (best.nLeft < minSamplesLeaf || m - best.nLeft < minSamplesLeaf)) return node;
    const goLeft = idx.filter((i) => rows[i]![best.feature]! <= best.threshold);
    const goRight = idx.filter((i) => rows[i]![best.feature]! > best.threshold);
    node.split = { feature: best.feature, threshold: best.threshold, left: build(goLeft, depth + 1), right: build(goRight, depth + 1) };
    return node;
  };

  const root = build(labels.map((_, i) => i), 0);
  const leaf = (row: ArrayLike<number>): TreeNode => {
    let node = root;
    while (node.split) node = row[node.split.feature]! <= node.split.threshold ? node.split.left : node.split.right;
    return node;
  };
  return {
    classes,
    root,
    predict(P: FeatureRows): number[] {
      check.predict(P); // validates
      return Array.from(P, (row) => leaf(row).prediction);
    },
    predictProba(P: FeatureRows): number[][] {
      check.predict(P);
      return Array.from(P, (row) => {
        const l = leaf(row);
        return l.counts.map((c) => c / l.samples);
      });
    },
  };
}
