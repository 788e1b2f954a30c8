/**
 * Comparison workloads for `npm run compare -- log-loss` (hidden like the specs): the kata's two fixtures (a
 * binary validation run with probabilities and logits, a 5-class run of logits with 1% of the rows shifted by
 * ±900), the cross-entropy against a softmax temperature (what temperature scaling minimises; `npm run report`
 * draws it), and the scale case of the specs, 1,000,000 rows × 10 classes. Quality: the loss itself, lower is
 * better; a wrong clip, log base or reduction shows up as a different number, an unstable softmax as NaN or
 * Infinity.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { crossEntropyFromLogits, logLoss, logLossFromLogits } from "#impl/log-loss";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

interface BinaryRun {
  labels: number[];
  logits: number[];
  probabilities: number[];
}
interface MulticlassRun {
  labels: number[];
  logits: number[][];
}

function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/log-loss/${name}`, import.meta.url), "utf8")) as T;
}

/**
 * 1,000,000 rows × 10 classes (3 decimals), the true class boosted, 1% of the rows near ±900. The rows are
 * Float64Array views of one buffer, as a model's output batch usually is (and a number[][] of 10^6 rows, cloned
 * for every timed run, would not fit the comparison's heap).
 */
function million(): { labels: Int32Array; logits: Float64Array[] } {
  const rng = seedrandom("log-loss-compare-scale");
  const n = 1_000_000;
  const k = 10;
  const labels = new Int32Array(n);
  const values = new Float64Array(n * k);
  const logits = new Array<Float64Array>(n);
  for (let i = 0; i < n; i++) {
    const label = Math.floor(rng() * k);
    const offset = rng() < 0.01 ? (rng() < 0.5 ? -900 : 900) : 0;
    for (let j = 0; j < k; j++) values[i * k + j] = Math.round((offset + 2 * (rng() - 0.5) * 3 + (j === label ? 2 : 0)) * 1e3) / 1e3;
    labels[i] = label;
    logits[i] = values.subarray(i * k, (i + 1) * k);
  }
  return { labels, logits };
}

/** Temperatures 2^-2 .. 2^2 in 17 steps, geometric: T = 1 is the model as trained. */
const TEMPERATURES = Array.from({ length: 17 }, (_, i) => 2 ** (-2 + i / 4));

interface TemperatureCurve {
  temperature: number[];
  multiclass: number[];
  binary: number[];
}

/** The cross-entropy of logits / T for each T: the learner's crossEntropyFromLogits and logLossFromLogits. */
function temperatureCurve({ binary, multiclass }: { binary: BinaryRun; multiclass: MulticlassRun }): TemperatureCurve {
  const curve: TemperatureCurve = { temperature: [], multiclass: [], binary: [] };
  for (const t of TEMPERATURES) {
    curve.temperature.push(t);
    curve.multiclass.push(crossEntropyFromLogits(multiclass.labels, multiclass.logits.map((row) => row.map((z) => z / t))));
    curve.binary.push(logLossFromLogits(binary.labels, binary.logits.map((z) => z / t)));
  }
  return curve;
}

const loss = (name: string) => ({ name, better: "lower", of: (value: number) => value }) as const;

export default defineComparison([
  workload({
    name: "logLoss on binary-5k.json (probabilities, exact 0s and 1s among them)",
    kind: "fixture",
    setup: () => readFixture<BinaryRun>("binary-5k.json"),
    run: ({ labels, probabilities }) => logLoss(labels, probabilities),
    quality: loss("log-loss"),
    agreement: { kind: "close", tolerance: 1e-10 },
  }),
  workload({
    name: "logLossFromLogits on binary-5k.json (1% of the logits beyond ±20)",
    kind: "fixture",
    setup: () => readFixture<BinaryRun>("binary-5k.json"),
    run: ({ labels, logits }) => logLossFromLogits(labels, logits),
    quality: loss("log-loss"),
    agreement: { kind: "close", tolerance: 1e-10 },
  }),
  workload({
    name: "crossEntropyFromLogits on multiclass-2k.json (2,000 × 5, 1% of the rows near ±900)",
    kind: "fixture",
    setup: () => readFixture<MulticlassRun>("multiclass-2k.json"),
    run: ({ labels, logits }) => crossEntropyFromLogits(labels, logits),
    quality: loss("cross-entropy"),
    agreement: { kind: "close", tolerance: 1e-10 },
  }),
  workload({
    name: "cross-entropy of logits / T for T = 1/4 .. 4 (temperature scaling, both fixtures)",
    kind: "fixture",
    setup: () => ({ binary: readFixture<BinaryRun>("binary-5k.json"), multiclass: readFixture<MulticlassRun>("multiclass-2k.json") }),
    run: temperatureCurve,
    // The best temperature's loss: what temperature scaling would reach on this run.
    quality: { name: "lowest 5-class cross-entropy over T", better: "lower", of: (curve: TemperatureCurve) => Math.min(...curve.multiclass) },
    agreement: { kind: "close", tolerance: 1e-10 },
    repeats: 3,
    plot: (curve: TemperatureCurve) => ({
      type: "line",
      title: "Cross-entropy against the softmax temperature T (logits / T)",
      x: "log2 T",
      y: "mean loss (nats)",
      series: [
        { name: "multiclass-2k (5 classes)", points: curve.temperature.map((t, i): [number, number] => [Math.log2(t), curve.multiclass[i]!]) },
        { name: "binary-5k (from logits)", points: curve.temperature.map((t, i): [number, number] => [Math.log2(t), curve.binary[i]!]) },
      ],
    }),
  }),
  workload({
    name: "crossEntropyFromLogits, 1,000,000 × 10 (1% of the rows near ±900)",
    kind: "scale",
    setup: million,
    run: ({ labels, logits }) => crossEntropyFromLogits(labels, logits),
    quality: loss("cross-entropy"),
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
]);
