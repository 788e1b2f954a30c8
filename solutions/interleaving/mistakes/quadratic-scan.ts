/** Mistake: each pick scans its ranking from the top for the first id not shown: O(n^2), minutes for 200,000 ids. */
import { type Coins, type Interleaving, type Item, type Team } from "../interleaving.ts";
import { coinSource, validate } from "./lib/coins.ts";

export { creditClicks, interleavingVerdict } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length = Infinity): Interleaving {
  validate(rankingA, rankingB, coins, length);
  const flip = coinSource(coins);
  const items: Item[] = [];
  const teams: Team[] = [];
  const shown = new Set<Item>();
  const best = (r: readonly Item[]) => r.find((x) => !shown.has(x)); // BUG: O(n) per pick, always from the top
  let sizeA = 0;
  let sizeB = 0;
  for (;;) {
    const a = best(rankingA);
    const b = best(rankingB);
    if (a === undefined || b === undefined || items.length >= length) break;
    const team: Team = sizeA < sizeB ? "A" : sizeB < sizeA ? "B" : flip();
    items.push(team === "A" ? a : b);
    shown.add(team === "A" ? a : b);
    teams.push(team);
    if (team === "A") sizeA++;
    else sizeB++;
  }
  return { items, teams };
}
