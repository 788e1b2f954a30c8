/** Alternative: the caller's rows as they are (no flat copy), a sorted insertion buffer of the k best per query, and a vote by sorted labels. */
// Different from the reference in everything but the answer: no typed-array copy of the points, selection by
// insertion into a sorted buffer of length k (O(n·k) in the worst case, O(n) in practice: after the first few
// hundred candidates almost every one fails the single comparison with the buffer's last entry), weights and votes
// written independently.
export type Points = ReadonlyArray<ArrayLike<number>>;
export type Weights = "uniform" | "distance";

export interface KnnOptions {
  k?: number;
  weights?: Weights;
}

export interface Neighbours {
  indices: number[][];
  distances: number[][];
}

const isVector = (v: unknown): v is ArrayLike<unknown> => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

function checkRows(points: unknown, name: string, width?: number): number {
  if (!Array.isArray(points)) throw new TypeError(`${name} must be an array of rows`);
  if (width === undefined && points.length === 0) throw new RangeError(`${name} is empty`);
  const d = width ?? (isVector(points[0]) ? points[0].length : -1);
  if (d === 0) throw new RangeError(`the rows of ${name} have no features`);
  for (let i = 0; i < points.length; i++) {
    const row: unknown = points[i];
    if (!isVector(row)) throw new TypeError(`row ${i} of ${name} is not an array`);
    if (row.length !== d) throw new RangeError(`row ${i} of ${name} has ${row.length} features, expected ${d}`);
    for (let j = 0; j < d; j++) {
      const v = row[j];
      if (typeof v !== "number") throw new TypeError(`${name}[${i}][${j}] is not a number`);
      if (v - v !== 0) throw new RangeError(`${name}[${i}][${j}] is ${v}: it must be finite`);
    }
  }
  return d;
}

function checkValues(values: unknown, name: string, n: number): ArrayLike<number> {
  if (!isVector(values)) throw new TypeError(`${name} must be an array of numbers`);
  if (values.length !== n) throw new RangeError(`${name} has length ${values.length}; train has ${n} rows`);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== "number") throw new TypeError(`${name}[${i}] is not a number`);
    if (v - v !== 0) throw new RangeError(`${name}[${i}] is ${v}: it must be finite`);
  }
  return values as ArrayLike<number>;
}

interface Candidate {
  index: number;
  squared: number;
}

function neighbours(train: Points, queries: Points | null, k: unknown): Candidate[][] {
  const d = checkRows(train, "train");
  if (queries !== null) checkRows(queries, "queries", d);
  if (typeof k !== "number") throw new TypeError("k must be a number");
  const available = queries === null ? train.length - 1 : train.length;
  if (!Number.isInteger(k) || k < 1 || k > available) {
    throw new RangeError(`k = ${k} must be an integer from 1 to ${available} (${queries === null ? "n - 1 for leave-one-out" : "n"})`);
  }
  const source = queries ?? train;
  const result: Candidate[][] = [];
  const bestSquared = new Float64Array(k);
  const bestIndex = new Int32Array(k);
  for (let q = 0; q < source.length; q++) {
    const query = source[q]!;
    let size = 0;
    for (let i = 0; i < train.length; i++) {
      if (queries === null && i === q) continue; // leave-one-out: the point itself, by index
      const row = train[i]!;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = row[j]! - query[j]!;
        s += diff * diff;
      }
      // Later indices come later: a candidate enters only when strictly nearer than the k-th best.
      if (size === k && s >= bestSquared[k - 1]!) continue;
      let p = size < k ? size++ : k - 1;
      while (p > 0 && bestSquared[p - 1]! > s) {
        bestSquared[p] = bestSquared[p - 1]!;
        bestIndex[p] = bestIndex[p - 1]!;
        p--;
      }
      bestSquared[p] = s;
      bestIndex[p] = i;
    }
    const row: Candidate[] = [];
    for (let j = 0; j < size; j++) row.push({ index: bestIndex[j]!, squared: bestSquared[j]! });
    result.push(row);
  }
  return result;
}

function options(o: KnnOptions | undefined): { k: unknown; weights: Weights } {
  if (o !== undefined && (typeof o !== "object" || o === null)) throw new TypeError("options must be an object");
  const weights = o?.weights ?? "uniform";
  if (weights !== "uniform" && weights !== "distance") throw new RangeError(`unknown weights ${String(weights)}: use "uniform" or "distance"`);
  return { k: o?.k ?? 5, weights };
}

function weightsOf(row: Candidate[], weights: Weights): number[] {
  if (weights === "uniform") return row.map(() => 1);
  const exact = row.filter((c) => c.squared === 0).length;
  return exact > 0 ? row.map((c) => (c.squared === 0 ? 1 : 0)) : row.map((c) => 1 / Math.sqrt(c.squared));
}

export function kNeighbors(train: Points, queries: Points | null, k: number): Neighbours {
  const found = neighbours(train, queries, k);
  return { indices: found.map((row) => row.map((c) => c.index)), distances: found.map((row) => row.map((c) => Math.sqrt(c.squared))) };
}

export function knnClassify(train: Points, labels: ArrayLike<number>, queries: Points | null, o?: KnnOptions): number[] {
  const { k, weights } = options(o);
  checkRows(train, "train");
  const values = checkValues(labels, "labels", train.length);
  return neighbours(train, queries, k).map((row) => {
    const w = weightsOf(row, weights);
    // Sort (label, weight) pairs by label and sum runs: the first run with the largest total is the smallest label.
    const pairs = row.map((c, j) => [values[c.index]!, w[j]!] as const).sort((a, b) => a[0] - b[0]);
    let best = pairs[0]![0];
    let bestTotal = -1;
    for (let start = 0; start < pairs.length; ) {
      let end = start;
      let total = 0;
      while (end < pairs.length && pairs[end]![0] === pairs[start]![0]) total += pairs[end++]![1];
      if (total > bestTotal) {
        best = pairs[start]![0];
        bestTotal = total;
      }
      start = end;
    }
    return best;
  });
}

export function knnRegress(train: Points, targets: ArrayLike<number>, queries: Points | null, o?: KnnOptions): number[] {
  const { k, weights } = options(o);
  checkRows(train, "train");
  const values = checkValues(targets, "targets", train.length);
  return neighbours(train, queries, k).map((row) => {
    const w = weightsOf(row, weights);
    let num = 0;
    let den = 0;
    row.forEach((c, j) => {
      num += w[j]! * values[c.index]!;
      den += w[j]!;
    });
    return num / den;
  });
}
