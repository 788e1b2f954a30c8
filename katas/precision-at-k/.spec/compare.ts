/**
 * Comparison workloads for `npm run compare -- precision-at-k` (hidden like the specs): the kata's fixture (MAP@10
 * and mean P@10 over 200 search queries) and two topK scale cases, run on the learner's code and on the reference.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { meanAveragePrecisionAtK, precisionAtK, topK, type Query } from "#impl/precision-at-k";
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
    name: "topK, n = 1,000,000, k = 10, random scores with ties",
    kind: "scale",
    setup: randomMillion,
    run: ({ scores, k }) => topK(scores, k),
    agreement: { kind: "exact" },
  }),
  workload({
    name: "topK, n = 1,000,000, k = 100,000, rising scores (adversarial to a sorted buffer)",
    kind: "scale",
    setup: adversarial,
    run: ({ scores, k }) => topK(scores, k),
    agreement: { kind: "exact" },
    repeats: 3,
  }),
]);
