/**
 * Reference solution: a CART classification tree (scikit-learn's DecisionTreeClassifier rules, with a
 * deterministic tie rule).
 *
 * Idea: at each node, for each feature, walk the node's rows in increasing order of that feature while moving
 * them one by one from the right child to the left child. The class counts of both sides are then known at every
 * candidate position in O(1) each (prefix counts), so one feature costs O(m) at a node of m rows — instead of
 * O(m) per threshold, O(m²), when each threshold recounts its sides.
 *
 * The rows are sorted by each feature once, at the root; a split then partitions every feature's sorted list
 * stably into its two children (O(m·d)), so nothing is sorted again.
 */

export type FeatureRows = ReadonlyArray<ArrayLike<number>>;
export type ClassLabels = ArrayLike<number>;
export type Criterion = "gini" | "entropy";

export interface TreeOptions {
  criterion?: Criterion;
  maxDepth?: number;
  minSamplesSplit?: number;
  minSamplesLeaf?: number;
}

export interface TreeSplit {
  feature: number;
  threshold: number;
  left: TreeNode;
  right: TreeNode;
}

export interface TreeNode {
  samples: number;
  counts: number[];
  impurity: number;
  prediction: number;
  split?: TreeSplit;
}

export interface DecisionTree {
  classes: number[];
  root: TreeNode;
  predict(X: FeatureRows): number[];
  predictProba(X: FeatureRows): number[][];
}

/** Splits whose weighted impurities differ by no more than this are equally good (rounding, not data). */
const TIE_TOLERANCE = 1e-12;

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** Validates the rows and copies them into one Float64Array per feature (column-major: each scan is contiguous). */
function readColumns(X: unknown, name: string, width?: number): { columns: Float64Array[]; n: number } {
  if (!Array.isArray(X)) throw new TypeError(`${name} must be an array of rows`);
  const n = X.length;
  if (n === 0 && width === undefined) throw new RangeError(`${name} is empty: a tree needs at least one row`);
  let d = width ?? -1;
  const columns: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row: unknown = X[i];
    if (!isArrayLike(row)) throw new TypeError(`${name}[${i}] is not an array: each row must be an array of numbers`);
    if (d === -1) {
      d = row.length;
      if (d === 0) throw new RangeError(`${name} has empty rows: each row needs at least one feature`);
    }
    if (row.length !== d) {
      throw new RangeError(
        width === undefined
          ? `${name}[${i}] has length ${row.length}, but ${name}[0] has length ${d}: rows must have the same length`
          : `${name}[${i}] has ${row.length} features, but the tree was fitted on ${d} features`,
      );
    }
    if (columns.length === 0) for (let f = 0; f < d; f++) columns.push(new Float64Array(n));
    for (let f = 0; f < d; f++) {
      const v: unknown = row[f];
      if (typeof v !== "number") throw new TypeError(`${name}[${i}][${f}] is ${typeof v}; features must be numbers`);
      if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}][${f}] is ${v}; features must be finite numbers`);
      columns[f]![i] = v;
    }
  }
  return { columns, n };
}

function readLabels(y: unknown, n: number): { classes: number[]; classOf: Int32Array } {
  if (!isArrayLike(y)) throw new TypeError("y must be an array (or typed array) of class labels");
  if (y.length !== n) throw new RangeError(`X has ${n} rows but y has length ${y.length}: they must have the same length`);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label: unknown = y[i];
    if (typeof label !== "number") throw new TypeError(`y[${i}] is ${typeof label}; each label must be a number`);
    if (!Number.isFinite(label)) throw new RangeError(`y[${i}] is ${label}; each label must be a finite number`);
    values[i] = label;
  }
  const classes = [...new Set(values)].sort((a, b) => a - b); // sorted labels: the column order of predictProba
  const index = new Map(classes.map((c, k) => [c, k]));
  const classOf = new Int32Array(n);
  for (let i = 0; i < n; i++) classOf[i] = index.get(values[i]!)!;
  return { classes, classOf };
}

function readOptions(options: unknown): Required<TreeOptions> {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new TypeError("options must be an object");
  const o = options as Record<string, unknown>;
  const criterion = o.criterion ?? "gini";
  if (criterion !== "gini" && criterion !== "entropy") {
    throw new RangeError(`criterion must be "gini" or "entropy" (got ${String(criterion)})`);
  }
  const integer = (name: string, fallback: number, min: number, infinite: boolean): number => {
    const v = o[name] ?? fallback;
    if (typeof v !== "number") throw new TypeError(`${name} must be a number (got ${typeof v})`);
    if (!(Number.isInteger(v) || (infinite && v === Infinity)) || v < min) {
      throw new RangeError(`${name} must be an integer >= ${min}${infinite ? " or Infinity" : ""} (got ${v})`);
    }
    return v;
  };
  return {
    criterion,
    maxDepth: integer("maxDepth", Infinity, 0, true),
    minSamplesSplit: integer("minSamplesSplit", 2, 2, false),
    minSamplesLeaf: integer("minSamplesLeaf", 1, 1, false),
  };
}

/** x·log2(x) for x = 0..n (0 at 0): entropies from integer counts without recomputing logarithms. */
function xLogXTable(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let x = 2; x <= n; x++) table[x] = x * Math.log2(x);
  return table;
}

/** Impurity of a node from its class counts. */
function impurityOf(counts: ArrayLike<number>, samples: number, criterion: Criterion): number {
  let acc = 0;
  for (let k = 0; k < counts.length; k++) {
    const p = counts[k]! / samples;
    acc += criterion === "gini" ? p * p : p > 0 ? -p * Math.log2(p) : 0;
  }
  return criterion === "gini" ? 1 - acc : acc;
}

/** The majority class index; a tie goes to the lowest index, i.e. the lowest label. */
function majority(counts: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return best;
}

/** A threshold strictly below b and at least a: a/2 + b/2 cannot overflow; if it rounds up to b, use a. */
function midpoint(a: number, b: number): number {
  const t = a / 2 + b / 2;
  return t < b ? t : a;
}

interface BestSplit {
  feature: number;
  threshold: number;
  /** Rows that go left: the first `leftSize` rows of the feature's sorted list. */
  leftSize: number;
}

/** A node waiting to be built: its rows, sorted by each feature, and where to attach it. */
interface Pending {
  sorted: Int32Array[];
  depth: number;
  attach: (node: TreeNode) => void;
}

export function fitDecisionTree(X: FeatureRows, y: ClassLabels, options?: TreeOptions): DecisionTree {
  const { columns, n } = readColumns(X, "X");
  const { classes, classOf } = readLabels(y, n);
  const { criterion, maxDepth, minSamplesSplit, minSamplesLeaf } = readOptions(options);
  const d = columns.length;
  const K = classes.length;
  const xLogX = xLogXTable(n);

  /** Weighted impurity of a split, (nL·I(L) + nR·I(R)) / m, from the two sides' counts in O(K). */
  const splitScore = (left: Float64Array, right: Float64Array, nL: number, nR: number): number => {
    let a = 0;
    let b = 0;
    if (criterion === "gini") {
      // nL·gini(L) = nL − Σ l_k² / nL: integer sums, exact.
      for (let k = 0; k < K; k++) {
        a += left[k]! * left[k]!;
        b += right[k]! * right[k]!;
      }
      return (nL - a / nL + nR - b / nR) / (nL + nR);
    }
    // nL·entropy(L) = nL·log2 nL − Σ l_k·log2 l_k.
    for (let k = 0; k < K; k++) {
      a += xLogX[left[k]!]!;
      b += xLogX[right[k]!]!;
    }
    return (xLogX[nL]! - a + xLogX[nR]! - b) / (nL + nR);
  };

  /** Best split of a node (the tie rule: features in increasing index, thresholds increasing; only a lower score replaces). */
  const findSplit = (sorted: Int32Array[], counts: Float64Array): BestSplit | undefined => {
    const m = sorted[0]!.length;
    const left = new Float64Array(K);
    const right = new Float64Array(K);
    let best: BestSplit | undefined;
    let bestScore = Infinity;
    for (let f = 0; f < d; f++) {
      const order = sorted[f]!;
      const column = columns[f]!;
      left.fill(0);
      right.set(counts);
      for (let i = 1; i < m; i++) {
        // Move row order[i-1] to the left side: now i rows are on the left.
        const c = classOf[order[i - 1]!]!;
        left[c]!++;
        right[c]!--;
        if (i < minSamplesLeaf || m - i < minSamplesLeaf) continue;
        const a = column[order[i - 1]!]!;
        const b = column[order[i]!]!;
        if (a === b) continue; // a threshold cannot separate equal values
        const score = splitScore(left, right, i, m - i);
        if (score < bestScore - TIE_TOLERANCE) {
          bestScore = score;
          best = { feature: f, threshold: midpoint(a, b), leftSize: i };
        }
      }
    }
    return best;
  };

  // Sort once: every feature's row order at the root.
  const rootSorted = columns.map((column) => {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((p, q) => column[p]! - column[q]!);
  });

  let root: TreeNode | undefined;
  const goesLeft = new Uint8Array(n);
  // An explicit stack, not recursion: an unlimited tree on adversarial data can be thousands of levels deep.
  const stack: Pending[] = [{ sorted: rootSorted, depth: 0, attach: (node) => (root = node) }];
  while (stack.length > 0) {
    const { sorted, depth, attach } = stack.pop()!;
    const rows = sorted[0]!;
    const m = rows.length;
    const counts = new Float64Array(K);
    for (let i = 0; i < m; i++) counts[classOf[rows[i]!]!]!++;
    const node: TreeNode = {
      samples: m,
      counts: Array.from(counts),
      impurity: impurityOf(counts, m, criterion),
      prediction: classes[majority(counts)]!,
    };
    attach(node);
    const pure = counts[majority(counts)] === m;
    if (pure || depth >= maxDepth || m < minSamplesSplit || m < 2 * minSamplesLeaf) continue;
    const best = findSplit(sorted, counts);
    if (!best) continue; // every feature is constant here, or no position leaves minSamplesLeaf rows on each side

    const chosen = sorted[best.feature]!;
    for (let i = 0; i < m; i++) goesLeft[chosen[i]!] = i < best.leftSize ? 1 : 0;
    // Stable partition of every feature's sorted list: both children stay sorted, without sorting again.
    const leftSorted: Int32Array[] = [];
    const rightSorted: Int32Array[] = [];
    for (let f = 0; f < d; f++) {
      const order = sorted[f]!;
      const l = new Int32Array(best.leftSize);
      const r = new Int32Array(m - best.leftSize);
      let li = 0;
      let ri = 0;
      for (let i = 0; i < m; i++) {
        const row = order[i]!;
        if (goesLeft[row]) l[li++] = row;
        else r[ri++] = row;
      }
      leftSorted.push(l);
      rightSorted.push(r);
    }
    const split = { feature: best.feature, threshold: best.threshold } as TreeSplit;
    node.split = split;
    // Right pushed first so the left child is built first (preorder, like scikit-learn's node ids).
    stack.push({ sorted: rightSorted, depth: depth + 1, attach: (child) => (split.right = child) });
    stack.push({ sorted: leftSorted, depth: depth + 1, attach: (child) => (split.left = child) });
  }

  const fitted = root!;
  const leafFor = (columnsOf: Float64Array[], i: number): TreeNode => {
    let node = fitted;
    while (node.split) node = columnsOf[node.split.feature]![i]! <= node.split.threshold ? node.split.left : node.split.right;
    return node;
  };
  return {
    classes,
    root: fitted,
    predict(rows: FeatureRows): number[] {
      const { columns: cols, n: count } = readColumns(rows, "X", d);
      return Array.from({ length: count }, (_, i) => leafFor(cols, i).prediction);
    },
    predictProba(rows: FeatureRows): number[][] {
      const { columns: cols, n: count } = readColumns(rows, "X", d);
      return Array.from({ length: count }, (_, i) => {
        const leaf = leafFor(cols, i);
        return leaf.counts.map((c) => c / leaf.samples);
      });
    },
  };
}
