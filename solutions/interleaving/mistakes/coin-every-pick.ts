/** Mistake: a coin is drawn at every pick (and ignored when the teams are unequal) instead of once per round. */
import { type Coins, type Interleaving, type Item, type Team } from "../interleaving.ts";
import { coinSource, pointer, validate } from "./lib/coins.ts";

export { creditClicks, interleavingVerdict } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length = Infinity): Interleaving {
  validate(rankingA, rankingB, coins, length);
  const flip = coinSource(coins);
  const items: Item[] = [];
  const teams: Team[] = [];
  const shown = new Set<Item>();
  const nextA = pointer(rankingA, shown);
  const nextB = pointer(rankingB, shown);
  let sizeA = 0;
  let sizeB = 0;
  while (nextA() !== undefined && nextB() !== undefined && items.length < length) {
    const coin = flip(); // BUG: consumes a coin even for the second pick of a round
    const team: Team = sizeA < sizeB ? "A" : sizeB < sizeA ? "B" : coin;
    const item = (team === "A" ? nextA() : nextB())!;
    items.push(item);
    teams.push(team);
    shown.add(item);
    if (team === "A") sizeA++;
    else sizeB++;
  }
  return { items, teams };
}
