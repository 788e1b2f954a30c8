/**
 * Comparison workloads for `npm run compare -- classification-report` (hidden like the specs): the two fixtures
 * (3,000 support tickets with five intents; 20,000 fraud scores with 3% positives) and two scale cases, run on the
 * learner's code and on the reference. Quality: macro F1 and accuracy for the report, the step-wise area of the
 * returned PR curve, the AP, and the best F1. `npm run report` draws the per-class F1, the confusion matrix and
 * the PR curve.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import {
  averagePrecision,
  bestF1Threshold,
  classificationReport,
  confusionMatrix,
  precisionRecallCurve,
  type ClassificationReport,
  type ConfusionMatrix,
  type PrecisionRecallCurve,
} from "#impl/classification-report";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

interface Tickets {
  yTrue: string[];
  yPred: string[];
}
interface Scored {
  labels: ArrayLike<number>;
  scores: ArrayLike<number>;
}

function read<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/classification-report/${name}`, import.meta.url), "utf8")) as T;
}

/** n = 1,000,000 scores on 10^6 levels, 5-25% positives: the scale spec's data. */
function millionScores(): Scored {
  const n = 1_000_000;
  const rng = seedrandom("classification-report-scale");
  const labels = new Uint8Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const level = Math.floor(rng() * 1_000_000);
    labels[i] = rng() < 0.05 + (0.2 * level) / 1_000_000 ? 1 : 0;
    scores[i] = level / 1_000_000;
  }
  return { labels, scores };
}

/** 1,000,000 predictions over 20 numeric classes, 70% right. */
function millionPredictions(): { yTrue: Int32Array; yPred: Int32Array } {
  const n = 1_000_000;
  const rng = seedrandom("classification-report-compare-report");
  const yTrue = new Int32Array(n);
  const yPred = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    yTrue[i] = Math.floor(rng() * 20);
    yPred[i] = rng() < 0.7 ? yTrue[i]! : Math.floor(rng() * 20);
  }
  return { yTrue, yPred };
}

/** The area under a returned curve by the step rule (what AP is): computed here, never by the code under test. */
function stepArea(curve: PrecisionRecallCurve): number {
  let area = 0;
  for (let i = 0; i + 1 < curve.recall.length; i++) area += (curve.recall[i]! - curve.recall[i + 1]!) * curve.precision[i]!;
  return area;
}

const macroF1 = { name: "macro F1", better: "higher", of: (r: ClassificationReport) => r.macro.f1 } as const;

export default defineComparison([
  workload({
    name: "classificationReport on intents-3000.json (5 intents)",
    kind: "fixture",
    setup: () => read<Tickets>("intents-3000.json"),
    run: ({ yTrue, yPred }) => classificationReport(yTrue, yPred),
    quality: macroF1,
    agreement: { kind: "close", tolerance: 1e-12 },
    plot: (report) => ({
      type: "bar",
      title: `Per-class F1 on intents-3000.json (macro F1 ${report.macro.f1.toFixed(4)})`,
      x: "intent",
      y: "F1",
      bars: report.labels.map((label, i) => ({ category: String(label), value: report.perClass[i]!.f1 })),
    }),
  }),
  workload({
    name: "confusionMatrix on intents-3000.json",
    kind: "fixture",
    setup: () => read<Tickets>("intents-3000.json"),
    run: ({ yTrue, yPred }) => confusionMatrix(yTrue, yPred),
    quality: {
      name: "share of samples on the diagonal",
      better: "higher",
      of: (cm: ConfusionMatrix, { yTrue }: Tickets) => cm.matrix.reduce((s, row, i) => s + (row[i] ?? 0), 0) / yTrue.length,
    },
    agreement: { kind: "exact" },
    plot: (cm) => ({
      type: "heatmap",
      title: "Confusion matrix on intents-3000.json (rows: the truth)",
      x: "predicted",
      y: "true",
      cells: cm.matrix.flatMap((row, i) => row.map((value, j) => ({ x: String(cm.labels[j]), y: String(cm.labels[i]), value }))),
    }),
  }),
  workload({
    name: "precisionRecallCurve on fraud-scores-20k.json",
    kind: "fixture",
    setup: () => read<Scored>("fraud-scores-20k.json"),
    run: ({ labels, scores }) => precisionRecallCurve(labels, scores),
    quality: { name: "step area under your curve", better: "higher", of: stepArea },
    agreement: { kind: "close", tolerance: 1e-12 },
    plot: (curve) => ({
      type: "line",
      title: `Precision-recall curve on fraud-scores-20k.json (step area ${stepArea(curve).toFixed(4)})`,
      x: "recall",
      y: "precision",
      series: [{ name: "PR", points: curve.recall.map((r, i): [number, number] => [r, curve.precision[i]!]) }],
    }),
  }),
  workload({
    name: "averagePrecision on fraud-scores-20k.json",
    kind: "fixture",
    setup: () => read<Scored>("fraud-scores-20k.json"),
    run: ({ labels, scores }) => averagePrecision(labels, scores),
    quality: { name: "AP", better: "higher", of: (ap: number) => ap },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "bestF1Threshold on fraud-scores-20k.json",
    kind: "fixture",
    setup: () => read<Scored>("fraud-scores-20k.json"),
    run: ({ labels, scores }) => bestF1Threshold(labels, scores),
    quality: { name: "F1 at the chosen threshold", better: "higher", of: (best: { f1: number }) => best.f1 },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "averagePrecision, n = 1,000,000 (632,000 distinct scores)",
    kind: "scale",
    setup: millionScores,
    run: ({ labels, scores }) => averagePrecision(labels, scores),
    quality: { name: "AP", better: "higher", of: (ap: number) => ap },
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
  workload({
    name: "classificationReport, n = 1,000,000 over 20 classes",
    kind: "scale",
    setup: millionPredictions,
    run: ({ yTrue, yPred }) => classificationReport(yTrue, yPred),
    quality: macroF1,
    agreement: { kind: "close", tolerance: 1e-12 },
    repeats: 3,
  }),
]);
