/**
 * Hidden specs for splitHeads, mergeHeads and multiHeadAttention.
 *
 * Golden values: numpy 2.4 (x.reshape(T, h, dh).transpose(1, 0, 2) for the split) and torch 2.13.0 (CPU, float64)
 * nn.MultiheadAttention(4, 2, bias=False, batch_first=True) with in_proj_weight = cat(Wqᵀ, Wkᵀ, Wvᵀ) and
 * out_proj.weight = Woᵀ (torch multiplies by Wᵀ; the kata by W), called as mha(X, X, X, need_weights=True,
 * average_attn_weights=False, attn_mask=..., key_padding_mask=...). torch's MHA attn_mask is True where attention
 * is NOT allowed (torch.triu(ones, 1) for causal): the opposite of F.scaled_dot_product_attention's boolean mask.
 * An independent numpy computation of the unmasked case agrees to 1e-16 (scripts/fixtures/golden/attention.py).
 * Tolerance 1e-12.
 */
import { it } from "vitest";
import { mergeHeads, multiHeadAttention, splitHeads } from "#impl/attention";
import { expectError, given, specs } from "../../../scripts/kit/index.ts";
import { bruteMultiHead, expectMatrixClose, expectResult, expectTensorClose, randomMatrix, seeded, type Projections } from "./helpers.ts";

const TOLERANCE = 1e-12;

const X6 = () => [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]];

specs("correct", "splitHeads and mergeHeads", () => {
  it("splitHeads(T = 2 × dModel = 6, 3 heads): head h takes columns 2h, 2h + 1 of every row", () => {
    // Python: np.arange(12.).reshape(2, 6).reshape(2, 3, 2).transpose(1, 0, 2)
    // (x.reshape(3, 2, 2), the wrong split, would give [[[0, 1], [2, 3]], [[4, 5], [6, 7]], [[8, 9], [10, 11]]])
    const expected = [[[0, 1], [6, 7]], [[2, 3], [8, 9]], [[4, 5], [10, 11]]];
    given({ X: X6(), numHeads: 3 }, () => expectTensorClose(splitHeads(X6(), 3), expected, 0, "heads"));
  });

  it("mergeHeads puts head 0's columns first in every row", () => {
    // Python: heads.transpose(1, 0, 2).reshape(2, 6)
    const heads = [[[0, 1], [6, 7]], [[2, 3], [8, 9]], [[4, 5], [10, 11]]];
    given({ heads }, () => expectMatrixClose(mergeHeads(heads), X6(), 0, "merged"));
  });

  it("mergeHeads(splitHeads(X, h)) is X, for every h that divides dModel = 12 (T = 5)", () => {
    const rng = seeded("attention/round-trip");
    const X = randomMatrix(rng, 5, 12);
    for (const h of [1, 2, 3, 4, 6, 12]) {
      given({ X, numHeads: h }, () => expectMatrixClose(mergeHeads(splitHeads(X, h)), X, 0, `mergeHeads(splitHeads(X, ${h}))`));
    }
  });

  it("one head is the whole matrix; dModel heads are its columns", () => {
    given({ X: X6(), numHeads: "1 and 6" }, () => {
      expectTensorClose(splitHeads(X6(), 1), [X6()], 0, "splitHeads(X, 1)");
      expectTensorClose(splitHeads(X6(), 6), [0, 1, 2, 3, 4, 5].map((c) => [[c], [c + 6]]), 0, "splitHeads(X, 6)");
    });
  });
});

const Xm = () => [[1.0, 0.0, -1.0, 0.5], [0.5, 1.0, 0.0, -0.5], [-1.0, 0.5, 2.0, 0.0], [0.0, -1.0, 0.5, 1.0]];
const P = (): Projections => ({
  Wq: [[0.5, -0.25, 0.0, 0.75], [0.25, 0.5, -0.5, 0.0], [-0.5, 0.25, 0.75, 0.25], [0.0, 1.0, 0.25, -0.5]],
  Wk: [[0.25, 0.0, 0.5, -0.25], [-0.75, 0.5, 0.0, 0.5], [0.5, 0.5, -0.25, 0.0], [0.0, -0.5, 1.0, 0.25]],
  Wv: [[1.0, 0.0, 0.5, 0.0], [0.0, 1.0, 0.0, -0.5], [0.25, 0.0, 1.0, 0.5], [-0.5, 0.25, 0.0, 1.0]],
  Wo: [[0.5, 0.0, 0.0, 0.25], [0.0, 0.5, 0.25, 0.0], [0.25, 0.0, 0.5, 0.0], [0.0, -0.25, 0.0, 0.5]],
});

specs("correct", "multiHeadAttention: golden cases from torch's nn.MultiheadAttention", () => {
  it("T = 4, dModel = 4, 2 heads, no mask", () => {
    // Python: mha(X, X, X, need_weights=True, average_attn_weights=False)
    const output = [
      [0.12364151315370556, -0.09727016266203924, 0.34302771671580523, 0.1259895323654293],
      [0.18392185293502533, -0.05589008865223258, 0.3835668104461043, 0.14482128673715855],
      [0.1685565029462695, 0.16894410050639402, 0.17826060286295903, 0.3454374067041131],
      [0.10077352755821314, 0.0855849235657136, 0.14766322608332905, 0.3098502924774462],
    ];
    const weights = [
      [
        [0.17412244406355792, 0.1335657292093958, 0.27088665644424503, 0.4214251702828013],
        [0.22893826774885664, 0.1756138149809699, 0.23928290812300096, 0.35616500914717236],
        [0.12994254514358855, 0.5404242602199486, 0.29109103829483, 0.038542156341632744],
        [0.172450643260323, 0.3820709018562638, 0.3346294087215527, 0.11084904616186053],
      ],
      [
        [0.1379943772399138, 0.28612157496539603, 0.4165753198747794, 0.1593087279199107],
        [0.12547128392135337, 0.2873547968493412, 0.44704506963685886, 0.14012884959244645],
        [0.4750554623474688, 0.11807441775140916, 0.058218798647942195, 0.34865132125317977],
        [0.45806544474164956, 0.12575461171664393, 0.06480740520189258, 0.3513725383398139],
      ],
    ];
    given({ X: Xm(), params: P(), numHeads: 2 }, () => {
      const result = multiHeadAttention(Xm(), P(), 2);
      expectResult(result);
      expectTensorClose(result.weights, weights, TOLERANCE, "weights");
      expectMatrixClose(result.output, output, TOLERANCE, "output");
    });
  });

  it("causal", () => {
    // Python: mha(X, X, X, attn_mask=torch.triu(torch.ones(4, 4, dtype=torch.bool), 1), need_weights=True, average_attn_weights=False)
    const output = [
      [0.125, 0.0625, -0.21875, 0.125],
      [0.3097744532539429, 0.39930228200487905, 0.12366800320799941, -0.19590282111123328],
      [0.12256137901885608, 0.35861074040022156, 0.072386055706904, 0.02732031773161373],
      [0.10077352755821314, 0.0855849235657136, 0.14766322608332905, 0.3098502924774462],
    ];
    const weights = [
      [[1.0, 0.0, 0.0, 0.0], [0.5659055472018155, 0.43409445279818437, 0.0, 0.0], [0.13515157840842448, 0.5620883575754325, 0.30276006401614297, 0.0], [0.172450643260323, 0.3820709018562638, 0.3346294087215527, 0.11084904616186053]],
      [[1.0, 0.0, 0.0, 0.0], [0.30393255117776047, 0.6960674488222396, 0.0, 0.0], [0.7293412543055503, 0.18127682085512417, 0.0893819248393254, 0.0], [0.45806544474164956, 0.12575461171664393, 0.06480740520189258, 0.3513725383398139]],
    ];
    const options = { causal: true };
    given({ X: Xm(), params: P(), numHeads: 2, options }, () => {
      const result = multiHeadAttention(Xm(), P(), 2, options);
      expectResult(result);
      expectTensorClose(result.weights, weights, TOLERANCE, "weights");
      expectMatrixClose(result.output, output, TOLERANCE, "output");
    });
  });

  it("causal with the last position padded (keyPadding [false, false, false, true])", () => {
    // Python: mha(X, X, X, attn_mask=torch.triu(...), key_padding_mask=torch.tensor([[F, F, F, T]]), need_weights=True, average_attn_weights=False)
    const output = [
      [0.125, 0.0625, -0.21875, 0.125],
      [0.3097744532539429, 0.39930228200487905, 0.12366800320799941, -0.19590282111123328],
      [0.12256137901885608, 0.35861074040022156, 0.072386055706904, 0.02732031773161373],
      [0.07684879005342321, 0.3239392449735698, 0.06972081005882305, -0.0017013477781689101],
    ];
    const weights = [
      [[1.0, 0.0, 0.0, 0.0], [0.5659055472018155, 0.43409445279818437, 0.0, 0.0], [0.13515157840842448, 0.5620883575754325, 0.30276006401614297, 0.0], [0.19394979279493166, 0.4297030782084903, 0.3763471289965781, 0.0]],
      [[1.0, 0.0, 0.0, 0.0], [0.30393255117776047, 0.6960674488222396, 0.0, 0.0], [0.7293412543055503, 0.18127682085512417, 0.0893819248393254, 0.0], [0.7062072943523143, 0.19387802575421384, 0.09991467989347169, 0.0]],
    ];
    const options = { causal: true, keyPadding: [false, false, false, true] };
    given({ X: Xm(), params: P(), numHeads: 2, options }, () => {
      const result = multiHeadAttention(Xm(), P(), 2, options);
      expectResult(result);
      expectTensorClose(result.weights, weights, TOLERANCE, "weights");
      expectMatrixClose(result.output, output, TOLERANCE, "output");
    });
  });
});

specs("correct", "multiHeadAttention: seeded random cases agree with a brute force", () => {
  it("matches project → column blocks → attention → concatenate → · Wo on 20 cases (T 1-7, dModel 2-12, 1-4 heads)", () => {
    const rng = seeded("attention/multi-head-random");
    for (let seed = 0; seed < 20; seed++) {
      const numHeads = 1 + (seed % 4);
      const dHead = numHeads === 1 ? 2 + (seed % 3) : 1 + ((seed * 3) % 3);
      const dModel = numHeads * dHead;
      const T = 1 + ((seed * 5) % 7);
      const X = randomMatrix(rng, T, dModel, 1.5);
      const params: Projections = { Wq: randomMatrix(rng, dModel, dModel), Wk: randomMatrix(rng, dModel, dModel), Wv: randomMatrix(rng, dModel, dModel), Wo: randomMatrix(rng, dModel, dModel) };
      const options = { causal: seed % 2 === 1, ...(seed % 3 === 0 ? { keyPadding: Array.from({ length: T }, (_, t) => t === T - 1 && T > 1) } : {}) };
      given({ case: seed, X, params, numHeads, options }, () => {
        const expected = bruteMultiHead(X, params, numHeads, options);
        const result = multiHeadAttention(X, params, numHeads, options);
        expectResult(result);
        expectTensorClose(result.weights, expected.weights, TOLERANCE, "weights");
        expectMatrixClose(result.output, expected.output, TOLERANCE, "output");
      });
    }
  });
});

specs("contract", "multi-head: immutability and errors", () => {
  it("leaves X, the params and the options as they were", () => {
    const X = Xm();
    const params = P();
    const options = { causal: true, keyPadding: [false, false, false, true] };
    given({ X, params, options }, () => {
      multiHeadAttention(X, params, 2, options);
      mergeHeads(splitHeads(X, 2));
    });
  });

  const cases: { name: string; run: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "splitHeads: 4 heads for dModel = 6", run: () => splitHeads(X6(), 4), type: RangeError, pattern: /numHeads/ },
    { name: "splitHeads: 0 heads", run: () => splitHeads(X6(), 0), type: RangeError, pattern: /numHeads/ },
    { name: "splitHeads: 1.5 heads", run: () => splitHeads(X6(), 1.5), type: RangeError, pattern: /numHeads/ },
    { name: "mergeHeads: no heads", run: () => mergeHeads([]), type: RangeError, pattern: /empty/i },
    { name: "mergeHeads: heads of different shapes", run: () => mergeHeads([[[1, 2]], [[1, 2, 3]]]), type: RangeError, pattern: /shape/i },
    { name: "multiHeadAttention: 3 heads for dModel = 4", run: () => multiHeadAttention(Xm(), P(), 3), type: RangeError, pattern: /numHeads/ },
    { name: "multiHeadAttention: a 4 × 3 Wo", run: () => multiHeadAttention(Xm(), { ...P(), Wo: P().Wo.map((r) => r.slice(0, 3)) }, 2), type: RangeError, pattern: /shape/i },
    { name: "multiHeadAttention: keyPadding of length 3 for T = 4", run: () => multiHeadAttention(Xm(), P(), 2, { keyPadding: [false, false, true] }), type: RangeError, pattern: /keyPadding/ },
  ];
  for (const c of cases) {
    it(c.name, () => given({ case: c.name }, () => expectError(c.run, c.type, c.pattern)));
  }
});
