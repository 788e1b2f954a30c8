/** Mistake: every click is counted, so a double click on one item counts twice. */
import { creditClicks as reference, type Credit, type Interleaving, type Item } from "../interleaving.ts";

export { interleavingVerdict, teamDraftInterleave } from "../interleaving.ts";
export type { Coins, Credit, Interleaving, Item, Team, Verdict } from "../interleaving.ts";

export function creditClicks(interleaving: Interleaving, clicks: readonly Item[]): Credit {
  reference(interleaving, clicks); // validates
  let a = 0;
  let b = 0;
  for (const click of clicks) {
    if (interleaving.teams[interleaving.items.indexOf(click)] === "A") a++; // BUG: no de-duplication
    else b++;
  }
  return { a, b, winner: a > b ? "A" : b > a ? "B" : "tie" };
}
