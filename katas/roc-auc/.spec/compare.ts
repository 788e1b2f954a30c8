/**
 * Comparison workloads for `npm run compare -- roc-auc` (hidden like the specs): the kata's fixture and a scale
 * case, run on the learner's code and on the reference. Quality: the AUC itself (and, for the curve, the area
 * under it by the trapezoid rule, which must equal the AUC).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { rocAuc, rocCurve, type RocCurve } from "#impl/roc-auc";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

interface Scored {
  labels: ArrayLike<number>;
  scores: ArrayLike<number>;
}

function fixture(): Scored {
  return JSON.parse(readFileSync(new URL("../../../fixtures/roc-auc/imbalanced-20k.json", import.meta.url), "utf8")) as Scored;
}

/** n = 1,000,000 scores on 1,000 levels (many ties), 20-40% positives: the complexity spec's data. */
function million(): Scored {
  const n = 1_000_000;
  const rng = seedrandom("roc-auc-compare-scale");
  const labels = new Uint8Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const level = Math.floor(rng() * 1000);
    labels[i] = rng() < 0.2 + (0.2 * level) / 1000 ? 1 : 0;
    scores[i] = level / 1000;
  }
  return { labels, scores };
}

function trapezoidArea(curve: RocCurve): number {
  let area = 0;
  for (let i = 1; i < curve.fpr.length; i++) area += ((curve.fpr[i]! - curve.fpr[i - 1]!) * (curve.tpr[i]! + curve.tpr[i - 1]!)) / 2;
  return area;
}

const auc = { name: "AUC", better: "higher", of: (value: number) => value } as const;

export default defineComparison([
  workload({
    name: "rocAuc on imbalanced-20k.json",
    kind: "fixture",
    setup: fixture,
    run: ({ labels, scores }) => rocAuc(labels, scores),
    quality: auc,
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "rocCurve on imbalanced-20k.json",
    kind: "fixture",
    setup: fixture,
    run: ({ labels, scores }) => rocCurve(labels, scores),
    quality: { name: "area under your curve", better: "higher", of: trapezoidArea },
    agreement: { kind: "close", tolerance: 1e-12 },
    // The picture of `npm run report`: the curve itself (a tie bends it diagonally; a wrong walk bends it elsewhere).
    plot: (curve) => ({
      type: "line",
      title: `ROC curve on imbalanced-20k.json (area ${trapezoidArea(curve).toFixed(4)})`,
      x: "false-positive rate",
      y: "true-positive rate",
      series: [{ name: "ROC", points: curve.fpr.map((f, i) => [f, curve.tpr[i]!] as [number, number]) }],
    }),
  }),
  workload({
    name: "rocAuc, n = 1,000,000 with ties",
    kind: "scale",
    setup: million,
    run: ({ labels, scores }) => rocAuc(labels, scores),
    quality: auc,
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
]);
