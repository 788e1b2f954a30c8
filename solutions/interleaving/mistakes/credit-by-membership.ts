/** Mistake: an item is credited to the list that contains it (A first) instead of the team that picked it. */
import { teamDraftInterleave as reference, type Coins, type Interleaving, type Item } from "../interleaving.ts";

export { creditClicks, interleavingVerdict } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length?: number): Interleaving {
  const { items } = reference(rankingA, rankingB, coins, length);
  const inA = new Set(rankingA);
  // BUG: a shared item is A's whoever picked it, so B never gets credit for the items both rankers like.
  return { items, teams: items.map((item) => (inA.has(item) ? "A" : "B")) };
}
