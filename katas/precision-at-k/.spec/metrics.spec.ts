/**
 * Hidden specs for precisionAtK, recallAtK, averagePrecisionAtK and meanAveragePrecisionAtK.
 *
 * Golden values were computed on this machine with Python (numpy 2.4.6, scikit-learn 1.9.1), by a re-implementation
 * of ml_metrics.apk / mapk (github.com/benhamner/Metrics, Python/ml_metrics/average_precision.py):
 *   apk(actual, predicted, k): predicted = predicted[:k]; for i, p in enumerate(predicted):
 *       if p in actual and p not in predicted[:i]: hits += 1; score += hits / (i + 1)
 *   return 0.0 if not actual else score / min(len(actual), k);       mapk = np.mean([apk(a, p, k) ...])
 *   P@K = len({p in predicted[:k] if p in actual}) / k;  R@K = that count / len(set(actual)), 0 if actual is empty.
 * The ml_metrics cases are the package's own tests (Python/ml_metrics/test/test_average_precision.py).
 * Where every relevant id is ranked and |relevant| <= k, AP@K equals sklearn.metrics.average_precision_score on
 * the 0/1 relevance in rank order (checked for "the notes' example" and "relevant ids found late").
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK } from "#impl/precision-at-k";
import type { ItemId, Query, RelevantIds } from "#impl/precision-at-k";
import { expectClose, expectError, expectUnchanged, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;

interface GoldenCase {
  name: string;
  ranked: ItemId[];
  relevant: ItemId[];
  k: number;
  precision: number;
  recall: number;
  ap: number;
  /** Ordinary rankings are "correct" cases; short lists, repeats and empty inputs are "edge" cases. */
  edge?: true;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

// Python (see the header): pk(r, a, k), rk(r, a, k), apk(a, r, k) for each row.
const golden: GoldenCase[] = [
  // scores [.9,.8,.7,.6,.5] with relevance [1,0,1,0,0], ranked by score: ids 0..4, relevant {0, 2}.
  // sklearn average_precision_score([1,0,1,0,0], [.9,.8,.7,.6,.5]) -> 0.8333333333333333 (= AP@3 here).
  { name: "the notes' example at k = 3", ranked: [0, 1, 2, 3, 4], relevant: [0, 2], k: 3, precision: 2 / 3, recall: 1, ap: 0.8333333333333333 },
  { name: "the notes' example at k = 1", ranked: [0, 1, 2, 3, 4], relevant: [0, 2], k: 1, precision: 1, recall: 0.5, ap: 1 },
  { name: "two ranked items, both relevant, k = 5", ranked: [0, 1], relevant: [0, 1], k: 5, precision: 0.4, recall: 1, ap: 1, edge: true },
  { name: "ml_metrics test: apk(1..5, [6,4,7,1,2], 2)", ranked: [6, 4, 7, 1, 2], relevant: range(1, 6), k: 2, precision: 0.5, recall: 0.2, ap: 0.25 },
  { name: "ml_metrics test: the same id five times", ranked: [1, 1, 1, 1, 1], relevant: range(1, 6), k: 5, precision: 0.2, recall: 0.2, ap: 0.2, edge: true },
  {
    name: "ml_metrics test: 420 ranked, 99 relevant, k = 20",
    ranked: [...range(1, 21), ...range(200, 600)],
    relevant: range(1, 100),
    k: 20,
    precision: 1,
    recall: 0.20202020202020202,
    ap: 1,
  },
  { name: "more relevant ids than k", ranked: [1, 6, 2, 7, 8], relevant: range(1, 6), k: 3, precision: 2 / 3, recall: 0.4, ap: 0.5555555555555555 },
  { name: "fewer ranked ids than k, one of two relevant found", ranked: ["a"], relevant: ["a", "b"], k: 3, precision: 1 / 3, recall: 0.5, ap: 0.5, edge: true },
  // sklearn average_precision_score([0,1,0,1], [4,3,2,1]) -> 0.5
  { name: "relevant ids found late", ranked: ["x", "a", "y", "b"], relevant: ["a", "b"], k: 4, precision: 0.5, recall: 1, ap: 0.5 },
  { name: "a repeated id keeps its slot but scores once", ranked: ["a", "a", "b"], relevant: ["a", "b"], k: 3, precision: 2 / 3, recall: 1, ap: 0.8333333333333333, edge: true },
  { name: "nothing is relevant", ranked: [1, 2, 3], relevant: [], k: 2, precision: 0, recall: 0, ap: 0, edge: true },
  { name: "nothing is ranked", ranked: [], relevant: [1], k: 3, precision: 0, recall: 0, ap: 0, edge: true },
];

function goldenSpecs(cases: GoldenCase[]): void {
  for (const c of cases) {
    const input = { ranked: c.ranked, relevant: c.relevant, k: c.k };
    it(`precisionAtK: ${c.name}`, () => {
      given(input, () => expectClose(precisionAtK(c.ranked, c.relevant, c.k), c.precision, TOLERANCE, "P@K"));
    });
    it(`recallAtK: ${c.name}`, () => {
      given(input, () => expectClose(recallAtK(c.ranked, c.relevant, c.k), c.recall, TOLERANCE, "R@K"));
    });
    it(`averagePrecisionAtK: ${c.name}`, () => {
      given(input, () => expectClose(averagePrecisionAtK(c.ranked, c.relevant, c.k), c.ap, TOLERANCE, "AP@K"));
    });
  }
}

specs("correct", "golden cases (ml_metrics' definition, computed in Python)", () => goldenSpecs(golden.filter((c) => !c.edge)));

specs("edge", "golden edge cases: short lists, repeats, nothing relevant or ranked (ml_metrics' definition)", () =>
  goldenSpecs(golden.filter((c) => c.edge)),
);

specs("edge", "conventions stated in the prompt: short lists, repeats, nothing relevant", () => {
  it("P@K divides by k even when fewer than k ids are ranked", () => {
    // Python: pk(["a","b"], ["a","b"], 5) -> 0.4
    const ranked = ["a", "b"];
    const relevant = ["a", "b"];
    given({ ranked, relevant, k: 5 }, () => expectClose(precisionAtK(ranked, relevant, 5), 0.4, TOLERANCE, "P@5"));
  });

  it("an id repeated in ranked counts once (P@K, R@K and AP@K)", () => {
    // Python: pk(["a","a","b"], ["a"], 2) -> 0.5; rk(["a","a","b"], ["a"], 2) -> 1.0; apk(["a"], ["a","a","b"], 2) -> 1.0
    const ranked = ["a", "a", "b"];
    const relevant = new Set<ItemId>(["a"]);
    given({ ranked, relevant, k: 2 }, () => {
      expectClose(precisionAtK(ranked, relevant, 2), 0.5, TOLERANCE, "P@2");
      expectClose(recallAtK(ranked, relevant, 2), 1, TOLERANCE, "R@2");
      expectClose(averagePrecisionAtK(ranked, relevant, 2), 1, TOLERANCE, "AP@2");
    });
  });

  it("an id repeated in a relevant list counts once", () => {
    const ranked = ["a", "b"];
    const relevant = ["a", "a", "b"];
    // Python: rk(["a","b"], ["a","a","b"], 3) -> 1.0; apk(["a","b"], ["a","b"], 3) -> 1.0
    given({ ranked, relevant, k: 3 }, () => {
      expectClose(recallAtK(ranked, relevant, 3), 1, TOLERANCE, "R@3");
      expectClose(averagePrecisionAtK(ranked, relevant, 3), 1, TOLERANCE, "AP@3");
    });
  });

  it("R@K is 0 (not NaN) when nothing is relevant, for an empty array and an empty Set", () => {
    const ranked = [1, 2, 3];
    given({ ranked, relevant: [], k: 3 }, () => expectClose(recallAtK(ranked, [], 3), 0, 0, "R@3"));
    given({ ranked, relevant: new Set(), k: 3 }, () => expectClose(recallAtK(ranked, new Set<ItemId>(), 3), 0, 0, "R@3"));
  });

  it("AP@K is 0 (not NaN, not 1) when nothing is relevant", () => {
    const ranked = [1, 2, 3];
    given({ ranked, relevant: [], k: 3 }, () => expectClose(averagePrecisionAtK(ranked, [], 3), 0, 0, "AP@3"));
    given({ ranked: [], relevant: new Set(), k: 1 }, () => expectClose(averagePrecisionAtK([], new Set<ItemId>(), 1), 0, 0, "AP@1"));
  });

  it("AP@K of a perfect top k is 1 even when more than k ids are relevant", () => {
    // Python: apk(["c","b","a","d","e"], ["a","b","c","x"], 3) -> 1.0
    const ranked = ["a", "b", "c", "x"];
    const relevant = ["c", "b", "a", "d", "e"];
    given({ ranked, relevant, k: 3 }, () => expectClose(averagePrecisionAtK(ranked, relevant, 3), 1, TOLERANCE, "AP@3"));
  });

  it("MAP@K counts a query with no relevant ids as 0 (it is not skipped)", () => {
    // Python: mapk([[1], []], [[1, 2], [3]], 2) -> 0.5
    const queries: Query[] = [
      { ranked: [1, 2], relevant: [1] },
      { ranked: [3], relevant: [] },
    ];
    given({ queries, k: 2 }, () => expectClose(meanAveragePrecisionAtK(queries, 2), 0.5, TOLERANCE, "MAP@2"));
  });
});

specs("correct", "conventions stated in the prompt: AP@K's normalisation", () => {
  it("AP@K divides by min(|relevant|, k): not by |relevant| (trec_eval) nor by the hits (torchmetrics)", () => {
    // Python: apk([1,2,3,4,5], [1,6,2,7,8], 3) -> 0.5555555555555555   (dividing by 5 gives 1/3, by the 2 hits 5/6)
    const ranked = [1, 6, 2, 7, 8];
    const relevant = [1, 2, 3, 4, 5];
    given({ ranked, relevant, k: 3 }, () =>
      expectClose(averagePrecisionAtK(ranked, relevant, 3), 0.5555555555555555, TOLERANCE, "AP@3"),
    );
  });
});

specs("contract", "conventions stated in the prompt: the input types allowed (a Set or an array; ids compared like Set members)", () => {
  it("a Set and an array of the same relevant ids give the same answers", () => {
    const ranked = ["q", 3, "r", 7, 3, "s"];
    const asArray: ItemId[] = [7, 3, "s", "t"];
    const asSet = new Set<ItemId>(asArray);
    // Python: pk -> 0.5, rk -> 0.5, apk(a, r, 4) -> (1/2 + 2/4) / 4 = 0.25
    for (const relevant of [asArray, asSet] as RelevantIds[]) {
      given({ ranked, relevant, k: 4 }, () => {
        expectClose(precisionAtK(ranked, relevant, 4), 0.5, TOLERANCE, "P@4");
        expectClose(recallAtK(ranked, relevant, 4), 0.5, TOLERANCE, "R@4");
        expectClose(averagePrecisionAtK(ranked, relevant, 4), 0.25, TOLERANCE, "AP@4");
      });
    }
  });

  it("ids are compared like Set members: 1 and \"1\" are different items", () => {
    const ranked: ItemId[] = [1, "2", 3];
    const relevant: ItemId[] = ["1", 2, 3];
    given({ ranked, relevant, k: 3 }, () => {
      expectClose(precisionAtK(ranked, relevant, 3), 1 / 3, TOLERANCE, "P@3");
      expectClose(recallAtK(ranked, relevant, 3), 1 / 3, TOLERANCE, "R@3");
      expectClose(averagePrecisionAtK(ranked, relevant, 3), 1 / 9, TOLERANCE, "AP@3");
    });
  });
});

specs("correct", "meanAveragePrecisionAtK: ml_metrics' own tests", () => {
  // Python: mapk(actual, predicted, k) with the lists below (ml_metrics/test/test_average_precision.py).
  const cases: { name: string; queries: Query[]; k: number; map: number }[] = [
    {
      name: "three queries ranked 1..5, k = 3",
      queries: [
        { ranked: range(1, 6), relevant: [1, 3, 4] },
        { ranked: range(1, 6), relevant: [1, 2, 4] },
        { ranked: range(1, 6), relevant: [1, 3] },
      ],
      k: 3,
      map: 0.6851851851851851,
    },
    {
      name: "one query with a repeated id, k = 5",
      queries: [
        { ranked: [6, 4, 7, 1, 2], relevant: range(1, 6) },
        { ranked: [1, 1, 1, 1, 1], relevant: range(1, 6) },
      ],
      k: 5,
      map: 0.26,
    },
    {
      name: "short ranked lists with repeats, k = 3",
      queries: [
        { ranked: range(1, 6), relevant: [1, 3] },
        { ranked: [1, 1, 1], relevant: [1, 2, 3] },
        { ranked: [1, 2, 1], relevant: [1, 2, 3] },
      ],
      k: 3,
      map: 11 / 18,
    },
    { name: "a single perfect query", queries: [{ ranked: range(1, 5), relevant: range(1, 5) }], k: 3, map: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ queries: c.queries, k: c.k }, () => expectClose(meanAveragePrecisionAtK(c.queries, c.k), c.map, TOLERANCE, "MAP@K"));
    });
  }
});

specs("correct", "200 search queries (fixtures/precision-at-k/search-queries.json)", () => {
  // Python: d = json.load(open("fixtures/precision-at-k/search-queries.json")); A = [q["relevant"] for q in d["queries"]]
  //         P = [q["ranked"] for q in d["queries"]]
  //         mapk(A, P, 10) -> 0.22197918713781806      mapk(A, P, 3) -> 0.2461111111111111
  //         np.mean([pk(p, a, 10) ...]) -> 0.183        np.mean([rk(p, a, 10) ...]) -> 0.3608677017427017
  //         (18 queries have no relevant id; skipping them would give MAP@10 0.24393317267892098)
  const data = JSON.parse(readFileSync(new URL("../../../fixtures/precision-at-k/search-queries.json", import.meta.url), "utf8")) as {
    queries: { ranked: string[]; relevant: string[] }[];
  };
  const { queries } = data;

  it("MAP@10 matches ml_metrics.mapk", () => {
    given({ queries, k: 10 }, () => expectClose(meanAveragePrecisionAtK(queries, 10), 0.22197918713781806, TOLERANCE, "MAP@10"));
  });

  it("MAP@3 matches ml_metrics.mapk", () => {
    given({ queries, k: 3 }, () => expectClose(meanAveragePrecisionAtK(queries, 3), 0.2461111111111111, TOLERANCE, "MAP@3"));
  });

  it("mean P@10 and mean R@10 over the queries match Python", () => {
    given({ queries, k: 10 }, () => {
      const meanP = queries.reduce((sum, q) => sum + precisionAtK(q.ranked, q.relevant, 10), 0) / queries.length;
      const meanR = queries.reduce((sum, q) => sum + recallAtK(q.ranked, q.relevant, 10), 0) / queries.length;
      expectClose(meanP, 0.183, TOLERANCE, "mean P@10");
      expectClose(meanR, 0.3608677017427017, TOLERANCE, "mean R@10");
    });
  });
});

/** Brute force straight from the definitions: arrays only, Array.prototype.includes (SameValueZero). */
function bruteForce(ranked: ItemId[], relevantInput: ItemId[], k: number): { precision: number; recall: number; ap: number } {
  const relevant: ItemId[] = [];
  for (const id of relevantInput) if (!relevant.includes(id)) relevant.push(id);
  const hitsIn = (prefix: ItemId[]) => relevant.filter((id) => prefix.includes(id)).length;
  const top = ranked.slice(0, k);
  const hits = hitsIn(top);
  let precisionSum = 0;
  for (let i = 0; i < top.length; i++) {
    const isNewHit = relevant.includes(top[i]!) && !top.slice(0, i).includes(top[i]!);
    if (isNewHit) precisionSum += hitsIn(top.slice(0, i + 1)) / (i + 1);
  }
  return {
    precision: hits / k,
    recall: relevant.length === 0 ? 0 : hits / relevant.length,
    ap: relevant.length === 0 ? 0 : precisionSum / Math.min(relevant.length, k),
  };
}

interface RandomCase {
  seed: number;
  ranked: ItemId[];
  relevantList: ItemId[];
  relevant: RelevantIds;
  k: number;
}

function randomCases(count: number): RandomCase[] {
  const rng = seedrandom("precision-at-k-random-cases");
  // A small alphabet of numbers and look-alike strings: many repeats, and 1 vs "1" traps.
  const alphabet: ItemId[] = [0, 1, 2, 3, 4, 5, 6, 7, "0", "1", "2", "a", "b", "c"];
  const id = () => alphabet[Math.floor(rng() * alphabet.length)]!;
  return Array.from({ length: count }, (_, seed) => {
    const ranked = Array.from({ length: Math.floor(rng() * 13) }, id);
    const relevantList = Array.from({ length: Math.floor(rng() * 9) }, id);
    const relevant = rng() < 0.5 ? new Set(relevantList) : relevantList;
    return { seed, ranked, relevantList, relevant, k: 1 + Math.floor(rng() * 14) };
  });
}

specs("correct", "seeded random cases agree with a brute-force count", () => {
  const cases = randomCases(300);

  it("precisionAtK on 300 cases (repeats, mixed id types, k above and below the list length)", () => {
    for (const c of cases) {
      given({ case: c.seed, ranked: c.ranked, relevant: c.relevant, k: c.k }, () =>
        expectClose(precisionAtK(c.ranked, c.relevant, c.k), bruteForce(c.ranked, c.relevantList, c.k).precision, TOLERANCE, "P@K"),
      );
    }
  });

  it("recallAtK on the same cases", () => {
    for (const c of cases) {
      given({ case: c.seed, ranked: c.ranked, relevant: c.relevant, k: c.k }, () =>
        expectClose(recallAtK(c.ranked, c.relevant, c.k), bruteForce(c.ranked, c.relevantList, c.k).recall, TOLERANCE, "R@K"),
      );
    }
  });

  it("averagePrecisionAtK on the same cases", () => {
    for (const c of cases) {
      given({ case: c.seed, ranked: c.ranked, relevant: c.relevant, k: c.k }, () =>
        expectClose(averagePrecisionAtK(c.ranked, c.relevant, c.k), bruteForce(c.ranked, c.relevantList, c.k).ap, TOLERANCE, "AP@K"),
      );
    }
  });

  it("meanAveragePrecisionAtK on the same cases, 10 queries at a time", () => {
    for (let start = 0; start < cases.length; start += 10) {
      const group = cases.slice(start, start + 10);
      const k = group[0]!.k;
      const queries: Query[] = group.map((c) => ({ ranked: c.ranked, relevant: c.relevant }));
      const expected = group.reduce((sum, c) => sum + bruteForce(c.ranked, c.relevantList, k).ap, 0) / group.length;
      given({ cases: `${start}..${start + 9}`, queries, k }, () =>
        expectClose(meanAveragePrecisionAtK(queries, k), expected, TOLERANCE, "MAP@K"),
      );
    }
  });
});

specs("contract", "inputs are never modified", () => {
  it("precisionAtK, recallAtK and averagePrecisionAtK leave ranked and a relevant array as they were", () => {
    const ranked = ["c", "a", "c", "b", "d", "e"];
    const relevant = ["e", "a", "a", "b"];
    const before = snapshot({ ranked, relevant });
    given({ ranked, relevant, k: 3 }, () => {
      precisionAtK(ranked, relevant, 3);
      recallAtK(ranked, relevant, 3);
      averagePrecisionAtK(ranked, relevant, 3);
      expectUnchanged(before, { ranked, relevant }, "the input");
    });
  });

  it("a relevant Set keeps its members", () => {
    const ranked = [4, 1, 4, 2, 9];
    const relevant = new Set<ItemId>([2, 4, 8]);
    const before = [...relevant];
    given({ ranked, relevant, k: 2 }, () => {
      precisionAtK(ranked, relevant, 2);
      recallAtK(ranked, relevant, 2);
      averagePrecisionAtK(ranked, relevant, 2);
      expectUnchanged(before, [...relevant], "the relevant Set");
    });
  });

  it("meanAveragePrecisionAtK leaves the queries as they were", () => {
    const queries: Query[] = [
      { ranked: [5, 3, 5, 1], relevant: [1, 5] },
      { ranked: ["x", "y"], relevant: ["y", "y"] },
    ];
    const before = snapshot(queries);
    given({ queries, k: 2 }, () => {
      meanAveragePrecisionAtK(queries, 2);
      expectUnchanged(before, queries, "the queries");
    });
  });
});

specs("contract", "errors name the problem", () => {
  type ListMetric = (ranked: readonly ItemId[], relevant: RelevantIds, k: number) => number;
  const metrics: [string, ListMetric][] = [
    ["precisionAtK", precisionAtK],
    ["recallAtK", recallAtK],
    ["averagePrecisionAtK", averagePrecisionAtK],
  ];
  const kPattern = /\bk\b/;
  const badKs = [0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY];

  for (const [name, metric] of metrics) {
    it(`${name}: k must be a positive integer (0, -1, 2.5, NaN, Infinity)`, () => {
      for (const k of badKs) {
        given({ ranked: [1, 2], relevant: [1], k }, () => expectError(() => metric([1, 2], [1], k), RangeError, kPattern));
      }
    });
    it(`${name}: k that is not a number`, () => {
      given({ ranked: [1, 2], relevant: [1], k: "2" }, () => expectError(() => metric([1, 2], [1], "2" as unknown as number), TypeError, kPattern));
    });
    it(`${name}: ranked that is not an array`, () => {
      for (const ranked of ["abc", new Set([1, 2]), null]) {
        given({ ranked, relevant: [1], k: 2 }, () => expectError(() => metric(ranked as unknown as ItemId[], [1], 2), TypeError, /ranked/));
      }
    });
    it(`${name}: an id in ranked that is not a string or a number`, () => {
      for (const bad of [null, undefined, { id: 1 }, true]) {
        const ranked = [1, bad, 2];
        given({ ranked, relevant: [1], k: 3 }, () => expectError(() => metric(ranked as ItemId[], [1], 3), TypeError, /ranked/));
      }
    });
    it(`${name}: relevant that is neither a Set nor an array`, () => {
      for (const relevant of ["a", { a: true }, null, 3]) {
        given({ ranked: ["a"], relevant, k: 1 }, () => expectError(() => metric(["a"], relevant as unknown as ItemId[], 1), TypeError, /relevant/));
      }
    });
    it(`${name}: an id in relevant that is not a string or a number`, () => {
      for (const relevant of [[1, null], new Set<unknown>([1, [2]])]) {
        given({ ranked: [1], relevant, k: 1 }, () => expectError(() => metric([1], relevant as RelevantIds, 1), TypeError, /relevant/));
      }
    });
  }

  it("meanAveragePrecisionAtK: k must be a positive integer", () => {
    const queries: Query[] = [{ ranked: [1], relevant: [1] }];
    for (const k of badKs) given({ queries, k }, () => expectError(() => meanAveragePrecisionAtK(queries, k), RangeError, kPattern));
    given({ queries, k: "1" }, () => expectError(() => meanAveragePrecisionAtK(queries, "1" as unknown as number), TypeError, kPattern));
  });

  it("meanAveragePrecisionAtK: queries that is not an array", () => {
    for (const queries of [{ ranked: [1], relevant: [1] }, "q", null]) {
      given({ queries, k: 1 }, () => expectError(() => meanAveragePrecisionAtK(queries as unknown as Query[], 1), TypeError, /quer(y|ies)/i));
    }
  });

  it("meanAveragePrecisionAtK: no queries at all", () => {
    given({ queries: [], k: 3 }, () => expectError(() => meanAveragePrecisionAtK([], 3), RangeError, /empty/i));
  });

  it("meanAveragePrecisionAtK: a query that is not an object", () => {
    const queries = [{ ranked: [1], relevant: [1] }, null];
    given({ queries, k: 1 }, () => expectError(() => meanAveragePrecisionAtK(queries as Query[], 1), TypeError, /quer(y|ies)/i));
  });

  it("meanAveragePrecisionAtK: a query whose ranked or relevant is wrong", () => {
    const noRanked = [{ ranked: [1], relevant: [1] }, { relevant: [1] }];
    given({ queries: noRanked, k: 1 }, () => expectError(() => meanAveragePrecisionAtK(noRanked as Query[], 1), TypeError, /ranked/));
    const badRelevant = [{ ranked: [1], relevant: "1" }];
    given({ queries: badRelevant, k: 1 }, () =>
      expectError(() => meanAveragePrecisionAtK(badRelevant as unknown as Query[], 1), TypeError, /relevant/),
    );
  });
});
