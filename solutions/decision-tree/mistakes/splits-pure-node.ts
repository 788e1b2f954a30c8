/** Mistake: no purity check, so a pure node is split again (every split of it has zero gain). */
// X=[[0],[1],[2],[3]], y=[0,0,0,1]: the pure left child [0,0,0] is split twice more; the tree has 7 nodes, not 3.
import type { ClassLabels, DecisionTree, FeatureRows, TreeOptions } from "../decision-tree.ts";
import { fitWithBugs } from "./lib/tree.ts";

export type { ClassLabels, Criterion, DecisionTree, FeatureRows, TreeNode, TreeOptions, TreeSplit } from "../decision-tree.ts";

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  return fitWithBugs(X, y, options, { splitPureNodes: true });
}
