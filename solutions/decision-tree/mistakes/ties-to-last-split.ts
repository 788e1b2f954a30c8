/** Mistake: the last of equally good splits wins (<= when keeping the best) instead of the lowest feature, then threshold. */
// Two identical columns: splits on feature 1 instead of 0; X=[[0],[1],[2],[3]], y=[0,1,1,0], maxDepth 1: threshold 2.5, not 0.5.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { tiesToLast: true });
}
