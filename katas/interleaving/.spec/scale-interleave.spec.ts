/**
 * Scale specs for interleaving, in their own file so that a solution the watchdog stops does not take the other
 * specs' results down with it.
 *
 * 1. teamDraftInterleave on two rankings of 200,000 ids (B is A with nearby items swapped, so almost every pick
 *    must skip items the other team already showed). Measured on the project machine (2 cores, Node 20): the
 *    reference (a Set and one pointer per ranking) ~60 ms of CPU; the array-and-pointer alternative ~40 ms; a
 *    pick that scans its ranking from the top with `shown.includes` is O(n^2) — ~4·10^10 comparisons, extrapolated
 *    from 1.1 s at n = 20,000 to ~110 s at 200,000 — stopped by the watchdog (3 s without yielding).
 * 2. interleavingVerdict over 1,000,000 queries: the reference ~40 ms (the binomial tail summed by ratios from
 *    pmf(k), with ln C(n, k) as 499,000 compensated logs); an exact BigInt sum of C(n, i) is ~10^5 times slower.
 *
 * Bound: 1,500 ms of CPU per call (process.cpuUsage, so that other jobs on the machine do not count): a 25x margin
 * for the reference on the interleaving, 35x on the verdict, and the O(n^2) scan ~70x past it.
 */
import seedrandom from "seedrandom";
import { beforeAll, it } from "vitest";
import { interleavingVerdict, teamDraftInterleave, type Item, type Team } from "#impl/interleaving";
import { abridge, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const BOUND_MS = 1_500;
const N = 200_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

function withinBound(ms: number, what: string): void {
  if (ms > BOUND_MS) fail(`${what} took ${Math.round(ms)} ms of CPU; a linear-time solution needs well under ${BOUND_MS} ms`, `< ${BOUND_MS} ms`, `${Math.round(ms)} ms`);
}

/** An independent O(n) team draft by rounds, with a Set of shown ids and a pointer per ranking. */
function linearTeamDraft(a: Item[], b: Item[], nextCoin: () => Team): { items: Item[]; teams: Team[] } {
  const shown = new Set<Item>();
  const items: Item[] = [];
  const teams: Team[] = [];
  const pointer = { A: 0, B: 0 };
  const rankings = { A: a, B: b };
  const skip = (team: Team) => {
    while (pointer[team] < rankings[team].length && shown.has(rankings[team][pointer[team]]!)) pointer[team]++;
    return pointer[team] < rankings[team].length;
  };
  while (skip("A") && skip("B")) {
    const first = nextCoin();
    for (const team of [first, first === "A" ? "B" : "A"] as Team[]) {
      if (!(skip("A") && skip("B"))) break;
      const item = rankings[team][pointer[team]]!;
      shown.add(item);
      items.push(item);
      teams.push(team);
    }
  }
  return { items, teams };
}

specs("scale", "scale", () => {
  let a: string[] = [];
  let b: string[] = [];
  beforeAll(() => {
    const rng = seedrandom("interleaving-scale");
    a = Array.from({ length: N }, (_, i) => `doc${i}`);
    b = [...a];
    // B agrees with A up to local swaps: each id moves by at most a few places.
    for (let i = 0; i + 3 < N; i += 2) {
      const j = i + 1 + Math.floor(rng() * 3);
      [b[i], b[j]] = [b[j]!, b[i]!];
    }
  });

  it("teamDraftInterleave on two rankings of 200,000 ids in linear time", () => {
    given({ rankingA: `${N} ids doc0 … doc${N - 1}`, rankingB: "the same ids with nearby pairs swapped", coins: { seed: "scale" } }, () => {
      const { value, ms } = timed(() => teamDraftInterleave(a, b, { seed: "scale" }));
      const draw = seedrandom("scale");
      const expected = linearTeamDraft(a, b, () => (draw() < 0.5 ? "A" : "B"));
      if (value.items.length !== expected.items.length) fail("the interleaving has the wrong length", expected.items.length, value.items.length);
      for (let i = 0; i < expected.items.length; i++) {
        if (value.items[i] !== expected.items[i] || value.teams[i] !== expected.teams[i]) {
          fail(`position ${i} differs`, abridge([expected.items[i], expected.teams[i]]), abridge([value.items[i], value.teams[i]]));
        }
      }
      withinBound(ms, "teamDraftInterleave");
    });
  });

  it("interleavingVerdict over 1,000,000 queries (501,000 to 499,000): p = 0.0456", () => {
    // binomtest(501000, 1000000, 0.5).pvalue -> 0.0456082998653896
    const credits = Array.from({ length: 1_000_000 }, (_, i) => (i % 1000 < 501 ? { a: 1, b: 0 } : { a: 0, b: 1 }));
    given({ credits: "1,000,000 credits, 501 of every 1,000 a win for A" }, () => {
      const { value, ms } = timed(() => interleavingVerdict(credits));
      expectClose(value.pValue, 0.0456082998653896, 1e-7 * 0.0456082998653896, "pValue");
      withinBound(ms, "interleavingVerdict");
    });
  });
});
