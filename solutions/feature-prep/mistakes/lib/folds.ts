/**
 * Scaffolding for the k-fold mistakes (not a mistake itself): k folds from a list of test-block sizes, otherwise
 * like the reference (validation, the stated shuffle, ascending lists).
 */
import seedrandom from "seedrandom";
import { kFold as reference, type Split } from "../../feature-prep.ts";

export function foldsWithSizes(n: number, k: number, options: { shuffle?: boolean; seed?: number } | undefined, sizes: (n: number, k: number) => number[]): Split[] {
  reference(n, k, options); // validates
  const shuffle = options?.shuffle ?? false;
  const order = shuffle ? permutation(n, options?.seed ?? 0) : Array.from({ length: n }, (_, i) => i);
  let start = 0;
  return sizes(n, k).map((size) => {
    const block = new Set(order.slice(start, start + size));
    start += size;
    const test: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < n; i++) (block.has(i) ? test : train).push(i);
    return { train, test };
  });
}

/** The stated shuffle: Fisher–Yates from the end with seedrandom(String(seed)). */
function permutation(n: number, seed: number): number[] {
  const rng = seedrandom(String(seed));
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}
