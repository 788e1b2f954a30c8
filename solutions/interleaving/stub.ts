/**
 * Kata: team-draft interleaving. Read README.md in this folder first.
 *
 * Implement the three functions below, then run `npm run grade -- interleaving`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

export type Team = "A" | "B";
/** An item id: a string, or a finite number. Ids are compared with ===. */
export type Item = string | number;
/**
 * The coin of each round: an explicit list, one coin per round in order ("A": team A picks first in that round),
 * or `{ seed }`: the coins are `rng() < 0.5 ? "A" : "B"` with `const rng = seedrandom(seed)`, one draw per round.
 */
export type Coins = readonly Team[] | { seed: string };

export interface Interleaving {
  /** The list shown to the user. */
  items: Item[];
  /** teams[i]: the ranker whose pick items[i] was. */
  teams: Team[];
}

export interface Credit {
  /** Distinct clicked items that team A contributed. */
  a: number;
  /** Distinct clicked items that team B contributed. */
  b: number;
  /** The team with more credited clicks, or "tie". */
  winner: Team | "tie";
}

export interface Verdict {
  winsA: number;
  winsB: number;
  ties: number;
  /** Two-sided binomial sign test of winsA out of winsA + winsB at 1/2 (ties left out); 1 when there are no wins. */
  pValue: number;
}

/**
 * Team-draft interleaving (Radlinski et al. 2008) of two rankings, best first. Stops when either ranking has
 * nothing new to add, or when `length` items are shown.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length?: number): Interleaving {
  throw new NotImplementedError("teamDraftInterleave");
}

/**
 * One query's credit: each distinct clicked item counts for the team that contributed it.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function creditClicks(interleaving: Interleaving, clicks: readonly Item[]): Credit {
  throw new NotImplementedError("creditClicks");
}

/**
 * The verdict over many queries: wins, ties and the two-sided sign-test p-value (scipy's
 * binomtest(winsA, winsA + winsB, 0.5).pvalue).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function interleavingVerdict(credits: readonly Pick<Credit, "a" | "b">[]): Verdict {
  throw new NotImplementedError("interleavingVerdict");
}
