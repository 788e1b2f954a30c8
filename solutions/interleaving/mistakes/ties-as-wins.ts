/** Mistake: a tied query counts as a win for A (a >= b), so ties enter the sign test. */
import { interleavingVerdict as reference, type Credit, type Verdict } from "../interleaving.ts";

export { creditClicks, teamDraftInterleave } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function interleavingVerdict(credits: readonly Pick<Credit, "a" | "b">[]): Verdict {
  reference(credits); // validates
  let winsA = 0;
  let winsB = 0;
  for (const { a, b } of credits) {
    if (a >= b) winsA++; // BUG: a tie is not a win
    else winsB++;
  }
  const k = Math.min(winsA, winsB);
  const n = winsA + winsB;
  // The same binomial tail as the reference, on the wrong counts.
  const tailed = reference([...Array.from({ length: winsA }, () => ({ a: 1, b: 0 })), ...Array.from({ length: winsB }, () => ({ a: 0, b: 1 }))]);
  return { winsA, winsB, ties: 0, pValue: n === 0 || 2 * k === n ? 1 : tailed.pValue };
}
