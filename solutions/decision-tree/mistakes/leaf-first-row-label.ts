/** Mistake: a leaf predicts the label of its first training row instead of its majority class. */
// X=[[0],[1],[2],[3],[4]], y=[1,0,0,1,1], maxDepth 1: the left leaf holds labels 1,0,0 and predicts 1 instead of 0.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { leafFirstRow: true });
}
