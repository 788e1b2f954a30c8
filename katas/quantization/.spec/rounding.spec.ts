/**
 * Rounding half to even, as np.rint. The ties are split in groups so that the two usual wrong rules fail different
 * specs: Math.round (half up) gets 0.5, 2.5 and -1.5 wrong; rounding half away from zero gets 0.5, 2.5, -0.5 and
 * -2.5 wrong.
 */
import { it } from "vitest";
import { quantizeAffine, quantizeSymmetric, roundHalfEven } from "#impl/quantization";
import { expectClose, given, specs } from "../../../scripts/kit/index.ts";
import { expectCodes } from "./checks.ts";

function expectRounded(values: number[], expected: number[]): void {
  given({ values }, () => values.forEach((v, i) => expectClose(roundHalfEven(v), expected[i]!, 0, `roundHalfEven(${v})`)));
}

specs("correct", "roundHalfEven equals np.rint", () => {
  it("values that are not ties round to the nearest integer", () => {
    // Python: np.rint([0.49999999999999994, 0.51, 1.4, -1.4, -2.6, 126.7, -3.2]) -> [0, 1, 1, -1, -3, 127, -3]
    expectRounded([0.49999999999999994, 0.51, 1.4, -1.4, -2.6, 126.7, -3.2], [0, 1, 1, -1, -3, 127, -3]);
  });

  it("positive ties go to the even neighbour: 0.5 -> 0, 1.5 -> 2, 2.5 -> 2, 12.5 -> 12, 13.5 -> 14", () => {
    // Python: np.rint([0.5, 1.5, 2.5, 12.5, 13.5]) -> [0, 2, 2, 12, 14]
    expectRounded([0.5, 1.5, 2.5, 12.5, 13.5], [0, 2, 2, 12, 14]);
  });

  it("a negative tie between -2 and -1 goes to -2 (half up would give -1)", () => {
    // Python: np.rint([-1.5, -5.5]) -> [-2, -6]
    expectRounded([-1.5, -5.5], [-2, -6]);
  });

  it("a negative tie next to an even integer goes to it: -0.5 -> -0, -2.5 -> -2, -12.5 -> -12 (half away would go down)", () => {
    // Python: np.rint([-0.5, -2.5, -12.5]) -> [-0, -2, -12]
    expectRounded([-0.5, -2.5, -12.5], [0, -2, -12]);
  });
});

specs("correct", "quantizers round half to even", () => {
  it("quantizeSymmetric with scale 1 on ties", () => {
    const x = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 12.5, -12.5, 13.5];
    // Python: np.clip(np.rint(x / 1), -127, 127) -> [0, 2, 2, 0, -2, -2, 12, -12, 14]
    //         torch.quantize_per_tensor(torch.tensor(x), 1.0, 0, torch.qint8).int_repr() -> the same
    given({ x }, () => expectCodes(quantizeSymmetric(x, 1).q, Int8Array, [0, 2, 2, 0, -2, -2, 12, -12, 14], "q"));
  });

  it("quantizeAffine with scale 1 and zero point 100 on ties", () => {
    const x = [0.5, 1.5, -0.5, -1.5, 2.5];
    // Python: np.clip(np.rint(x / 1) + 100, 0, 255) -> [100, 102, 100, 98, 102]
    given({ x }, () => expectCodes(quantizeAffine(x, { scale: 1, zeroPoint: 100 }).q, Uint8Array, [100, 102, 100, 98, 102], "q"));
  });
});
