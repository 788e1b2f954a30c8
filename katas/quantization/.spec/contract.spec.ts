/**
 * The contract: errors that name the problem, the typed arrays the results must be, the input types allowed, and
 * inputs that are never modified.
 */
import { it } from "vitest";
import {
  dequantize,
  int8Linear,
  quantizeAffine,
  quantizePerChannel,
  quantizeSymmetric,
  roundHalfEven,
  symmetricScale,
  type Matrix,
  type Tensor,
} from "#impl/quantization";
import { expectAllClose, expectClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectCodes } from "./checks.ts";

type ErrorType = typeof RangeError | typeof TypeError;

specs("contract", "errors name the problem", () => {
  const tensorCases: { name: string; x: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "x not an array", x: "1,2,3", type: TypeError, pattern: /\bx\b/ },
    { name: "an empty tensor", x: [], type: RangeError, pattern: /empty/i },
    { name: "a NaN", x: [1, Number.NaN], type: RangeError, pattern: /finite/i },
    { name: "an infinity", x: [Number.NEGATIVE_INFINITY, 1], type: RangeError, pattern: /finite/i },
    { name: "a string value", x: [1, "2"], type: TypeError, pattern: /number/i },
  ];
  for (const c of tensorCases) {
    it(`quantizeSymmetric: ${c.name}`, () => {
      given({ x: c.x }, () => expectError(() => quantizeSymmetric(c.x as Tensor), c.type, c.pattern));
    });
    it(`quantizeAffine: ${c.name}`, () => {
      given({ x: c.x }, () => expectError(() => quantizeAffine(c.x as Tensor), c.type, c.pattern));
    });
    it(`symmetricScale: ${c.name}`, () => {
      given({ x: c.x }, () => expectError(() => symmetricScale(c.x as Tensor), c.type, c.pattern));
    });
  }

  const scaleCases: { name: string; scale: unknown; type: ErrorType }[] = [
    { name: "scale 0", scale: 0, type: RangeError },
    { name: "a negative scale", scale: -0.5, type: RangeError },
    { name: "a NaN scale", scale: Number.NaN, type: RangeError },
    { name: "an infinite scale", scale: Number.POSITIVE_INFINITY, type: RangeError },
    { name: "a string scale", scale: "0.1", type: TypeError },
  ];
  for (const c of scaleCases) {
    it(`quantizeSymmetric: ${c.name}`, () => {
      given({ x: [1, 2], scale: c.scale }, () => expectError(() => quantizeSymmetric([1, 2], c.scale as number), c.type, /scale/));
    });
    it(`quantizeAffine: ${c.name}`, () => {
      given({ x: [1, 2], scale: c.scale }, () => expectError(() => quantizeAffine([1, 2], { scale: c.scale as number, zeroPoint: 0 }), c.type, /scale/));
    });
    it(`dequantize: ${c.name}`, () => {
      given({ q: [1, 2], scale: c.scale }, () => expectError(() => dequantize([1, 2], c.scale as number), c.type, /scale/));
    });
  }

  const zeroPointCases: { name: string; zeroPoint: unknown; type: ErrorType }[] = [
    { name: "zeroPoint 256", zeroPoint: 256, type: RangeError },
    { name: "zeroPoint -1", zeroPoint: -1, type: RangeError },
    { name: "zeroPoint 1.5", zeroPoint: 1.5, type: RangeError },
    { name: "zeroPoint a string", zeroPoint: "3", type: TypeError },
  ];
  for (const c of zeroPointCases) {
    it(`quantizeAffine: ${c.name}`, () => {
      given({ zeroPoint: c.zeroPoint }, () => expectError(() => quantizeAffine([1, 2], { scale: 0.1, zeroPoint: c.zeroPoint as number }), c.type, /zeroPoint/));
    });
    it(`dequantize: ${c.name}`, () => {
      given({ zeroPoint: c.zeroPoint }, () => expectError(() => dequantize([1, 2], 0.1, c.zeroPoint as number), c.type, /zeroPoint/));
    });
  }

  it("dequantize: a code that is not an integer", () => {
    given({ q: [1, 2.5] }, () => expectError(() => dequantize([1, 2.5], 0.1), RangeError, /integer/i));
  });

  it("dequantize: q not an array", () => {
    given({ q: 12 }, () => expectError(() => dequantize(12 as unknown as number[], 0.1), TypeError, /\bq\b/));
  });

  it("roundHalfEven: NaN and infinities", () => {
    given({ values: [Number.NaN, Number.POSITIVE_INFINITY] }, () => {
      expectError(() => roundHalfEven(Number.NaN), RangeError, /finite/i);
      expectError(() => roundHalfEven(Number.POSITIVE_INFINITY), RangeError, /finite/i);
    });
  });

  const matrixCases: { name: string; x: unknown; w: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "w not an array of rows", x: [[1, 2]], w: "w", type: TypeError, pattern: /\bw\b/ },
    { name: "x not an array of rows", x: 3, w: [[1, 2]], type: TypeError, pattern: /\bx\b/ },
    { name: "no rows", x: [], w: [[1, 2]], type: RangeError, pattern: /empty/i },
    { name: "an empty row", x: [[]], w: [[]], type: RangeError, pattern: /empty/i },
    { name: "ragged rows", x: [[1, 2], [1, 2, 3]], w: [[1, 2]], type: RangeError, pattern: /length/i },
    { name: "different inner dimensions", x: [[1, 2, 3]], w: [[1, 2]], type: RangeError, pattern: /dimension/i },
    { name: "a NaN weight", x: [[1, 2]], w: [[1, Number.NaN]], type: RangeError, pattern: /finite/i },
    { name: "k = 133,145 could overflow the int32 accumulator", x: [new Array<number>(133_145).fill(1)], w: [new Array<number>(133_145).fill(1)], type: RangeError, pattern: /overflow/i },
  ];
  for (const c of matrixCases) {
    it(`int8Linear: ${c.name}`, () => {
      given({ case: c.name }, () => expectError(() => int8Linear(c.x as Matrix, c.w as Matrix), c.type, c.pattern));
    });
  }

  it("quantizePerChannel: ragged rows and an empty matrix", () => {
    given({ w: [[1, 2], [3]] }, () => {
      expectError(() => quantizePerChannel([[1, 2], [3]]), RangeError, /length/i);
      expectError(() => quantizePerChannel([]), RangeError, /empty/i);
      expectError(() => quantizePerChannel("w" as unknown as Matrix), TypeError, /\bw\b/);
    });
  });
});

specs("contract", "result types and the input types allowed", () => {
  it("codes are Int8Array / Uint8Array / Int32Array, dequantized values a Float64Array", () => {
    given({ x: [0.5, -1, 2] }, () => {
      expectCodes(quantizeSymmetric([0.5, -1, 2]).q, Int8Array, [32, -64, 127], "quantizeSymmetric(...).q");
      const affine = quantizeAffine([0.5, -1, 2]);
      if (!(affine.q instanceof Uint8Array)) fail("quantizeAffine(...).q should be a Uint8Array", "Uint8Array", affine.q);
      const back = dequantize(affine.q, affine.scale, affine.zeroPoint);
      if (!(back instanceof Float64Array)) fail("dequantize should return a Float64Array", "Float64Array", back);
      const perChannel = quantizePerChannel([[1, 2], [3, 4]]);
      if (!Array.isArray(perChannel.q) || !perChannel.q.every((row) => row instanceof Int8Array)) fail("quantizePerChannel(...).q should be an array of Int8Array rows", "Int8Array[]", perChannel.q);
      const linear = int8Linear([[1, 2]], [[3, 4], [5, 6]]);
      if (!Array.isArray(linear.accumulators) || !linear.accumulators.every((row) => row instanceof Int32Array)) fail("accumulators should be Int32Array rows", "Int32Array[]", linear.accumulators);
      if (!Array.isArray(linear.output) || linear.output.length !== 1 || linear.output[0]!.length !== 2) fail("output should be m × n (1 × 2)", "1 × 2", linear.output);
    });
  });

  it("typed arrays are accepted as tensors, rows and codes", () => {
    const x = Float32Array.from([-1, -0.5, 0, 0.25, 0.5, 1, 2.5]);
    given({ x }, () => {
      const result = quantizeSymmetric(x);
      expectClose(result.scale, 2.5 / 127, 0, "scale");
      expectAllClose(dequantize(Int8Array.from([1, -2]), 0.5), [0.5, -1], 0, "dequantize(Int8Array)");
      expectAllClose(dequantize(Uint8Array.from([10, 0]), 0.5, 10), [0, -5], 0, "dequantize(Uint8Array, zeroPoint 10)");
      const linear = int8Linear([Float64Array.from([1, -1])], [Int8Array.from([2, 2])]);
      expectCodes(linear.accumulators[0], Int32Array, [0], "accumulators[0]");
    });
  });
});

specs("contract", "inputs are never modified", () => {
  it("no function modifies its arguments", () => {
    const x = [0.3, -1.7, 2.5, 0];
    const w = [[0.5, -1, 2, 0.25], [3, 0, -0.5, 1]];
    const q = Int8Array.from([5, -7, 127]);
    const params = { scale: 0.05, zeroPoint: 10 };
    given({ x, w, q, params }, () => {
      symmetricScale(x);
      quantizeSymmetric(x);
      quantizeSymmetric(x, 0.01);
      quantizeAffine(x);
      quantizeAffine(x, params);
      quantizePerChannel(w);
      dequantize(q, 0.1);
      int8Linear([x], w);
    });
  });
});
