/** Mistake: when one ranking is used up, the other keeps filling the list (the paper stops there). */
import { teamDraftInterleave as reference, type Coins, type Interleaving, type Item } from "../interleaving.ts";

export { creditClicks, interleavingVerdict } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length = Infinity): Interleaving {
  const result = reference(rankingA, rankingB, coins, length);
  const shown = new Set(result.items);
  // BUG: appends the rest of whichever ranking still has items, all credited to it.
  for (const [ranking, team] of [[rankingA, "A"], [rankingB, "B"]] as const) {
    for (const item of ranking) {
      if (result.items.length >= length) break;
      if (shown.has(item)) continue;
      shown.add(item);
      result.items.push(item);
      result.teams.push(team);
    }
  }
  return result;
}
