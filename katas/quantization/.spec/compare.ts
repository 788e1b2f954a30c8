/**
 * Comparison workloads for `npm run compare -- quantization` (hidden like the specs): the fixture's linear layer
 * and the production sizes of scale.spec.ts. Quality: the error against float64 (lower is better) — the largest
 * |int8 output − x·wᵀ| for the layer, the largest round-trip error in units of the scale for a tensor.
 */
import { readFileSync } from "node:fs";
import { dequantize, int8Linear, quantizePerChannel, quantizeSymmetric, type Int8LinearResult } from "#impl/quantization";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";

interface Layer {
  weights: number[][];
  activations: number[][];
  exact: number[][];
}

function layer(): Layer {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/quantization/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;
  const data = read("layer.json") as unknown as Layer;
  return { ...data, exact: (read("golden.json") as { exact: number[][] }).exact };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function maxError(result: Int8LinearResult, exact: number[][]): number {
  let worst = 0;
  result.output.forEach((row, i) => row.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - exact[i]![j]!)))));
  return worst;
}

function errorHistogram(result: Int8LinearResult, input: Layer): Plot {
  return {
    type: "histogram",
    title: "int8 layer on layer.json: output − float64 product (16 × 64 outputs)",
    x: "error",
    series: [{ name: "int8Linear", values: result.output.flatMap((row, i) => row.map((v, j) => v - input.exact[i]![j]!)) }],
    bins: 40,
  };
}

function production() {
  const rng = mulberry32(2025);
  const x = Array.from({ length: 32 }, () => Array.from({ length: 2048 }, () => rng() * 2 - 1));
  const w = Array.from({ length: 1024 }, (_, j) => Array.from({ length: 2048 }, () => (rng() * 2 - 1) * (1 + (j % 7))));
  const exact = x.map((row) => w.map((col) => row.reduce((s, v, t) => s + v * col[t]!, 0)));
  return { x, w, exact };
}

export default defineComparison([
  workload({
    name: "int8Linear on layer.json (16 × 128 activations, 64 × 128 weights)",
    kind: "fixture",
    setup: layer,
    run: ({ activations, weights }) => int8Linear(activations, weights),
    view: (result) => ({ accumulators: result.accumulators.map((row) => Array.from(row)), output: result.output }),
    quality: { name: "max |output − x·wᵀ|", better: "lower", of: (result, input) => maxError(result, input.exact) },
    agreement: { kind: "close", tolerance: 1e-12 },
    plot: errorHistogram,
  }),
  workload({
    name: "quantizePerChannel on layer.json's weights (64 channels, magnitudes 0.001-1)",
    kind: "fixture",
    setup: layer,
    run: ({ weights }) => quantizePerChannel(weights),
    view: (result) => ({ scales: result.scales, q: result.q.map((row) => Array.from(row)) }),
    quality: {
      name: "mean relative round-trip error",
      better: "lower",
      of: (result, input) => {
        let error = 0;
        let size = 0;
        input.weights.forEach((row, j) => {
          const back = dequantize(result.q[j]!, result.scales[j]!);
          row.forEach((v, t) => {
            error += Math.abs(back[t]! - v);
            size += Math.abs(v);
          });
        });
        return error / size;
      },
    },
    agreement: { kind: "exact" },
  }),
  workload({
    name: "quantizeSymmetric + dequantize, 1,000,000 values",
    kind: "scale",
    setup: () => {
      const rng = mulberry32(7);
      return Float64Array.from({ length: 1_000_000 }, () => (rng() - 0.5) * 8);
    },
    run: (x) => {
      const q = quantizeSymmetric(x);
      return { scale: q.scale, back: dequantize(q.q, q.scale) };
    },
    view: (result) => ({ scale: result.scale, first: Array.from(result.back.subarray(0, 1000)) }),
    quality: {
      name: "max round-trip error / scale",
      better: "lower",
      of: (result, x) => {
        let worst = 0;
        for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(result.back[i]! - x[i]!));
        return worst / result.scale;
      },
    },
    agreement: { kind: "close", tolerance: 1e-12 },
    repeats: 3,
  }),
  workload({
    name: "int8Linear, 32 × 2,048 by 1,024 × 2,048",
    kind: "scale",
    setup: production,
    run: ({ x, w }) => int8Linear(x, w),
    view: (result) => ({ inputScale: result.inputScale, output: result.output.slice(0, 2) }),
    quality: { name: "max |output − x·wᵀ|", better: "lower", of: (result, input) => maxError(result, input.exact) },
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
]);
