/**
 * Kata: feature preprocessing without numpy or scikit-learn. Read README.md in this folder first.
 *
 * Implement the functions below, then run `npm run grade -- feature-prep`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** n rows of d finite numbers: an array of rows, each a plain array or a typed array of the same length. */
export type Rows = ReadonlyArray<ArrayLike<number>>;
/** A categorical value: a string or a finite number. One column holds only strings or only numbers. */
export type Category = string | number;
/** n rows of d categories. */
export type CategoryRows = ReadonlyArray<ReadonlyArray<Category>>;

export interface StandardScaler {
  /** Per column, the mean of the fitted rows. */
  mean: number[];
  /** Per column, the population standard deviation (ddof = 0), or 1 for a constant column. */
  scale: number[];
  /** (x − mean) / scale, column by column, for any rows with the fitted number of columns. */
  transform(X: Rows): number[][];
}

export interface MinMaxScaler {
  /** Per column, the minimum of the fitted rows. */
  dataMin: number[];
  /** Per column, the maximum of the fitted rows. */
  dataMax: number[];
  /** lo + (x − dataMin) · (hi − lo) / (dataMax − dataMin), with a range of 1 for a constant column; no clipping. */
  transform(X: Rows): number[][];
}

export interface OneHotEncoder {
  /** Per column, its distinct fitted categories, sorted (numbers numerically, strings by `<`). */
  categories: Category[][];
  /** One 0/1 block per column, in column order, each as wide as that column's categories. */
  transform(rows: CategoryRows): number[][];
}

/** Row indices, each list in ascending order. */
export interface Split {
  train: number[];
  test: number[];
}

/**
 * Fits scikit-learn's StandardScaler on X: per-column mean and population standard deviation (ddof = 0),
 * a constant column scaled by 1.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function fitStandardScaler(X: Rows): StandardScaler {
  throw new NotImplementedError("fitStandardScaler");
}

/**
 * Fits scikit-learn's MinMaxScaler on X, mapping each column's [min, max] to featureRange (default [0, 1]).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function fitMinMaxScaler(X: Rows, options?: { featureRange?: readonly [number, number] }): MinMaxScaler {
  throw new NotImplementedError("fitMinMaxScaler");
}

/**
 * Fits scikit-learn's OneHotEncoder(sparse_output=False): sorted categories per column. An unknown category at
 * transform time is a RangeError with handleUnknown "error" (default), an all-zero block with "ignore".
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function fitOneHotEncoder(rows: CategoryRows, options?: { handleUnknown?: "error" | "ignore" }): OneHotEncoder {
  throw new NotImplementedError("fitOneHotEncoder");
}

/**
 * Row indices 0..n−1 split like scikit-learn's train_test_split: n_test = ceil(testSize · n) for a fraction
 * (default 0.25), or testSize itself for an integer. Shuffled by default with the kata's seeded permutation.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function trainTestSplit(n: number, options?: { testSize?: number; shuffle?: boolean; seed?: number }): Split {
  throw new NotImplementedError("trainTestSplit");
}

/**
 * k folds like scikit-learn's KFold: consecutive test blocks, the first n mod k one row larger. Not shuffled by
 * default; with shuffle, blocks of the kata's seeded permutation.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function kFold(n: number, k: number, options?: { shuffle?: boolean; seed?: number }): Split[] {
  throw new NotImplementedError("kFold");
}

/**
 * Scales X's training rows and test rows (in the order of the split's lists) with a scaler fitted on the
 * training rows only.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function scaleTrainTest(X: Rows, split: Split, method?: "standard" | "minmax"): { train: number[][]; test: number[][] } {
  throw new NotImplementedError("scaleTrainTest");
}
