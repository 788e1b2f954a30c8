/** Mistake: thresholds at the training values themselves (x <= a) instead of midpoints between consecutive distinct values. */
// X=[[0],[1],[2],[3]], y=[0,0,1,1]: threshold 1 instead of 1.5, so predict([[1.4]]) gives 1 instead of 0.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { thresholdAtValue: true });
}
