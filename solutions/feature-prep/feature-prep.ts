/**
 * Reference solution: the preprocessing of a tabular ML round — standard and min-max scaling, one-hot encoding,
 * train/test split and k-fold with scikit-learn's sizes, and a pipeline that fits its statistics on the training
 * rows only.
 *
 * ml-matrix does the column statistics numpy would (`mean("column")`, `variance("column", { unbiased: false })`,
 * `minColumn` / `maxColumn`, `selection`); everything that is a convention — ddof, constant columns, category
 * order, fold sizes, the seeded shuffle, what is fitted on which rows — is written out here.
 */
import { Matrix } from "ml-matrix";
import seedrandom from "seedrandom";

export type Rows = ReadonlyArray<ArrayLike<number>>;
export type Category = string | number;
export type CategoryRows = ReadonlyArray<ReadonlyArray<Category>>;

export interface StandardScaler {
  mean: number[];
  scale: number[];
  transform(X: Rows): number[][];
}

export interface MinMaxScaler {
  dataMin: number[];
  dataMax: number[];
  transform(X: Rows): number[][];
}

export interface OneHotEncoder {
  categories: Category[][];
  transform(rows: CategoryRows): number[][];
}

export interface Split {
  train: number[];
  test: number[];
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** Validates numeric rows (n >= 1 unless `width` is given) and copies them into plain arrays. */
function readRows(X: unknown, name: string, width?: number): number[][] {
  if (!Array.isArray(X)) throw new TypeError(`${name} must be an array of rows`);
  if (X.length === 0 && width === undefined) throw new RangeError(`${name} is empty: fitting needs at least one row`);
  const d = width ?? (isArrayLike(X[0]) ? X[0].length : 0);
  const rows: number[][] = new Array<number[]>(X.length);
  for (let i = 0; i < X.length; i++) {
    const row: unknown = X[i];
    if (!isArrayLike(row)) throw new TypeError(`${name}[${i}] is not an array: each row must be an array of numbers`);
    if (row.length === 0) throw new RangeError(`${name}[${i}] is empty: rows need at least one feature`);
    if (row.length !== d) {
      throw new RangeError(
        width === undefined
          ? `${name}[${i}] has length ${row.length}, but ${name}[0] has length ${d}: rows must have the same length`
          : `${name}[${i}] has ${row.length} features, but the scaler was fitted on ${d} features (length mismatch)`,
      );
    }
    const copy = new Array<number>(d);
    for (let j = 0; j < d; j++) {
      const v: unknown = row[j];
      if (typeof v !== "number") throw new TypeError(`${name}[${i}][${j}] is ${typeof v}; features must be numbers`);
      if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}][${j}] is ${v}; features must be finite numbers`);
      copy[j] = v;
    }
    rows[i] = copy;
  }
  return rows;
}

/** A fitted per-column affine map x ↦ (x − shift) · factor + offset, applied to rows already validated. */
interface ColumnMap {
  shift: number[];
  factor: number[];
  offset: number;
}

function apply(rows: readonly number[][], map: ColumnMap): number[][] {
  return rows.map((row) => row.map((v, j) => (v - map.shift[j]!) * map.factor[j]! + map.offset));
}

/** Mean and population standard deviation per column (ddof = 0), 1 for a constant column. */
function standardStats(rows: number[][]): { mean: number[]; scale: number[] } {
  const matrix = new Matrix(rows);
  const mean = matrix.mean("column");
  // unbiased: false is ddof = 0. ml-matrix's default (unbiased: true) divides by n − 1, which StandardScaler does not.
  const variance = matrix.variance("column", { unbiased: false, mean });
  // Constant by its values, not by `variance === 0`: rounding in the mean can leave 1e-34 for [0.1, 0.1, 0.1].
  const scale = variance.map((v, j) => (matrix.minColumn(j) === matrix.maxColumn(j) ? 1 : Math.sqrt(v)));
  return { mean, scale };
}

function minMaxStats(rows: number[][]): { dataMin: number[]; dataMax: number[] } {
  const matrix = new Matrix(rows);
  const d = matrix.columns;
  return {
    dataMin: Array.from({ length: d }, (_, j) => matrix.minColumn(j)),
    dataMax: Array.from({ length: d }, (_, j) => matrix.maxColumn(j)),
  };
}

/** lo + (x − min) · (hi − lo) / range, with range 1 for a constant column. */
function minMaxMap(dataMin: number[], dataMax: number[], lo: number, hi: number): ColumnMap {
  return { shift: dataMin, factor: dataMin.map((min, j) => (hi - lo) / (dataMax[j]! === min ? 1 : dataMax[j]! - min)), offset: lo };
}

/**
 * Standard scaling as scikit-learn's StandardScaler: mean and population standard deviation (ddof = 0) per
 * column; a constant column gets scale 1, so it becomes x − mean (0 on the training rows) instead of 0/0.
 */
export function fitStandardScaler(X: Rows): StandardScaler {
  const { mean, scale } = standardStats(readRows(X, "X"));
  const map = { shift: mean, factor: scale.map((s) => 1 / s), offset: 0 };
  return {
    mean: [...mean],
    scale: [...scale],
    transform: (Y: Rows) => apply(readRows(Y, "X", mean.length), map),
  };
}

/**
 * Min-max scaling as scikit-learn's MinMaxScaler: x ↦ lo + (x − min) · (hi − lo) / (max − min); a constant
 * column uses a range of 1 (so it maps to lo on the training rows). No clipping: unseen values may leave [lo, hi].
 */
export function fitMinMaxScaler(X: Rows, options?: { featureRange?: readonly [number, number] }): MinMaxScaler {
  const rows = readRows(X, "X");
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new TypeError("options must be an object");
  const range = options?.featureRange ?? [0, 1];
  if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === "number" && Number.isFinite(v)) || !(range[0] < range[1])) {
    throw new RangeError(`featureRange must be [lo, hi] with finite lo < hi (got ${JSON.stringify(range)})`);
  }
  const { dataMin, dataMax } = minMaxStats(rows);
  const map = minMaxMap(dataMin, dataMax, range[0], range[1]);
  return {
    dataMin: [...dataMin],
    dataMax: [...dataMax],
    transform: (Y: Rows) => apply(readRows(Y, "X", dataMin.length), map),
  };
}

/** Strings in `<` order (UTF-16 code units), numbers numerically: never the default sort, which sorts 10 before 9. */
function compareCategories(a: Category, b: Category): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

function readCategoryRows(rows: unknown, width?: number): Category[][] {
  if (!Array.isArray(rows)) throw new TypeError("rows must be an array of rows of categories");
  if (rows.length === 0 && width === undefined) throw new RangeError("rows is empty: fitting needs at least one row");
  const d = width ?? (Array.isArray(rows[0]) ? rows[0].length : 0);
  return rows.map((row: unknown, i) => {
    if (!Array.isArray(row)) throw new TypeError(`rows[${i}] is not an array: each row must be an array of categories`);
    if (row.length === 0) throw new RangeError(`rows[${i}] is empty: rows need at least one column`);
    if (row.length !== d) throw new RangeError(`rows[${i}] has length ${row.length}, expected ${d} columns`);
    return row.map((v: unknown, j) => {
      if (typeof v === "number" && !Number.isFinite(v)) throw new RangeError(`rows[${i}][${j}] is ${v}; a number category must be finite`);
      if (typeof v !== "string" && typeof v !== "number") throw new TypeError(`rows[${i}][${j}] is ${typeof v}; a category must be a string or a number`);
      return v;
    });
  });
}

/**
 * One-hot encoding as scikit-learn's OneHotEncoder(sparse_output=False): per column, the sorted distinct
 * categories of the fitted rows; each row becomes the concatenation of one indicator block per column.
 */
export function fitOneHotEncoder(rows: CategoryRows, options?: { handleUnknown?: "error" | "ignore" }): OneHotEncoder {
  const fitted = readCategoryRows(rows);
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new TypeError("options must be an object");
  const handleUnknown = options?.handleUnknown ?? "error";
  if (handleUnknown !== "error" && handleUnknown !== "ignore") {
    throw new RangeError(`handleUnknown must be "error" or "ignore" (got ${String(handleUnknown)})`);
  }
  const d = fitted[0]!.length;
  const categories: Category[][] = [];
  for (let j = 0; j < d; j++) {
    const values = new Set(fitted.map((row) => row[j]!));
    const kinds = new Set([...values].map((v) => typeof v));
    if (kinds.size > 1) throw new TypeError(`column ${j} mixes strings and numbers: its categories cannot be sorted`);
    categories.push([...values].sort(compareCategories));
  }
  // Where each category's indicator sits in the output row. A Map keeps 1 and "1" apart.
  const offsets: number[] = [];
  let width = 0;
  for (const column of categories) {
    offsets.push(width);
    width += column.length;
  }
  const position = categories.map((column) => new Map(column.map((c, k) => [c, k])));
  return {
    categories: categories.map((column) => [...column]),
    transform(input: CategoryRows): number[][] {
      return readCategoryRows(input, d).map((row, i) => {
        const out = new Array<number>(width).fill(0);
        row.forEach((value, j) => {
          const k = position[j]!.get(value);
          if (k !== undefined) out[offsets[j]! + k] = 1;
          else if (handleUnknown === "error") {
            throw new RangeError(`rows[${i}][${j}] is an unknown category ${JSON.stringify(value)} for column ${j} (handleUnknown "error")`);
          } // "ignore": the whole block stays 0
        });
        return out;
      });
    },
  };
}

function readCount(n: unknown, name: string, min: number): number {
  if (typeof n !== "number") throw new TypeError(`${name} must be a number (got ${typeof n})`);
  if (!Number.isInteger(n) || n < min) throw new RangeError(`${name} must be an integer >= ${min} (got ${n})`);
  return n;
}

function readShuffle(options: unknown, defaultShuffle: boolean): { shuffle: boolean; seed: number; o: Record<string, unknown> } {
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new TypeError("options must be an object");
  const o = (options ?? {}) as Record<string, unknown>;
  const shuffle = o.shuffle ?? defaultShuffle;
  if (typeof shuffle !== "boolean") throw new TypeError("shuffle must be a boolean");
  const seed = o.seed ?? 0;
  if (typeof seed !== "number") throw new TypeError("seed must be a number");
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer (got ${seed})`);
  return { shuffle, seed, o };
}

/** Fisher–Yates from the end, driven by seedrandom(String(seed)): the kata's one shuffle. */
function permutation(n: number, seed: number): number[] {
  const rng = seedrandom(String(seed));
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

const ascending = (a: number, b: number) => a - b;

/**
 * Splits row indices 0..n−1 like scikit-learn's train_test_split: n_test = ceil(testSize · n) for a fraction
 * (an integer testSize is a count), n_train = n − n_test. Shuffled by default (the test rows are the first
 * n_test of the seeded permutation); unshuffled, the test rows are the last n_test. Both lists ascending.
 */
export function trainTestSplit(n: number, options?: { testSize?: number; shuffle?: boolean; seed?: number }): Split {
  const rows = readCount(n, "n", 1);
  const { shuffle, seed, o } = readShuffle(options, true);
  const testSize = o.testSize ?? 0.25;
  if (typeof testSize !== "number") throw new TypeError("testSize must be a number");
  let nTest: number;
  if (testSize > 0 && testSize < 1) nTest = Math.ceil(testSize * rows); // the float product, exactly as scikit-learn
  else if (Number.isInteger(testSize) && testSize >= 1) nTest = testSize;
  else throw new RangeError(`testSize must be a fraction in (0, 1) or an integer count >= 1 (got ${testSize})`);
  if (nTest >= rows) {
    throw new RangeError(`testSize ${testSize} leaves ${rows - nTest} of ${rows} rows for training: the train set would be empty`);
  }
  const order = shuffle ? permutation(rows, seed) : Array.from({ length: rows }, (_, i) => i);
  const test = shuffle ? order.slice(0, nTest) : order.slice(rows - nTest);
  const train = shuffle ? order.slice(nTest) : order.slice(0, rows - nTest);
  return { train: train.sort(ascending), test: test.sort(ascending) };
}

/**
 * k folds like scikit-learn's KFold: consecutive blocks of the (optionally shuffled) row order, the first n mod k
 * folds one row larger, so every row is in exactly one test fold. Not shuffled by default. Lists ascending.
 */
export function kFold(n: number, k: number, options?: { shuffle?: boolean; seed?: number }): Split[] {
  const rows = readCount(n, "n", 1);
  const folds = readCount(k, "k", 2);
  if (folds > rows) throw new RangeError(`k = ${folds} folds is more than the n = ${rows} rows: a fold would be empty`);
  const { shuffle, seed } = readShuffle(options, false);
  const order = shuffle ? permutation(rows, seed) : Array.from({ length: rows }, (_, i) => i);
  const base = Math.floor(rows / folds);
  const larger = rows % folds; // the first `larger` folds get one extra row
  const splits: Split[] = [];
  let start = 0;
  for (let f = 0; f < folds; f++) {
    const size = base + (f < larger ? 1 : 0);
    const inTest = new Set(order.slice(start, start + size));
    const test: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < rows; i++) (inTest.has(i) ? test : train).push(i);
    splits.push({ train, test });
    start += size;
  }
  return splits;
}

function readIndices(value: unknown, name: string, n: number): number[] {
  if (!Array.isArray(value)) throw new TypeError(`split.${name} must be an array of row indices`);
  const seen = new Set<number>();
  return value.map((i: unknown, p) => {
    if (typeof i !== "number") throw new TypeError(`split.${name}[${p}] is ${typeof i}; row indices must be numbers`);
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`split.${name}[${p}] = ${i} is not a row index in [0, ${n})`);
    if (seen.has(i)) throw new RangeError(`split.${name} lists row ${i} twice (duplicate index)`);
    seen.add(i);
    return i;
  });
}

/**
 * Scales the training and the test rows of X with statistics fitted on the training rows only: the test rows
 * must not leak into the mean, the scale, the min or the max.
 */
export function scaleTrainTest(X: Rows, split: Split, method: "standard" | "minmax" = "standard"): { train: number[][]; test: number[][] } {
  const rows = readRows(X, "X");
  if (typeof split !== "object" || split === null) throw new TypeError("split must be an object { train, test }");
  const train = readIndices(split.train, "train", rows.length);
  const test = readIndices(split.test, "test", rows.length);
  if (train.length === 0) throw new RangeError("split.train is empty: the scaler needs training rows to fit on");
  const inTrain = new Set(train);
  const both = test.find((i) => inTrain.has(i));
  if (both !== undefined) throw new RangeError(`row ${both} is in both split.train and split.test: that leaks the test row into training`);
  if (method !== "standard" && method !== "minmax") throw new RangeError(`method must be "standard" or "minmax" (got ${String(method)})`);
  // Fit on the training rows only; X is validated once, so the fitted map is applied without re-checking.
  const trainRows = train.map((i) => rows[i]!);
  let map: ColumnMap;
  if (method === "standard") {
    const { mean, scale } = standardStats(trainRows);
    map = { shift: mean, factor: scale.map((s) => 1 / s), offset: 0 };
  } else {
    const { dataMin, dataMax } = minMaxStats(trainRows);
    map = minMaxMap(dataMin, dataMax, 0, 1);
  }
  return { train: apply(trainRows, map), test: apply(test.map((i) => rows[i]!), map) };
}
