/**
 * Hidden specs for the interleaving kata. Golden values: team draft as transcribed from Radlinski, Kurup & Joachims
 * (CIKM 2008), Algorithm 2, in Python, and scipy 1.17.1's binomtest; computed by
 * scripts/fixtures/golden/interleaving.py (the expression is beside each value). p-values within a relative 1e-7.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { creditClicks, interleavingVerdict, teamDraftInterleave, type Coins, type Item, type Team } from "#impl/interleaving";
import { abridge, expectClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";

const P_REL = 1e-7;

function expectP(actual: unknown, expected: number, what = "pValue"): void {
  expectClose(actual, expected, P_REL * expected, what);
}

function expectSame(actual: unknown, expected: unknown, message: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(message, abridge(expected), abridge(actual));
}

function expectInterleaving(actual: unknown, items: Item[], teams: Team[]): void {
  if (typeof actual !== "object" || actual === null) fail("teamDraftInterleave should return { items, teams }", "an object", abridge(actual));
  const { items: gotItems, teams: gotTeams } = actual as { items: unknown; teams: unknown };
  expectSame(gotItems, items, "the interleaved items differ");
  expectSame(gotTeams, teams, "the teams (who picked each item) differ");
}

// ------------------------------------------------------------------------------------------ golden cases

interface DraftCase { name: string; a: Item[]; b: Item[]; coins: Team[]; length?: number; items: Item[]; teams: Team[] }

const draftGolden: DraftCase[] = [
  // team_draft([1, 2, 3, 4], [2, 1, 5, 6], ['A', 'B', 'A']) -> ([1, 2, 5, 3, 4], ['A', 'B', 'B', 'A', 'A'])
  { name: "the known case, coins A, B, A", a: [1, 2, 3, 4], b: [2, 1, 5, 6], coins: ["A", "B", "A"], items: [1, 2, 5, 3, 4], teams: ["A", "B", "B", "A", "A"] },
  // team_draft([1, 2, 3, 4], [2, 1, 5, 6], ['B', 'A', 'A']) -> ([2, 1, 3, 5, 4], ['B', 'A', 'A', 'B', 'A'])
  { name: "the same rankings, coins B, A, A", a: [1, 2, 3, 4], b: [2, 1, 5, 6], coins: ["B", "A", "A"], items: [2, 1, 3, 5, 4], teams: ["B", "A", "A", "B", "A"] },
  // team_draft(['a', 'b', 'c', 'd', 'e'], ['c', 'd', 'a', 'f', 'g'], ['B', 'B', 'A']) -> (['c', 'a', 'd', 'b', 'e'], ['B', 'A', 'B', 'A', 'A'])
  {
    name: "string ids, coins B, B, A",
    a: ["a", "b", "c", "d", "e"],
    b: ["c", "d", "a", "f", "g"],
    coins: ["B", "B", "A"],
    items: ["c", "a", "d", "b", "e"],
    teams: ["B", "A", "B", "A", "A"],
  },
  // team_draft([1, 2, 3], [4, 5, 6, 7, 8], ['B', 'A', 'B']) -> ([4, 1, 2, 5, 6, 3], ['B', 'A', 'A', 'B', 'B', 'A'])
  { name: "disjoint rankings: stops when A is used up", a: [1, 2, 3], b: [4, 5, 6, 7, 8], coins: ["B", "A", "B"], items: [4, 1, 2, 5, 6, 3], teams: ["B", "A", "A", "B", "B", "A"] },
];

specs("correct", "teamDraftInterleave: golden cases (Radlinski et al. 2008, Algorithm 2)", () => {
  for (const c of draftGolden) {
    it(c.name, () => {
      given({ rankingA: c.a, rankingB: c.b, coins: c.coins }, () => expectInterleaving(teamDraftInterleave(c.a, c.b, c.coins), c.items, c.teams));
    });
  }

  it("a seeded list: { seed: \"query-42\" } draws coins A, A, B", () => {
    const a = ["d1", "d2", "d3", "d4"];
    const b = ["d3", "d1", "d5", "d6"];
    given({ rankingA: a, rankingB: b, coins: { seed: "query-42" } }, () =>
      expectInterleaving(teamDraftInterleave(a, b, { seed: "query-42" }), ["d1", "d3", "d2", "d5", "d6"], ["A", "B", "A", "B", "B"]),
    );
  });
});

specs("correct", "creditClicks: each distinct click counts for the team that picked it", () => {
  const shown = { items: [1, 2, 5, 3, 4] as Item[], teams: ["A", "B", "B", "A", "A"] as Team[] };
  const cases: { clicks: Item[]; a: number; b: number; winner: Team | "tie"; name: string }[] = [
    { name: "a click on a shared item goes to the team that picked it (2 is B's)", clicks: [2], a: 0, b: 1, winner: "B" },
    { name: "one click each is a tie", clicks: [2, 3], a: 1, b: 1, winner: "tie" },
    { name: "A's picks only", clicks: [1, 4, 3], a: 3, b: 0, winner: "A" },
    { name: "clicks in any order", clicks: [4, 5, 2], a: 1, b: 2, winner: "B" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ interleaving: shown, clicks: c.clicks }, () => expectSame(creditClicks(shown, c.clicks), { a: c.a, b: c.b, winner: c.winner }, "the credit differs"));
    });
  }
});

specs("correct", "interleavingVerdict: the sign test against scipy's binomtest", () => {
  const golden: [number, number, number][] = [
    [3, 4, 0.625], // binomtest(3, 4, 0.5).pvalue
    [7, 10, 0.34375], // binomtest(7, 10, 0.5).pvalue
    [3, 10, 0.34375], // binomtest(3, 10, 0.5).pvalue
    [60, 100, 0.05688793364098089], // binomtest(60, 100, 0.5).pvalue
    [0, 5, 0.0625], // binomtest(0, 5, 0.5).pvalue
    [12, 20, 0.5034446716308594], // binomtest(12, 20, 0.5).pvalue
    [30, 50, 0.20263875106454066], // binomtest(30, 50, 0.5).pvalue
  ];
  for (const [k, n, p] of golden) {
    it(`${k} wins for A and ${n - k} for B: p = ${p}`, () => {
      const credits = [...Array.from({ length: k }, () => ({ a: 2, b: 1 })), ...Array.from({ length: n - k }, () => ({ a: 0, b: 1 }))];
      given({ credits }, () => {
        const verdict = interleavingVerdict(credits);
        expectSame([verdict.winsA, verdict.winsB, verdict.ties], [k, n - k, 0], "winsA, winsB, ties differ");
        expectP(verdict.pValue, p);
      });
    });
  }

  it("ties are counted but left out of the test: 3 wins, 1 loss, 2 ties gives binomtest(3, 4) = 0.625", () => {
    const credits = [{ a: 2, b: 0 }, { a: 1, b: 1 }, { a: 0, b: 1 }, { a: 3, b: 1 }, { a: 0, b: 0 }, { a: 1, b: 0 }];
    given({ credits }, () => {
      const verdict = interleavingVerdict(credits);
      expectSame([verdict.winsA, verdict.winsB, verdict.ties], [3, 1, 2], "winsA, winsB, ties differ");
      expectP(verdict.pValue, 0.625); // binomtest(3, 4, 0.5).pvalue
    });
  });

  it("ties in bulk do not move the p-value: 7 wins, 3 losses and 90 ties gives binomtest(7, 10) = 0.34375", () => {
    const credits = [
      ...Array.from({ length: 7 }, () => ({ a: 1, b: 0 })),
      ...Array.from({ length: 3 }, () => ({ a: 0, b: 2 })),
      ...Array.from({ length: 90 }, (_, i) => ({ a: i % 3, b: i % 3 })),
    ];
    given({ credits }, () => {
      const verdict = interleavingVerdict(credits);
      expectSame([verdict.winsA, verdict.winsB, verdict.ties], [7, 3, 90], "winsA, winsB, ties differ");
      expectP(verdict.pValue, 0.34375); // binomtest(7, 10, 0.5).pvalue
    });
  });
});

specs("correct", "the whole pipeline on 400 queries (fixtures/interleaving/queries.json)", () => {
  // rows = json.load(open('fixtures/interleaving/queries.json')); each query interleaved with its own coins;
  // the user clicks every relevant item among the first 6 shown.
  //   wins_a, wins_b, ties -> (65, 152, 183);  binomtest(65, 217, 0.5).pvalue -> 3.282453878431484e-09
  const rows = JSON.parse(readFileSync(new URL("../../../fixtures/interleaving/queries.json", import.meta.url), "utf8")) as {
    rankingA: string[];
    rankingB: string[];
    relevant: string[];
    coins: Team[];
  }[];

  it("the first query's interleaving", () => {
    const row = rows[0]!;
    // team_draft(rows[0]['rankingA'], rows[0]['rankingB'], rows[0]['coins'])
    given({ rankingA: row.rankingA, rankingB: row.rankingB, coins: row.coins }, () =>
      expectInterleaving(
        teamDraftInterleave(row.rankingA, row.rankingB, row.coins),
        ["d926", "d1227", "d1400", "d1331", "d729", "d1601", "d1560", "d1724", "d1802", "d1221", "d555", "d536", "d207"],
        ["A", "B", "B", "A", "A", "B", "B", "A", "A", "B", "B", "A", "B"],
      ),
    );
  });

  it("B wins 152 queries, A 65, 183 ties: p = 3.28e-9", () => {
    given({ queries: `${rows.length} queries from fixtures/interleaving/queries.json` }, () => {
      const credits = rows.map((row) => {
        const shown = teamDraftInterleave(row.rankingA, row.rankingB, row.coins);
        const relevant = new Set(row.relevant);
        return creditClicks(shown, shown.items.slice(0, 6).filter((item) => relevant.has(item as string)));
      });
      const verdict = interleavingVerdict(credits);
      expectSame([verdict.winsA, verdict.winsB, verdict.ties], [65, 152, 183], "winsA, winsB, ties differ");
      expectP(verdict.pValue, 3.282453878431484e-9);
    });
  });
});

// ------------------------------------------------------------------ seeded cases against a brute force

const other = (team: Team): Team => (team === "A" ? "B" : "A");

/**
 * Independent brute force, written by rounds: each round draws one coin; its team picks, then the other, each
 * taking its best item not yet shown (a linear scan), as long as both rankings still have one and the list is
 * shorter than `length`.
 */
function bruteTeamDraft(a: Item[], b: Item[], nextCoin: () => Team, length = Number.POSITIVE_INFINITY): { items: Item[]; teams: Team[] } {
  const items: Item[] = [];
  const teams: Team[] = [];
  const best = (ranking: Item[]) => ranking.findIndex((x) => !items.includes(x));
  const canPick = () => best(a) >= 0 && best(b) >= 0 && items.length < length;
  while (canPick()) {
    const first = nextCoin();
    for (const team of [first, other(first)]) {
      if (!canPick()) break;
      const ranking = team === "A" ? a : b;
      items.push(ranking[best(ranking)]!);
      teams.push(team);
    }
  }
  return { items, teams };
}

function randomRanking(rng: seedrandom.PRNG, catalogue: Item[], size: number): Item[] {
  const pool = [...catalogue];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

specs("correct", "seeded random cases agree with a brute force", () => {
  const rng = seedrandom("interleaving-random-cases");
  const catalogue: Item[] = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? i : `doc${i}`));
  const cases = Array.from({ length: 60 }, () => ({
    a: randomRanking(rng, catalogue, Math.floor(rng() * 11)),
    b: randomRanking(rng, catalogue, Math.floor(rng() * 11)),
    coins: Array.from({ length: 12 }, () => (rng() < 0.5 ? "A" : "B") as Team),
  }));

  it("explicit coins: 60 random pairs of rankings (0-10 items from 14, mixed string and number ids)", () => {
    for (const c of cases) {
      let next = 0;
      const expected = bruteTeamDraft(c.a, c.b, () => c.coins[next++]!);
      given({ rankingA: c.a, rankingB: c.b, coins: c.coins }, () => expectInterleaving(teamDraftInterleave(c.a, c.b, c.coins), expected.items, expected.teams));
    }
  });

  it("seeded coins: one seedrandom draw per round, on the same rankings with seeds q0 … q59", () => {
    cases.forEach((c, i) => {
      const coins: Coins = { seed: `q${i}` };
      const draw = seedrandom(`q${i}`);
      const expected = bruteTeamDraft(c.a, c.b, () => (draw() < 0.5 ? "A" : "B"));
      given({ rankingA: c.a, rankingB: c.b, coins }, () => expectInterleaving(teamDraftInterleave(c.a, c.b, coins), expected.items, expected.teams));
    });
  });

  it("a length limit: the first `length` items of the same process", () => {
    cases.forEach((c, i) => {
      const length = i % 7;
      let next = 0;
      const expected = bruteTeamDraft(c.a, c.b, () => c.coins[next++]!, length);
      given({ rankingA: c.a, rankingB: c.b, coins: c.coins, length }, () =>
        expectInterleaving(teamDraftInterleave(c.a, c.b, c.coins, length), expected.items, expected.teams),
      );
    });
  });

  it("creditClicks: distinct clicks per picking team, on 60 random click sets", () => {
    cases.forEach((c, i) => {
      const shown = bruteTeamDraft(c.a, c.b, (() => { let n = 0; return () => c.coins[n++]!; })());
      if (shown.items.length === 0) return;
      const clicks = Array.from({ length: Math.floor(rng() * 5) }, () => shown.items[Math.floor(rng() * shown.items.length)]!);
      let a = 0;
      let b = 0;
      for (const item of new Set(clicks)) (shown.teams[shown.items.indexOf(item)] === "A" ? (a += 1) : (b += 1));
      given({ case: i, interleaving: shown, clicks }, () =>
        expectSame(creditClicks(shown, clicks), { a, b, winner: a > b ? "A" : b > a ? "B" : "tie" }, "the credit differs"),
      );
    });
  });
});

/** Exact two-sided sign test at 1/2 in BigInt: min(1, 2 * sum_{i <= min(k, n-k)} C(n, i) / 2^n). */
function exactSignTest(winsA: number, winsB: number): number {
  const n = winsA + winsB;
  if (winsA === winsB) return 1;
  const k = Math.min(winsA, winsB);
  let c = 1n;
  let sum = 0n;
  for (let i = 0; i <= k; i++) {
    sum += c;
    c = (c * BigInt(n - i)) / BigInt(i + 1);
  }
  const scale = 10n ** 40n;
  const p = Number((2n * sum * scale) / 2n ** BigInt(n)) / 1e40;
  return Math.min(1, p);
}

specs("correct", "interleavingVerdict agrees with an exact BigInt sign test", () => {
  it("40 random sets of credits (n up to 300 queries, with ties)", () => {
    const rng = seedrandom("interleaving-verdict-cases");
    for (let c = 0; c < 40; c++) {
      const n = 1 + Math.floor(rng() * 300);
      const bias = 0.3 + 0.4 * rng();
      const credits = Array.from({ length: n }, () => {
        const r = rng();
        return r < 0.3 ? { a: 1, b: 1 } : r < 0.3 + 0.7 * bias ? { a: 1 + Math.floor(rng() * 3), b: 0 } : { a: 0, b: 1 };
      });
      const winsA = credits.filter((x) => x.a > x.b).length;
      const winsB = credits.filter((x) => x.b > x.a).length;
      given({ credits }, () => {
        const verdict = interleavingVerdict(credits);
        expectSame([verdict.winsA, verdict.winsB, verdict.ties], [winsA, winsB, n - winsA - winsB], "winsA, winsB, ties differ");
        expectP(verdict.pValue, exactSignTest(winsA, winsB));
      });
    }
  });
});

specs("correct", "properties of every team-draft list", () => {
  it("each item once, from its team's ranking, in that ranking's order; team sizes differ by at most 1", () => {
    const rng = seedrandom("interleaving-properties");
    const catalogue: Item[] = Array.from({ length: 30 }, (_, i) => `p${i}`);
    for (let c = 0; c < 50; c++) {
      const a = randomRanking(rng, catalogue, 3 + Math.floor(rng() * 15));
      const b = randomRanking(rng, catalogue, 3 + Math.floor(rng() * 15));
      const coins: Coins = { seed: `properties-${c}` };
      given({ rankingA: a, rankingB: b, coins }, () => {
        const { items, teams } = teamDraftInterleave(a, b, coins);
        if (new Set(items).size !== items.length) fail("an item is shown twice", "distinct items", abridge(items));
        let sizeA = 0;
        let sizeB = 0;
        let lastA = -1;
        let lastB = -1;
        items.forEach((item, i) => {
          const team = teams[i];
          const ranking = team === "A" ? a : b;
          const at = ranking.indexOf(item);
          if (at < 0) fail(`items[${i}] = ${String(item)} is credited to ${team}, whose ranking does not contain it`, `an item of ranking ${team}`, abridge(item));
          if (team === "A") {
            if (at < lastA) fail(`team A's picks are out of A's order at items[${i}]`, "increasing ranks", at);
            lastA = at;
            sizeA++;
          } else {
            if (at < lastB) fail(`team B's picks are out of B's order at items[${i}]`, "increasing ranks", at);
            lastB = at;
            sizeB++;
          }
          if (Math.abs(sizeA - sizeB) > 1) fail(`after ${i + 1} picks the teams differ by ${Math.abs(sizeA - sizeB)}`, "at most 1", Math.abs(sizeA - sizeB));
        });
      });
    }
  });
});

// ------------------------------------------------------------------------------------------------ edges

specs("edge", "where the list ends", () => {
  it("stops as soon as the shorter ranking is used up: [10, 20] vs [30, 40, 50, 60]", () => {
    // team_draft([10, 20], [30, 40, 50, 60], ['A', 'A', 'A']) -> ([10, 30, 20], ['A', 'B', 'A'])
    const a = [10, 20];
    const b = [30, 40, 50, 60];
    given({ rankingA: a, rankingB: b, coins: ["A", "A", "A"] }, () => expectInterleaving(teamDraftInterleave(a, b, ["A", "A", "A"]), [10, 30, 20], ["A", "B", "A"]));
  });

  it("identical rankings: [1, 2, 3] twice with coins A, B", () => {
    // team_draft([1, 2, 3], [1, 2, 3], ['A', 'B']) -> ([1, 2, 3], ['A', 'B', 'B'])
    const a = [1, 2, 3];
    const b = [1, 2, 3];
    given({ rankingA: a, rankingB: b, coins: ["A", "B"] }, () => expectInterleaving(teamDraftInterleave(a, b, ["A", "B"]), [1, 2, 3], ["A", "B", "B"]));
  });

  it("a length limit: the first 4 of the string case", () => {
    // team_draft(['a', 'b', 'c', 'd', 'e'], ['c', 'd', 'a', 'f', 'g'], ['A', 'B', 'B'], length=4) -> (['a', 'c', 'd', 'b'], ['A', 'B', 'B', 'A'])
    const a = ["a", "b", "c", "d", "e"];
    const b = ["c", "d", "a", "f", "g"];
    given({ rankingA: a, rankingB: b, coins: ["A", "B", "B"], length: 4 }, () =>
      expectInterleaving(teamDraftInterleave(a, b, ["A", "B", "B"], 4), ["a", "c", "d", "b"], ["A", "B", "B", "A"]),
    );
  });

  it("an empty ranking, or length 0, gives an empty list and needs no coin", () => {
    given({ rankingA: [], rankingB: [1, 2], coins: [] }, () => expectInterleaving(teamDraftInterleave([], [1, 2], []), [], []));
    given({ rankingA: [1, 2], rankingB: [2, 1], coins: [], length: 0 }, () => expectInterleaving(teamDraftInterleave([1, 2], [2, 1], [], 0), [], []));
  });

  it("the id 0 is an item like any other", () => {
    given({ rankingA: [0, 1], rankingB: [1, 0], coins: ["B"] }, () => expectInterleaving(teamDraftInterleave([0, 1], [1, 0], ["B"]), [1, 0], ["B", "A"]));
  });

  it("one coin per round, none for the second pick: disjoint rankings with coins A, A, A, A, B, B, B, B", () => {
    // team_draft([1, 2, 3, 4], [5, 6, 7, 8], list('AAAABBBB')) -> ([1, 5, 2, 6, 3, 7, 4], ['A', 'B', 'A', 'B', 'A', 'B', 'A'])
    const a = [1, 2, 3, 4];
    const b = [5, 6, 7, 8];
    const coins: Team[] = ["A", "A", "A", "A", "B", "B", "B", "B"];
    given({ rankingA: a, rankingB: b, coins }, () =>
      expectInterleaving(teamDraftInterleave(a, b, coins), [1, 5, 2, 6, 3, 7, 4], ["A", "B", "A", "B", "A", "B", "A"]),
    );
  });

  it("coins left over are ignored", () => {
    const a = [1, 2, 3, 4];
    const b = [2, 1, 5, 6];
    const coins: Team[] = ["A", "B", "A", "B", "B", "B"];
    given({ rankingA: a, rankingB: b, coins }, () => expectInterleaving(teamDraftInterleave(a, b, coins), [1, 2, 5, 3, 4], ["A", "B", "B", "A", "A"]));
  });
});

specs("edge", "ties and degenerate verdicts", () => {
  const shown = { items: [1, 2, 5, 3, 4] as Item[], teams: ["A", "B", "B", "A", "A"] as Team[] };

  it("no clicks is a tie", () => {
    given({ interleaving: shown, clicks: [] }, () => expectSame(creditClicks(shown, []), { a: 0, b: 0, winner: "tie" }, "the credit differs"));
  });

  it("a repeated click on one item counts once", () => {
    given({ interleaving: shown, clicks: [5, 2, 2, 2, 1] }, () =>
      expectSame(creditClicks(shown, [5, 2, 2, 2, 1]), { a: 1, b: 2, winner: "B" }, "the credit differs"),
    );
  });

  it("every query a tie: p = 1, not NaN", () => {
    const credits = [{ a: 0, b: 0 }, { a: 2, b: 2 }, { a: 1, b: 1 }];
    given({ credits }, () => {
      const verdict = interleavingVerdict(credits);
      expectSame([verdict.winsA, verdict.winsB, verdict.ties], [0, 0, 3], "winsA, winsB, ties differ");
      expectClose(verdict.pValue, 1, 0, "pValue");
    });
  });

  it("no queries at all: zeros and p = 1", () => {
    given({ credits: [] }, () => expectSame(interleavingVerdict([]), { winsA: 0, winsB: 0, ties: 0, pValue: 1 }, "the verdict differs"));
  });

  it("10,000 queries (5,100 to 4,900): p = 0.0466, where n! overflows", () => {
    // binomtest(5100, 10000, 0.5).pvalue -> 0.04658552770494645
    const credits = Array.from({ length: 10_000 }, (_, i) => (i < 5100 ? { a: 1, b: 0 } : { a: 0, b: 3 }));
    given({ credits: "5,100 wins for A then 4,900 for B" }, () => expectP(interleavingVerdict(credits).pValue, 0.04658552770494645));
  });
});

// --------------------------------------------------------------------------------------------- contract

specs("contract", "errors name the problem", () => {
  const shown = { items: [1, 2, 5, 3, 4] as Item[], teams: ["A", "B", "B", "A", "A"] as Team[] };
  const cases: { name: string; call: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "rankingA not an array", call: () => teamDraftInterleave("1,2" as unknown as Item[], [1], ["A"]), type: TypeError, pattern: /rankingA/i },
    { name: "rankingB not an array", call: () => teamDraftInterleave([1], null as unknown as Item[], ["A"]), type: TypeError, pattern: /rankingB/i },
    { name: "an item that is an object", call: () => teamDraftInterleave([1, {} as unknown as Item], [1], ["A"]), type: TypeError, pattern: /item/i },
    { name: "a NaN item", call: () => teamDraftInterleave([1], [Number.NaN], ["A"]), type: RangeError, pattern: /item|NaN/i },
    { name: "a duplicate in a ranking", call: () => teamDraftInterleave([1, 2, 1], [3], ["A", "A"]), type: RangeError, pattern: /duplicate|twice/i },
    { name: "a coin that is not A or B", call: () => teamDraftInterleave([1, 2], [3, 4], ["A", "C" as Team]), type: RangeError, pattern: /coin/i },
    { name: "coins neither an array nor { seed }", call: () => teamDraftInterleave([1, 2], [3, 4], 42 as unknown as Coins), type: TypeError, pattern: /coins|seed/i },
    { name: "too few coins", call: () => teamDraftInterleave([1, 2, 3, 4], [2, 1, 5, 6], ["A", "B"]), type: RangeError, pattern: /coin/i },
    { name: "a negative length", call: () => teamDraftInterleave([1, 2], [3, 4], ["A"], -1), type: RangeError, pattern: /length/i },
    { name: "a fractional length", call: () => teamDraftInterleave([1, 2], [3, 4], ["A"], 1.5), type: RangeError, pattern: /length/i },
    { name: "items and teams of different lengths", call: () => creditClicks({ items: [1, 2], teams: ["A"] }, [1]), type: RangeError, pattern: /teams|length/i },
    { name: "a team that is not A or B", call: () => creditClicks({ items: [1, 2], teams: ["A", "C" as Team] }, [1]), type: RangeError, pattern: /team/i },
    { name: "a click on an item not shown", call: () => creditClicks(shown, [6]), type: RangeError, pattern: /click|shown/i },
    { name: "clicks not an array", call: () => creditClicks(shown, 2 as unknown as Item[]), type: TypeError, pattern: /click/i },
    { name: "credits not an array", call: () => interleavingVerdict({} as unknown as { a: number; b: number }[]), type: TypeError, pattern: /credit/i },
    { name: "a credit with a string count", call: () => interleavingVerdict([{ a: "1", b: 0 } as unknown as { a: number; b: number }]), type: TypeError, pattern: /credit/i },
    { name: "a credit with a negative count", call: () => interleavingVerdict([{ a: 1, b: -1 }]), type: RangeError, pattern: /credit/i },
    { name: "a credit with a fractional count", call: () => interleavingVerdict([{ a: 0.5, b: 0 }]), type: RangeError, pattern: /credit/i },
  ];
  for (const c of cases) it(c.name, () => given({ case: c.name }, () => expectError(c.call, c.type, c.pattern)));
});

specs("contract", "inputs and outputs", () => {
  it("teamDraftInterleave leaves the rankings and the coins unchanged", () => {
    const a = [1, 2, 3, 4];
    const b = [2, 1, 5, 6];
    const coins: Team[] = ["A", "B", "A"];
    given({ rankingA: a, rankingB: b, coins }, () => teamDraftInterleave(a, b, coins));
  });

  it("creditClicks and interleavingVerdict leave their inputs unchanged", () => {
    const shown = { items: [1, 2, 5, 3, 4] as Item[], teams: ["A", "B", "B", "A", "A"] as Team[] };
    const clicks: Item[] = [5, 2, 2];
    const credits = [{ a: 1, b: 0 }, { a: 0, b: 0 }];
    given({ interleaving: shown, clicks, credits }, () => {
      creditClicks(shown, clicks);
      interleavingVerdict(credits);
    });
  });

  it("the same seed gives the same list, twice", () => {
    const a = ["x1", "x2", "x3", "x4", "x5", "x6"];
    const b = ["x4", "x7", "x1", "x8", "x2", "x9"];
    given({ rankingA: a, rankingB: b, coins: { seed: "again" } }, () => {
      const first = teamDraftInterleave(a, b, { seed: "again" });
      const second = teamDraftInterleave(a, b, { seed: "again" });
      expectSame(second, first, "two calls with one seed gave different lists");
    });
  });

  it("returns fresh arrays of items and teams, and counts as numbers", () => {
    given({ rankingA: [1, 2], rankingB: [2, 3], coins: ["A"] }, () => {
      const result = teamDraftInterleave([1, 2], [2, 3], ["A"]);
      if (!Array.isArray(result.items) || !Array.isArray(result.teams)) fail("items and teams should be arrays", "arrays", abridge(result));
      const verdict = interleavingVerdict([{ a: 1, b: 0 }]);
      for (const key of ["winsA", "winsB", "ties", "pValue"] as const) {
        if (typeof verdict[key] !== "number") fail(`verdict.${key} should be a number`, "a number", abridge(verdict[key]));
      }
    });
  });
});
