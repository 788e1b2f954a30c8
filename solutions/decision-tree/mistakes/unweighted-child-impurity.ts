/** Mistake: child impurities averaged without weighting them by the children's sizes. */
// Favours splitting off a tiny pure child: the mean of 0 and a large child's impurity looks better than it is.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { unweightedChildren: true });
}
