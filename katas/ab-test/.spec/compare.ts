/**
 * Comparison workloads for `npm run compare -- ab-test` (hidden like the specs): the kata's fixtures, a design
 * curve and a scale case, run on the learner's code and on the reference.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { differenceInterval, sampleSizePerArm, twoProportionZTest, welchTTest, type Arm, type Interval, type WelchResult, type ZTestResult } from "#impl/ab-test";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

interface Experiment { a: Arm; b: Arm }
interface WatchTime { control: number[]; treatment: number[] }

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../../fixtures/ab-test/${name}`, import.meta.url), "utf8")) as T;

/** Two log-normal samples of 1,000,000 watch times, the treatment 2% longer on average. */
function million(): { a: Float64Array; b: Float64Array } {
  const rng = seedrandom("ab-test-compare-scale");
  const draw = (mu: number) => {
    const x = new Float64Array(1_000_000);
    for (let i = 0; i < x.length; i++) x[i] = Math.exp(mu + Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));
    return x;
  };
  return { a: draw(4.62), b: draw(4.6) };
}

const absT = { name: "|t|", better: "higher", of: (r: WelchResult) => Math.abs(r.t) } as const;

export default defineComparison([
  workload({
    name: "twoProportionZTest on experiments.json (40 experiments)",
    kind: "fixture",
    setup: () => load<Experiment[]>("experiments.json"),
    run: (rows) => rows.map(({ a, b }) => twoProportionZTest(a, b)),
    quality: { name: "experiments significant at 5%", better: "higher", of: (results: ZTestResult[]) => results.filter((r) => r.pValue < 0.05).length },
    agreement: { kind: "close", tolerance: 1e-6 },
    plot: (results) => ({
      type: "scatter",
      title: "z against the observed difference p_A - p_B",
      x: "p_A - p_B",
      y: "z",
      points: results.map((r) => ({ x: r.difference, y: r.z, group: r.pValue < 0.05 ? "p < 0.05" : "p >= 0.05" })),
    }),
  }),
  workload({
    name: "differenceInterval on experiments.json (95%)",
    kind: "fixture",
    setup: () => load<Experiment[]>("experiments.json"),
    run: (rows) => rows.map(({ a, b }) => differenceInterval(a, b)),
    quality: { name: "mean interval width", better: "lower", of: (out: Interval[]) => out.reduce((s, r) => s + r.upper - r.lower, 0) / out.length },
    agreement: { kind: "close", tolerance: 1e-7 },
  }),
  workload({
    name: "welchTTest(treatment, control) on watch-time.json",
    kind: "fixture",
    setup: () => load<WatchTime>("watch-time.json"),
    run: ({ control, treatment }) => welchTTest(treatment, control),
    quality: absT,
    agreement: { kind: "close", tolerance: 1e-6 },
    plot: (_result, { control, treatment }) => ({
      type: "histogram",
      title: "watch time per user (s), first 1,000 of each arm",
      x: "seconds",
      series: [
        { name: "control", values: control.slice(0, 1000) },
        { name: "treatment", values: treatment.slice(0, 1000) },
      ],
      bins: 40,
    }),
  }),
  workload({
    name: "sampleSizePerArm at baseline 10% for an absolute mde of 0.5 to 5 points",
    kind: "case",
    setup: () => Array.from({ length: 10 }, (_, i) => 0.005 * (i + 1)),
    run: (mdes) => mdes.map((mde) => sampleSizePerArm(0.1, mde)),
    quality: { name: "visitors per arm at mde 1 point", better: "lower", of: (ns: number[]) => ns[1]! },
    agreement: { kind: "exact" },
    plot: (ns, mdes) => ({
      type: "line",
      title: "visitors per arm against the minimum detectable effect (alpha 0.05, power 0.8)",
      x: "mde (absolute)",
      y: "visitors per arm",
      series: [{ name: "n", points: ns.map((n, i) => [mdes[i]!, n] as [number, number]) }],
    }),
  }),
  workload({
    name: "welchTTest, two samples of 1,000,000",
    kind: "scale",
    setup: million,
    run: ({ a, b }) => welchTTest(a, b),
    quality: absT,
    agreement: { kind: "close", tolerance: 1e-6 },
    repeats: 3,
  }),
]);
