/** Mistake: binomial coefficients from factorials, n!/(k!(n-k)!), which overflow to Infinity/Infinity = NaN past n = 170. */
import { interleavingVerdict as reference, type Credit, type Verdict } from "../interleaving.ts";

export { creditClicks, teamDraftInterleave } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

export function interleavingVerdict(credits: readonly Pick<Credit, "a" | "b">[]): Verdict {
  const { winsA, winsB, ties } = reference(credits);
  const n = winsA + winsB;
  const k = Math.min(winsA, winsB);
  if (2 * k === n) return { winsA, winsB, ties, pValue: 1 };
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += factorial(n) / (factorial(i) * factorial(n - i)) / 2 ** n; // BUG: overflows
  return { winsA, winsB, ties, pValue: Math.min(1, 2 * tail) };
}
