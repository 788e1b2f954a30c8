/** Mistake: minSamplesLeaf checked after choosing the best split (a violation makes a leaf) instead of restricting the candidates. */
// X=[[0],[1],[2],[3],[4]], y=[0,1,1,1,1], minSamplesLeaf 2: a single leaf instead of the split at 1.5.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { minLeafPostHoc: true });
}
