/**
 * Alternative: ml-matrix for the column-major copy, and an argsort per node and feature (O(m log m)) followed by a
 * prefix-count sweep, recursion instead of an explicit stack, and impurities computed from probabilities — not the
 * reference's sort-once-and-partition. The specs must not care.
 */
import { Matrix } from "ml-matrix";

export type FeatureRows = ReadonlyArray<ArrayLike<number>>;
export type ClassLabels = ArrayLike<number>;
export type Criterion = "gini" | "entropy";
export interface TreeOptions { criterion?: Criterion; maxDepth?: number; minSamplesSplit?: number; minSamplesLeaf?: number }
export interface TreeSplit { feature: number; threshold: number; left: TreeNode; right: TreeNode }
export interface TreeNode { samples: number; counts: number[]; impurity: number; prediction: number; split?: TreeSplit }
export interface DecisionTree {
  classes: number[];
  root: TreeNode;
  predict(X: FeatureRows): number[];
  predictProba(X: FeatureRows): number[][];
}

function toRows(X: unknown, width: number | undefined): number[][] {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows");
  if (X.length === 0 && width === undefined) throw new RangeError("X is empty");
  const rows: number[][] = [];
  X.forEach((row: unknown, i) => {
    if (!Array.isArray(row) && !(ArrayBuffer.isView(row) && !(row instanceof DataView))) throw new TypeError(`X[${i}] is not an array (each row must be an array)`);
    const values = Array.from(row as ArrayLike<unknown>);
    const expected = width ?? rows[0]?.length ?? values.length;
    if (values.length === 0) throw new RangeError("X has empty rows: no features");
    if (values.length !== expected) throw new RangeError(`X[${i}] has length ${values.length}, expected ${expected} features`);
    values.forEach((v, j) => {
      if (typeof v !== "number") throw new TypeError(`X[${i}][${j}] must be a number`);
      if (!Number.isFinite(v)) throw new RangeError(`X[${i}][${j}] must be finite`);
    });
    rows.push(values as number[]);
  });
  return rows;
}

function impurity(counts: ArrayLike<number>, m: number, criterion: Criterion): number {
  let s = 0;
  for (let k = 0; k < counts.length; k++) {
    const p = counts[k]! / m;
    if (criterion === "gini") s += p * (1 - p);
    else if (p > 0) s -= p * Math.log2(p);
  }
  return s;
}

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options: TreeOptions = {}): DecisionTree {
  const rows = toRows(X, undefined);
  if (typeof y !== "object" || y === null || typeof (y as ArrayLike<number>).length !== "number") throw new TypeError("y must be an array of labels");
  if (y.length !== rows.length) throw new RangeError("X and y must have the same length");
  const labels = Array.from(y, (v: unknown, i) => {
    if (typeof v !== "number") throw new TypeError(`label y[${i}] must be a number`);
    if (!Number.isFinite(v)) throw new RangeError(`label y[${i}] must be finite`);
    return v;
  });
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  const criterion = options.criterion ?? "gini";
  if (criterion !== "gini" && criterion !== "entropy") throw new RangeError("criterion must be gini or entropy");
  const int = (name: keyof TreeOptions, value: unknown, min: number, allowInfinity = false): number => {
    if (typeof value !== "number") throw new TypeError(`${name} must be a number`);
    if (value < min || !(Number.isInteger(value) || (allowInfinity && value === Infinity))) throw new RangeError(`${name} must be an integer >= ${min}`);
    return value;
  };
  const maxDepth = int("maxDepth", options.maxDepth ?? Infinity, 0, true);
  const minSplit = int("minSamplesSplit", options.minSamplesSplit ?? 2, 2);
  const minLeaf = int("minSamplesLeaf", options.minSamplesLeaf ?? 1, 1);

  const classes = Array.from(new Set(labels)).sort((a, b) => a - b);
  const K = classes.length;
  const classOf = Int32Array.from(labels, (v) => classes.indexOf(v));
  // Column-major: matrix.transpose().getRow(f) is feature f for every row, contiguous.
  const columns = new Matrix(rows).transpose().to2DArray().map((c) => Float64Array.from(c));

  const grow = (idx: Int32Array, depth: number): TreeNode => {
    const m = idx.length;
    const counts = new Array<number>(K).fill(0);
    for (const i of idx) counts[classOf[i]!]!++;
    const top = counts.indexOf(Math.max(...counts)); // the first maximum: the lowest label
    const node: TreeNode = { samples: m, counts, impurity: impurity(counts, m, criterion), prediction: classes[top]! };
    if (counts[top] === m || depth >= maxDepth || m < minSplit || m < 2 * minLeaf) return node;

    let bestScore = Infinity;
    let best: { feature: number; threshold: number } | undefined;
    const left = new Float64Array(K);
    const right = new Float64Array(K);
    for (let f = 0; f < columns.length; f++) {
      const col = columns[f]!;
      const order = Int32Array.from(idx).sort((a, b) => col[a]! - col[b]!); // argsort of this node's rows
      left.fill(0);
      for (let k = 0; k < K; k++) right[k] = counts[k]!;
      for (let i = 1; i < m; i++) {
        const c = classOf[order[i - 1]!]!;
        left[c]!++;
        right[c]!--;
        const a = col[order[i - 1]!]!;
        const b = col[order[i]!]!;
        if (a === b || i < minLeaf || m - i < minLeaf) continue;
        const score = (i * impurity(left, i, criterion) + (m - i) * impurity(right, m - i, criterion)) / m;
        if (score < bestScore - 1e-12) {
          bestScore = score;
          const mid = a / 2 + b / 2;
          best = { feature: f, threshold: mid < b ? mid : a };
        }
      }
    }
    if (!best) return node;
    const col = columns[best.feature]!;
    const l = idx.filter((i) => col[i]! <= best.threshold);
    const r = idx.filter((i) => col[i]! > best.threshold);
    node.split = { ...best, left: grow(l, depth + 1), right: grow(r, depth + 1) };
    return node;
  };
  const root = grow(Int32Array.from(labels, (_, i) => i), 0);

  const walk = (row: number[]): TreeNode => {
    let node = root;
    while (node.split) node = row[node.split.feature]! <= node.split.threshold ? node.split.left : node.split.right;
    return node;
  };
  const d = columns.length;
  return {
    classes,
    root,
    predict: (P) => toRows(P, d).map((row) => walk(row).prediction),
    predictProba: (P) =>
      toRows(P, d).map((row) => {
        const leaf = walk(row);
        return leaf.counts.map((c) => c / leaf.samples);
      }),
  };
}
