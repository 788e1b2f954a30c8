/**
 * Alternative: the interleaving written by rounds (one coin, then both picks) with a Map of shown ids, and the
 * sign test's binomial tail from ln Gamma by a Stirling series (pmf(k) directly, then the ratios downward), not
 * the reference's sum of logarithms.
 */
import seedrandom from "seedrandom";

export type Team = "A" | "B";
export type Item = string | number;
export type Coins = readonly Team[] | { seed: string };
export interface Interleaving { items: Item[]; teams: Team[] }
export interface Credit { a: number; b: number; winner: Team | "tie" }
export interface Verdict { winsA: number; winsB: number; ties: number; pValue: number }

function checkRanking(r: unknown, name: string): Item[] {
  if (!Array.isArray(r)) throw new TypeError(`${name} must be an array`);
  const seen = new Map<Item, number>();
  for (let i = 0; i < r.length; i++) {
    const x: unknown = r[i];
    if (typeof x !== "string" && typeof x !== "number") throw new TypeError(`${name}: item ${i} must be a string or number`);
    if (typeof x === "number" && !Number.isFinite(x)) throw new RangeError(`${name}: item ${i} is not finite`);
    if (seen.has(x)) throw new RangeError(`${name}: duplicate item ${String(x)}`);
    seen.set(x, i);
  }
  return r as Item[];
}

export function teamDraftInterleave(rankingA: readonly Item[], rankingB: readonly Item[], coins: Coins, length = Infinity): Interleaving {
  const lists = { A: checkRanking(rankingA, "rankingA"), B: checkRanking(rankingB, "rankingB") };
  let coin: () => Team;
  if (Array.isArray(coins)) {
    for (const c of coins as unknown[]) if (c !== "A" && c !== "B") throw new RangeError(`bad coin ${String(c)}`);
    let i = 0;
    coin = () => {
      if (i === coins.length) throw new RangeError("not enough coins");
      return coins[i++] as Team;
    };
  } else if (coins !== null && typeof coins === "object" && typeof (coins as { seed: unknown }).seed === "string") {
    const rng = seedrandom((coins as { seed: string }).seed);
    coin = () => (rng() < 0.5 ? "A" : "B");
  } else {
    throw new TypeError("coins must be a list of coins or { seed }");
  }
  if (typeof length !== "number" || length < 0 || (length !== Infinity && !Number.isInteger(length))) {
    throw new RangeError("length must be a non-negative integer");
  }
  const shown = new Map<Item, Team>();
  const at = { A: 0, B: 0 };
  const out: Interleaving = { items: [], teams: [] };
  const ready = (): boolean => {
    for (const t of ["A", "B"] as const) {
      while (at[t] < lists[t].length && shown.has(lists[t][at[t]]!)) at[t]++;
      if (at[t] === lists[t].length) return false;
    }
    return out.items.length < length;
  };
  while (ready()) {
    const first = coin();
    const order: Team[] = first === "A" ? ["A", "B"] : ["B", "A"];
    for (const t of order) {
      if (!ready()) break;
      const item = lists[t][at[t]]!;
      shown.set(item, t);
      out.items.push(item);
      out.teams.push(t);
    }
  }
  return out;
}

export function creditClicks(interleaving: Interleaving, clicks: readonly Item[]): Credit {
  if (interleaving === null || typeof interleaving !== "object" || !Array.isArray(interleaving.items) || !Array.isArray(interleaving.teams)) {
    throw new TypeError("interleaving must have items and teams arrays");
  }
  if (interleaving.items.length !== interleaving.teams.length) throw new RangeError("items and teams differ in length");
  const team = new Map<Item, Team>();
  interleaving.items.forEach((item, i) => {
    const t: unknown = interleaving.teams[i];
    if (t !== "A" && t !== "B") throw new RangeError(`bad team at ${i}`);
    team.set(item, t);
  });
  if (!Array.isArray(clicks)) throw new TypeError("clicks must be an array");
  const clicked = new Set<Item>();
  for (const c of clicks) {
    if (!team.has(c)) throw new RangeError(`click on ${String(c)}, which was not shown`);
    clicked.add(c);
  }
  let a = 0;
  for (const c of clicked) if (team.get(c) === "A") a++;
  const b = clicked.size - a;
  return { a, b, winner: a === b ? "tie" : a > b ? "A" : "B" };
}

/** ln Gamma(x) by the Stirling series after shifting x above 15. */
function lnGamma(x: number): number {
  let shift = 0;
  while (x < 15) {
    shift -= Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
  return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
}

export function interleavingVerdict(credits: readonly Pick<Credit, "a" | "b">[]): Verdict {
  if (!Array.isArray(credits)) throw new TypeError("credits must be an array");
  const v: Verdict = { winsA: 0, winsB: 0, ties: 0, pValue: 1 };
  for (const c of credits as unknown[]) {
    if (c === null || typeof c !== "object") throw new TypeError("each credit must be { a, b }");
    const { a, b } = c as { a: unknown; b: unknown };
    if (typeof a !== "number" || typeof b !== "number") throw new TypeError("credit counts must be numbers");
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0) throw new RangeError("credit counts must be non-negative integers");
    if (a > b) v.winsA++;
    else if (b > a) v.winsB++;
    else v.ties++;
  }
  const n = v.winsA + v.winsB;
  const k = Math.min(v.winsA, v.winsB);
  if (2 * k === n) return v;
  let term = Math.exp(lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1) - n * Math.LN2);
  let tail = 0;
  for (let i = k; i >= 0 && term > 0; i--) {
    tail += term;
    term *= i / (n - i + 1);
    if (term < tail * 1e-18) break;
  }
  v.pValue = Math.min(1, 2 * tail);
  return v;
}
