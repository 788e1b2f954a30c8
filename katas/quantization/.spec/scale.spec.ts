/**
 * Scale specs for quantization, in their own file so that a solution stopped by the watchdog does not take the
 * other specs down with it.
 *
 * 1. A tensor of n = 1,000,000 values: quantizeSymmetric, dequantize and quantizeAffine are each O(n). What fails
 *    here is not a complexity class but a JavaScript trap: Math.max(...x) on a million values throws a RangeError
 *    (V8 refuses that many arguments), and per-value object allocation is slow.
 * 2. int8Linear on a real layer: x 32 × 2,048, w 1,024 × 2,048, 6.7e7 integer multiply-adds.
 *
 * Measured on the project machine (2 cores, Node 20, load average 8-10 from other jobs), CPU time:
 *   the million-value tensor (three calls): the reference 0.10 s; the plain-array alternative 0.35-0.38 s;
 *   Math.max(...x) throws a RangeError at once. Bound 1.5 s: reference 15x, alternative ~4x.
 *   int8Linear: the reference 0.21-0.24 s; the alternative (accumulating into Int32Array cells) 0.51-0.55 s; the
 *   int8-accumulator mistake ~0.33 s (it fails on its values, not its time). Bound 2 s: reference ~8x,
 *   alternative ~3.6x. An O(m·n·k²) loop, or one that allocates per product, is far past it.
 */
import { afterAll, beforeAll, it } from "vitest";
import { dequantize, int8Linear, quantizeAffine, quantizeSymmetric } from "#impl/quantization";
import { expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const N = 1_000_000;
let x = new Float64Array(0);
let activations: Float64Array[] = [];
let weights: Float64Array[] = [];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(() => {
  const rng = mulberry32(2025);
  x = Float64Array.from({ length: N }, () => (rng() - 0.5) * 8);
  x[123_456] = 12.7; // the largest |x|: scale 0.1
  activations = Array.from({ length: 32 }, () => Float64Array.from({ length: 2048 }, () => rng() * 2 - 1));
  weights = Array.from({ length: 1024 }, (_, j) => Float64Array.from({ length: 2048 }, () => (rng() * 2 - 1) * (1 + (j % 7))));
});

afterAll(() => {
  x = new Float64Array(0);
  activations = [];
  weights = [];
});

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

specs("scale", "quantization at production sizes", () => {
  it("a tensor of 1,000,000 values: quantizeSymmetric, dequantize and quantizeAffine within 1.5 s of CPU", () => {
    given({ x: `1,000,000 values in [-4, 4) and one 12.7` }, () => {
      const start = process.cpuUsage();
      const symmetric = quantizeSymmetric(x);
      const back = dequantize(symmetric.q, symmetric.scale);
      const affine = quantizeAffine(x);
      const used = cpuMs(start);
      expectClose(symmetric.scale, 12.7 / 127, 0, "scale");
      if (symmetric.q.length !== N || back.length !== N || affine.q.length !== N) fail("every result should hold 1,000,000 values", N, [symmetric.q.length, back.length, affine.q.length]);
      let worst = 0;
      for (let i = 0; i < N; i += 97) worst = Math.max(worst, Math.abs(back[i]! - x[i]!));
      if (worst > symmetric.scale / 2 + 1e-12) fail("dequantize(quantize(x)) should be within scale / 2 of x", `<= ${symmetric.scale / 2}`, worst);
      if (used > 1_500) fail(`used ${Math.round(used)} ms of CPU; O(n) passes need well under 1,500 ms`, "< 1500 ms of CPU", `${Math.round(used)} ms of CPU`);
    });
  });

  it("int8Linear on a 32 × 2,048 batch and 1,024 × 2,048 weights within 2 s of CPU", () => {
    given({ x: "32 × 2,048", w: "1,024 × 2,048" }, () => {
      const start = process.cpuUsage();
      const result = int8Linear(activations, weights);
      const used = cpuMs(start);
      if (result.output.length !== 32 || result.output[0]!.length !== 1024) fail("output should be 32 × 1,024", "32 × 1024", `${result.output.length} × ${result.output[0]?.length}`);
      // Spot-check one output against the float64 product (within its error bound).
      const row = activations[5]!;
      const col = weights[700]!;
      let exact = 0;
      let sumW = 0;
      let sumX = 0;
      for (let t = 0; t < 2048; t++) {
        exact += row[t]! * col[t]!;
        sumW += Math.abs(col[t]!);
        sumX += Math.abs(row[t]!);
      }
      const sx = result.inputScale;
      const sw = result.weightScales[700]!;
      const bound = (sx / 2) * sumW + (sw / 2) * sumX + (2048 * sx * sw) / 4;
      if (!(Math.abs(result.output[5]![700]! - exact) <= bound)) fail("output[5][700] is outside the error bound of the float64 product", `${exact} ± ${bound}`, result.output[5]![700]);
      if (used > 2_000) fail(`used ${Math.round(used)} ms of CPU; O(m·n·k) needs well under 2,000 ms`, "< 2000 ms of CPU", `${Math.round(used)} ms of CPU`);
    });
  });
});
