/**
 * Comparison workloads for `npm run compare -- drift` (hidden like the specs): the three fixtures and a scale case,
 * run on the learner's code and on the reference. Quality: the drift statistic itself (D or PSI).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { ksTwoSample, populationStabilityIndex, type KsResult, type PsiResult } from "#impl/drift";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

interface Pair { reference: ArrayLike<number>; current: ArrayLike<number> }

const load = (name: string): Pair => JSON.parse(readFileSync(new URL(`../../../fixtures/drift/${name}`, import.meta.url), "utf8")) as Pair;

function million(): Pair {
  const rng = seedrandom("drift-compare-scale");
  const reference = new Float64Array(1_000_000);
  const current = new Float64Array(1_000_000);
  for (let i = 0; i < reference.length; i++) {
    reference[i] = Math.round(2000 * (rng() + rng())) / 100;
    current[i] = Math.round(2000 * (rng() + rng() + 0.01)) / 100;
  }
  return { reference, current };
}

const ksQuality = { name: "D", better: "higher", of: (r: KsResult) => r.statistic } as const;
const psiQuality = { name: "PSI", better: "higher", of: (r: PsiResult) => r.psi } as const;

export default defineComparison([
  workload({
    name: "ksTwoSample on scores.json (5,000 vs 4,000, exact)",
    kind: "fixture",
    setup: () => load("scores.json"),
    run: ({ reference, current }) => ksTwoSample(reference, current),
    quality: ksQuality,
    agreement: { kind: "close", tolerance: 1e-9 },
  }),
  workload({
    name: "populationStabilityIndex on scores.json (10 bins)",
    kind: "fixture",
    setup: () => load("scores.json"),
    run: ({ reference, current }) => populationStabilityIndex(reference, current),
    quality: psiQuality,
    agreement: { kind: "close", tolerance: 1e-10 },
    plot: (result) => ({
      type: "bar",
      title: "share of each sample per reference-quantile bin (scores.json)",
      x: "bin",
      y: "share",
      bars: result.reference.flatMap((r, k) => [
        { category: `bin ${k + 1}`, value: r, series: "reference" },
        { category: `bin ${k + 1}`, value: result.current[k]!, series: "current" },
      ]),
    }),
  }),
  workload({
    name: "populationStabilityIndex on sessions.json (counts, repeated edges)",
    kind: "fixture",
    setup: () => load("sessions.json"),
    run: ({ reference, current }) => populationStabilityIndex(reference, current),
    quality: psiQuality,
    agreement: { kind: "close", tolerance: 1e-10 },
  }),
  workload({
    name: "ksTwoSample on latency.json (12,000 vs 15,000, asymptotic)",
    kind: "fixture",
    setup: () => load("latency.json"),
    run: ({ reference, current }) => ksTwoSample(reference, current),
    quality: ksQuality,
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: (_result, { reference, current }) => ({
      type: "histogram",
      title: "latency.json: reference against current (first 2,000 values of each)",
      x: "value",
      series: [
        { name: "reference", values: Array.from(reference).slice(0, 2000) },
        { name: "current", values: Array.from(current).slice(0, 2000) },
      ],
      bins: 40,
    }),
  }),
  workload({
    name: "ksTwoSample, two samples of 1,000,000",
    kind: "scale",
    setup: million,
    run: ({ reference, current }) => ksTwoSample(reference, current),
    quality: ksQuality,
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
  workload({
    name: "populationStabilityIndex, two samples of 1,000,000",
    kind: "scale",
    setup: million,
    run: ({ reference, current }) => populationStabilityIndex(reference, current),
    quality: psiQuality,
    agreement: { kind: "close", tolerance: 1e-10 },
    repeats: 3,
  }),
]);
