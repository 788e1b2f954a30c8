/**
 * Hidden specs for the roc-auc kata. Golden values: scikit-learn 1.9.1 (roc_auc_score, and roc_curve with
 * drop_intermediate=False), computed on this machine; see each case's comment.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { rocAuc, rocCurve } from "#impl/roc-auc";
import { expectAllClose, expectClose, expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;

interface GoldenCase {
  name: string;
  labels: number[];
  scores: number[];
  auc: number;
  fpr: number[];
  tpr: number[];
  thresholds: number[];
}

// Python: from sklearn.metrics import roc_auc_score, roc_curve
//         roc_auc_score(y, s); roc_curve(y, s, drop_intermediate=False)   (scikit-learn 1.9.1)
const golden: GoldenCase[] = [
  {
    name: "distinct scores",
    labels: [0, 0, 1, 1],
    scores: [0.1, 0.4, 0.35, 0.8],
    auc: 0.75,
    fpr: [0, 0, 0.5, 0.5, 1],
    tpr: [0, 0.5, 0.5, 1, 1],
    thresholds: [Infinity, 0.8, 0.4, 0.35, 0.1],
  },
  {
    name: "a positive tied with a negative counts 1/2",
    labels: [0, 1, 1, 0],
    scores: [0.2, 0.5, 0.5, 0.5],
    auc: 0.75,
    fpr: [0, 0.5, 1],
    tpr: [0, 1, 1],
    thresholds: [Infinity, 0.5, 0.2],
  },
  {
    name: "ties whose order in the input would mislead a sorted walk",
    labels: [1, 0, 0, 1],
    scores: [0.5, 0.5, 0.5, 0.2],
    auc: 0.25,
    fpr: [0, 1, 1],
    tpr: [0, 0.5, 1],
    thresholds: [Infinity, 0.5, 0.2],
  },
  {
    name: "several tie groups",
    labels: [0, 1, 1, 0, 1, 0, 0, 1],
    scores: [0.3, 0.3, 0.9, 0.1, 0.5, 0.5, 0.2, 0.3],
    auc: 0.78125,
    fpr: [0, 0, 0.25, 0.5, 0.75, 1],
    tpr: [0, 0.25, 0.5, 1, 1, 1],
    thresholds: [Infinity, 0.9, 0.5, 0.3, 0.2, 0.1],
  },
  {
    name: "the ranking matters, not a 0.5 threshold",
    labels: [0, 0, 1, 1],
    scores: [0.1, 0.6, 0.7, 0.8],
    auc: 1,
    fpr: [0, 0, 0, 0.5, 1],
    tpr: [0, 0.5, 1, 1, 1],
    thresholds: [Infinity, 0.8, 0.7, 0.6, 0.1],
  },
  {
    name: "negative and zero scores",
    labels: [1, 0, 1, 0, 1],
    scores: [-2.5, -1, 0, 3.25, -1],
    auc: 0.25,
    fpr: [0, 0.5, 0.5, 1, 1],
    tpr: [0, 0, 1 / 3, 2 / 3, 1],
    thresholds: [Infinity, 3.25, 0, -1, -2.5],
  },
];

specs("correct", "rocAuc: golden cases from scikit-learn", () => {
  for (const c of golden) {
    it(c.name, () => {
      given({ labels: c.labels, scores: c.scores }, () => expectClose(rocAuc(c.labels, c.scores), c.auc, TOLERANCE, "AUC"));
    });
  }
});

specs("edge", "rocAuc: degenerate rankings", () => {
  it("all scores equal gives 0.5", () => {
    const labels = [0, 1, 0, 1, 1];
    const scores = [0.3, 0.3, 0.3, 0.3, 0.3];
    given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.5, TOLERANCE, "AUC"));
  });

  it("a perfectly reversed ranking gives 0", () => {
    const labels = [1, 1, 0, 0];
    const scores = [0.1, 0.2, 0.3, 0.4];
    given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0, TOLERANCE, "AUC"));
  });

  it("is invariant to any strictly increasing transform of the scores", () => {
    const labels = [0, 1, 1, 0, 1, 0, 0, 1];
    const scores = [0.3, 0.3, 0.9, 0.1, 0.5, 0.5, 0.2, 0.3].map((s) => Math.exp(40 * s) - 7);
    given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.78125, TOLERANCE, "AUC"));
  });

  it("-0 and 0 are one score (a tie)", () => {
    const labels = [1, 0];
    const scores = [-0, 0];
    given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.5, TOLERANCE, "AUC"));
  });
});

specs("contract", "rocAuc: the input types the prompt allows", () => {
  it("accepts boolean labels", () => {
    const labels = [false, false, true, true];
    const scores = [0.1, 0.4, 0.35, 0.8];
    given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.75, TOLERANCE, "AUC"));
  });

  it("accepts typed arrays", () => {
    const labels = Uint8Array.from([0, 1, 1, 0, 1, 0, 0, 1]);
    const scores = Float64Array.from([0.3, 0.3, 0.9, 0.1, 0.5, 0.5, 0.2, 0.3]);
    given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.78125, TOLERANCE, "AUC"));
  });
});

specs("correct", "rocCurve: golden cases from scikit-learn", () => {
  for (const c of golden) {
    it(c.name, () => {
      given({ labels: c.labels, scores: c.scores }, () => {
        const curve = rocCurve(c.labels, c.scores);
        if (typeof curve !== "object" || curve === null) fail("rocCurve should return { fpr, tpr, thresholds }", "an object", curve);
        expectAllClose(curve.thresholds, c.thresholds, 0, "thresholds");
        expectAllClose(curve.fpr, c.fpr, TOLERANCE, "fpr");
        expectAllClose(curve.tpr, c.tpr, TOLERANCE, "tpr");
      });
    });
  }
});

specs("contract", "errors name the problem", () => {
  const cases: { name: string; labels: unknown; scores: unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "empty input", labels: [], scores: [], type: RangeError, pattern: /empty/i },
    { name: "length mismatch", labels: [0, 1, 1], scores: [0.1, 0.2], type: RangeError, pattern: /length/i },
    { name: "a label that is not 0/1", labels: [0, 1, 2], scores: [0.1, 0.2, 0.3], type: RangeError, pattern: /label/i },
    { name: "a label of -1", labels: [-1, 1], scores: [0.1, 0.2], type: RangeError, pattern: /label/i },
    { name: "a string label", labels: [0, "1"], scores: [0.1, 0.2], type: TypeError, pattern: /label/i },
    { name: "a NaN score", labels: [0, 1], scores: [0.1, Number.NaN], type: RangeError, pattern: /score/i },
    { name: "an infinite score", labels: [0, 1], scores: [Number.NEGATIVE_INFINITY, 0.2], type: RangeError, pattern: /score/i },
    { name: "a string score", labels: [0, 1], scores: [0.1, "0.2"], type: TypeError, pattern: /score/i },
    { name: "only positives", labels: [1, 1, 1], scores: [0.1, 0.2, 0.3], type: RangeError, pattern: /class/i },
    { name: "only negatives", labels: [false, false], scores: [0.1, 0.2], type: RangeError, pattern: /class/i },
    { name: "labels not an array", labels: "0101", scores: [0.1, 0.2, 0.3, 0.4], type: TypeError, pattern: /labels/i },
  ];
  for (const c of cases) {
    it(`rocAuc: ${c.name}`, () => {
      given({ labels: c.labels, scores: c.scores }, () =>
        expectError(() => rocAuc(c.labels as number[], c.scores as number[]), c.type, c.pattern),
      );
    });
    it(`rocCurve: ${c.name}`, () => {
      given({ labels: c.labels, scores: c.scores }, () =>
        expectError(() => rocCurve(c.labels as number[], c.scores as number[]), c.type, c.pattern),
      );
    });
  }
});

specs("contract", "inputs are never modified", () => {
  it("rocAuc leaves plain arrays as they were", () => {
    const labels = [1, 0, 1, 0, 1, 1, 0];
    const scores = [0.9, 0.1, 0.5, 0.7, 0.5, 0.2, 0.3];
    const before = snapshot({ labels, scores });
    given({ labels, scores }, () => {
      rocAuc(labels, scores);
      expectUnchanged(before, { labels, scores }, "the input");
    });
  });

  it("rocCurve leaves typed arrays as they were", () => {
    const labels = Uint8Array.from([1, 0, 1, 0, 1, 1, 0]);
    const scores = Float64Array.from([0.9, 0.1, 0.5, 0.7, 0.5, 0.2, 0.3]);
    const before = snapshot({ labels, scores });
    given({ labels, scores }, () => {
      rocCurve(labels, scores);
      expectUnchanged(before, { labels, scores }, "the input");
    });
  });
});

/** Independent brute force: every positive/negative pair, ties worth 1/2. O(n^2), fine at small n. */
function bruteForceAuc(labels: number[], scores: number[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < labels.length; j++) {
      if (labels[j] !== 0) continue;
      pairs++;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

/** Independent brute force of the curve: for each distinct threshold t (descending), rates of score >= t. */
function bruteForceCurve(labels: number[], scores: number[]): { fpr: number[]; tpr: number[]; thresholds: number[] } {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const thresholds = [Infinity, ...[...new Set(scores)].sort((a, b) => b - a)];
  const fpr = thresholds.map((t) => labels.filter((l, i) => l === 0 && scores[i]! >= t).length / negatives);
  const tpr = thresholds.map((t) => labels.filter((l, i) => l === 1 && scores[i]! >= t).length / positives);
  return { fpr, tpr, thresholds };
}

function randomCase(rng: seedrandom.PRNG, size: number, levels: number): { labels: number[]; scores: number[] } {
  const labels = Array.from({ length: size }, () => (rng() < 0.4 ? 1 : 0));
  labels[0] = 1;
  labels[1] = 0;
  // Few score levels means many ties.
  const scores = Array.from({ length: size }, (_, i) => Math.floor(rng() * levels) / levels + (labels[i]! ? 0.05 : 0));
  return { labels, scores };
}

specs("correct", "seeded random cases agree with a brute-force count", () => {
  const rng = seedrandom("roc-auc-random-cases");
  const cases = Array.from({ length: 40 }, (_, i) => ({ seed: i, ...randomCase(rng, 2 + ((i * 7) % 60), 2 + (i % 9)) }));

  it("rocAuc matches the pair count on 40 cases with many ties (n from 2 to 61)", () => {
    for (const c of cases) {
      given({ case: c.seed, labels: c.labels, scores: c.scores }, () =>
        expectClose(rocAuc(c.labels, c.scores), bruteForceAuc(c.labels, c.scores), TOLERANCE, "AUC"),
      );
    }
  });

  it("rocCurve matches threshold-by-threshold rates on the same cases", () => {
    for (const c of cases) {
      given({ case: c.seed, labels: c.labels, scores: c.scores }, () => {
        const expected = bruteForceCurve(c.labels, c.scores);
        const curve = rocCurve(c.labels, c.scores);
        expectAllClose(curve.thresholds, expected.thresholds, 0, "thresholds");
        expectAllClose(curve.fpr, expected.fpr, TOLERANCE, "fpr");
        expectAllClose(curve.tpr, expected.tpr, TOLERANCE, "tpr");
      });
    }
  });
});

specs("correct", "a realistic imbalanced data set (fixtures/roc-auc/imbalanced-20k.json)", () => {
  // Python: d = json.load(open("fixtures/roc-auc/imbalanced-20k.json"))
  //         roc_auc_score(d["labels"], d["scores"])                       -> 0.9611885526315789
  //         fpr, tpr, th = roc_curve(..., drop_intermediate=False)      -> len 801; fpr[100] 0, tpr[100] .265, th[100] .799
  const data = JSON.parse(readFileSync(new URL("../../../fixtures/roc-auc/imbalanced-20k.json", import.meta.url), "utf8")) as {
    labels: number[];
    scores: number[];
  };

  it("rocAuc matches scikit-learn on 20,000 rows with 5% positives and many ties", () => {
    given({ labels: data.labels, scores: data.scores }, () =>
      expectClose(rocAuc(data.labels, data.scores), 0.9611885526315789, TOLERANCE, "AUC"),
    );
  });

  it("rocCurve has one point per distinct score and matches scikit-learn at point 100", () => {
    given({ labels: data.labels, scores: data.scores }, () => {
      const curve = rocCurve(data.labels, data.scores);
      if (curve.thresholds.length !== 801) fail("the curve should have 801 points (800 distinct scores + the origin)", 801, curve.thresholds.length);
      expectClose(curve.fpr[100], 0, TOLERANCE, "fpr[100]");
      expectClose(curve.tpr[100], 0.265, TOLERANCE, "tpr[100]");
      expectClose(curve.thresholds[100], 0.799, 0, "thresholds[100]");
    });
  });
});
