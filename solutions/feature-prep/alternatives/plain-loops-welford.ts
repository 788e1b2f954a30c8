/**
 * Alternative: no ml-matrix — one-pass Welford statistics over plain loops, a boolean mask for the folds, a
 * Map-of-indices encoder built by binary search over the sorted categories — not the reference's column
 * statistics from ml-matrix. The specs must not care.
 */
import seedrandom from "seedrandom";

export type Rows = ReadonlyArray<ArrayLike<number>>;
export type Category = string | number;
export type CategoryRows = ReadonlyArray<ReadonlyArray<Category>>;
export interface StandardScaler { mean: number[]; scale: number[]; transform(X: Rows): number[][] }
export interface MinMaxScaler { dataMin: number[]; dataMax: number[]; transform(X: Rows): number[][] }
export interface OneHotEncoder { categories: Category[][]; transform(rows: CategoryRows): number[][] }
export interface Split { train: number[]; test: number[] }

function check(X: Rows, width?: number): number {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows");
  if (X.length === 0) {
    if (width === undefined) throw new RangeError("X is empty");
    return width;
  }
  const d = width ?? (X[0] as ArrayLike<number> | undefined)?.length ?? 0;
  for (let i = 0; i < X.length; i++) {
    const row: unknown = X[i];
    if (!Array.isArray(row) && !(ArrayBuffer.isView(row) && !(row instanceof DataView))) throw new TypeError(`X[${i}]: each row must be an array`);
    const r = row as ArrayLike<unknown>;
    if (r.length === 0) throw new RangeError(`X[${i}] is empty (no features)`);
    if (r.length !== d) throw new RangeError(`X[${i}] has length ${r.length}, expected ${d}`);
    for (let j = 0; j < d; j++) {
      const v = r[j];
      if (typeof v !== "number") throw new TypeError(`X[${i}][${j}] is not a number`);
      if (!Number.isFinite(v)) throw new RangeError(`X[${i}][${j}] is not finite`);
    }
  }
  return d;
}

export function fitStandardScaler(X: Rows): StandardScaler {
  const d = check(X);
  const mean = new Array<number>(d).fill(0);
  const m2 = new Array<number>(d).fill(0);
  const constant = new Array<boolean>(d).fill(true);
  X.forEach((row, i) => {
    for (let j = 0; j < d; j++) {
      const v = row[j]!;
      const delta = v - mean[j]!; // Welford: stable, one pass, exact 0 for a constant column
      mean[j]! += delta / (i + 1);
      m2[j]! += delta * (v - mean[j]!);
      if (v !== X[0]![j]) constant[j] = false;
    }
  });
  const scale = m2.map((s, j) => (constant[j] ? 1 : Math.sqrt(s / X.length)));
  return { mean, scale, transform: (Y) => (check(Y, d), Array.from(Y, (row) => Array.from({ length: d }, (_, j) => (row[j]! - mean[j]!) / scale[j]!))) };
}

export function fitMinMaxScaler(X: Rows, options: { featureRange?: readonly [number, number] } = {}): MinMaxScaler {
  const d = check(X);
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  const [lo, hi] = options.featureRange ?? [0, 1];
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new RangeError("featureRange must be [lo, hi] with lo < hi, both finite");
  const dataMin = Array.from({ length: d }, (_, j) => X.reduce((m, r) => Math.min(m, r[j]!), Infinity));
  const dataMax = Array.from({ length: d }, (_, j) => X.reduce((m, r) => Math.max(m, r[j]!), -Infinity));
  const scale = dataMin.map((mn, j) => (hi - lo) / (dataMax[j] === mn ? 1 : dataMax[j]! - mn));
  const offset = dataMin.map((mn, j) => lo - mn * scale[j]!); // scikit-learn's form: x * scale + min_
  return { dataMin, dataMax, transform: (Y) => (check(Y, d), Array.from(Y, (row) => Array.from({ length: d }, (_, j) => row[j]! * scale[j]! + offset[j]!))) };
}

function checkCategories(rows: CategoryRows, width?: number): number {
  if (!Array.isArray(rows)) throw new TypeError("rows must be an array");
  if (rows.length === 0 && width === undefined) throw new RangeError("rows is empty");
  const d = width ?? rows[0]!.length;
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) throw new TypeError(`rows[${i}] must be an array`);
    if (row.length === 0 || row.length !== d) throw new RangeError(`rows[${i}] has length ${row.length}, expected ${d}`);
    row.forEach((v: unknown) => {
      if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new RangeError("number categories must be finite");
      } else if (typeof v !== "string") throw new TypeError("a category must be a string or a number");
    });
  });
  return d;
}

export function fitOneHotEncoder(rows: CategoryRows, options: { handleUnknown?: "error" | "ignore" } = {}): OneHotEncoder {
  const d = checkCategories(rows);
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  const mode = options.handleUnknown ?? "error";
  if (mode !== "error" && mode !== "ignore") throw new RangeError("handleUnknown must be error or ignore");
  const categories: Category[][] = [];
  for (let j = 0; j < d; j++) {
    const values = [...new Set(rows.map((r) => r[j]!))];
    const numbers = values.filter((v): v is number => typeof v === "number");
    if (numbers.length !== 0 && numbers.length !== values.length) throw new TypeError(`column ${j} mixes numbers and strings`);
    categories.push(numbers.length ? numbers.sort((a, b) => a - b) : (values as string[]).sort()); // strings: the default sort is code-unit order
  }
  const width = categories.reduce((s, c) => s + c.length, 0);
  const find = (column: Category[], v: Category): number => {
    let lo = 0;
    let hi = column.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = column[mid]!;
      if (typeof c !== typeof v) return -1;
      if (c === v) return mid;
      if (c < v) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return {
    categories: categories.map((c) => c.slice()),
    transform(input) {
      checkCategories(input, d);
      return input.map((row) => {
        const out = new Array<number>(width).fill(0);
        let offset = 0;
        row.forEach((v, j) => {
          const k = find(categories[j]!, v);
          if (k >= 0) out[offset + k] = 1;
          else if (mode === "error") throw new RangeError(`unknown category ${String(v)} in column ${j}`);
          offset += categories[j]!.length;
        });
        return out;
      });
    },
  };
}

function shuffled(n: number, seed: number): number[] {
  const random = seedrandom(String(seed));
  const p = [...Array(n).keys()];
  for (let i = n - 1; i >= 1; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

function options(o: unknown): { shuffle?: unknown; seed?: unknown; testSize?: unknown } {
  if (o === undefined) return {};
  if (typeof o !== "object" || o === null) throw new TypeError("options must be an object");
  return o;
}

function integer(v: unknown, name: string, min: number): number {
  if (typeof v !== "number") throw new TypeError(`${name} must be a number`);
  if (!Number.isInteger(v) || v < min) throw new RangeError(`${name} must be an integer >= ${min}`);
  return v;
}

function seedOf(v: unknown): number {
  if (v === undefined) return 0;
  if (typeof v !== "number") throw new TypeError("seed must be a number");
  if (!Number.isInteger(v)) throw new RangeError("seed must be an integer");
  return v;
}

/** Row indices where mask is (or is not) set, ascending. */
function where(mask: Uint8Array, value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] === value) out.push(i);
  return out;
}

export function trainTestSplit(n: number, opts?: { testSize?: number; shuffle?: boolean; seed?: number }): Split {
  integer(n, "n", 1);
  const o = options(opts);
  const t = o.testSize ?? 0.25;
  if (typeof t !== "number") throw new TypeError("testSize must be a number");
  const nTest = t > 0 && t < 1 ? Math.ceil(t * n) : Number.isInteger(t) && t >= 1 ? t : NaN;
  if (Number.isNaN(nTest)) throw new RangeError("testSize must be in (0, 1) or a positive integer");
  if (n - nTest < 1) throw new RangeError("the train set would be empty");
  const shuffle = o.shuffle ?? true;
  const seed = seedOf(o.seed);
  const mask = new Uint8Array(n);
  const order = shuffle ? shuffled(n, seed).slice(0, nTest) : Array.from({ length: nTest }, (_, i) => n - nTest + i);
  for (const i of order) mask[i] = 1;
  return { train: where(mask, 0), test: where(mask, 1) };
}

export function kFold(n: number, k: number, opts?: { shuffle?: boolean; seed?: number }): Split[] {
  integer(n, "n", 1);
  integer(k, "k", 2);
  if (k > n) throw new RangeError("k must be at most n (each fold needs a row)");
  const o = options(opts);
  const seed = seedOf(o.seed);
  const order = o.shuffle === true ? shuffled(n, seed) : [...Array(n).keys()];
  const result: Split[] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const stop = start + Math.floor(n / k) + (f < n % k ? 1 : 0);
    const mask = new Uint8Array(n);
    for (let p = start; p < stop; p++) mask[order[p]!] = 1;
    result.push({ train: where(mask, 0), test: where(mask, 1) });
    start = stop;
  }
  return result;
}

export function scaleTrainTest(X: Rows, split: Split, method: "standard" | "minmax" = "standard"): { train: number[][]; test: number[][] } {
  check(X);
  if (typeof split !== "object" || split === null || !Array.isArray(split.train) || !Array.isArray(split.test)) throw new TypeError("split must be { train, test } arrays");
  const owner = new Uint8Array(X.length); // 1 = train, 2 = test
  for (const [list, tag] of [[split.train, 1], [split.test, 2]] as const) {
    for (const i of list) {
      if (!Number.isInteger(i) || i < 0 || i >= X.length) throw new RangeError(`index ${i} out of range`);
      if (owner[i] === tag) throw new RangeError(`duplicate index ${i}`);
      if (owner[i] !== 0) throw new RangeError(`row ${i} is in both train and test`);
      owner[i] = tag;
    }
  }
  if (split.train.length === 0) throw new RangeError("the train list is empty");
  if (method !== "standard" && method !== "minmax") throw new RangeError("method must be standard or minmax");
  const trainRows = split.train.map((i) => X[i]!);
  const scaler = method === "standard" ? fitStandardScaler(trainRows) : fitMinMaxScaler(trainRows);
  return { train: scaler.transform(trainRows), test: scaler.transform(split.test.map((i) => X[i]!)) };
}
