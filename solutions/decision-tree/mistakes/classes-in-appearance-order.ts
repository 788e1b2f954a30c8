/** Mistake: classes in order of first appearance in y instead of sorted, so predictProba's columns are out of order. */
// y=[7,3,3,7]: classes [7,3] instead of [3,7], and each probability row is reversed.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { appearanceOrder: true });
}
