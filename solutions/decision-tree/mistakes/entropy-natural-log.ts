/** Mistake: entropy with the natural logarithm instead of log2 (the splits are the same, the impurities are not). */
// A 50/50 node has entropy 1 bit; with ln it reports 0.693.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { naturalLogEntropy: true });
}
