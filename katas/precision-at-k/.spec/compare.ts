/**
 * Comparison workloads for `npm run compare -- precision-at-k` (hidden like the specs): the kata's fixture (MAP@10,
 * mean P@10, and the curves of mean P@K and R@K for K = 1..15 over 200 search queries) and two topK scale cases,
 * run on the learner's code and on the reference. `npm run report` draws the P@K / R@K curves.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { meanAveragePrecisionAtK, precisionAtK, recallAtK, topK, type Query } from "#impl/precision-at-k";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

function queries(): Query[] {
  const url = new URL("../../../fixtures/precision-at-k/search-queries.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { queries: Query[] }).queries;
}

/** The scale spec's input: 50,000 pinned high scores, then 950,000 rising scores in tied pairs. */
function adversarial(): { scores: Float64Array; k: number } {
  const n = 1_000_000;
  const k = 100_000;
  const scores = new Float64Array(n);
  for (let j = 0; j < k / 2; j++) scores[j] = 1e9 + (j % 100);
  for (let i = k / 2; i < n; i++) scores[i] = Math.floor((i - k / 2) / 2);
  return { scores, k };
}

/** 1,000,000 random scores rounded to 4 decimals (ties), k = 10: the everyday case. */
function randomMillion(): { scores: Float64Array; k: number } {
  const rng = seedrandom("precision-at-k-compare-random");
  const scores = new Float64Array(1_000_000);
  for (let i = 0; i < scores.length; i++) scores[i] = Math.round(rng() * 10_000) / 10_000;
  return { scores, k: 10 };
}

/** The longest ranked list of the fixture has 15 ids: past K = 15, P@K only falls as 1/K. */
const MAX_K = 15;

interface Curves {
  k: number[];
  precision: number[];
  recall: number[];
}

/** Mean P@K and mean R@K over the queries, for K = 1..MAX_K. */
function curves(qs: Query[]): Curves {
  const out: Curves = { k: [], precision: [], recall: [] };
  for (let k = 1; k <= MAX_K; k++) {
    out.k.push(k);
    out.precision.push(qs.reduce((sum, q) => sum + precisionAtK(q.ranked, q.relevant, k), 0) / qs.length);
    out.recall.push(qs.reduce((sum, q) => sum + recallAtK(q.ranked, q.relevant, k), 0) / qs.length);
  }
  return out;
}

/** topK's quality: the total score of the indices it picked (the true top k has the largest possible). */
const selectedScore = {
  name: "sum of the selected scores",
  better: "higher",
  of: (indices: number[], { scores }: { scores: Float64Array }) => indices.reduce((sum, i) => sum + (scores[i] ?? Number.NaN), 0),
} as const;

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export default defineComparison([
  workload({
    name: "MAP@10 over search-queries.json (200 queries)",
    kind: "fixture",
    setup: queries,
    run: (qs) => meanAveragePrecisionAtK(qs, 10),
    quality: { name: "MAP@10", better: "higher", of: (map: number) => map },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "mean P@10 over search-queries.json",
    kind: "fixture",
    setup: queries,
    run: (qs) => qs.reduce((sum, q) => sum + precisionAtK(q.ranked, q.relevant, 10), 0) / qs.length,
    quality: { name: "mean P@10", better: "higher", of: (p: number) => p },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "mean P@K and R@K for K = 1..15 over search-queries.json",
    kind: "fixture",
    setup: queries,
    run: curves,
    quality: { name: "mean P@K over K = 1..15", better: "higher", of: (c: Curves) => mean(c.precision) },
    agreement: { kind: "close", tolerance: 1e-12 },
    plot: (c: Curves) => ({
      type: "line",
      title: "Mean P@K and R@K against K (200 search queries)",
      x: "K",
      y: "mean over the queries",
      series: [
        { name: "P@K", points: c.k.map((k, i): [number, number] => [k, c.precision[i]!]) },
        { name: "R@K", points: c.k.map((k, i): [number, number] => [k, c.recall[i]!]) },
      ],
    }),
  }),
  workload({
    name: "topK, n = 1,000,000, k = 10, random scores with ties",
    kind: "scale",
    setup: randomMillion,
    run: ({ scores, k }) => topK(scores, k),
    quality: selectedScore,
    agreement: { kind: "exact" },
  }),
  workload({
    name: "topK, n = 1,000,000, k = 100,000, rising scores (adversarial to a sorted buffer)",
    kind: "scale",
    setup: adversarial,
    run: ({ scores, k }) => topK(scores, k),
    quality: selectedScore,
    agreement: { kind: "exact" },
    repeats: 3,
  }),
]);
