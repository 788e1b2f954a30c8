/** Shared by the mistakes: the coin source as the prompt defines it (an array, one per call, or a seedrandom seed). */
import seedrandom from "seedrandom";
import { teamDraftInterleave as referenceDraft, type Coins, type Item, type Team } from "../../interleaving.ts";

export function coinSource(coins: Coins): () => Team {
  if (Array.isArray(coins)) {
    let next = 0;
    return () => {
      if (next >= coins.length) throw new RangeError(`ran out of coins after ${coins.length}`);
      return coins[next++] as Team;
    };
  }
  const rng = seedrandom((coins as { seed: string }).seed);
  return () => (rng() < 0.5 ? "A" : "B");
}

/**
 * The reference's validation of the arguments, without its coin budget (a mistake may use coins differently):
 * calls the reference with the coins padded far beyond any need.
 */
export function validate(rankingA: unknown, rankingB: unknown, coins: unknown, length: unknown): void {
  const size = (r: unknown) => (Array.isArray(r) ? r.length : 0);
  const padded = Array.isArray(coins) ? [...(coins as Team[]), ...Array<Team>(size(rankingA) + size(rankingB) + 1).fill("A")] : coins;
  referenceDraft(rankingA as Item[], rankingB as Item[], padded as Coins, length as number | undefined);
}

/** Highest-ranked item of `ranking` not in `shown`, with a pointer that only moves forward (O(1) amortised). */
export function pointer(ranking: readonly Item[], shown: ReadonlySet<Item>): () => Item | undefined {
  let at = 0;
  return () => {
    while (at < ranking.length && shown.has(ranking[at]!)) at++;
    return at < ranking.length ? ranking[at] : undefined;
  };
}
