/**
 * Reference solution: team-draft interleaving (Radlinski, Kurup & Joachims, CIKM 2008), click credit by team, and
 * the verdict over many queries with a two-sided binomial sign test (scipy's binomtest(winsA, winsA + winsB, 0.5)).
 *
 * Team draft is a schoolyard pick: in each round a coin decides which team picks first, then each team in turn
 * adds its highest-ranked item not already shown. The team that *picked* an item owns it, whatever list it also
 * appears in: that is what makes the comparison fair (each ranker gets the same number of slots near the top,
 * up to one, and a shared item helps neither).
 */
import seedrandom from "seedrandom";

export type Team = "A" | "B";
export type Item = string | number;
/** The coin of each round: an explicit list (one per round, in order), or a seedrandom seed. */
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
  winner: Team | "tie";
}

export interface Verdict {
  winsA: number;
  winsB: number;
  ties: number;
  /** Two-sided sign test of winsA against winsA + winsB trials at 1/2; ties are left out. 1 when there are no wins. */
  pValue: number;
}

// ---------------------------------------------------------------------------------------------- validation

function requireRanking(ranking: unknown, name: string): readonly Item[] {
  if (!Array.isArray(ranking)) throw new TypeError(`${name} must be an array of item ids`);
  const seen = new Set<Item>();
  ranking.forEach((item: unknown, i) => {
    if (typeof item === "string") {
      // any string is an id
    } else if (typeof item === "number") {
      if (!Number.isFinite(item)) throw new RangeError(`${name}[${i}] is ${item}; a numeric item id must be finite`);
    } else {
      throw new TypeError(`${name}[${i}] is ${typeof item}; an item id must be a string or a number`);
    }
    if (seen.has(item)) throw new RangeError(`${name} lists the item ${String(item)} twice (duplicate at index ${i})`);
    seen.add(item);
  });
  return ranking as Item[];
}

/** A function returning the coin of the next round. */
function coinSource(coins: unknown): () => Team {
  if (Array.isArray(coins)) {
    coins.forEach((coin: unknown, i) => {
      if (coin !== "A" && coin !== "B") throw new RangeError(`coins[${i}] is ${String(coin)}; each coin must be "A" or "B"`);
    });
    let next = 0;
    return () => {
      if (next >= coins.length) throw new RangeError(`ran out of coins: ${coins.length} given, round ${next + 1} needs another`);
      return coins[next++] as Team;
    };
  }
  if (typeof coins === "object" && coins !== null && typeof (coins as { seed?: unknown }).seed === "string") {
    const rng = seedrandom((coins as { seed: string }).seed);
    return () => (rng() < 0.5 ? "A" : "B");
  }
  throw new TypeError('coins must be an array of "A" / "B" or { seed: string }');
}

// ------------------------------------------------------------------------------------------ interleaving

/**
 * Team-draft interleaving of two rankings. Each round starts with a coin: its team picks first, then the other
 * team; a pick is the team's highest-ranked item not shown yet. As in the paper, the list ends as soon as either
 * ranking has nothing new to add (so both teams always had the same chance to fill each round), or when `length`
 * items are shown. O(|A| + |B|): each ranking is scanned once by its pointer, and a Set answers "shown yet?".
 */
export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length = Number.POSITIVE_INFINITY): Interleaving {
  const a = requireRanking(rankingA, "rankingA");
  const b = requireRanking(rankingB, "rankingB");
  const flip = coinSource(coins);
  if (typeof length !== "number") throw new TypeError("length must be a number");
  if (!(length >= 0) || (Number.isFinite(length) && !Number.isInteger(length))) {
    throw new RangeError(`length must be a non-negative integer or Infinity (got ${length})`);
  }

  const items: Item[] = [];
  const teams: Team[] = [];
  const shown = new Set<Item>();
  let nextA = 0; // index of A's highest-ranked item that may not be shown yet
  let nextB = 0;
  const advance = (ranking: readonly Item[], from: number) => {
    while (from < ranking.length && shown.has(ranking[from]!)) from++;
    return from;
  };
  const pick = (team: Team) => {
    const item = team === "A" ? a[nextA]! : b[nextB]!;
    items.push(item);
    teams.push(team);
    shown.add(item);
  };

  let sizeA = 0;
  let sizeB = 0;
  for (;;) {
    nextA = advance(a, nextA);
    nextB = advance(b, nextB);
    if (nextA >= a.length || nextB >= b.length || items.length >= length) break;
    // The team with fewer picks goes next; on a tie (the start of a round) the coin decides.
    const team: Team = sizeA < sizeB ? "A" : sizeB < sizeA ? "B" : flip();
    pick(team);
    if (team === "A") sizeA++;
    else sizeB++;
  }
  return { items, teams };
}

// ------------------------------------------------------------------------------------------------ credit

function requireInterleaving(interleaving: unknown): Interleaving {
  if (typeof interleaving !== "object" || interleaving === null) throw new TypeError("interleaving must be { items, teams }");
  const { items, teams } = interleaving as { items?: unknown; teams?: unknown };
  if (!Array.isArray(items) || !Array.isArray(teams)) throw new TypeError("interleaving.items and interleaving.teams must be arrays");
  if (items.length !== teams.length) {
    throw new RangeError(`interleaving.items and interleaving.teams must have the same length (got ${items.length} and ${teams.length})`);
  }
  teams.forEach((team: unknown, i) => {
    if (team !== "A" && team !== "B") throw new RangeError(`interleaving.teams[${i}] is ${String(team)}; a team is "A" or "B"`);
  });
  return { items: items as Item[], teams: teams as Team[] };
}

/**
 * Credits one query's clicks: each distinct clicked item counts for the team that contributed it to the shown
 * list (not for every ranking that contains it). A repeated click on one item counts once.
 */
export function creditClicks(interleaving: Interleaving, clicks: readonly Item[]): Credit {
  const { items, teams } = requireInterleaving(interleaving);
  if (!Array.isArray(clicks)) throw new TypeError("clicks must be an array of item ids");
  const owner = new Map<Item, Team>();
  items.forEach((item, i) => owner.set(item, teams[i]!));
  const counted = new Set<Item>();
  let a = 0;
  let b = 0;
  clicks.forEach((click: Item, i) => {
    const team = owner.get(click);
    if (team === undefined) throw new RangeError(`clicks[${i}] is ${String(click)}, an item that was not shown`);
    if (counted.has(click)) return;
    counted.add(click);
    if (team === "A") a++;
    else b++;
  });
  return { a, b, winner: a > b ? "A" : b > a ? "B" : "tie" };
}

// ----------------------------------------------------------------------------------------------- verdict

/**
 * ln C(n, k) as a sum of min(k, n - k) logarithms with Neumaier's compensated summation: the sum reaches ~7e5 at
 * n = 10^6, where each plain addition would round off 1e-10 and half a million of them 1e-8. ln Gamma(n + 1)
 * by Lanczos has the same problem (an absolute error of ~1e-9 on 1.3e7).
 */
function logBinomial(n: number, k: number): number {
  const j = Math.min(k, n - k);
  let sum = 0;
  let compensation = 0;
  for (let i = 1; i <= j; i++) {
    const term = Math.log((n - j + i) / i);
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/** P(X <= k) for X ~ Binomial(n, 1/2), k < n/2: pmf(k) times the sum of the ratios pmf(i)/pmf(k), i = k, k-1, … */
function lowerTailHalf(n: number, k: number): number {
  const pmfK = Math.exp(logBinomial(n, k) - n * Math.LN2);
  let ratio = 1;
  let sum = 1;
  for (let i = k; i > 0; i--) {
    ratio *= i / (n - i + 1); // pmf(i - 1) / pmf(i)
    sum += ratio;
    if (ratio < sum * 1e-17) break;
  }
  return pmfK * sum;
}

/**
 * The verdict over many queries: a query is a win for the team with more credited clicks, a tie otherwise
 * (including no clicks). Ties carry no information about which ranker is better, so the sign test leaves them
 * out: p = min(1, 2 * P(X <= min(winsA, winsB))) with X ~ Binomial(winsA + winsB, 1/2), scipy's
 * binomtest(winsA, winsA + winsB, 0.5).pvalue (two-sided); 1 when every query is a tie.
 */
export function interleavingVerdict(credits: readonly Pick<Credit, "a" | "b">[]): Verdict {
  if (!Array.isArray(credits)) throw new TypeError("credits must be an array of { a, b }");
  let winsA = 0;
  let winsB = 0;
  let ties = 0;
  credits.forEach((credit: unknown, i) => {
    if (typeof credit !== "object" || credit === null) throw new TypeError(`credits[${i}] must be { a, b }`);
    const { a, b } = credit as { a?: unknown; b?: unknown };
    if (typeof a !== "number" || typeof b !== "number") throw new TypeError(`credits[${i}].a and .b must be numbers`);
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0) {
      throw new RangeError(`credits[${i}] has a = ${a}, b = ${b}; click credits are non-negative integers`);
    }
    if (a > b) winsA++;
    else if (b > a) winsB++;
    else ties++;
  });
  const n = winsA + winsB;
  const k = Math.min(winsA, winsB);
  const pValue = 2 * k === n ? 1 : Math.min(1, 2 * lowerTailHalf(n, k));
  return { winsA, winsB, ties, pValue };
}
