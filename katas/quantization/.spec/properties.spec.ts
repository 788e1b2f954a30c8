/**
 * Seeded random cases against an independent brute force written here (checks.ts: rint from the fractional part),
 * and the error bounds against float64: a value that is not clipped comes back within scale / 2; the int8 layer's
 * output is within (sx/2)·Σ|w| + (sw/2)·Σ|x| + k·sx·sw/4 of the float64 product.
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { dequantize, int8Linear, quantizeAffine, quantizePerChannel, quantizeSymmetric } from "#impl/quantization";
import { expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { clip, expectCodes, expectRelativeClose, maxAbs, rint } from "./checks.ts";

function tensor(rng: seedrandom.PRNG, n: number): number[] {
  const spread = 10 ** (4 * rng() - 2); // 0.01 .. 100
  // Some values on a coarse grid, so that x / scale lands on .5 now and then.
  return Array.from({ length: n }, () => (rng() < 0.3 ? Math.round(rng() * 20 - 10) / 4 : (rng() * 2 - 1) * spread));
}

const rng = seedrandom("quantization/properties");
const cases = Array.from({ length: 60 }, (_, seed) => ({ seed, x: tensor(rng, 1 + Math.floor(rng() * 40)) }));

specs("correct", "seeded random tensors agree with a brute force", () => {
  it("quantizeSymmetric: scale = max|x| / 127 and every code (60 tensors)", () => {
    for (const c of cases) {
      given({ case: c.seed, x: c.x }, () => {
        const m = maxAbs(c.x);
        const scale = m > 0 ? m / 127 : 1;
        const result = quantizeSymmetric(c.x);
        expectClose(result.scale, scale, 0, "scale");
        expectCodes(result.q, Int8Array, c.x.map((v) => clip(rint(v / scale), -127, 127)), "q");
      });
    }
  });

  it("quantizeAffine: scale, zero point and every code (60 tensors)", () => {
    for (const c of cases) {
      given({ case: c.seed, x: c.x }, () => {
        const lo = Math.min(0, ...c.x);
        const hi = Math.max(0, ...c.x);
        const scale = hi > lo ? (hi - lo) / 255 : 1;
        const zeroPoint = clip(rint(-lo / scale), 0, 255);
        const result = quantizeAffine(c.x);
        expectClose(result.scale, scale, 0, "scale");
        expectClose(result.zeroPoint, zeroPoint, 0, "zeroPoint");
        expectCodes(result.q, Uint8Array, c.x.map((v) => clip(rint(v / scale) + zeroPoint, 0, 255)), "q");
      });
    }
  });

  it("quantizePerChannel: each row with its own scale (20 matrices of rows of very different sizes)", () => {
    for (let seed = 0; seed < 20; seed++) {
      const rows = 1 + (seed % 5);
      const k = 1 + ((seed * 7) % 9);
      const w = Array.from({ length: rows }, () => tensor(rng, k));
      given({ case: seed, w }, () => {
        const result = quantizePerChannel(w);
        w.forEach((row, j) => {
          const m = maxAbs(row);
          const scale = m > 0 ? m / 127 : 1;
          expectClose(result.scales[j], scale, 0, `scales[${j}]`);
          expectCodes(result.q[j], Int8Array, row.map((v) => clip(rint(v / scale), -127, 127)), `q[${j}]`);
        });
      });
    }
  });
});

specs("correct", "error bounds against float64", () => {
  it("symmetric and affine round trips are within scale / 2 of every value", () => {
    for (const c of cases) {
      given({ case: c.seed, x: c.x }, () => {
        const symmetric = quantizeSymmetric(c.x);
        const back = dequantize(symmetric.q, symmetric.scale);
        const affine = quantizeAffine(c.x);
        const affineBack = dequantize(affine.q, affine.scale, affine.zeroPoint);
        c.x.forEach((v, i) => {
          // A hair of float64 slack: x / s and q · s are each rounded once.
          if (!(Math.abs(back[i]! - v) <= symmetric.scale / 2 + 1e-12 * Math.abs(v))) {
            fail(`symmetric: |dequantize(quantize(x))[${i}] - x| should be <= scale / 2 = ${symmetric.scale / 2}`, v, back[i]);
          }
          if (!(Math.abs(affineBack[i]! - v) <= affine.scale / 2 + 1e-12 * Math.abs(v))) {
            fail(`affine: |dequantize(quantize(x))[${i}] - x| should be <= scale / 2 = ${affine.scale / 2}`, v, affineBack[i]);
          }
        });
      });
    }
  });

  it("int8Linear: accumulators equal a brute force, and the output is within the error bound of x · wᵀ (15 layers)", () => {
    for (let seed = 0; seed < 15; seed++) {
      const m = 1 + (seed % 4);
      const n = 1 + ((seed * 3) % 5);
      const k = 1 + ((seed * 5) % 23);
      const x = Array.from({ length: m }, () => tensor(rng, k));
      const w = Array.from({ length: n }, () => tensor(rng, k));
      given({ case: seed, x, w }, () => {
        const result = int8Linear(x, w);
        const mx = maxAbs(x.flat());
        const sx = mx > 0 ? mx / 127 : 1;
        const sw = w.map((row) => (maxAbs(row) > 0 ? maxAbs(row) / 127 : 1));
        expectClose(result.inputScale, sx, 0, "inputScale");
        x.forEach((xi, i) => {
          const qx = xi.map((v) => clip(rint(v / sx), -127, 127));
          const acc = w.map((wj, j) => wj.reduce((s, v, t) => s + qx[t]! * clip(rint(v / sw[j]!), -127, 127), 0));
          expectCodes(result.accumulators[i], Int32Array, acc, `accumulators[${i}]`);
          expectRelativeClose(result.output[i], acc.map((a, j) => a * sx * sw[j]!), 1e-12, `output[${i}]`);
          w.forEach((wj, j) => {
            const exact = xi.reduce((s, v, t) => s + v * wj[t]!, 0);
            const bound = (sx / 2) * wj.reduce((s, v) => s + Math.abs(v), 0) + (sw[j]! / 2) * xi.reduce((s, v) => s + Math.abs(v), 0) + (k * sx * sw[j]!) / 4;
            const error = Math.abs(result.output[i]![j]! - exact);
            if (!(error <= bound * (1 + 1e-9))) fail(`output[${i}][${j}] is ${error} from the float64 product; the bound is ${bound}`, `<= ${bound}`, error);
          });
        });
      });
    }
  });
});
