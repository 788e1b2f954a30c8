/**
 * Hidden specs for confusionMatrix and classificationReport. Golden values: scikit-learn 1.9.1 on this machine
 * (confusion_matrix, classification_report(..., output_dict=True), precision_recall_fscore_support(...,
 * average='micro'), accuracy_score); every expression is in scripts/fixtures/golden/classification-report.py and
 * beside each case. The cases:
 *   y1 = [1, 0, 1, 1, 0, 1]                                 p1 = [1, 0, 1, 0, 0, 1]
 *   y2 = ["cat", "dog", "cat", "bird", "dog", "cat"]        p2 = ["cat", "cat", "cat", "dog", "dog", "bird"]
 *   y3 = [10, 2, 9, 2, 10, 1, 9, 10]                        p3 = [10, 9, 9, 2, 2, 1, 10, 10]
 *   y4 = [0, 1, 2, 0, 2, 2]                                 p4 = [0, 0, 0, 0, 2, 1]
 *   y5 = [0, 1, 2, 2, 1, 0]                                 p5 = [0, 0, 2, 2, 2, 0]   (class 1 never predicted)
 *   yi, pi = fixtures/classification-report/intents-3000.json (yTrue, yPred; "other" is never predicted)
 * scikit-learn's report prints "accuracy" instead of the micro row when every label is reported; the micro row
 * here is precision_recall_fscore_support(..., average='micro') (equal to the accuracy in that case).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { classificationReport, confusionMatrix } from "#impl/classification-report";
import type { ClassificationReport, ClassScores, Label, ReportOptions } from "#impl/classification-report";
import { abridge, expectClose, expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;

/** [precision, recall, f1, support] */
type Row = [number, number, number, number];

interface ReportCase {
  name: string;
  yTrue: Label[];
  yPred: Label[];
  options?: ReportOptions;
  labels: Label[];
  perClass: Row[];
  accuracy: number;
  micro: Row;
  macro: Row;
  weighted: Row;
}

const intents = JSON.parse(readFileSync(new URL("../../../fixtures/classification-report/intents-3000.json", import.meta.url), "utf8")) as {
  yTrue: string[];
  yPred: string[];
};

const y1 = [1, 0, 1, 1, 0, 1];
const p1 = [1, 0, 1, 0, 0, 1];
const y2 = ["cat", "dog", "cat", "bird", "dog", "cat"];
const p2 = ["cat", "cat", "cat", "dog", "dog", "bird"];
const y3 = [10, 2, 9, 2, 10, 1, 9, 10];
const p3 = [10, 9, 9, 2, 2, 1, 10, 10];
const y4 = [0, 1, 2, 0, 2, 2];
const p4 = [0, 0, 0, 0, 2, 1];
const y5 = [0, 1, 2, 2, 1, 0];
const p5 = [0, 0, 2, 2, 2, 0];
const yi = intents.yTrue;
const pi = intents.yPred;
const INTENTS = ["billing", "cancel", "other", "refund", "shipping"];

// Each case: classification_report(<args>, output_dict=True); precision_recall_fscore_support(<args>, average='micro');
// accuracy_score(y, p)
const defaultLabels: ReportCase[] = [
  {
    // (y1, p1): the binary case of the prompt, class 1: P 1, R 0.75, F1 0.857143
    name: "the known binary case",
    yTrue: y1,
    yPred: p1,
    labels: [0, 1],
    perClass: [[0.6666666666666666, 1.0, 0.8, 2], [1.0, 0.75, 0.8571428571428571, 4]],
    accuracy: 0.8333333333333334,
    micro: [0.8333333333333334, 0.8333333333333334, 0.8333333333333334, 6],
    macro: [0.8333333333333333, 0.875, 0.8285714285714285, 6],
    weighted: [0.8888888888888888, 0.8333333333333334, 0.8380952380952381, 6],
  },
  {
    // (y2, p2)
    name: "three string classes",
    yTrue: y2,
    yPred: p2,
    labels: ["bird", "cat", "dog"],
    perClass: [[0.0, 0.0, 0.0, 1], [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 3], [0.5, 0.5, 0.5, 2]],
    accuracy: 0.5,
    micro: [0.5, 0.5, 0.5, 6],
    macro: [0.38888888888888884, 0.38888888888888884, 0.38888888888888884, 6],
    weighted: [0.5, 0.5, 0.5, 6],
  },
  {
    // (y3, p3); np.unique(y3 + p3) -> [1, 2, 9, 10]
    name: "numeric labels sort as numbers (1, 2, 9, 10)",
    yTrue: y3,
    yPred: p3,
    labels: [1, 2, 9, 10],
    perClass: [[1.0, 1.0, 1.0, 1], [0.5, 0.5, 0.5, 2], [0.5, 0.5, 0.5, 2], [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 3]],
    accuracy: 0.625,
    micro: [0.625, 0.625, 0.625, 8],
    macro: [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 8],
    weighted: [0.625, 0.625, 0.625, 8],
  },
  {
    // (y4, p4); f1_score(y4, p4, average='macro') -> 0.38888888888888884, while the F1 of the macro P and R is
    // 2 * .5 * .4444 / (.5 + .4444) -> 0.47058823529411764
    name: "macro F1 is the mean of the per-class F1",
    yTrue: y4,
    yPred: p4,
    labels: [0, 1, 2],
    perClass: [[0.5, 1.0, 0.6666666666666666, 2], [0.0, 0.0, 0.0, 1], [1.0, 0.3333333333333333, 0.5, 3]],
    accuracy: 0.5,
    micro: [0.5, 0.5, 0.5, 6],
    macro: [0.5, 0.4444444444444444, 0.38888888888888884, 6],
    weighted: [0.6666666666666666, 0.5, 0.47222222222222215, 6],
  },
  {
    // (y5, p5): class 1 is never predicted, so its precision is 0/0 -> 0 (zero_division's default)
    name: "a class that is never predicted",
    yTrue: y5,
    yPred: p5,
    labels: [0, 1, 2],
    perClass: [[0.6666666666666666, 1.0, 0.8, 2], [0.0, 0.0, 0.0, 2], [0.6666666666666666, 1.0, 0.8, 2]],
    accuracy: 0.6666666666666666,
    micro: [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 6],
    macro: [0.4444444444444444, 0.6666666666666666, 0.5333333333333333, 6],
    weighted: [0.4444444444444444, 0.6666666666666666, 0.5333333333333333, 6],
  },
  {
    // (yi, pi): intents-3000.json
    name: "3,000 support tickets (fixtures/classification-report/intents-3000.json)",
    yTrue: yi,
    yPred: pi,
    labels: INTENTS,
    perClass: [
      [0.6625, 0.6996699669966997, 0.680577849117175, 606],
      [0.6646706586826348, 0.6416184971098265, 0.6529411764705882, 346],
      [0.0, 0.0, 0.0, 84],
      [0.677819083023544, 0.7362045760430687, 0.7058064516129032, 743],
      [0.8613617719442166, 0.85995085995086, 0.860655737704918, 1221],
    ],
    accuracy: 0.7476666666666667,
    micro: [0.7476666666666667, 0.7476666666666667, 0.7476666666666667, 3000],
    macro: [0.5732703027300791, 0.587488780020091, 0.5799962429811168, 3000],
    weighted: [0.7289311167115244, 0.7476666666666667, 0.7378742243033078, 3000],
  },
];

const explicitLabels: ReportCase[] = [
  {
    // (y2, p2, labels=['cat', 'dog']): the bird sample predicted "dog" still counts against dog's precision
    name: "labels ['cat', 'dog']: the classes' counts still use every sample",
    yTrue: y2,
    yPred: p2,
    options: { labels: ["cat", "dog"] },
    labels: ["cat", "dog"],
    perClass: [[0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 3], [0.5, 0.5, 0.5, 2]],
    accuracy: 0.5,
    micro: [0.6, 0.6, 0.6, 5],
    macro: [0.5833333333333333, 0.5833333333333333, 0.5833333333333333, 5],
    weighted: [0.6, 0.6, 0.6, 5],
  },
  {
    // (y3, p3, labels=[9, 10, 4])
    name: "labels [9, 10, 4]: that order, and an unseen label has support 0",
    yTrue: y3,
    yPred: p3,
    options: { labels: [9, 10, 4] },
    labels: [9, 10, 4],
    perClass: [[0.5, 0.5, 0.5, 2], [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 3], [0.0, 0.0, 0.0, 0]],
    accuracy: 0.625,
    micro: [0.6, 0.6, 0.6, 5],
    macro: [0.38888888888888884, 0.38888888888888884, 0.38888888888888884, 5],
    weighted: [0.6, 0.6, 0.6, 5],
  },
  {
    // (yi, pi, labels=['refund', 'cancel'])
    name: "intents-3000.json, labels ['refund', 'cancel']: micro is no longer the accuracy",
    yTrue: yi,
    yPred: pi,
    options: { labels: ["refund", "cancel"] },
    labels: ["refund", "cancel"],
    perClass: [
      [0.677819083023544, 0.7362045760430687, 0.7058064516129032, 743],
      [0.6646706586826348, 0.6416184971098265, 0.6529411764705882, 346],
    ],
    accuracy: 0.7476666666666667,
    micro: [0.6739702015775635, 0.7061524334251607, 0.6896860986547085, 1089],
    macro: [0.6712448708530894, 0.6889115365764475, 0.6793738140417458, 1089],
    weighted: [0.6736415303863037, 0.7061524334251607, 0.6890099546439031, 1089],
  },
];

const zeroDivisionCases: ReportCase[] = [
  {
    // (y5, p5, zero_division=1)
    name: "zeroDivision 1: a class never predicted has precision 1 (and F1 0)",
    yTrue: y5,
    yPred: p5,
    options: { zeroDivision: 1 },
    labels: [0, 1, 2],
    perClass: [[0.6666666666666666, 1.0, 0.8, 2], [1.0, 0.0, 0.0, 2], [0.6666666666666666, 1.0, 0.8, 2]],
    accuracy: 0.6666666666666666,
    micro: [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 6],
    macro: [0.7777777777777777, 0.6666666666666666, 0.5333333333333333, 6],
    weighted: [0.7777777777777777, 0.6666666666666666, 0.5333333333333333, 6],
  },
  {
    // (yi, pi, zero_division=1)
    name: "zeroDivision 1 on intents-3000.json",
    yTrue: yi,
    yPred: pi,
    options: { zeroDivision: 1 },
    labels: INTENTS,
    perClass: [
      [0.6625, 0.6996699669966997, 0.680577849117175, 606],
      [0.6646706586826348, 0.6416184971098265, 0.6529411764705882, 346],
      [1.0, 0.0, 0.0, 84],
      [0.677819083023544, 0.7362045760430687, 0.7058064516129032, 743],
      [0.8613617719442166, 0.85995085995086, 0.860655737704918, 1221],
    ],
    accuracy: 0.7476666666666667,
    micro: [0.7476666666666667, 0.7476666666666667, 0.7476666666666667, 3000],
    macro: [0.7732703027300791, 0.587488780020091, 0.5799962429811168, 3000],
    weighted: [0.7569311167115245, 0.7476666666666667, 0.7378742243033078, 3000],
  },
  {
    // (y4, p4, labels=[3, 1], zero_division=1)
    name: "zeroDivision 1: a label absent from both has precision, recall and F1 1",
    yTrue: y4,
    yPred: p4,
    options: { labels: [3, 1], zeroDivision: 1 },
    labels: [3, 1],
    perClass: [[1.0, 1.0, 1.0, 0], [0.0, 0.0, 0.0, 1]],
    accuracy: 0.5,
    micro: [0.0, 0.0, 0.0, 1],
    macro: [0.5, 0.5, 0.5, 1],
    weighted: [0.0, 0.0, 0.0, 1],
  },
  {
    // (y4, p4, labels=[3])
    name: "only a label absent from both: every ratio is 0/0, so 0 (the weighted average too)",
    yTrue: y4,
    yPred: p4,
    options: { labels: [3] },
    labels: [3],
    perClass: [[0.0, 0.0, 0.0, 0]],
    accuracy: 0.5,
    micro: [0.0, 0.0, 0.0, 0],
    macro: [0.0, 0.0, 0.0, 0],
    weighted: [0.0, 0.0, 0.0, 0],
  },
];

function expectLabels(actual: unknown, expected: readonly Label[], what = "labels"): void {
  if (!Array.isArray(actual)) fail(`${what} should be an array`, expected, abridge(actual));
  if (actual.length !== expected.length || actual.some((label, i) => label !== expected[i])) {
    fail(`${what} should be ${abridge(expected)} in that order`, expected, abridge(actual));
  }
}

function expectScores(actual: unknown, expected: Row, what: string): void {
  if (typeof actual !== "object" || actual === null) fail(`${what} should be { precision, recall, f1, support }`, expected, abridge(actual));
  const scores = actual as Partial<ClassScores>;
  expectClose(scores.precision, expected[0], TOLERANCE, `${what}.precision`);
  expectClose(scores.recall, expected[1], TOLERANCE, `${what}.recall`);
  expectClose(scores.f1, expected[2], TOLERANCE, `${what}.f1`);
  expectClose(scores.support, expected[3], 0, `${what}.support`);
}

function expectPerClass(report: ClassificationReport, labels: readonly Label[], rows: readonly Row[]): void {
  expectLabels(report.labels, labels, "report.labels");
  if (!Array.isArray(report.perClass) || report.perClass.length !== rows.length) {
    fail(`perClass should hold ${rows.length} entries, one per label`, rows.length, abridge(report.perClass));
  }
  rows.forEach((row, i) => expectScores(report.perClass[i], row, `perClass[${i}] (label ${String(labels[i])})`));
}

function reportSpecs(cases: readonly ReportCase[]): void {
  for (const c of cases) {
    const input = { yTrue: c.yTrue, yPred: c.yPred, options: c.options };
    it(`${c.name}: labels and per-class precision, recall, F1, support`, () => {
      given(input, () => expectPerClass(classificationReport(c.yTrue, c.yPred, c.options), c.labels, c.perClass));
    });
    it(`${c.name}: accuracy and micro average`, () => {
      given(input, () => {
        const report = classificationReport(c.yTrue, c.yPred, c.options);
        expectClose(report.accuracy, c.accuracy, TOLERANCE, "accuracy");
        expectScores(report.micro, c.micro, "micro");
      });
    });
    it(`${c.name}: macro and weighted averages`, () => {
      given(input, () => {
        const report = classificationReport(c.yTrue, c.yPred, c.options);
        expectScores(report.macro, c.macro, "macro");
        expectScores(report.weighted, c.weighted, "weighted");
      });
    });
  }
}

specs("correct", "classificationReport: golden cases from scikit-learn", () => reportSpecs(defaultLabels));

specs("correct", "classificationReport: explicit labels (golden, scikit-learn)", () => reportSpecs(explicitLabels));

specs("edge", "classificationReport: zero division (golden, scikit-learn)", () => reportSpecs(zeroDivisionCases));

interface MatrixCase {
  name: string;
  yTrue: Label[];
  yPred: Label[];
  labels?: Label[];
  order: Label[];
  matrix: number[][];
}

const matrices: MatrixCase[] = [
  // confusion_matrix(y1, p1)
  { name: "the known binary case: rows are the truth", yTrue: y1, yPred: p1, order: [0, 1], matrix: [[2, 0], [1, 3]] },
  // confusion_matrix(y2, p2)
  { name: "three string classes", yTrue: y2, yPred: p2, order: ["bird", "cat", "dog"], matrix: [[0, 0, 1], [1, 2, 0], [0, 1, 1]] },
  // confusion_matrix(y3, p3)
  {
    name: "numeric labels sort as numbers (1, 2, 9, 10)",
    yTrue: y3,
    yPred: p3,
    order: [1, 2, 9, 10],
    matrix: [[1, 0, 0, 0], [0, 1, 1, 0], [0, 0, 1, 1], [0, 1, 0, 2]],
  },
  // confusion_matrix(y2, p2, labels=['dog', 'cat'])
  {
    name: "labels ['dog', 'cat']: that order, samples with another label left out",
    yTrue: y2,
    yPred: p2,
    labels: ["dog", "cat"],
    order: ["dog", "cat"],
    matrix: [[1, 1], [0, 2]],
  },
  // confusion_matrix(y3, p3, labels=[9, 10, 4])
  {
    name: "labels [9, 10, 4]: an unseen label gives a row and a column of zeros",
    yTrue: y3,
    yPred: p3,
    labels: [9, 10, 4],
    order: [9, 10, 4],
    matrix: [[1, 1, 0], [0, 2, 0], [0, 0, 0]],
  },
  // confusion_matrix(yi, pi)
  {
    name: "intents-3000.json",
    yTrue: yi,
    yPred: pi,
    order: INTENTS,
    matrix: [[424, 35, 0, 99, 48], [39, 222, 0, 69, 16], [21, 5, 0, 24, 34], [90, 35, 0, 547, 71], [66, 37, 0, 68, 1050]],
  },
];

function expectMatrix(actual: unknown, expected: number[][]): void {
  const rows = actual as unknown[];
  if (!Array.isArray(rows) || rows.length !== expected.length) fail(`matrix should have ${expected.length} rows`, expected, abridge(actual));
  expected.forEach((row, i) => {
    const got = rows[i] as unknown[];
    if (!Array.isArray(got) || got.length !== row.length || row.some((v, j) => got[j] !== v)) {
      fail(`matrix[${i}] (true label ${i}) should be ${abridge(row)}`, expected, abridge(actual));
    }
  });
}

specs("correct", "confusionMatrix: golden cases from scikit-learn", () => {
  for (const c of matrices) {
    it(c.name, () => {
      given({ yTrue: c.yTrue, yPred: c.yPred, labels: c.labels }, () => {
        const result = c.labels ? confusionMatrix(c.yTrue, c.yPred, c.labels) : confusionMatrix(c.yTrue, c.yPred);
        expectLabels(result.labels, c.order, "confusionMatrix(...).labels");
        expectMatrix(result.matrix, c.matrix);
      });
    });
  }
});

specs("edge", "label order and label values", () => {
  it("strings sort by code unit, as numpy: 'B' < '_' < 'a' < 'b'", () => {
    // np.unique(["b", "B", "a", "_", "b"]) -> ['B' '_' 'a' 'b']
    const yTrue = ["b", "B", "a", "_", "b"];
    const yPred = ["b", "a", "a", "_", "B"];
    given({ yTrue, yPred }, () => {
      expectLabels(confusionMatrix(yTrue, yPred).labels, ["B", "_", "a", "b"], "confusionMatrix(...).labels");
      expectLabels(classificationReport(yTrue, yPred).labels, ["B", "_", "a", "b"], "report.labels");
    });
  });

  it("negative and fractional numeric labels sort numerically", () => {
    // np.unique([3, -1, 0.5, -10, 3, 20]) -> [-10, -1, 0.5, 3, 20]
    const yTrue = [3, -1, 0.5, -10];
    const yPred = [3, 20, 0.5, -1];
    given({ yTrue, yPred }, () => expectLabels(confusionMatrix(yTrue, yPred).labels, [-10, -1, 0.5, 3, 20], "labels"));
  });

  it("-0 and 0 are one label", () => {
    // np.unique([-0., 0., 1.]) -> [-0., 1.] (one zero); confusion_matrix([-0., 0., 1.], [0., -0., 1.]) -> [[2, 0], [0, 1]]
    const yTrue = [-0, 0, 1];
    const yPred = [0, -0, 1];
    given({ yTrue, yPred }, () => {
      const cm = confusionMatrix(yTrue, yPred);
      if (cm.labels.length !== 2 || cm.labels[0] !== 0 || cm.labels[1] !== 1) fail("labels should be [0, 1] (-0 and 0 are one label)", "[0, 1]", abridge(cm.labels));
      expectMatrix(cm.matrix, [[2, 0], [0, 1]]);
      const report = classificationReport(yTrue, yPred);
      expectClose(report.accuracy, 1, 0, "accuracy");
      expectScores(report.perClass[0], [1, 1, 1, 2], "perClass[0]");
    });
  });

  it("one class, every prediction right: all scores 1", () => {
    // classification_report([5, 5, 5], [5, 5, 5], output_dict=True) -> '5': P 1, R 1, F1 1, support 3
    const yTrue = [5, 5, 5];
    const yPred = [5, 5, 5];
    given({ yTrue, yPred }, () => {
      const report = classificationReport(yTrue, yPred);
      expectLabels(report.labels, [5]);
      expectScores(report.perClass[0], [1, 1, 1, 3], "perClass[0]");
      for (const key of ["micro", "macro", "weighted"] as const) expectScores(report[key], [1, 1, 1, 3], key);
    });
  });

  it("a label only ever predicted has support 0, recall 0 (0/0) and F1 0", () => {
    // classification_report([0, 0, 1], [0, 2, 1], output_dict=True)['2'] -> P 0, R 0, F1 0, support 0
    const yTrue = [0, 0, 1];
    const yPred = [0, 2, 1];
    given({ yTrue, yPred }, () => expectScores(classificationReport(yTrue, yPred).perClass[2], [0, 0, 0, 0], "perClass[2] (label 2)"));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Seeded random cases against a brute force written from the definitions

function uniqueSorted(values: readonly Label[]): Label[] {
  const out: Label[] = [];
  for (const v of values) if (!out.some((u) => u === v)) out.push(v);
  // Insertion sort with explicit comparisons (no Array.prototype.sort: an independent route).
  for (let i = 1; i < out.length; i++) {
    for (let j = i; j > 0 && out[j - 1]! > out[j]!; j--) [out[j - 1], out[j]] = [out[j]!, out[j - 1]!];
  }
  return out;
}

interface Brute {
  labels: Label[];
  matrix: number[][];
  perClass: Row[];
  accuracy: number;
  micro: Row;
  macro: Row;
  weighted: Row;
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function bruteForce(yTrue: Label[], yPred: Label[], labels?: Label[], zeroDivision = 0): Brute {
  const order = labels ?? uniqueSorted([...yTrue, ...yPred]);
  const n = yTrue.length;
  const count = (test: (i: number) => boolean) => Array.from({ length: n }, (_, i) => i).filter(test).length;
  const matrix = order.map((t) => order.map((p) => count((i) => yTrue[i] === t && yPred[i] === p)));
  let tpSum = 0, predSum = 0, trueSum = 0;
  const perClass: Row[] = order.map((c) => {
    const tp = count((i) => yTrue[i] === c && yPred[i] === c);
    const pred = count((i) => yPred[i] === c);
    const act = count((i) => yTrue[i] === c);
    tpSum += tp;
    predSum += pred;
    trueSum += act;
    const p = pred === 0 ? zeroDivision : tp / pred;
    const r = act === 0 ? zeroDivision : tp / act;
    return [p, r, harmonic(p, r), act];
  });
  const mean = (k: number) => perClass.reduce((s, row) => s + row[k]!, 0) / perClass.length;
  const weightedMean = (k: number) => (trueSum === 0 ? zeroDivision : perClass.reduce((s, row) => s + row[k]! * row[3], 0) / trueSum);
  const mp = predSum === 0 ? zeroDivision : tpSum / predSum;
  const mr = trueSum === 0 ? zeroDivision : tpSum / trueSum;
  return {
    labels: order,
    matrix,
    perClass,
    accuracy: count((i) => yTrue[i] === yPred[i]) / n,
    micro: [mp, mr, harmonic(mp, mr), trueSum],
    macro: [mean(0), mean(1), mean(2), trueSum],
    weighted: [weightedMean(0), weightedMean(1), weightedMean(2), trueSum],
  };
}

interface RandomCase {
  seed: number;
  yTrue: Label[];
  yPred: Label[];
  labels?: Label[];
  zeroDivision: 0 | 1;
}

function randomCases(count: number): RandomCase[] {
  const rng = seedrandom("classification-report-random-cases");
  const alphabets: Label[][] = [[0, 1], [0, 1, 2, 3], [-2, 5, 10, 11, 100], ["a", "b", "c", "B", "ab"]];
  return Array.from({ length: count }, (_, seed) => {
    const alphabet = alphabets[Math.floor(rng() * alphabets.length)]!;
    const pick = () => alphabet[Math.floor(rng() * alphabet.length)]!;
    const n = 1 + Math.floor(rng() * 30);
    const accuracy = rng();
    const yTrue = Array.from({ length: n }, pick);
    const yPred = yTrue.map((t) => (rng() < accuracy ? t : pick()));
    let labels: Label[] | undefined;
    if (rng() < 0.4) {
      // A shuffled subset, sometimes with a label seen nowhere.
      labels = alphabet.filter(() => rng() < 0.6);
      if (rng() < 0.3) labels.push(typeof alphabet[0] === "number" ? 7 : "zz");
      if (labels.length === 0) labels.push(alphabet[0]!);
      labels.sort(() => rng() - 0.5);
    }
    return { seed, yTrue, yPred, labels, zeroDivision: rng() < 0.25 ? 1 : 0 };
  });
}

specs("correct", "seeded random cases agree with a brute force from the definitions", () => {
  const cases = randomCases(250);
  const optionsOf = (c: RandomCase): ReportOptions => ({ ...(c.labels ? { labels: c.labels } : {}), zeroDivision: c.zeroDivision });

  it("confusionMatrix on 250 cases (2 to 5 classes, strings and numbers, label subsets)", () => {
    for (const c of cases) {
      const expected = bruteForce(c.yTrue, c.yPred, c.labels);
      given({ case: c.seed, yTrue: c.yTrue, yPred: c.yPred, labels: c.labels }, () => {
        const result = c.labels ? confusionMatrix(c.yTrue, c.yPred, c.labels) : confusionMatrix(c.yTrue, c.yPred);
        expectLabels(result.labels, expected.labels);
        expectMatrix(result.matrix, expected.matrix);
      });
    }
  });

  it("classificationReport per-class scores on the same cases (zeroDivision 0 and 1)", () => {
    for (const c of cases) {
      const expected = bruteForce(c.yTrue, c.yPred, c.labels, c.zeroDivision);
      const options = optionsOf(c);
      given({ case: c.seed, yTrue: c.yTrue, yPred: c.yPred, options }, () =>
        expectPerClass(classificationReport(c.yTrue, c.yPred, options), expected.labels, expected.perClass),
      );
    }
  });

  it("classificationReport accuracy and micro average on the same cases", () => {
    for (const c of cases) {
      const expected = bruteForce(c.yTrue, c.yPred, c.labels, c.zeroDivision);
      const options = optionsOf(c);
      given({ case: c.seed, yTrue: c.yTrue, yPred: c.yPred, options }, () => {
        const report = classificationReport(c.yTrue, c.yPred, options);
        expectClose(report.accuracy, expected.accuracy, TOLERANCE, "accuracy");
        expectScores(report.micro, expected.micro, "micro");
      });
    }
  });

  it("classificationReport macro and weighted averages on the same cases", () => {
    for (const c of cases) {
      const expected = bruteForce(c.yTrue, c.yPred, c.labels, c.zeroDivision);
      const options = optionsOf(c);
      given({ case: c.seed, yTrue: c.yTrue, yPred: c.yPred, options }, () => {
        const report = classificationReport(c.yTrue, c.yPred, options);
        expectScores(report.macro, expected.macro, "macro");
        expectScores(report.weighted, expected.weighted, "weighted");
      });
    }
  });

  it("with every label reported, micro precision = recall = F1 = accuracy (single-label multiclass)", () => {
    for (const c of cases.filter((x) => !x.labels)) {
      given({ case: c.seed, yTrue: c.yTrue, yPred: c.yPred }, () => {
        const report = classificationReport(c.yTrue, c.yPred);
        const accuracy = bruteForce(c.yTrue, c.yPred).accuracy;
        expectClose(report.micro.precision, accuracy, TOLERANCE, "micro.precision (the accuracy)");
        expectClose(report.micro.recall, accuracy, TOLERANCE, "micro.recall (the accuracy)");
        expectClose(report.micro.f1, accuracy, TOLERANCE, "micro.f1 (the accuracy)");
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Contract

specs("contract", "confusionMatrix and classificationReport: errors name the problem", () => {
  type Call = (yTrue: unknown, yPred: unknown) => unknown;
  const calls: [string, Call][] = [
    ["confusionMatrix", (t, p) => confusionMatrix(t as Label[], p as Label[])],
    ["classificationReport", (t, p) => classificationReport(t as Label[], p as Label[])],
  ];
  for (const [name, call] of calls) {
    it(`${name}: yTrue or yPred that is not an array`, () => {
      for (const bad of ["abc", null, { 0: 1, length: 1 }, new Set([1])]) {
        given({ yTrue: bad, yPred: [1] }, () => expectError(() => call(bad, [1]), TypeError, /yTrue/));
        given({ yTrue: [1], yPred: bad }, () => expectError(() => call([1], bad), TypeError, /yPred/));
      }
    });
    it(`${name}: different lengths, empty input`, () => {
      given({ yTrue: [1, 2], yPred: [1] }, () => expectError(() => call([1, 2], [1]), RangeError, /length/));
      given({ yTrue: [], yPred: [] }, () => expectError(() => call([], []), RangeError, /empty/));
    });
    it(`${name}: a label that is not a number or a string, or NaN`, () => {
      for (const bad of [null, undefined, true, { id: 1 }]) {
        given({ yTrue: [1, bad], yPred: [1, 1] }, () => expectError(() => call([1, bad], [1, 1]), TypeError, /label/));
        given({ yTrue: [1, 1], yPred: [bad, 1] }, () => expectError(() => call([1, 1], [bad, 1]), TypeError, /label/));
      }
      given({ yTrue: [1, NaN], yPred: [1, 1] }, () => expectError(() => call([1, Number.NaN], [1, 1]), RangeError, /label|NaN/));
    });
    it(`${name}: a mix of numbers and strings`, () => {
      given({ yTrue: [1, "1"], yPred: [1, 1] }, () => expectError(() => call([1, "1"], [1, 1]), TypeError, /mix/i));
      given({ yTrue: ["a", "b"], yPred: ["a", 0] }, () => expectError(() => call(["a", "b"], ["a", 0]), TypeError, /mix/i));
    });
  }

  type WithLabels = (labels: unknown) => unknown;
  const withLabels: [string, WithLabels][] = [
    ["confusionMatrix(yTrue, yPred, labels)", (labels) => confusionMatrix([1, 2], [2, 2], labels as Label[])],
    ["classificationReport(..., { labels })", (labels) => classificationReport([1, 2], [2, 2], { labels: labels as Label[] })],
  ];
  for (const [name, call] of withLabels) {
    it(`${name}: labels that are not an array, empty, repeated or of the other type`, () => {
      for (const bad of ["12", 1, new Set([1])]) given({ labels: bad }, () => expectError(() => call(bad), TypeError, /labels/));
      given({ labels: [] }, () => expectError(() => call([]), RangeError, /labels/));
      given({ labels: [2, 1, 2] }, () => expectError(() => call([2, 1, 2]), RangeError, /duplicate/i));
      given({ labels: [1, "2"] }, () => expectError(() => call([1, "2"]), TypeError, /mix/i));
      given({ labels: [1, null] }, () => expectError(() => call([1, null]), TypeError, /label/));
    });
  }

  it("classificationReport: options that are not an object, zeroDivision other than 0 or 1", () => {
    for (const bad of ["labels", 1, [1, 2]]) {
      given({ options: bad }, () => expectError(() => classificationReport([1], [1], bad as ReportOptions), TypeError, /options/));
    }
    for (const bad of [0.5, -1, 2, Number.NaN]) {
      given({ zeroDivision: bad }, () => expectError(() => classificationReport([1], [1], { zeroDivision: bad as 0 }), RangeError, /zeroDivision/));
    }
    for (const bad of ["warn", "1", null]) {
      given({ zeroDivision: bad }, () =>
        expectError(() => classificationReport([1], [1], { zeroDivision: bad as unknown as 0 }), TypeError, /zeroDivision/),
      );
    }
  });
});

specs("contract", "confusionMatrix and classificationReport: inputs are never modified", () => {
  it("yTrue, yPred and the labels option are left as they were", () => {
    const yTrue = [3, 1, 2, 3, 1];
    const yPred = [1, 1, 3, 3, 2];
    const labels = [3, 1];
    const before = snapshot({ yTrue, yPred, labels });
    given({ yTrue, yPred, labels }, () => {
      confusionMatrix(yTrue, yPred);
      confusionMatrix(yTrue, yPred, labels);
      classificationReport(yTrue, yPred);
      classificationReport(yTrue, yPred, { labels });
      expectUnchanged(before, { yTrue, yPred, labels }, "the input");
    });
  });
});

specs("contract", "confusionMatrix and classificationReport: the input and output types the prompt states", () => {
  it("accepts typed arrays of numeric labels", () => {
    // confusion_matrix([2, 0, 2, 1], [2, 2, 2, 1]) -> [[0, 0, 1], [0, 1, 0], [0, 0, 2]]
    const yTrue = Int32Array.from([2, 0, 2, 1]);
    const yPred = Float64Array.from([2, 2, 2, 1]);
    given({ yTrue, yPred }, () => {
      const cm = confusionMatrix(yTrue, yPred);
      expectLabels(cm.labels, [0, 1, 2]);
      expectMatrix(cm.matrix, [[0, 0, 1], [0, 1, 0], [0, 0, 2]]);
      expectClose(classificationReport(yTrue, yPred).accuracy, 0.75, TOLERANCE, "accuracy");
    });
  });

  it("returns plain arrays: labels, matrix rows, and one perClass entry per label", () => {
    given({ yTrue: y2, yPred: p2 }, () => {
      const cm = confusionMatrix(y2, p2);
      if (!Array.isArray(cm.labels) || !Array.isArray(cm.matrix) || !cm.matrix.every((row) => Array.isArray(row))) {
        fail("labels and matrix should be arrays (matrix an array of rows)", "arrays", abridge(cm));
      }
      const report = classificationReport(y2, p2);
      if (!Array.isArray(report.labels) || !Array.isArray(report.perClass) || report.perClass.length !== report.labels.length) {
        fail("report.labels and report.perClass should be arrays of the same length", "arrays of length 3", abridge(report));
      }
    });
  });
});
