/** Mistake: each team skips only its own earlier picks, so an item the other team already showed is placed twice. */
import { type Coins, type Interleaving, type Item, type Team } from "../interleaving.ts";
import { coinSource, validate } from "./lib/coins.ts";

export { creditClicks, interleavingVerdict } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length = Infinity): Interleaving {
  validate(rankingA, rankingB, coins, length);
  const flip = coinSource(coins);
  const items: Item[] = [];
  const teams: Team[] = [];
  let nextA = 0; // BUG: a pointer per team that never skips the other team's picks
  let nextB = 0;
  let sizeA = 0;
  let sizeB = 0;
  while (nextA < rankingA.length && nextB < rankingB.length && items.length < length) {
    const team: Team = sizeA < sizeB ? "A" : sizeB < sizeA ? "B" : flip();
    items.push(team === "A" ? rankingA[nextA++]! : rankingB[nextB++]!);
    teams.push(team);
    if (team === "A") sizeA++;
    else sizeB++;
  }
  return { items, teams };
}
