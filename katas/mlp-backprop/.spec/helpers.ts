/**
 * Helpers shared by the mlp-backprop specs (not a spec file itself). Everything here is written independently of
 * the reference, in plain loops: the specs check answers, not methods.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { abridge, expectAllClose, fail } from "../../../scripts/kit/index.ts";

export interface Params {
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
}

export const PARAM_NAMES = ["W1", "b1", "W2", "b2"] as const;

export interface Spiral {
  X: number[][];
  y: number[];
  init: Params;
}

export function loadSpiral(): Spiral {
  return JSON.parse(readFileSync(new URL("../../../fixtures/mlp-backprop/spiral.json", import.meta.url), "utf8")) as Spiral;
}

/** A deep copy, so that no test can change another's data. */
export function copyParams(p: Params): Params {
  return { W1: p.W1.map((r) => [...r]), b1: [...p.b1], W2: p.W2.map((r) => [...r]), b2: [...p.b2] };
}

/** The logits of every row, by the definition: relu(x·W1 + b1)·W2 + b2. */
export function bruteLogits(p: Params, X: ReadonlyArray<ArrayLike<number>>): number[][] {
  const h = p.b1.length;
  const k = p.b2.length;
  return X.map((x) => {
    const hidden: number[] = [];
    for (let j = 0; j < h; j++) {
      let z = p.b1[j]!;
      for (let i = 0; i < x.length; i++) z += x[i]! * p.W1[i]![j]!;
      hidden.push(Math.max(z, 0));
    }
    const logits: number[] = [];
    for (let c = 0; c < k; c++) {
      let z = p.b2[c]!;
      for (let j = 0; j < h; j++) z += hidden[j]! * p.W2[j]![c]!;
      logits.push(z);
    }
    return logits;
  });
}

/** Mean cross-entropy by log-sum-exp (stable). */
export function bruteLoss(p: Params, X: ReadonlyArray<ArrayLike<number>>, y: ArrayLike<number>): number {
  const logits = bruteLogits(p, X);
  let total = 0;
  logits.forEach((row, i) => {
    const m = Math.max(...row);
    total += m + Math.log(row.reduce((s, l) => s + Math.exp(l - m), 0)) - row[y[i]!]!;
  });
  return total / logits.length;
}

/** Central finite differences of bruteLoss with respect to every parameter: (L(p + ε) − L(p − ε)) / 2ε. */
export function finiteDifferences(p: Params, X: number[][], y: number[], eps = 1e-6): Params {
  const at = (name: (typeof PARAM_NAMES)[number], i: number, j: number | undefined, delta: number): number => {
    const q = copyParams(p);
    if (j === undefined) (q[name] as number[])[i]! += delta;
    else (q[name] as number[][])[i]![j]! += delta;
    return bruteLoss(q, X, y);
  };
  const diff = (name: (typeof PARAM_NAMES)[number], i: number, j?: number) => (at(name, i, j, eps) - at(name, i, j, -eps)) / (2 * eps);
  return {
    W1: p.W1.map((row, i) => row.map((_, j) => diff("W1", i, j))),
    b1: p.b1.map((_, i) => diff("b1", i)),
    W2: p.W2.map((row, i) => row.map((_, j) => diff("W2", i, j))),
    b2: p.b2.map((_, i) => diff("b2", i)),
  };
}

/** A matrix (array of rows) close to `expected`, row by row, naming the first element that differs. */
export function expectMatrixClose(actual: unknown, expected: number[][], tolerance: number, what: string): void {
  if (!Array.isArray(actual)) fail(`${what} should be an array of ${expected.length} rows`, `${expected.length} rows`, abridge(actual));
  if (actual.length !== expected.length) {
    fail(`${what} should have shape ${expected.length} × ${expected[0]?.length ?? 0}, got ${actual.length} rows`, abridge(expected), abridge(actual));
  }
  expected.forEach((row, i) => expectAllClose(actual[i], row, tolerance, `${what}[${i}]`));
}

/** Every gradient close to `expected` (shapes first: each must have the shape of its parameter). */
export function expectGradients(actual: unknown, expected: Params, tolerance: number, which: readonly (typeof PARAM_NAMES)[number][] = PARAM_NAMES): void {
  if (typeof actual !== "object" || actual === null) fail("backward should return { W1, b1, W2, b2 }", "an object", abridge(actual));
  const g = actual as Record<string, unknown>;
  for (const name of which) {
    const e = expected[name];
    if (Array.isArray(e[0])) expectMatrixClose(g[name], e as number[][], tolerance, `gradient ${name}`);
    else expectAllClose(g[name], e as number[], tolerance, `gradient ${name}`);
  }
}

/** Standard normal draws by the Marsaglia polar method (the spec's own generator, not the kata's). */
export function normalSource(seed: string): () => number {
  const rng = seedrandom(seed);
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    for (;;) {
      const u = 2 * rng() - 1;
      const v = 2 * rng() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * f;
        return u * f;
      }
    }
  };
}

/** The share of rows whose largest logit is at the true class (ties to the lowest index). */
export function accuracyOf(logits: unknown, y: number[]): number {
  if (!Array.isArray(logits) || logits.length !== y.length) fail(`forward(...).logits should have ${y.length} rows`, `${y.length} rows`, abridge(logits));
  let right = 0;
  (logits as ArrayLike<number>[]).forEach((row, i) => {
    let best = 0;
    for (let c = 1; c < row.length; c++) if (row[c]! > row[best]!) best = c;
    if (best === y[i]) right++;
  });
  return right / y.length;
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
