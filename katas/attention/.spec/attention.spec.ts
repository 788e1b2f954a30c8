/**
 * Hidden specs for scaledDotProductAttention.
 *
 * Golden values: torch 2.13.0 (CPU, float64), F.scaled_dot_product_attention(Q, K, V, attn_mask=allowed) for the
 * outputs, and torch.softmax((Q @ K.T / √d).masked_fill(~allowed, -inf), -1) for the weights (SDPA does not return
 * them; its output equals weights @ V to 1e-14). `allowed` is SDPA's boolean mask sense (True = takes part);
 * the kata's keyPadding has nn.MultiheadAttention's sense (True = padding, ignored), so allowed = ~keyPadding.
 * See scripts/fixtures/golden/attention.py. Tolerance 1e-12 (values of order 1).
 *
 * A fully masked row: torch 2.13's SDPA returns 0 there, and so does the kata (weights and output); the same
 * row through torch.softmax, or nn.MultiheadAttention with need_weights=True, is NaN.
 *
 * Seeded random cases are checked against bruteAttention (helpers.ts), a one-query-at-a-time loop.
 */
import { it } from "vitest";
import { scaledDotProductAttention } from "#impl/attention";
import { abridge, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { bruteAttention, expectMatrixClose, expectResult, randomMatrix, seeded } from "./helpers.ts";

const TOLERANCE = 1e-12;

const base = {
  get Q() {
    return [[0.5, -1.0], [1.5, 0.25], [-0.75, 0.5]];
  },
  get K() {
    return [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.5], [0.25, -2.0]];
  },
  get V() {
    return [[1.0, 2.0, 0.0], [0.0, -1.0, 1.0], [3.0, 0.5, -2.0], [-1.0, 1.0, 0.5]];
  },
};

const self = {
  get X() {
    return [[1.0, 0.0], [0.5, 0.5], [-1.0, 2.0], [0.0, -1.0]];
  },
  get V() {
    return [[1.0, 0.0], [0.0, 1.0], [2.0, 2.0], [-1.0, 3.0]];
  },
};

function check(result: unknown, output: number[][], weights: number[][], tolerance = TOLERANCE): void {
  expectResult(result);
  expectMatrixClose(result.weights, weights, tolerance, "weights");
  expectMatrixClose(result.output, output, tolerance, "output");
}

specs("correct", "golden cases from torch's scaled_dot_product_attention", () => {
  it("Tq = 3 queries, Tk = 4 keys, d = 2, dv = 3, no mask", () => {
    // Python: F.scaled_dot_product_attention(Q, K, V); torch.softmax(Q @ K.T / sqrt(2), -1)
    const output = [
      [-0.2303197078627326, 1.0277314287873311, 0.25401361937348776],
      [0.5781179977833035, 1.0581248138279382, 0.16643287776340304],
      [1.3953998409248494, 0.26799495000754, -0.5402335022570048],
    ];
    const weights = [
      [0.20628578742798245, 0.0714217434562605, 0.0714217434562605, 0.6508707256594966],
      [0.537326909672319, 0.22201017255442537, 0.07036350147106003, 0.17029941630219558],
      [0.13156223759660915, 0.3184175289987281, 0.4534644591832257, 0.09655577422143695],
    ];
    given({ Q: base.Q, K: base.K, V: base.V }, () => check(scaledDotProductAttention(base.Q, base.K, base.V), output, weights));
  });

  it("the 1/√d scaling: Q = K = [[2, 0], [0, 2]], scores [[4, 0], [0, 4]] / √2", () => {
    // Python: F.scaled_dot_product_attention(Q, Q, V) with V = [[1], [3]] (unscaled, the weights would be σ(4) = 0.982)
    const Q = [[2.0, 0.0], [0.0, 2.0]];
    const V = [[1.0], [3.0]];
    given({ Q, K: Q, V }, () =>
      check(scaledDotProductAttention(Q, Q, V), [[1.1116144384143396], [2.8883855615856606]], [[0.9441927807928303, 0.055807219207169745], [0.055807219207169745, 0.9441927807928303]]),
    );
  });

  it("the same with keyPadding [false, false, true, false]: key 2 gets weight 0, the others renormalise", () => {
    // Python: F.scaled_dot_product_attention(Q, K, V, attn_mask=~torch.tensor([F, F, T, F])[None, :])
    const output = [
      [-0.47878025906648236, 1.068321975092977, 0.42738143337875517],
      [0.39480753385964196, 1.1003688696723042, 0.3304085857123446],
      [0.06405157718170812, 0.0754986955729571, 0.6709452336099421],
    ];
    const weights = [
      [0.22215229139200252, 0.0769151581495127, 0.0, 0.7009325504584849],
      [0.5779967874783176, 0.23881395890300677, 0.0, 0.18318925361867566],
      [0.24072036998727467, 0.5826108372071588, 0.0, 0.17666879280556655],
    ];
    const options = { keyPadding: [false, false, true, false] };
    given({ Q: base.Q, K: base.K, V: base.V, options }, () => check(scaledDotProductAttention(base.Q, base.K, base.V, options), output, weights));
  });

  it("causal self-attention, T = 4: query i sees keys 0..i", () => {
    // Python: F.scaled_dot_product_attention(X, X, V, is_causal=True)
    const output = [[1.0, 0.0], [0.5, 0.5], [1.907776456166911, 1.933474414382752], [-0.13637659324452178, 1.8303543338492483]];
    const weights = [
      [1.0, 0.0, 0.0, 0.0],
      [0.5, 0.5, 0.0, 0.0],
      [0.013609209133802367, 0.039307167349643145, 0.9470836235165544, 0.0],
      [0.2516723490807305, 0.1767214296263329, 0.06118575965589481, 0.5104204616370419],
    ];
    const options = { causal: true };
    given({ Q: self.X, K: self.X, V: self.V, options }, () => check(scaledDotProductAttention(self.X, self.X, self.V, options), output, weights));
  });
});

specs("edge", "a query that sees no key (causal + left padding)", () => {
  // keyPadding [true, false, false, true] with causal: query 0 may only see key 0, which is padding.
  // Python: F.scaled_dot_product_attention(X, X, V, attn_mask=allowed) -> row 0 = [0, 0] (torch 2.13);
  //         torch.softmax of the same masked scores -> row 0 = [nan, nan, nan, nan]
  const options = { causal: true, keyPadding: [true, false, false, true] };
  const output = [[0.0, 0.0], [0.0, 1.0], [1.9203010252860824, 1.9601505126430412], [0.5143666304536141, 1.257183315226807]];
  const weights = [
    [0.0, 0.0, 0.0, 0.0],
    [0.0, 1.0, 0.0, 0.0],
    [0.0, 0.03984948735695881, 0.9601505126430412, 0.0],
    [0.0, 0.742816684773193, 0.25718331522680704, 0.0],
  ];

  it("the other queries match torch (rows 1-3)", () => {
    given({ Q: self.X, K: self.X, V: self.V, options }, () => {
      const result = scaledDotProductAttention(self.X, self.X, self.V, options);
      expectResult(result);
      expectMatrixClose((result.weights as number[][]).slice(1), weights.slice(1), TOLERANCE, "weights[1..3]");
      expectMatrixClose((result.output as number[][]).slice(1), output.slice(1), TOLERANCE, "output[1..3]");
    });
  });

  it("no NaN anywhere: every weight and output is a finite number", () => {
    given({ Q: self.X, K: self.X, V: self.V, options }, () => {
      const result = scaledDotProductAttention(self.X, self.X, self.V, options);
      expectResult(result);
      for (const [what, rows] of [["weights", result.weights], ["output", result.output]] as const) {
        (rows as number[][]).forEach((row, i) => {
          if (!Array.from(row).every((x) => typeof x === "number" && Number.isFinite(x))) fail(`${what}[${i}] should hold finite numbers (the kata returns 0 for a query that sees no key)`, "finite numbers", abridge(row));
        });
      }
    });
  });

  it("the query that sees no key gets weights 0 and output 0 (not NaN, not an average of V)", () => {
    given({ Q: self.X, K: self.X, V: self.V, options }, () => {
      const result = scaledDotProductAttention(self.X, self.X, self.V, options);
      expectResult(result);
      expectMatrixClose([(result.weights as number[][])[0]], [weights[0]!], 0, "weights[0]");
      expectMatrixClose([(result.output as number[][])[0]], [output[0]!], 0, "output[0]");
    });
  });

  it("every key padded: every row is zeros", () => {
    const padAll = { keyPadding: [true, true, true, true] };
    given({ Q: base.Q, K: base.K, V: base.V, options: padAll }, () =>
      check(scaledDotProductAttention(base.Q, base.K, base.V, padAll), [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], 0),
    );
  });
});

specs("edge", "numerical stability", () => {
  // Circulant score matrices whose entries differ by hundreds: the softmax over the keys and the one over the
  // queries agree here, and so do the scaled and unscaled ones, so these cases test stability alone.
  const V = [[1.0], [3.0]];

  it("scores of 3182 and 2546 (exp overflows past ~709): weights 1 and 0, not NaN", () => {
    // Python: F.scaled_dot_product_attention(Q, Q, V) with Q = [[60, 30], [30, 60]]; weights [[1, 4.1e-277], [4.1e-277, 1]]
    const Q = [[60.0, 30.0], [30.0, 60.0]];
    given({ Q, K: Q, V }, () => check(scaledDotProductAttention(Q, Q, V), [[1.0], [3.0]], [[1.0, 4.136986778080063e-277], [4.136986778080063e-277, 1.0]]));
  });

  it("scores of −2546 and −1273 (exp underflows to 0: a naive softmax gives 0/0)", () => {
    // Python: F.scaled_dot_product_attention(Q, K, V) with Q = [[60, 0], [0, 60]], K = [[-60, -30], [-30, -60]]
    const Q = [[60.0, 0.0], [0.0, 60.0]];
    const K = [[-60.0, -30.0], [-30.0, -60.0]];
    given({ Q, K, V }, () => check(scaledDotProductAttention(Q, K, V), [[3.0], [1.0]], [[0.0, 1.0], [1.0, 0.0]]));
  });
});

specs("correct", "seeded random cases agree with a brute force", () => {
  const rng = seeded("attention/random-cases");
  const cases = Array.from({ length: 40 }, (_, seed) => {
    const tq = 1 + (seed % 6);
    const causal = seed % 3 === 0;
    const tk = causal ? tq : 1 + ((seed * 7) % 9);
    const d = 1 + ((seed * 5) % 8);
    const dv = 1 + ((seed * 3) % 5);
    const keyPadding = seed % 2 === 0 ? Array.from({ length: tk }, () => rng() < 0.3) : undefined;
    return { seed, Q: randomMatrix(rng, tq, d, 2), K: randomMatrix(rng, tk, d, 2), V: randomMatrix(rng, tk, dv, 3), options: { causal, ...(keyPadding ? { keyPadding } : {}) } };
  });

  it("weights and output match a one-query-at-a-time loop on 40 cases (Tq 1-6, Tk 1-9, d 1-8, causal and padding masks)", () => {
    for (const c of cases) {
      given({ case: c.seed, Q: c.Q, K: c.K, V: c.V, options: c.options }, () => {
        const expected = bruteAttention(c.Q, c.K, c.V, c.options);
        check(scaledDotProductAttention(c.Q, c.K, c.V, c.options), expected.output, expected.weights);
      });
    }
  });

  it("every row of weights sums to 1 over the keys it sees, and masked keys weigh exactly 0", () => {
    for (const c of cases) {
      given({ case: c.seed, Q: c.Q, K: c.K, V: c.V, options: c.options }, () => {
        const result = scaledDotProductAttention(c.Q, c.K, c.V, c.options);
        (result.weights as number[][]).forEach((row, i) => {
          const visible = c.K.map((_, j) => !(c.options.causal && j > i) && !c.options.keyPadding?.[j]);
          const sum = Array.from(row).reduce((a, b) => a + b, 0);
          const wanted = visible.some(Boolean) ? 1 : 0;
          if (!(Math.abs(sum - wanted) <= 1e-12)) fail(`weights[${i}] should sum to ${wanted} over the keys (a softmax over the last axis)`, wanted, sum);
          visible.forEach((v, j) => {
            if (!v && row[j] !== 0) fail(`weights[${i}][${j}] is a masked key: its weight should be exactly 0`, 0, row[j]);
          });
        });
      });
    }
  });
});

specs("contract", "shapes, input types and immutability", () => {
  it("output is Tq × dv and weights Tq × Tk (Tq = 3, Tk = 4, dv = 3)", () => {
    given({ Q: base.Q, K: base.K, V: base.V }, () => {
      const result = scaledDotProductAttention(base.Q, base.K, base.V);
      expectResult(result);
      const shape = (m: unknown) => (Array.isArray(m) ? `${m.length} × ${(m[0] as unknown[] | undefined)?.length}` : typeof m);
      if (shape(result.output) !== "3 × 3" || shape(result.weights) !== "3 × 4") {
        fail("output should be Tq × dv = 3 × 3 and weights Tq × Tk = 3 × 4", "3 × 3 and 3 × 4", `${shape(result.output)} and ${shape(result.weights)}`);
      }
    });
  });

  it("accepts typed-array rows (Float64Array and Float32Array)", () => {
    const Q = base.Q.map((r) => Float64Array.from(r));
    const K = base.K.map((r) => Float32Array.from(r));
    const V = base.V.map((r) => Float64Array.from(r));
    const options = { keyPadding: [false, false, true, false] };
    given({ Q, K, V, options }, () => {
      const expected = bruteAttention(base.Q, base.K, base.V, options);
      check(scaledDotProductAttention(Q, K, V, options), expected.output, expected.weights);
    });
  });

  it("leaves Q, K, V and the options as they were", () => {
    const Q = base.Q;
    const K = base.K;
    const V = base.V;
    const options = { causal: false, keyPadding: [true, false, false, false] };
    given({ Q, K, V, options }, () => {
      scaledDotProductAttention(Q, K, V, options);
    });
  });
});

specs("contract", "errors name the problem", () => {
  const cases: { name: string; run: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "Q not an array", run: () => scaledDotProductAttention("q" as unknown as number[][], base.K, base.V), type: TypeError, pattern: /Q/ },
    { name: "K with no rows", run: () => scaledDotProductAttention(base.Q, [], base.V), type: RangeError, pattern: /empty/i },
    { name: "Q and K of different widths", run: () => scaledDotProductAttention([[1, 2, 3]], base.K, base.V), type: RangeError, pattern: /shape/i },
    { name: "K and V with different row counts", run: () => scaledDotProductAttention(base.Q, base.K, base.V.slice(0, 3)), type: RangeError, pattern: /shape/i },
    { name: "ragged V", run: () => scaledDotProductAttention(base.Q, base.K, [[1, 2, 3], [1, 2], [1, 2, 3], [1, 2, 3]]), type: RangeError, pattern: /shape/i },
    { name: "a NaN in K", run: () => scaledDotProductAttention(base.Q, [[1, 0], [Number.NaN, 1], [0, 0], [1, 1]], base.V), type: RangeError, pattern: /finite/i },
    { name: "keyPadding of the wrong length", run: () => scaledDotProductAttention(base.Q, base.K, base.V, { keyPadding: [false, true] }), type: RangeError, pattern: /keyPadding/ },
    { name: "keyPadding holding 0/1 numbers", run: () => scaledDotProductAttention(base.Q, base.K, base.V, { keyPadding: [0, 1, 0, 0] as unknown as boolean[] }), type: TypeError, pattern: /keyPadding/ },
    { name: "causal with 3 queries and 4 keys", run: () => scaledDotProductAttention(base.Q, base.K, base.V, { causal: true }), type: RangeError, pattern: /causal/i },
  ];
  for (const c of cases) {
    it(c.name, () => given({ case: c.name }, () => expectError(c.run, c.type, c.pattern)));
  }
});
