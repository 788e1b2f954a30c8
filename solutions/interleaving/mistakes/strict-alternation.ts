/** Mistake: strict alternation after the first coin (A, B, A, B, … like balanced interleaving), not a coin per round. */
import { type Coins, type Interleaving, type Item, type Team } from "../interleaving.ts";
import { coinSource, pointer, validate } from "./lib/coins.ts";

export { creditClicks, interleavingVerdict } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length = Infinity): Interleaving {
  validate(rankingA, rankingB, coins, length);
  const items: Item[] = [];
  const teams: Team[] = [];
  const shown = new Set<Item>();
  const nextA = pointer(rankingA, shown);
  const nextB = pointer(rankingB, shown);
  let turn: Team | undefined;
  while (nextA() !== undefined && nextB() !== undefined && items.length < length) {
    turn = turn === undefined ? coinSource(coins)() : turn === "A" ? "B" : "A"; // BUG: one coin, then alternate
    const item = (turn === "A" ? nextA() : nextB())!;
    items.push(item);
    teams.push(turn);
    shown.add(item);
  }
  return { items, teams };
}
