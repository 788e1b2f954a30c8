/**
 * Hidden specs for topK. Golden values: numpy 2.4.6 on this machine,
 *   np.argsort(-np.asarray(scores, dtype=float), kind="stable")[:k].tolist()
 * (a stable sort of the negated scores: highest first, equal scores in index order, i.e. ties to the lower index).
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { precisionAtK, recallAtK, topK } from "#impl/precision-at-k";
import { expectAllClose, expectClose, expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";

function expectIndices(actual: unknown, expected: number[]): void {
  if (!Array.isArray(actual)) fail("topK should return an array of indices", expected, actual);
  expectAllClose(actual, expected, 0, "indices");
}

interface TopKCase {
  name: string;
  scores: number[];
  k: number;
  expected: number[];
}

function runCases(cases: TopKCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      given({ scores: c.scores, k: c.k }, () => expectIndices(topK(c.scores, c.k), c.expected));
    });
  }
}

// Python: np.argsort(-np.asarray(scores, dtype=float), kind="stable")[:k].tolist() for each case (numpy 2.4.6).
specs("correct", "topK: golden cases from numpy (stable argsort of -scores)", () => {
  runCases([
    { name: "the notes' scores, k = 3", scores: [0.9, 0.8, 0.7, 0.6, 0.5], k: 3, expected: [0, 1, 2] }, // -> [0, 1, 2]
    { name: "unsorted scores come back highest first", scores: [0.1, 0.9, 0.5], k: 2, expected: [1, 2] }, // -> [1, 2]
    { name: "k equal to n", scores: [2, 9, 4, 9], k: 4, expected: [1, 3, 2, 0] }, // -> [1, 3, 2, 0]
  ]);
});

// Python: the same expression; np.argsort(-np.array([-0.0, 0.0]), kind="stable")[:1] -> [0] (-0.0 == 0.0 in numpy).
specs("edge", "topK: ties and degenerate inputs (numpy's stable argsort of -scores)", () => {
  runCases([
    { name: "equal scores go to the lower index", scores: [0.5, 0.9, 0.5, 0.9, 0.1], k: 3, expected: [1, 3, 0] }, // -> [1, 3, 0]
    { name: "all scores equal", scores: [7, 7, 7, 7], k: 2, expected: [0, 1] }, // -> [0, 1]
    { name: "k larger than n returns all n indices", scores: [3, 1, 2], k: 10, expected: [0, 2, 1] }, // -> [0, 2, 1]
    { name: "negative scores, and 0 equal to -0", scores: [-1, 0, -0, 2.5, -3], k: 4, expected: [3, 1, 2, 0] }, // -> [3, 1, 2, 0]
    { name: "-0 and 0 are one score: topK([-0, 0], 1) is [0]", scores: [-0, 0], k: 1, expected: [0] }, // -> [0]
    { name: "-0 and 0 interleaved tie in index order", scores: [0, -0, 0, -0, 1], k: 3, expected: [4, 0, 1] }, // -> [4, 0, 1]
    { name: "k = 1 picks the first of the tied maxima", scores: [4, 8, 1, 8, 8], k: 1, expected: [1] }, // -> [1]
    { name: "no scores at all", scores: [], k: 3, expected: [] }, // -> []
  ]);

  it("k far larger than n (Number.MAX_SAFE_INTEGER) still returns the n indices", () => {
    const scores = [1, 3, 2];
    given({ scores, k: Number.MAX_SAFE_INTEGER }, () => expectIndices(topK(scores, Number.MAX_SAFE_INTEGER), [1, 2, 0]));
  });
});

specs("contract", "topK: the input types the prompt allows and the output type", () => {
  it("accepts typed arrays", () => {
    const scores = Float64Array.from([0.25, 0.75, 0.5, 0.75, 1]);
    given({ scores, k: 3 }, () => expectIndices(topK(scores, 3), [4, 1, 3]));
  });

  it("returns a plain array of integer indices (not a typed array), even for typed-array scores", () => {
    const scores = Float32Array.from([0.5, 2, 1]);
    given({ scores, k: 2 }, () => {
      const result: unknown = topK(scores, 2);
      if (!Array.isArray(result)) fail("topK should return a plain array of indices", "an Array", result);
      if (!result.every((i) => Number.isInteger(i))) fail("topK should return integer indices", "integers", result);
      expectIndices(result, [1, 2]);
    });
  });
});

specs("correct", "topK feeds the list metrics", () => {
  it("the notes' example: scores [.9,.8,.7,.6,.5], relevance [1,0,1,0,0]", () => {
    // Python: ranked = topk(s, 5) -> [0,1,2,3,4]; P@3 .6667, R@3 1.0, P@1 1.0, R@1 .5
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5];
    const relevant = [0, 2];
    given({ scores, relevant }, () => {
      const ranked = topK(scores, scores.length);
      expectClose(precisionAtK(ranked, relevant, 3), 2 / 3, 1e-12, "P@3");
      expectClose(recallAtK(ranked, relevant, 3), 1, 1e-12, "R@3");
      expectClose(precisionAtK(ranked, relevant, 1), 1, 1e-12, "P@1");
      expectClose(recallAtK(ranked, relevant, 1), 0.5, 1e-12, "R@1");
    });
  });

  it("forgetting to sort by score would count item 0: scores [.1,.9,.5], relevant [0], P@2 = 0", () => {
    const scores = [0.1, 0.9, 0.5];
    given({ scores, relevant: [0] }, () => expectClose(precisionAtK(topK(scores, 2), [0], 2), 0, 0, "P@2"));
  });
});

/** Brute force: sort every index by (score descending, index ascending), keep the first k. */
function bruteTopK(scores: number[], k: number): number[] {
  return scores
    .map((_, i) => i)
    .sort((a, b) => (scores[a]! === scores[b]! ? a - b : scores[b]! - scores[a]!))
    .slice(0, k);
}

specs("correct", "topK: seeded random cases agree with a full sort", () => {
  it("120 cases with many ties (n from 0 to 80, k from 1 to 90)", () => {
    const rng = seedrandom("precision-at-k-topk-cases");
    for (let c = 0; c < 120; c++) {
      const n = Math.floor(rng() * 81);
      const levels = 1 + Math.floor(rng() * 12);
      const scores = Array.from({ length: n }, () => Math.floor(rng() * levels) - levels / 2);
      const k = 1 + Math.floor(rng() * 90);
      given({ case: c, scores, k }, () => expectIndices(topK(scores, k), bruteTopK(scores, k)));
    }
  });

  it("distinct random scores in every order of magnitude", () => {
    const rng = seedrandom("precision-at-k-topk-magnitudes");
    for (let c = 0; c < 30; c++) {
      const scores = Array.from({ length: 200 }, () => (rng() - 0.5) * 10 ** Math.floor(rng() * 12 - 6));
      const k = 1 + Math.floor(rng() * 60);
      given({ case: c, scores, k }, () => expectIndices(topK(scores, k), bruteTopK(scores, k)));
    }
  });
});

specs("contract", "topK: inputs are never modified", () => {
  it("leaves a plain array as it was", () => {
    const scores = [0.3, 0.9, 0.1, 0.9, 0.5, 0.2];
    const before = snapshot(scores);
    given({ scores, k: 4 }, () => {
      topK(scores, 4);
      expectUnchanged(before, scores, "scores");
    });
  });

  it("leaves a typed array as it was", () => {
    const scores = Float64Array.from([0.3, 0.9, 0.1, 0.9, 0.5, 0.2]);
    const before = snapshot(scores);
    given({ scores, k: 10 }, () => {
      topK(scores, 10);
      expectUnchanged(before, scores, "scores");
    });
  });
});

specs("contract", "topK: errors name the problem", () => {
  it("k must be a positive integer (0, -1, 2.5, NaN, Infinity)", () => {
    for (const k of [0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      given({ scores: [1, 2, 3], k }, () => expectError(() => topK([1, 2, 3], k), RangeError, /\bk\b/));
    }
  });

  it("k that is not a number", () => {
    given({ scores: [1, 2, 3], k: "2" }, () => expectError(() => topK([1, 2, 3], "2" as unknown as number), TypeError, /\bk\b/));
  });

  it("scores that is not an array or a typed array", () => {
    for (const scores of ["123", { length: 2, 0: 1, 1: 2 }, null]) {
      given({ scores, k: 1 }, () => expectError(() => topK(scores as unknown as number[], 1), TypeError, /scores/));
    }
  });

  it("a score that is not a number", () => {
    for (const bad of ["0.5", null, undefined]) {
      const scores = [0.1, bad, 0.3];
      given({ scores, k: 2 }, () => expectError(() => topK(scores as number[], 2), TypeError, /score/));
    }
  });

  it("a score that is NaN or ±Infinity", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const scores = [0.1, 0.2, bad, 0.3];
      given({ scores, k: 2 }, () => expectError(() => topK(scores, 2), RangeError, /score/));
    }
  });
});
