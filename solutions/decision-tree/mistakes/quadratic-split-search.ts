/** Mistake: each candidate threshold recounts both sides by scanning the node's rows: O(n^2) per feature. */
// Right trees, but about 10^10 steps for one feature at the root of a 100,000-row tree.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { quadraticSearch: true });
}
