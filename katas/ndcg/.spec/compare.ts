/**
 * Comparison workloads for `npm run compare -- ndcg` (hidden like the specs): the kata's fixture (mean NDCG@10
 * with both gains, the curve of mean NDCG@K for K = 1..20, MRR and hit-rate over 300 search sessions with many
 * tied scores) and the scale spec's case, 10,000 queries × 1,000 candidates at K = 10, run on the learner's code
 * and on the reference. Quality: the metric itself (higher is better for the ranker, so a wrong ideal, discount or
 * tie rule shows up as a different number). `npm run report` draws the NDCG@K curves.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { hitRate, meanNdcg, mrr, type Query } from "#impl/ndcg";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

function sessions(): Query[] {
  const url = new URL("../../../fixtures/ndcg/search-sessions.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { queries: Query[] }).queries;
}

/** The scale spec's input: 1,000 distinct queries of 1,000 candidates, each used ten times. */
function nightlyJob(): Query[] {
  const rng = seedrandom("ndcg-nightly-job"); // the same stream as scale.spec.ts
  const distinct: Query[] = [];
  for (let d = 0; d < 1_000; d++) {
    const scores = new Float64Array(1_000);
    const relevance = new Uint8Array(1_000);
    for (let i = 0; i < scores.length; i++) {
      scores[i] = Math.round(rng() * 10_000) / 10_000;
      const r = rng();
      relevance[i] = r < 0.9 ? 0 : r < 0.96 ? 1 : r < 0.99 ? 2 : 3;
    }
    distinct.push({ relevance, scores });
  }
  return Array.from({ length: 10_000 }, (_, q) => distinct[q % distinct.length]!);
}

const MAX_K = 20;

interface Curves {
  k: number[];
  linear: number[];
  exponential: number[];
}

function curves(queries: Query[]): Curves {
  const out: Curves = { k: [], linear: [], exponential: [] };
  for (let k = 1; k <= MAX_K; k++) {
    out.k.push(k);
    out.linear.push(meanNdcg(queries, { k }));
    out.exponential.push(meanNdcg(queries, { k, gain: "exponential" }));
  }
  return out;
}

interface Rates {
  mrr: number;
  hitAt1: number;
  hitAt3: number;
  hitAt10: number;
}

export default defineComparison([
  workload({
    name: "mean NDCG@10 over search-sessions.json (300 queries, many ties)",
    kind: "fixture",
    setup: sessions,
    run: (queries) => meanNdcg(queries, { k: 10 }),
    quality: { name: "NDCG@10", better: "higher", of: (value: number) => value },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "mean NDCG@10, exponential gain, over search-sessions.json",
    kind: "fixture",
    setup: sessions,
    run: (queries) => meanNdcg(queries, { k: 10, gain: "exponential" }),
    quality: { name: "NDCG@10 (2^rel - 1)", better: "higher", of: (value: number) => value },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "mean NDCG@K for K = 1..20, both gains, over search-sessions.json",
    kind: "fixture",
    setup: sessions,
    run: curves,
    quality: { name: "mean NDCG@K over K = 1..20", better: "higher", of: (c: Curves) => c.linear.reduce((a, b) => a + b, 0) / c.linear.length },
    agreement: { kind: "close", tolerance: 1e-12 },
    plot: (c: Curves) => ({
      type: "line",
      title: "Mean NDCG@K against K (300 search sessions)",
      x: "K",
      y: "mean NDCG@K",
      series: [
        { name: "linear gain", points: c.k.map((k, i): [number, number] => [k, c.linear[i]!]) },
        { name: "exponential gain", points: c.k.map((k, i): [number, number] => [k, c.exponential[i]!]) },
      ],
    }),
  }),
  workload({
    name: "MRR and hit-rate@1, @3, @10 over search-sessions.json",
    kind: "fixture",
    setup: sessions,
    run: (queries): Rates => ({ mrr: mrr(queries), hitAt1: hitRate(queries, 1), hitAt3: hitRate(queries, 3), hitAt10: hitRate(queries, 10) }),
    quality: { name: "MRR", better: "higher", of: (rates: Rates) => rates.mrr },
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "mean NDCG@10, 10,000 queries × 1,000 candidates (the nightly job)",
    kind: "scale",
    setup: nightlyJob,
    run: (queries) => meanNdcg(queries, { k: 10 }),
    quality: { name: "NDCG@10", better: "higher", of: (value: number) => value },
    agreement: { kind: "close", tolerance: 1e-12 },
    repeats: 3,
  }),
]);
