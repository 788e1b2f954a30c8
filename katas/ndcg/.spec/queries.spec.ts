/**
 * Hidden specs for meanNdcg, mrr and hitRate (many queries).
 *
 * Golden values were computed on this machine with scikit-learn 1.9.1 and numpy 2.4.6 by scripts/fixtures/golden/ndcg.py;
 * each value has its Python expression beside it. scikit-learn has no MRR or hit-rate; golden.py computes them in
 * numpy with the kata's rule (equal scores to the lower index, relevant = relevance > 0):
 *   o = np.argsort(-np.asarray(s, dtype=float), kind="stable"); hits = np.flatnonzero(np.asarray(r)[o] > 0)
 *   rr(r, s, k)  = 0 if no hit or hits[0] >= k else 1 / (hits[0] + 1)        MRR = np.mean(rr over the queries)
 *   hit(r, s, k) = float(np.any(np.asarray(r)[o][:k] > 0))                   hit-rate = np.mean(hit ...)
 * meanNdcg is scikit-learn's ndcg_score over rows (which averages every row, all-irrelevant rows as 0), or
 * np.mean([ndcg_score([r], [s], k=k) ...]) for queries of different lengths.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { hitRate, meanNdcg, mrr } from "#impl/ndcg";
import type { DcgOptions, Query } from "#impl/ndcg";
import { expectClose, expectError, expectUnchanged, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;

/** The prompt's four queries (golden.py's M): first relevant at ranks 3, 1, none, 5. */
const M: Query[] = [
  { relevance: [0, 0, 1, 0], scores: [0.9, 0.8, 0.7, 0.6] },
  { relevance: [0, 1, 1], scores: [0.3, 0.2, 0.9] },
  { relevance: [0, 0, 0], scores: [0.1, 0.2, 0.3] },
  { relevance: [2, 0, 0, 0, 0], scores: [0.1, 0.5, 0.4, 0.3, 0.2] },
];

/** golden.py's Y and S: three queries of six candidates, the second with nothing relevant, the third with ties. */
const YS: Query[] = [
  { relevance: [3, 2, 3, 0, 1, 2], scores: [0.9, 0.8, 0.7, 0.6, 0.5, 0.4] },
  { relevance: [0, 0, 0, 0, 0, 0], scores: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] },
  { relevance: [1, 0, 2, 0, 0, 1], scores: [0.2, 0.2, 0.9, 0.1, 0.5, 0.5] },
];

specs("correct", "meanNdcg: golden cases from scikit-learn", () => {
  it("three queries of six candidates (one with nothing relevant, one with ties)", () => {
    given({ queries: YS }, () => expectClose(meanNdcg(YS), 0.6369197004752921, TOLERANCE, "mean NDCG")); // ndcg_score(Y, S)
  });

  it("the same three queries at k = 3", () => {
    // ndcg_score(Y, S, k=3) -> 0.5990584349567679
    given({ queries: YS, k: 3 }, () => expectClose(meanNdcg(YS, { k: 3 }), 0.5990584349567679, TOLERANCE, "mean NDCG@3"));
  });

  it("the same three queries at k = 3, exponential gain", () => {
    // ndcg_score([[2**r-1 for r in y] for y in Y], S, k=3) -> 0.6075226318301276
    given({ queries: YS, k: 3, gain: "exponential" }, () =>
      expectClose(meanNdcg(YS, { k: 3, gain: "exponential" }), 0.6075226318301276, TOLERANCE, "mean NDCG@3"),
    );
  });

  it("the prompt's four queries, of different lengths", () => {
    given({ queries: M }, () => {
      expectClose(meanNdcg(M), 0.4516433990956823, TOLERANCE, "mean NDCG"); // np.mean([ndcg_score([r], [s]) for r, s in M])
      expectClose(meanNdcg(M, { k: 3 }), 0.3549301972870469, TOLERANCE, "mean NDCG@3"); // np.mean([ndcg_score([r], [s], k=3) for r, s in M])
    });
  });
});

specs("correct", "mrr and hitRate: golden cases (numpy, the kata's tie rule)", () => {
  it("mrr of the prompt's four queries: (1/3 + 1 + 0 + 1/5) / 4", () => {
    given({ queries: M }, () => expectClose(mrr(M), 0.3833333333333333, TOLERANCE, "MRR")); // np.mean([rr(r, s) for r, s in M])
  });

  it("mrr@3 of the prompt's four queries: rank 5 is past the cut", () => {
    given({ queries: M, k: 3 }, () => expectClose(mrr(M, 3), 0.3333333333333333, TOLERANCE, "MRR@3")); // np.mean([rr(r, s, k=3) for r, s in M])
  });

  it("hitRate of the prompt's four queries at k = 1, 3 and 5", () => {
    given({ queries: M }, () => {
      expectClose(hitRate(M, 1), 0.25, TOLERANCE, "hit-rate@1"); // np.mean([hit(r, s, k=1) for r, s in M])
      expectClose(hitRate(M, 3), 0.5, TOLERANCE, "hit-rate@3"); // np.mean([hit(r, s, k=3) for r, s in M])
      expectClose(hitRate(M, 5), 0.75, TOLERANCE, "hit-rate@5"); // np.mean([hit(r, s, k=5) for r, s in M])
    });
  });
});

specs("edge", "mrr and hitRate: ties, the cut, nothing relevant, graded relevance", () => {
  it("equal scores are ordered by the lower index", () => {
    const later = [{ relevance: [0, 1], scores: [0.5, 0.5] }];
    const earlier = [{ relevance: [1, 0], scores: [0.5, 0.5] }];
    const group = [{ relevance: [0, 0, 1, 1], scores: [0.9, 0.4, 0.4, 0.4] }];
    given({ queries: later }, () => expectClose(mrr(later), 0.5, TOLERANCE, "MRR")); // rr([0,1], [.5,.5]) -> 0.5
    given({ queries: earlier }, () => expectClose(mrr(earlier), 1, TOLERANCE, "MRR")); // rr([1,0], [.5,.5]) -> 1.0
    given({ queries: group }, () => {
      expectClose(mrr(group), 1 / 3, TOLERANCE, "MRR"); // rr([0,0,1,1], [.9,.4,.4,.4]) -> 0.3333333333333333
      expectClose(hitRate(group, 2), 0, 0, "hit-rate@2"); // hit([0,0,1,1], [.9,.4,.4,.4], k=2) -> 0.0
    });
  });

  it("0 and -0 are one score (a tie, to the lower index)", () => {
    const queries = [{ relevance: [0, 1], scores: [-0, 0] }];
    given({ queries }, () => {
      expectClose(mrr(queries), 0.5, TOLERANCE, "MRR"); // rr([0,1], [-0.,0.]) -> 0.5
      expectClose(hitRate(queries, 1), 0, 0, "hit-rate@1"); // hit([0,1], [-0.,0.], k=1) -> 0.0
    });
  });

  it("a query with nothing relevant counts, as 0", () => {
    const queries = [
      { relevance: [0, 0], scores: [0.9, 0.1] },
      { relevance: [1, 0], scores: [0.9, 0.1] },
    ];
    given({ queries }, () => {
      expectClose(mrr(queries), 0.5, TOLERANCE, "MRR"); // np.mean([rr([0,0],[.9,.1]), rr([1,0],[.9,.1])]) -> 0.5
      expectClose(hitRate(queries, 2), 0.5, TOLERANCE, "hit-rate@2"); // np.mean([hit([0,0],[.9,.1],k=2), hit([1,0],[.9,.1],k=2)]) -> 0.5
    });
  });

  it("a query with no candidates at all counts, as 0", () => {
    const queries = [
      { relevance: [], scores: [] },
      { relevance: [3], scores: [0.2] },
    ];
    given({ queries }, () => {
      expectClose(mrr(queries), 0.5, TOLERANCE, "MRR"); // np.mean([rr([], []), rr([3], [.2])]) -> 0.5
      expectClose(hitRate(queries, 1), 0.5, TOLERANCE, "hit-rate@1"); // np.mean([hit([], [], k=1), hit([3], [.2], k=1)]) -> 0.5
      expectClose(meanNdcg(queries), 0.5, TOLERANCE, "mean NDCG"); // np.mean([ndcg_stable([], []), ndcg_stable([3], [.2])]) -> 0.5
    });
  });

  it("the first relevant candidate at rank exactly k is a hit, and counts in MRR@k", () => {
    const queries = [{ relevance: [0, 0, 1], scores: [0.9, 0.8, 0.7] }];
    given({ queries }, () => {
      expectClose(hitRate(queries, 3), 1, 0, "hit-rate@3"); // hit([0,0,1], [.9,.8,.7], k=3) -> 1.0
      expectClose(hitRate(queries, 2), 0, 0, "hit-rate@2"); // hit([0,0,1], [.9,.8,.7], k=2) -> 0.0
      expectClose(mrr(queries, 3), 1 / 3, TOLERANCE, "MRR@3"); // rr([0,0,1], [.9,.8,.7], k=3) -> 0.3333333333333333
      expectClose(mrr(queries, 2), 0, 0, "MRR@2"); // rr([0,0,1], [.9,.8,.7], k=2) -> 0.0
    });
  });

  it("any relevance above 0 is relevant (graded and fractional grades)", () => {
    const queries = [
      { relevance: [0, 0.5, 3], scores: [0.3, 0.2, 0.1] },
      { relevance: [0, 0, 2], scores: [0.1, 0.2, 0.3] },
    ];
    given({ queries }, () => {
      expectClose(mrr(queries), 0.75, TOLERANCE, "MRR"); // np.mean([rr([0,.5,3],[.3,.2,.1]), rr([0,0,2],[.1,.2,.3])]) -> 0.75
      // np.mean([hit([0,.5,3],[.3,.2,.1],k=1), hit([0,0,2],[.1,.2,.3],k=1)]) -> 0.5
      expectClose(hitRate(queries, 1), 0.5, TOLERANCE, "hit-rate@1");
    });
  });

  it("k larger than every query is no cut", () => {
    given({ queries: M, k: 50 }, () => {
      expectClose(mrr(M, 50), 0.3833333333333333, TOLERANCE, "MRR@50"); // np.mean([rr(r, s, k=50) for r, s in M])
      expectClose(hitRate(M, 50), 0.75, TOLERANCE, "hit-rate@50"); // np.mean([hit(r, s, k=50) for r, s in M])
    });
  });
});

specs("edge", "meanNdcg counts a query with nothing relevant as 0 (it is not skipped)", () => {
  it("two queries, one perfect and one with nothing relevant, average to 0.5", () => {
    const queries = [
      { relevance: [2, 1, 0], scores: [0.9, 0.5, 0.1] },
      { relevance: [0, 0, 0], scores: [0.9, 0.5, 0.1] },
    ];
    given({ queries }, () => {
      expectClose(meanNdcg(queries), 0.5, TOLERANCE, "mean NDCG"); // ndcg_score([[2,1,0],[0,0,0]], [[.9,.5,.1],[.9,.5,.1]]) -> 0.5
      expectClose(meanNdcg(queries, { k: 1 }), 0.5, TOLERANCE, "mean NDCG@1"); // ndcg_score(same, k=1) -> 0.5
    });
  });
});

interface Fixture {
  queries: { relevance: number[]; scores: number[] }[];
}

specs("correct", "300 search sessions (fixtures/ndcg/search-sessions.json)", () => {
  // Python: Q = [(q["relevance"], q["scores"]) for q in json.load(open("fixtures/ndcg/search-sessions.json"))["queries"]]
  // 60 of the 300 queries have nothing relevant; skipping them would give mean NDCG@10 0.6684534041290414.
  const { queries } = JSON.parse(readFileSync(new URL("../../../fixtures/ndcg/search-sessions.json", import.meta.url), "utf8")) as Fixture;

  it("meanNdcg over the whole lists and at k = 10 and k = 5 match ndcg_score", () => {
    given({ queries }, () => {
      expectClose(meanNdcg(queries), 0.626186287491566, TOLERANCE, "mean NDCG"); // np.mean([ndcg_score([r], [s]) for r, s in Q])
      expectClose(meanNdcg(queries, { k: 10 }), 0.5347627233032332, TOLERANCE, "mean NDCG@10"); // np.mean([ndcg_score([r], [s], k=10) for r, s in Q])
      expectClose(meanNdcg(queries, { k: 5 }), 0.5092574611112758, TOLERANCE, "mean NDCG@5"); // np.mean([ndcg_score([r], [s], k=5) for r, s in Q])
    });
  });

  it("meanNdcg@10 with the exponential gain matches ndcg_score on 2**r - 1", () => {
    // np.mean([ndcg_score([2**r-1], [s], k=10) for r, s in Q]) -> 0.5302601031705397
    given({ queries, k: 10, gain: "exponential" }, () =>
      expectClose(meanNdcg(queries, { k: 10, gain: "exponential" }), 0.5302601031705397, TOLERANCE, "mean NDCG@10"),
    );
  });

  it("meanNdcg@10 with ignoreTies (equal scores to the lower index)", () => {
    // np.mean([ndcg_stable(r, s, k=10) for r, s in Q]) -> 0.5352556182041358
    given({ queries, k: 10, ignoreTies: true }, () =>
      expectClose(meanNdcg(queries, { k: 10, ignoreTies: true }), 0.5352556182041358, TOLERANCE, "mean NDCG@10"),
    );
  });

  it("mrr and mrr@10", () => {
    given({ queries }, () => {
      expectClose(mrr(queries), 0.7229778739778739, TOLERANCE, "MRR"); // np.mean([rr(r, s) for r, s in Q])
      expectClose(mrr(queries, 10), 0.7218465608465608, TOLERANCE, "MRR@10"); // np.mean([rr(r, s, k=10) for r, s in Q])
    });
  });

  it("hitRate at k = 1, 3 and 10", () => {
    given({ queries }, () => {
      expectClose(hitRate(queries, 1), 0.6966666666666667, TOLERANCE, "hit-rate@1"); // np.mean([hit(r, s, k=1) for r, s in Q])
      expectClose(hitRate(queries, 3), 0.7333333333333333, TOLERANCE, "hit-rate@3"); // np.mean([hit(r, s, k=3) for r, s in Q])
      expectClose(hitRate(queries, 10), 0.7866666666666666, TOLERANCE, "hit-rate@10"); // np.mean([hit(r, s, k=10) for r, s in Q])
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Brute forces from the definitions: a full sort (score descending, then index) per query.

function rankedOrder(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
}

function firstRelevantRank(query: Query): number {
  const position = rankedOrder(query.scores).findIndex((i) => query.relevance[i]! > 0);
  return position < 0 ? Infinity : position + 1;
}

function bruteNdcg(query: Query, options: DcgOptions): number {
  const n = query.scores.length;
  const k = Math.min(options.k ?? n, n);
  const gain = (i: number) => (options.gain === "exponential" ? 2 ** query.relevance[i]! - 1 : query.relevance[i]!);
  const discount = (r: number) => 1 / Math.log2(r + 2);
  const order = rankedOrder(query.scores);
  let actual = 0;
  if (options.ignoreTies) {
    for (let r = 0; r < k; r++) actual += gain(order[r]!) * discount(r);
  } else {
    for (let start = 0; start < k; ) {
      let end = start;
      let sum = 0;
      while (end < n && query.scores[order[end]!] === query.scores[order[start]!]) sum += gain(order[end++]!);
      for (let r = start; r < Math.min(end, k); r++) actual += (sum / (end - start)) * discount(r);
      start = end;
    }
  }
  const ideal = Array.from({ length: n }, (_, i) => gain(i))
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((total, g, r) => total + g * discount(r), 0);
  return ideal === 0 ? 0 : actual / ideal;
}

function randomQueries(rng: seedrandom.PRNG, count: number): Query[] {
  return Array.from({ length: count }, () => {
    const n = Math.floor(rng() * 25);
    const sparse = rng() < 0.3;
    const relevance = Array.from({ length: n }, () => (rng() < (sparse ? 0.05 : 0.3) ? 1 + Math.floor(rng() * 3) : 0));
    const scores = Array.from({ length: n }, () => Math.floor(rng() * 8) / 8);
    return { relevance, scores };
  });
}

specs("correct", "seeded random query sets agree with a brute force", () => {
  const rng = seedrandom("ndcg-random-query-sets");
  const sets = Array.from({ length: 60 }, (_, seed) => ({
    seed,
    queries: randomQueries(rng, 1 + Math.floor(rng() * 12)),
    k: 1 + Math.floor(rng() * 12),
    gain: rng() < 0.3 ? ("exponential" as const) : ("linear" as const),
    ignoreTies: rng() < 0.25,
  }));

  it("meanNdcg on 60 sets of up to 12 queries (ties, empty queries, random k, gain and ignoreTies)", () => {
    for (const s of sets) {
      for (const options of [{ k: s.k, gain: s.gain, ignoreTies: s.ignoreTies }, { gain: s.gain }] as DcgOptions[]) {
        const expected = s.queries.reduce((total, q) => total + bruteNdcg(q, options), 0) / s.queries.length;
        given({ set: s.seed, queries: s.queries, options }, () => expectClose(meanNdcg(s.queries, options), expected, TOLERANCE, "mean NDCG"));
      }
    }
  });

  it("mrr, mrr@k and hitRate@k on the same sets", () => {
    for (const s of sets) {
      const ranks = s.queries.map(firstRelevantRank);
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      given({ set: s.seed, queries: s.queries, k: s.k }, () => {
        expectClose(mrr(s.queries), mean(ranks.map((r) => 1 / r)), TOLERANCE, "MRR");
        expectClose(mrr(s.queries, s.k), mean(ranks.map((r) => (r <= s.k ? 1 / r : 0))), TOLERANCE, "MRR@k");
        expectClose(hitRate(s.queries, s.k), mean(ranks.map((r) => (r <= s.k ? 1 : 0))), TOLERANCE, "hit-rate@k");
      });
    }
  });
});

specs("contract", "inputs are never modified; typed arrays are allowed", () => {
  it("meanNdcg, mrr and hitRate leave the queries as they were", () => {
    const queries: Query[] = [
      { relevance: [0, 2, 1, 3], scores: [0.4, 0.1, 0.4, 0.2] },
      { relevance: [1, 0], scores: [0.3, 0.6] },
    ];
    const before = snapshot(queries);
    given({ queries }, () => {
      meanNdcg(queries, { k: 2 });
      mrr(queries);
      hitRate(queries, 1);
      expectUnchanged(before, queries, "the queries");
    });
  });

  it("queries of typed arrays give the same answers as plain arrays", () => {
    // The prompt's four queries: np.mean([rr(r, s) for r, s in M]) -> 0.3833333333333333, hit k=3 -> 0.5,
    // np.mean([ndcg_score([r], [s], k=3) for r, s in M]) -> 0.3549301972870469
    const typed = M.map((q) => ({ relevance: Uint8Array.from(q.relevance), scores: Float64Array.from(q.scores) }));
    given({ queries: typed }, () => {
      expectClose(mrr(typed), 0.3833333333333333, TOLERANCE, "MRR");
      expectClose(hitRate(typed, 3), 0.5, TOLERANCE, "hit-rate@3");
      expectClose(meanNdcg(typed, { k: 3 }), 0.3549301972870469, TOLERANCE, "mean NDCG@3");
    });
  });
});

specs("contract", "errors name the problem", () => {
  type QueryMetric = (queries: readonly Query[]) => number;
  const metrics: [string, QueryMetric][] = [
    ["meanNdcg", (queries) => meanNdcg(queries)],
    ["mrr", (queries) => mrr(queries)],
    ["hitRate", (queries) => hitRate(queries, 3)],
  ];
  for (const [name, metric] of metrics) {
    it(`${name}: queries that is not an array, or a query that is not an object`, () => {
      for (const queries of [null, "q", { relevance: [1], scores: [0.5] }]) {
        given({ queries }, () => expectError(() => metric(queries as unknown as Query[]), TypeError, /quer/i));
      }
      const withNull = [{ relevance: [1], scores: [0.5] }, null];
      given({ queries: withNull }, () => expectError(() => metric(withNull as unknown as Query[]), TypeError, /quer/i));
    });
    it(`${name}: no queries at all`, () => {
      given({ queries: [] }, () => expectError(() => metric([]), RangeError, /empty/i));
    });
    it(`${name}: a query whose relevance or scores is wrong`, () => {
      const noRelevance = [{ relevance: [1], scores: [0.5] }, { scores: [0.5] }];
      given({ queries: noRelevance }, () => expectError(() => metric(noRelevance as unknown as Query[]), TypeError, /relevance/));
      const badScore = [{ relevance: [1, 0], scores: [0.5, Number.NaN] }];
      given({ queries: badScore }, () => expectError(() => metric(badScore), RangeError, /score/));
      const lengths = [{ relevance: [1, 0], scores: [0.5] }];
      given({ queries: lengths }, () => expectError(() => metric(lengths), RangeError, /length/));
      const negative = [{ relevance: [1, -2], scores: [0.5, 0.4] }];
      given({ queries: negative }, () => expectError(() => metric(negative), RangeError, /relevance/));
    });
  }

  it("mrr and hitRate: k that is not a positive integer", () => {
    const queries = [{ relevance: [1], scores: [0.5] }];
    for (const k of [0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      given({ queries, k }, () => {
        expectError(() => mrr(queries, k), RangeError, /\bk\b/);
        expectError(() => hitRate(queries, k), RangeError, /\bk\b/);
      });
    }
    given({ queries, k: "2" }, () => {
      expectError(() => mrr(queries, "2" as unknown as number), TypeError, /\bk\b/);
      expectError(() => hitRate(queries, "2" as unknown as number), TypeError, /\bk\b/);
    });
  });

  it("hitRate: k is required", () => {
    const queries = [{ relevance: [1], scores: [0.5] }];
    given({ queries }, () => expectError(() => (hitRate as unknown as (q: Query[]) => number)(queries), TypeError, /\bk\b/));
  });

  it("meanNdcg: options of the wrong kind", () => {
    const queries = [{ relevance: [1, 0], scores: [0.5, 0.4] }];
    given({ queries, k: 0 }, () => expectError(() => meanNdcg(queries, { k: 0 }), RangeError, /\bk\b/));
    given({ queries, gain: "quadratic" }, () => expectError(() => meanNdcg(queries, { gain: "quadratic" as "linear" }), RangeError, /gain/));
    given({ queries, options: "k=3" }, () => expectError(() => meanNdcg(queries, "k=3" as unknown as DcgOptions), TypeError, /options/));
  });
});
