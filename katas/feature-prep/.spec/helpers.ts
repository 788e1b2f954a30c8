/**
 * Helpers shared by the feature-prep specs: the fixture and its golden answers, matrix comparison with a stated
 * tolerance, and independent brute forces (two-pass statistics, the stated shuffle). Nothing here calls the code
 * under test.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { abridge, expectAllClose, fail } from "../../../scripts/kit/index.ts";

export interface Listings {
  numericColumns: string[];
  categoricalColumns: string[];
  X: number[][];
  categories: (string | number)[][];
}

export function loadListings(): Listings {
  return JSON.parse(readFileSync(new URL("../../../fixtures/feature-prep/listings.json", import.meta.url), "utf8")) as Listings;
}

interface GoldenEntry {
  expression: string;
  value: unknown;
}

const golden = JSON.parse(readFileSync(new URL("../../../fixtures/feature-prep/golden.json", import.meta.url), "utf8")) as {
  sklearn: string;
  golden: Record<string, GoldenEntry>;
};

/** A golden value of fixtures/feature-prep/golden.json (its scikit-learn expression is stored beside it). */
export function goldenValue<T>(name: string): T {
  const entry = golden.golden[name];
  if (!entry) throw new Error(`no golden value ${name}`);
  return entry.value as T;
}

/** Element-wise closeness of a matrix, naming the first row that differs. */
export function expectMatrixClose(actual: unknown, expected: readonly (readonly number[])[], tolerance: number, what: string): void {
  if (!Array.isArray(actual) || actual.length !== expected.length) {
    fail(`${what} should have ${expected.length} rows`, `${expected.length} rows`, abridge(actual));
  }
  expected.forEach((row, i) => expectAllClose(actual[i], row, tolerance, `${what}[${i}]`));
}

/** Two-pass mean and population standard deviation per column; scale 1 where every value is equal. */
export function bruteStandard(X: number[][]): { mean: number[]; scale: number[] } {
  const n = X.length;
  const d = X[0]!.length;
  const mean: number[] = [];
  const scale: number[] = [];
  for (let j = 0; j < d; j++) {
    const column = X.map((row) => row[j]!);
    const m = column.reduce((s, v) => s + v, 0) / n;
    const variance = column.reduce((s, v) => s + (v - m) ** 2, 0) / n;
    mean.push(m);
    scale.push(column.every((v) => v === column[0]) ? 1 : Math.sqrt(variance));
  }
  return { mean, scale };
}

/** The kata's shuffle, as the prompt states it: Fisher–Yates from the end with seedrandom(String(seed)). */
export function statedPermutation(n: number, seed: number): number[] {
  const rng = seedrandom(String(seed));
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/** A split's shape: two lists of integer indices, ascending, disjoint, together exactly 0..n−1. */
export function expectPartition(split: unknown, n: number, what: string): { train: number[]; test: number[] } {
  if (typeof split !== "object" || split === null) fail(`${what} should be { train, test }`, "{ train, test }", abridge(split));
  const { train, test } = split as { train?: unknown; test?: unknown };
  for (const [name, list] of [["train", train], ["test", test]] as const) {
    if (!Array.isArray(list)) fail(`${what}.${name} should be an array of row indices`, "an array", abridge(list));
    for (let p = 1; p < list.length; p++) {
      if (!(list[p - 1] < list[p])) fail(`${what}.${name} should be in ascending order (without repeats)`, "ascending", abridge(list));
    }
  }
  const seen = new Array<number>(n).fill(0);
  for (const i of [...(train as number[]), ...(test as number[])]) {
    if (!Number.isInteger(i) || i < 0 || i >= n) fail(`${what} holds ${i}, not a row index in [0, ${n})`, `0..${n - 1}`, i);
    seen[i]!++;
  }
  const missing = seen.findIndex((c) => c !== 1);
  if (missing >= 0) fail(`${what}: row ${missing} should be in exactly one of train and test`, "once", `${seen[missing]} times`);
  return { train: train as number[], test: test as number[] };
}
