/**
 * Hidden specs for precisionRecallCurve, averagePrecision and bestF1Threshold. Golden values: scikit-learn 1.9.1
 * on this machine (precision_recall_curve, average_precision_score, f1_score, precision_recall_fscore_support);
 * every expression is in scripts/fixtures/golden/classification-report.py and beside each case. The "mistake"
 * values quoted (auc(recall, precision), interpolated AP) come from the same script.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { averagePrecision, bestF1Threshold, precisionRecallCurve } from "#impl/classification-report";
import type { BinaryLabels, PrecisionRecallCurve, Scores } from "#impl/classification-report";
import { abridge, expectAllClose, expectClose, expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;

interface CurveCase {
  name: string;
  labels: number[];
  scores: number[];
  precision: number[];
  recall: number[];
  thresholds: number[];
  ap: number;
}

// Python: precision_recall_curve(y, s) -> (precision, recall, thresholds); average_precision_score(y, s)
const curveCases: CurveCase[] = [
  {
    // auc(recall, precision) (the trapezoid) -> 0.7916666666666666
    name: "distinct scores",
    labels: [0, 0, 1, 1],
    scores: [0.1, 0.4, 0.35, 0.8],
    precision: [0.5, 0.6666666666666666, 0.5, 1.0, 1.0],
    recall: [1.0, 1.0, 0.5, 0.5, 0.0],
    thresholds: [0.1, 0.35, 0.4, 0.8],
    ap: 0.8333333333333333,
  },
  {
    // interpolated AP (max precision at recall >= r) -> 0.7333333333333334; auc(recall, precision) -> 0.6555555555555556
    name: "precision rises again at lower thresholds",
    labels: [1, 0, 0, 1, 1],
    scores: [0.9, 0.8, 0.7, 0.6, 0.5],
    precision: [0.6, 0.5, 0.3333333333333333, 0.5, 1.0, 1.0],
    recall: [1.0, 0.6666666666666666, 0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 0.0],
    thresholds: [0.5, 0.6, 0.7, 0.8, 0.9],
    ap: 0.7,
  },
  {
    // auc(recall, precision) -> 0.5833333333333334
    name: "negative and zero scores in tied pairs",
    labels: [1, 0, 1, 0, 1, 0, 0],
    scores: [-1, 2.5, 0, -3, 2.5, 0, -1],
    precision: [0.42857142857142855, 0.5, 0.5, 0.5, 1.0],
    recall: [1.0, 1.0, 0.6666666666666666, 0.3333333333333333, 0.0],
    thresholds: [-3.0, -1.0, 0.0, 2.5],
    ap: 0.5,
  },
];

const edgeCurveCases: CurveCase[] = [
  {
    // auc(recall, precision) -> 0.8333333333333333
    name: "a positive tied with a negative: one point per distinct score",
    labels: [0, 1, 1, 0],
    scores: [0.2, 0.5, 0.5, 0.5],
    precision: [0.5, 0.6666666666666666, 1.0],
    recall: [1.0, 1.0, 0.0],
    thresholds: [0.2, 0.5],
    ap: 0.6666666666666666,
  },
  {
    // A walk that does not group ties would let the input order decide (positive first: AP 0.75).
    name: "ties whose order in the input would mislead an ungrouped walk",
    labels: [1, 0, 0, 1],
    scores: [0.5, 0.5, 0.5, 0.2],
    precision: [0.5, 0.3333333333333333, 1.0],
    recall: [1.0, 0.5, 0.0],
    thresholds: [0.2, 0.5],
    ap: 0.41666666666666663,
  },
  {
    name: "only positives: precision 1 everywhere, AP 1",
    labels: [1, 1, 1],
    scores: [0.3, 0.1, 0.2],
    precision: [1.0, 1.0, 1.0, 1.0],
    recall: [1.0, 0.6666666666666666, 0.3333333333333333, 0.0],
    thresholds: [0.1, 0.2, 0.3],
    ap: 1.0,
  },
  {
    // auc(recall, precision) -> 0.6666666666666666
    name: "every score equal: one threshold, AP = the positive rate",
    labels: [0, 1, 0],
    scores: [0.7, 0.7, 0.7],
    precision: [0.3333333333333333, 1.0],
    recall: [1.0, 0.0],
    thresholds: [0.7],
    ap: 0.3333333333333333,
  },
];

function expectCurve(actual: PrecisionRecallCurve, c: { precision: number[]; recall: number[]; thresholds: number[] }): void {
  if (typeof actual !== "object" || actual === null) fail("should return { precision, recall, thresholds }", c, abridge(actual));
  expectAllClose(actual.thresholds, c.thresholds, TOLERANCE, "thresholds");
  expectAllClose(actual.precision, c.precision, TOLERANCE, "precision");
  expectAllClose(actual.recall, c.recall, TOLERANCE, "recall");
}

function curveSpecs(cases: readonly CurveCase[]): void {
  for (const c of cases) {
    it(`precisionRecallCurve: ${c.name}`, () => {
      given({ labels: c.labels, scores: c.scores }, () => expectCurve(precisionRecallCurve(c.labels, c.scores), c));
    });
    it(`averagePrecision: ${c.name}`, () => {
      given({ labels: c.labels, scores: c.scores }, () => expectClose(averagePrecision(c.labels, c.scores), c.ap, TOLERANCE, "AP"));
    });
  }
}

specs("correct", "precisionRecallCurve and averagePrecision: golden cases from scikit-learn", () => curveSpecs(curveCases));

specs("edge", "precisionRecallCurve and averagePrecision: ties and degenerate scores (golden, scikit-learn)", () => {
  curveSpecs(edgeCurveCases);

  it("precisionRecallCurve and averagePrecision: -0 and 0 are one score", () => {
    // precision_recall_curve([1, 0], [-0., 0.]) -> ([.5, 1], [1, 0], [0.]); average_precision_score -> 0.5
    const labels = [1, 0];
    const scores = [-0, 0];
    given({ labels, scores }, () => {
      expectCurve(precisionRecallCurve(labels, scores), { precision: [0.5, 1], recall: [1, 0], thresholds: [0] });
      expectClose(averagePrecision(labels, scores), 0.5, TOLERANCE, "AP");
    });
  });
});

interface Fraud {
  labels: number[];
  scores: number[];
}

specs("correct", "a realistic imbalanced data set (fixtures/classification-report/fraud-scores-20k.json)", () => {
  const data = JSON.parse(
    readFileSync(new URL("../../../fixtures/classification-report/fraud-scores-20k.json", import.meta.url), "utf8"),
  ) as Fraud;
  const { labels, scores } = data;

  it("averagePrecision matches scikit-learn on 20,000 scores with 3% positives and many ties", () => {
    // average_precision_score(yf, sf) -> 0.7861779276411169   (auc(rf, pf), the trapezoid -> 0.7866336159640832)
    given({ labels, scores }, () => expectClose(averagePrecision(labels, scores), 0.7861779276411169, 1e-12, "AP"));
  });

  it("precisionRecallCurve matches scikit-learn: 851 thresholds, spot points", () => {
    // pf, rf, tf = precision_recall_curve(yf, sf); len(tf) -> 851; (pf[i], rf[i], tf[i]) for the i below
    const points: [number, number, number, number][] = [
      [0, 0.03165, 1.0, 0.013],
      [1, 0.03165158257912896, 1.0, 0.014],
      [100, 0.04520137103684661, 1.0, 0.113],
      [400, 0.2770043206913106, 0.9115323854660348, 0.413],
      [849, 1.0, 0.00315955766192733, 0.952],
      [850, 1.0, 0.001579778830963665, 0.959],
    ];
    given({ labels, scores }, () => {
      const curve = precisionRecallCurve(labels, scores);
      if (curve.thresholds.length !== 851 || curve.precision.length !== 852 || curve.recall.length !== 852) {
        fail("the curve should have 851 thresholds and 852 points", "851 / 852 / 852", `${curve.thresholds.length} / ${curve.precision.length} / ${curve.recall.length}`);
      }
      for (const [i, p, r, t] of points) {
        expectClose(curve.precision[i], p, TOLERANCE, `precision[${i}]`);
        expectClose(curve.recall[i], r, TOLERANCE, `recall[${i}]`);
        expectClose(curve.thresholds[i], t, 0, `thresholds[${i}]`);
      }
      expectClose(curve.precision[851], 1, 0, "precision[851] (the last point)");
      expectClose(curve.recall[851], 0, 0, "recall[851] (the last point)");
    });
  });

  it("bestF1Threshold matches a scan of f1_score over every threshold", () => {
    // max over t in np.unique(sf) of f1_score(yf, sf >= t) -> t 0.639, F1 0.7110711071107111,
    // precision 0.8263598326359832, recall 0.6240126382306477 (a unique maximum)
    given({ labels, scores }, () => {
      const best = bestF1Threshold(labels, scores);
      expectClose(best.threshold, 0.639, 0, "threshold");
      expectClose(best.f1, 0.7110711071107111, TOLERANCE, "f1");
      expectClose(best.precision, 0.8263598326359832, TOLERANCE, "precision");
      expectClose(best.recall, 0.6240126382306477, TOLERANCE, "recall");
    });
  });
});

interface BestCase {
  name: string;
  labels: number[];
  scores: number[];
  threshold: number;
  f1: number;
  precision: number;
  recall: number;
}

function bestSpecs(cases: readonly BestCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      given({ labels: c.labels, scores: c.scores }, () => {
        const best = bestF1Threshold(c.labels, c.scores);
        if (typeof best !== "object" || best === null) fail("should return { threshold, f1, precision, recall }", c, abridge(best));
        expectClose(best.threshold, c.threshold, 0, "threshold");
        expectClose(best.f1, c.f1, TOLERANCE, "f1");
        expectClose(best.precision, c.precision, TOLERANCE, "precision");
        expectClose(best.recall, c.recall, TOLERANCE, "recall");
      });
    });
  }
}

// Python: ts = np.unique(s)[::-1]; f = [f1_score(y, s >= t) for t in ts]; i = np.argmax(f) (the first maximum:
// the highest threshold); precision_recall_fscore_support(y, s >= ts[i], average='binary')
specs("correct", "bestF1Threshold: golden cases (scikit-learn's f1_score at every threshold)", () =>
  bestSpecs([
    {
      name: "a sample scored exactly at the threshold is predicted positive (score >= t)",
      labels: [1, 0, 1, 1, 0, 1],
      scores: [0.9, 0.3, 0.8, 0.4, 0.35, 0.6],
      threshold: 0.4,
      f1: 1,
      precision: 1,
      recall: 1,
    },
    {
      name: "a tied group enters together",
      labels: [0, 1, 1, 0, 1],
      scores: [0.2, 0.5, 0.5, 0.5, 0.1],
      threshold: 0.1,
      f1: 0.75,
      precision: 0.6,
      recall: 1,
    },
    {
      name: "two tied scores above the best threshold",
      labels: [0, 1, 0, 1],
      scores: [0.3, 0.6, 0.6, 0.4],
      threshold: 0.4,
      f1: 0.8,
      precision: 0.6666666666666666,
      recall: 1,
    },
  ]),
);

specs("edge", "bestF1Threshold: equal F1 at several thresholds goes to the highest", () =>
  bestSpecs([
    {
      // f at t = .9, .8, .7, .6 -> [2/3, 1/2, 2/5, 2/3]: ties at .9 and .6 (np.argmax on ascending thresholds would give .6)
      name: "F1 2/3 at 0.9 (P 1, R 1/2) and at 0.6 (P 1/2, R 1): the threshold is 0.9",
      labels: [1, 0, 0, 1],
      scores: [0.9, 0.8, 0.7, 0.6],
      threshold: 0.9,
      f1: 0.6666666666666666,
      precision: 1,
      recall: 0.5,
    },
    {
      // (y, s) = [0, 1, 0, 1, 0, 0, 1, 1], [4, 7, 6, 1, 3, 5, 8, 2]: ties at t = 7 (P 1, R 1/2) and t = 1 (P 1/2, R 1)
      name: "F1 2/3 at 7 and at 1, input not in score order: the threshold is 7",
      labels: [0, 1, 0, 1, 0, 0, 1, 1],
      scores: [4, 7, 6, 1, 3, 5, 8, 2],
      threshold: 7,
      f1: 0.6666666666666666,
      precision: 1,
      recall: 0.5,
    },
  ]),
);

// ---------------------------------------------------------------------------------------------------------------
// Seeded random cases against a brute force: a recount at every threshold, straight from the definitions

interface BruteCurve {
  precision: number[];
  recall: number[];
  thresholds: number[];
  ap: number;
  best: { threshold: number; f1: number; precision: number; recall: number };
}

function bruteForce(labels: readonly number[], scores: readonly number[]): BruteCurve {
  const distinct: number[] = [];
  for (const s of scores) if (!distinct.includes(s)) distinct.push(s);
  for (let i = 1; i < distinct.length; i++) {
    for (let j = i; j > 0 && distinct[j - 1]! > distinct[j]!; j--) [distinct[j - 1], distinct[j]] = [distinct[j]!, distinct[j - 1]!];
  }
  const positives = labels.filter((l) => l === 1).length;
  const precision: number[] = [];
  const recall: number[] = [];
  const tps: number[] = [];
  const predicted: number[] = [];
  for (const t of distinct) {
    let tp = 0;
    let pp = 0;
    scores.forEach((s, i) => {
      if (s >= t) {
        pp++;
        if (labels[i] === 1) tp++;
      }
    });
    tps.push(tp);
    predicted.push(pp);
    precision.push(tp / pp);
    recall.push(tp / positives);
  }
  precision.push(1);
  recall.push(0);
  // sklearn: -np.sum(np.diff(recall) * precision[:-1])
  let ap = 0;
  for (let i = 0; i < distinct.length; i++) ap += (recall[i]! - recall[i + 1]!) * precision[i]!;
  // Highest threshold first; a later one wins only with a strictly larger F1, compared as exact fractions.
  let bestIndex = -1;
  for (let i = distinct.length - 1; i >= 0; i--) {
    if (bestIndex < 0) bestIndex = i;
    else if (2 * tps[i]! * (predicted[bestIndex]! + positives) > 2 * tps[bestIndex]! * (predicted[i]! + positives)) bestIndex = i;
  }
  return {
    precision,
    recall,
    thresholds: distinct,
    ap,
    best: {
      threshold: distinct[bestIndex]!,
      f1: (2 * tps[bestIndex]!) / (predicted[bestIndex]! + positives),
      precision: precision[bestIndex]!,
      recall: recall[bestIndex]!,
    },
  };
}

interface RandomCase {
  seed: number;
  labels: number[];
  given: BinaryLabels;
  scores: number[];
}

function randomCases(count: number): RandomCase[] {
  const rng = seedrandom("classification-report-pr-random-cases");
  return Array.from({ length: count }, (_, seed) => {
    const n = 1 + Math.floor(rng() * 40);
    const levels = rng() < 0.3 ? 0 : 1 + Math.floor(rng() * 8); // 0: continuous scores; else few levels (ties)
    const positiveRate = 0.1 + 0.8 * rng();
    const labels = Array.from({ length: n }, () => (rng() < positiveRate ? 1 : 0));
    if (!labels.includes(1)) labels[Math.floor(rng() * n)] = 1;
    const scores = labels.map((l) => {
      const raw = rng() + 0.3 * l - 0.5;
      return levels === 0 ? raw : Math.round(raw * levels) / levels;
    });
    const asBooleans = rng() < 0.3;
    return { seed, labels, given: asBooleans ? labels.map((l) => l === 1) : labels, scores };
  });
}

specs("correct", "seeded random cases agree with a recount at every threshold", () => {
  const cases = randomCases(300);

  it("precisionRecallCurve on 300 cases (n from 1 to 40, many ties, 0/1 and boolean labels)", () => {
    for (const c of cases) {
      const expected = bruteForce(c.labels, c.scores);
      given({ case: c.seed, labels: c.given, scores: c.scores }, () => expectCurve(precisionRecallCurve(c.given, c.scores), expected));
    }
  });

  it("averagePrecision on the same cases", () => {
    for (const c of cases) {
      const expected = bruteForce(c.labels, c.scores);
      given({ case: c.seed, labels: c.given, scores: c.scores }, () => expectClose(averagePrecision(c.given, c.scores), expected.ap, TOLERANCE, "AP"));
    }
  });

  it("bestF1Threshold on the same cases (ties to the highest threshold)", () => {
    for (const c of cases) {
      const { best } = bruteForce(c.labels, c.scores);
      given({ case: c.seed, labels: c.given, scores: c.scores }, () => {
        const result = bestF1Threshold(c.given, c.scores);
        expectClose(result.threshold, best.threshold, 0, "threshold");
        expectClose(result.f1, best.f1, TOLERANCE, "f1");
        expectClose(result.precision, best.precision, TOLERANCE, "precision");
        expectClose(result.recall, best.recall, TOLERANCE, "recall");
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Contract

specs("contract", "precisionRecallCurve, averagePrecision, bestF1Threshold: errors name the problem", () => {
  type Scorer = (labels: BinaryLabels, scores: Scores) => unknown;
  const scorers: [string, Scorer][] = [
    ["precisionRecallCurve", precisionRecallCurve],
    ["averagePrecision", averagePrecision],
    ["bestF1Threshold", bestF1Threshold],
  ];
  for (const [name, scorer] of scorers) {
    it(`${name}: yTrue or scores that is not an array`, () => {
      for (const bad of ["01", null, { length: 1, 0: 1 }]) {
        given({ yTrue: bad, scores: [0.5] }, () => expectError(() => scorer(bad as unknown as BinaryLabels, [0.5]), TypeError, /yTrue/));
        given({ yTrue: [1], scores: bad }, () => expectError(() => scorer([1], bad as unknown as Scores), TypeError, /scores/));
      }
    });
    it(`${name}: different lengths, empty input`, () => {
      given({ yTrue: [1, 0], scores: [0.5] }, () => expectError(() => scorer([1, 0], [0.5]), RangeError, /length/));
      given({ yTrue: [], scores: [] }, () => expectError(() => scorer([], []), RangeError, /empty/));
    });
    it(`${name}: a label other than 0, 1, true, false`, () => {
      for (const bad of [2, -1, 0.5, Number.NaN]) {
        given({ yTrue: [1, bad], scores: [0.1, 0.2] }, () => expectError(() => scorer([1, bad], [0.1, 0.2]), RangeError, /label/));
      }
      for (const bad of ["1", null, undefined]) {
        given({ yTrue: [1, bad], scores: [0.1, 0.2] }, () =>
          expectError(() => scorer([1, bad] as unknown as BinaryLabels, [0.1, 0.2]), TypeError, /label/),
        );
      }
    });
    it(`${name}: a score that is NaN, infinite or not a number`, () => {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        given({ yTrue: [1, 0], scores: [0.1, bad] }, () => expectError(() => scorer([1, 0], [0.1, bad]), RangeError, /score/));
      }
      for (const bad of ["0.5", null]) {
        given({ yTrue: [1, 0], scores: [0.1, bad] }, () =>
          expectError(() => scorer([1, 0], [0.1, bad] as unknown as Scores), TypeError, /score/),
        );
      }
    });
    it(`${name}: no positive sample (recall is 0/0)`, () => {
      given({ yTrue: [0, 0, 0], scores: [0.1, 0.2, 0.3] }, () => expectError(() => scorer([0, 0, 0], [0.1, 0.2, 0.3]), RangeError, /positive/));
      given({ yTrue: [false], scores: [0.4] }, () => expectError(() => scorer([false], [0.4]), RangeError, /positive/));
    });
  }
});

specs("contract", "precisionRecallCurve, averagePrecision, bestF1Threshold: inputs and outputs", () => {
  it("the caller's labels and scores are never modified", () => {
    const labels = [0, 1, 1, 0, 1];
    const scores = [0.9, 0.1, 0.5, 0.5, 0.3];
    const before = snapshot({ labels, scores });
    given({ labels, scores }, () => {
      precisionRecallCurve(labels, scores);
      averagePrecision(labels, scores);
      bestF1Threshold(labels, scores);
      expectUnchanged(before, { labels, scores }, "the input");
    });
  });

  it("accepts typed arrays and boolean labels", () => {
    // precision_recall_curve([0, 0, 1, 1], [.1, .4, .35, .8]) as above; average_precision_score -> 0.8333333333333333
    const asTyped = { labels: Uint8Array.from([0, 0, 1, 1]), scores: Float64Array.from([0.1, 0.4, 0.35, 0.8]) };
    const asBooleans = { labels: [false, false, true, true], scores: [0.1, 0.4, 0.35, 0.8] };
    for (const { labels, scores } of [asTyped, asBooleans]) {
      given({ labels, scores }, () => {
        expectCurve(precisionRecallCurve(labels, scores), curveCases[0]!);
        expectClose(averagePrecision(labels, scores), 0.8333333333333333, TOLERANCE, "AP");
        expectClose(bestF1Threshold(labels, scores).threshold, 0.35, 0, "best threshold");
      });
    }
  });

  it("the curve's shape: plain arrays, thresholds increasing, one more point than thresholds, ending at (1, 0)", () => {
    const labels = [1, 0, 1, 1, 0, 0, 1, 0];
    const scores = [3, 1, 2, 2, 0, 3, -1, 1];
    given({ labels, scores }, () => {
      const curve = precisionRecallCurve(labels, scores);
      for (const key of ["precision", "recall", "thresholds"] as const) {
        if (!Array.isArray(curve[key])) fail(`${key} should be a plain array`, "an array", abridge(curve[key]));
      }
      if (curve.precision.length !== curve.thresholds.length + 1 || curve.recall.length !== curve.thresholds.length + 1) {
        fail("precision and recall should have one more entry than thresholds", curve.thresholds.length + 1, `${curve.precision.length} and ${curve.recall.length}`);
      }
      expectAllClose(curve.thresholds, [-1, 0, 1, 2, 3], 0, "thresholds (increasing, distinct)");
      expectClose(curve.precision[curve.precision.length - 1], 1, 0, "the last precision");
      expectClose(curve.recall[curve.recall.length - 1], 0, 0, "the last recall");
    });
  });
});
