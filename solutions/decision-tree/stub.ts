/**
 * Kata: a CART decision tree classifier. Read README.md in this folder first.
 *
 * Implement the function below, then run `npm run grade -- decision-tree`.
 * Delete the `throw new NotImplementedError(...)` line as you implement it.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** n rows of d finite numbers: an array of rows, each a plain array or a typed array of the same length. */
export type FeatureRows = ReadonlyArray<ArrayLike<number>>;
/** n class labels: any finite numbers (0/1/2, or 3/7, …). Plain arrays or typed arrays. */
export type ClassLabels = ArrayLike<number>;
export type Criterion = "gini" | "entropy";

export interface TreeOptions {
  /** Impurity: "gini" (default) or "entropy" (base 2). */
  criterion?: Criterion;
  /** Integer >= 0, or Infinity (default). The root is at depth 0; a node at depth maxDepth is a leaf. */
  maxDepth?: number;
  /** Integer >= 2, default 2: a node with fewer rows is a leaf. */
  minSamplesSplit?: number;
  /** Integer >= 1, default 1: both children of a split keep at least this many rows. */
  minSamplesLeaf?: number;
}

export interface TreeSplit {
  /** A row goes left when row[feature] <= threshold, right otherwise. */
  feature: number;
  /** The midpoint between two consecutive distinct values of the feature at this node. */
  threshold: number;
  left: TreeNode;
  right: TreeNode;
}

export interface TreeNode {
  /** Training rows that reached this node. */
  samples: number;
  /** How many of those rows have each class, in the order of `DecisionTree.classes`. */
  counts: number[];
  /** Gini or entropy (base 2) of those rows. */
  impurity: number;
  /** The majority label of those rows; a tie goes to the lowest label. */
  prediction: number;
  /** Absent on a leaf. */
  split?: TreeSplit;
}

export interface DecisionTree {
  /** The distinct training labels, ascending: the column order of predictProba. */
  classes: number[];
  root: TreeNode;
  /** The prediction of the leaf each row reaches. */
  predict(X: FeatureRows): number[];
  /** Per row, the class frequencies (counts / samples) of the leaf it reaches, in `classes` order. */
  predictProba(X: FeatureRows): number[][];
}

/**
 * Grows a CART classification tree: at each node the split with the lowest size-weighted child impurity, over
 * every feature and every midpoint between consecutive distinct values (ties: lowest feature, then lowest
 * threshold), until a stopping rule makes the node a leaf.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  throw new NotImplementedError("fitDecisionTree");
}
