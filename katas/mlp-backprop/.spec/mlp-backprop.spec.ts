/**
 * Hidden specs for the mlp-backprop kata: forward, loss, backward and sgdStep on explicit weights.
 *
 * Golden values: torch 2.13.0 (CPU, float64) autograd, checked against a numpy 2.4 hand-written backward to 1e-15
 * (scripts/fixtures/golden/mlp-backprop.py). The network is z1 = X @ W1 + b1, h = relu(z1), logits = h @ W2 + b2,
 * loss = F.cross_entropy(logits, y) (the mean over the rows); torch's relu backward gives ReLU'(0) = 0.
 * Tolerances: 1e-12 on values of order 1 (a different summation order moves them by ~1e-16), 1e-10 on the
 * large-logit case (values up to ~600).
 *
 * Seeded random networks are checked against an independent brute force written in helpers.ts: plain-loop logits,
 * a log-sum-exp loss, and central finite differences of that loss (ε = 1e-6; pre-activations within 1e-3 of 0,
 * where a finite difference straddles the kink, are redrawn). The finite-difference error there is ~1e-10; the
 * tolerance is 1e-7 + 1e-6·|g|.
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { backward, forward, loss, sgdStep } from "#impl/mlp-backprop";
import { abridge, expectAllClose, expectClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { bruteLogits, bruteLoss, copyParams, expectGradients, expectMatrixClose, finiteDifferences, type Params } from "./helpers.ts";

const TOLERANCE = 1e-12;

// ---- the small network of the golden script: d = 3, h = 4, k = 3, n = 5 ----------------------------------------
// z1 has exact zeros at [0][0] (0.5·1 − 0.25·2 + 0·(−1) + 0) and [2][0] (x = 0, b1[0] = 0): ReLU'(0) matters there.
const small = {
  get X() {
    return [[1, 2, -1], [0.5, -1, 2], [0, 0, 0], [-1.5, 0.5, 1], [2, 1, 0.5]];
  },
  get y() {
    return [0, 2, 1, 2, 0];
  },
  get params(): Params {
    return {
      W1: [[0.5, -0.3, 0.8, 0.1], [-0.25, 0.6, -0.4, 0.7], [0, 0.2, 0.5, -0.9]],
      b1: [0, 0.1, -0.2, 0.05],
      W2: [[0.3, -0.6, 0.2], [0.9, 0.1, -0.5], [-0.4, 0.7, 0.6], [0.2, -0.3, 0.8]],
      b2: [0.1, -0.1, 0.05],
    };
  },
};

// Python: z1 = X @ W1 + b1 (torch float64)
const SMALL_Z1 = [
  [0.0, 0.7999999999999999, -0.7, 2.4499999999999997],
  [0.5, -0.24999999999999997, 1.6, -2.4000000000000004],
  [0.0, 0.1, -0.2, 0.05],
  [-0.875, 1.05, -1.1, -0.65],
  [0.75, 0.2, 1.2500000000000002, 0.4999999999999999],
];
// Python: np.maximum(z1, 0) @ W2 + b2
const SMALL_LOGITS = [
  [1.31, -0.7549999999999999, 1.6099999999999999],
  [-0.3900000000000001, 0.72, 1.11],
  [0.2, -0.10500000000000001, 0.04000000000000001],
  [1.0450000000000002, 0.0050000000000000044, -0.47500000000000003],
  [0.10499999999999984, 0.1950000000000002, 1.2500000000000002],
];
// Python: torch.softmax(logits, 1)
const SMALL_PROBS = [
  [0.40376680543030496, 0.051205016052771536, 0.5450281785169235],
  [0.11742536712441498, 0.3563106484536596, 0.5262639844219255],
  [0.3862096635494231, 0.284684170418206, 0.3291061660323711],
  [0.6360649181674674, 0.2248201233560197, 0.1391149584765128],
  [0.19096303197384257, 0.20894683872415443, 0.6000901293020031],
];
// Python: F.cross_entropy(logits, y).item()
const SMALL_LOSS = 1.2866750115076022;
// Python: F.cross_entropy(logits, y).backward(); W1.grad, b1.grad, W2.grad, b2.grad
const SMALL_GRADS: Params = {
  W1: [
    [-0.12655506531782434, -0.8713290411884531, 0.3237932305315243, 0.16251514310440357],
    [0.005048962853709371, -0.42051981956198303, 0.18234519083552442, 0.17168189127733233],
    [-0.1341285095983884, 0.2651489192425825, 0.050275444278237685, -0.03472481399484122],
  ],
  b1: [-0.10427342996648509, -0.1348800248199712, 0.1496274699239048, 0.22242333434264255],
  W2: [
    [-0.10961300849148213, 0.06697309065398913, 0.04263991783749302],
    [0.013539036233959113, 0.04945658543053789, -0.06299562166449701],
    [-0.16468312452672662, 0.16625611718620967, -0.0015729926594830468],
    [-0.36919586550627204, 0.038831983442455545, 0.3303638820638165],
  ],
  b2: [-0.05311404275090942, 0.025193359400962234, 0.027920683349947184],
};

specs("correct", "forward: golden values from torch", () => {
  it("z1, hidden, logits and probs of a 3 → 4 → 3 network on 5 rows", () => {
    given({ params: small.params, X: small.X }, () => {
      const cache = forward(small.params, small.X);
      if (typeof cache !== "object" || cache === null) fail("forward should return { z1, hidden, logits, probs }", "an object", abridge(cache));
      expectMatrixClose(cache.z1, SMALL_Z1, TOLERANCE, "z1");
      expectMatrixClose(cache.hidden, SMALL_Z1.map((row) => row.map((z) => Math.max(z, 0))), TOLERANCE, "hidden");
      expectMatrixClose(cache.logits, SMALL_LOGITS, TOLERANCE, "logits");
      expectMatrixClose(cache.probs, SMALL_PROBS, TOLERANCE, "probs");
    });
  });
});

specs("correct", "loss: golden value from torch", () => {
  it("mean cross-entropy of the 3 → 4 → 3 network on 5 rows", () => {
    given({ params: small.params, X: small.X, y: small.y }, () => expectClose(loss(small.params, small.X, small.y), SMALL_LOSS, TOLERANCE, "loss"));
  });
});

specs("correct", "backward: golden gradients from torch autograd", () => {
  it("dW2 (the output layer's weights)", () => {
    given({ params: small.params, X: small.X, y: small.y }, () => expectGradients(backward(small.params, small.X, small.y), SMALL_GRADS, TOLERANCE, ["W2"]));
  });

  it("db2 (the output layer's bias: one value per class)", () => {
    given({ params: small.params, X: small.X, y: small.y }, () => expectGradients(backward(small.params, small.X, small.y), SMALL_GRADS, TOLERANCE, ["b2"]));
  });

  it("dW1 (through the ReLU, where two pre-activations are exactly 0)", () => {
    given({ params: small.params, X: small.X, y: small.y }, () => expectGradients(backward(small.params, small.X, small.y), SMALL_GRADS, TOLERANCE, ["W1"]));
  });

  it("db1 (the hidden bias: one value per hidden unit)", () => {
    given({ params: small.params, X: small.X, y: small.y }, () => expectGradients(backward(small.params, small.X, small.y), SMALL_GRADS, TOLERANCE, ["b1"]));
  });

  it("a batch of one row (row 3 alone: only hidden unit 1 is active)", () => {
    const X = [small.X[3]!];
    const y = [small.y[3]!];
    // Python: F.cross_entropy(logits[3:4], y[3:4]).backward()   -> loss 1.97245464826071
    const expected: Params = {
      W1: [[0, -1.5380744391720995, 0, 0], [0, 0.5126914797240332, 0, 0], [0, 1.0253829594480663, 0, 0]],
      b1: [0, 1.0253829594480663, 0, 0],
      W2: [[0, 0, 0], [0.6678681640758407, 0.23606112952382072, -0.9039292935996616], [0, 0, 0], [0, 0, 0]],
      b2: [0.6360649181674674, 0.22482012335601972, -0.8608850415234872],
    };
    given({ params: small.params, X, y }, () => {
      expectClose(loss(small.params, X, y), 1.97245464826071, TOLERANCE, "loss");
      expectGradients(backward(small.params, X, y), expected, TOLERANCE);
    });
  });
});

specs("edge", "ReLU'(0) = 0, as torch's relu backward", () => {
  it("row 0 alone has z1[0][0] = 0 exactly (x ≠ 0): column 0 of dW1 and db1[0] are 0", () => {
    const X = [small.X[0]!];
    const y = [small.y[0]!];
    // Python: F.cross_entropy(logits[0:1], y[0:1]).backward(); W1.grad, b1.grad   (z1[0] = [0, .8, -.7, 2.45])
    const expected: Params = {
      W1: [[0, -0.8040034627659102, 0, 0.3014143990837684], [0, -1.6080069255318203, 0, 0.6028287981675368], [0, 0.8040034627659102, 0, -0.3014143990837684]],
      b1: [0, -0.8040034627659102, 0, 0.3014143990837684],
      W2: [],
      b2: [],
    };
    given({ params: small.params, X, y }, () => expectGradients(backward(small.params, X, y), expected, TOLERANCE, ["W1", "b1"]));
  });
});

specs("edge", "large logits: a stable softmax and log-sum-exp", () => {
  // Logits up to 1500 (exp(1500) is Infinity in doubles) and a true-class probability that underflows to 0.
  const X = [[1, 0], [0, 1], [1, 1]];
  const y = [0, 1, 2];
  const params = (): Params => ({ W1: [[1, 0], [0, 1]], b1: [0.5, 0.25], W2: [[1000, 0, 990], [0, -1000, 5]], b2: [0, 0, 0] });

  it("forward: probs are finite and sum to 1 when the logits reach 1500", () => {
    // Python: scipy.special.softmax(logits, axis=1)   (logits [[1500, -250, 1486.25], [500, -1250, 501.25], [1500, -1250, 1491.25]])
    const expected = [
      [0.9999989322971299, 0.0, 1.0677028700441467e-6],
      [0.2227001388253088, 0.0, 0.7772998611746911],
      [0.9998415637808975, 0.0, 0.00015843621910252594],
    ];
    given({ params: params(), X }, () => expectMatrixClose(forward(params(), X).probs, expected, TOLERANCE, "probs"));
  });

  it("loss is finite when the true class's probability underflows to 0 (row 1: logit −1250 against 501.25)", () => {
    // Python: F.cross_entropy(logits, y).item(); also -np.mean(log_softmax(logits, axis=1)[np.arange(3), y])
    given({ params: params(), X, y }, () => expectClose(loss(params(), X, y), 586.7506961992734, 1e-10, "loss"));
  });

  it("backward: finite gradients equal to torch's", () => {
    // Python: F.cross_entropy(logits, y).backward(); W1.grad, b1.grad, W2.grad, b2.grad
    const expected: Params = {
      W1: [[3.3328016535934433, -1.6664008267967123], [334.07513900868736, 332.9624304956563]],
      b1: [334.07513544967776, 332.96243227516106],
      W2: [[0.5370369378432318, -0.16666666666666666, -0.37037027117656507], [0.5093922871106802, -0.41666666666666663, -0.09272562044401345]],
      b2: [0.40751354496777875, -0.3333333333333333, -0.07418021163444538],
    };
    given({ params: params(), X, y }, () => expectGradients(backward(params(), X, y), expected, 1e-10));
  });
});

// ---- seeded random networks against the brute force --------------------------------------------------------------

interface RandomCase {
  seed: number;
  params: Params;
  X: number[][];
  y: number[];
}

/** A random network and batch whose pre-activations all stay at least 1e-3 away from the ReLU's kink. */
function randomCase(rng: seedrandom.PRNG, seed: number): RandomCase {
  const d = 1 + (seed % 4);
  const h = 1 + ((seed * 3) % 7);
  const k = 2 + (seed % 3);
  const n = 1 + ((seed * 5) % 8);
  const uniform = (scale: number) => scale * (2 * rng() - 1);
  const matrix = (rows: number, columns: number, scale: number) => Array.from({ length: rows }, () => Array.from({ length: columns }, () => uniform(scale)));
  for (;;) {
    const params: Params = { W1: matrix(d, h, 1), b1: matrix(1, h, 0.5)[0]!, W2: matrix(h, k, 1), b2: matrix(1, k, 0.5)[0]! };
    const X = matrix(n, d, 2);
    const y = Array.from({ length: n }, () => Math.floor(rng() * k));
    const nearKink = X.some((x) => params.b1.some((b, j) => Math.abs(x.reduce((z, xi, i) => z + xi * params.W1[i]![j]!, b)) < 1e-3));
    if (!nearKink) return { seed, params, X, y };
  }
}

specs("correct", "seeded random networks agree with a brute force", () => {
  const rng = seedrandom("mlp-backprop/random-networks");
  const cases = Array.from({ length: 30 }, (_, seed) => randomCase(rng, seed));

  it("forward's logits and probs match plain loops on 30 networks (d 1-4, h 1-7, k 2-4, n 1-8)", () => {
    for (const c of cases) {
      given({ case: c.seed, params: c.params, X: c.X }, () => {
        const logits = bruteLogits(c.params, c.X);
        const probs = logits.map((row) => {
          const m = Math.max(...row);
          const e = row.map((l) => Math.exp(l - m));
          const s = e.reduce((a, b) => a + b, 0);
          return e.map((v) => v / s);
        });
        const cache = forward(c.params, c.X);
        expectMatrixClose(cache.logits, logits, TOLERANCE, "logits");
        expectMatrixClose(cache.probs, probs, TOLERANCE, "probs");
      });
    }
  });

  it("loss matches a log-sum-exp cross-entropy on the same networks", () => {
    for (const c of cases) {
      given({ case: c.seed, params: c.params, X: c.X, y: c.y }, () => expectClose(loss(c.params, c.X, c.y), bruteLoss(c.params, c.X, c.y), TOLERANCE, "loss"));
    }
  });

  it("backward matches central finite differences of the loss (gradient check)", () => {
    for (const c of cases) {
      given({ case: c.seed, params: c.params, X: c.X, y: c.y }, () => {
        const numeric = finiteDifferences(c.params, c.X, c.y);
        const grads = backward(c.params, c.X, c.y) as unknown as Record<string, unknown>;
        if (typeof grads !== "object" || grads === null) fail("backward should return { W1, b1, W2, b2 }", "an object", abridge(grads));
        const check = (actual: unknown, expected: number, what: string) => {
          if (typeof actual !== "number" || !(Math.abs(actual - expected) <= 1e-7 + 1e-6 * Math.abs(expected))) {
            fail(`${what} should match the finite difference ${expected} (relative 1e-6)`, expected, actual);
          }
        };
        for (const name of ["W1", "W2"] as const) {
          const g = grads[name];
          if (!Array.isArray(g) || g.length !== numeric[name].length) fail(`gradient ${name} should have ${numeric[name].length} rows`, abridge(numeric[name]), abridge(g));
          numeric[name].forEach((row, i) => {
            const actualRow = (g as unknown[])[i] as ArrayLike<unknown> | undefined;
            if (!actualRow || actualRow.length !== row.length) fail(`gradient ${name}[${i}] should have length ${row.length}`, abridge(row), abridge(actualRow));
            row.forEach((value, j) => check(actualRow[j], value, `gradient ${name}[${i}][${j}]`));
          });
        }
        for (const name of ["b1", "b2"] as const) {
          const g = grads[name] as ArrayLike<unknown> | undefined;
          if (!g || g.length !== numeric[name].length) fail(`gradient ${name} should have length ${numeric[name].length}`, abridge(numeric[name]), abridge(g));
          numeric[name].forEach((value, i) => check(g[i], value, `gradient ${name}[${i}]`));
        }
      });
    }
  });
});

specs("correct", "a property of softmax cross-entropy: Σ over classes of (probs − onehot) = 0", () => {
  it("each row of dW2, and db2, sums to 0 over the classes (seeded random networks)", () => {
    const rng = seedrandom("mlp-backprop/sum-to-zero");
    for (let seed = 0; seed < 10; seed++) {
      const c = randomCase(rng, seed + 3);
      given({ case: c.seed, params: c.params, X: c.X, y: c.y }, () => {
        const g = backward(c.params, c.X, c.y);
        const sum = (v: ArrayLike<number>) => Array.from(v).reduce((a, b) => a + b, 0);
        const rows = [...(Array.isArray(g.W2) ? g.W2 : []).map((row, j) => [`dW2[${j}]`, sum(row)] as const), ["db2", sum(g.b2 ?? [])] as const];
        for (const [what, total] of rows) {
          if (!(Math.abs(total) <= 1e-12)) fail(`${what} should sum to 0 over the classes (softmax minus one-hot sums to 0)`, 0, total);
        }
      });
    }
  });
});

specs("correct", "the gradients are a mean over the batch", () => {
  it("the batch stacked twice (10 rows) gives the same gradients as the batch once (5 rows)", () => {
    const X = [...small.X, ...small.X];
    const y = [...small.y, ...small.y];
    given({ params: small.params, X, y }, () => {
      // Compared with your own gradients on the single batch: this spec is about the 1/n, not the values.
      const once = backward(small.params, small.X, small.y);
      expectGradients(backward(small.params, X, y), once as Params, TOLERANCE);
    });
  });
});

specs("correct", "sgdStep", () => {
  it("returns p − learningRate · g for every parameter", () => {
    const params = small.params;
    const grads = SMALL_GRADS;
    const expected = (p: number[], g: number[]) => p.map((v, i) => v - 0.5 * g[i]!);
    given({ params, grads, learningRate: 0.5 }, () => {
      const next = sgdStep(params, copyParams(grads), 0.5);
      expectMatrixClose(next.W1, params.W1.map((row, i) => expected(row, grads.W1[i]!)), TOLERANCE, "W1");
      expectAllClose(next.b1, expected(params.b1, grads.b1), TOLERANCE, "b1");
      expectMatrixClose(next.W2, params.W2.map((row, i) => expected(row, grads.W2[i]!)), TOLERANCE, "W2");
      expectAllClose(next.b2, expected(params.b2, grads.b2), TOLERANCE, "b2");
    });
  });

  it("a step against backward's gradient lowers the loss (lr 0.1 on the small network)", () => {
    given({ params: small.params, X: small.X, y: small.y }, () => {
      const before = bruteLoss(small.params, small.X, small.y);
      const next = sgdStep(small.params, backward(small.params, small.X, small.y), 0.1);
      const after = bruteLoss(next as Params, small.X, small.y);
      if (!(after < before)) fail("one SGD step along −gradient should lower the loss", `< ${before}`, after);
    });
  });
});

// ---- the contract ---------------------------------------------------------------------------------------------

specs("contract", "inputs are never modified", () => {
  it("forward, loss and backward leave params, X and y as they were", () => {
    const params = small.params;
    const X = small.X;
    const y = small.y;
    given({ params, X, y }, () => {
      forward(params, X);
      loss(params, X, y);
      backward(params, X, y);
    });
  });

  it("sgdStep returns new parameters and leaves params and grads as they were", () => {
    const params = small.params;
    const grads = copyParams(SMALL_GRADS);
    given({ params, grads }, () => {
      const next = sgdStep(params, grads, 1);
      if (next === (params as unknown) || next.W1 === params.W1 || next.b1 === params.b1 || next.W2 === params.W2 || next.b2 === params.b2) {
        fail("sgdStep should return new arrays, not the caller's", "new arrays", "the caller's arrays");
      }
    });
  });
});

specs("contract", "shapes and input types", () => {
  it("gradients have exactly the parameters' shapes (d × h, h, h × k, k) when n differs from h and k", () => {
    // n = 5 rows, d = 3, h = 4, k = 3: a bias gradient summed over the wrong axis has length 5.
    given({ params: small.params, X: small.X, y: small.y }, () => {
      const g = backward(small.params, small.X, small.y) as unknown as Record<string, unknown>;
      const shape = (value: unknown): string =>
        Array.isArray(value) && Array.isArray(value[0]) ? `${value.length} × ${(value[0] as unknown[]).length}` : Array.isArray(value) || ArrayBuffer.isView(value) ? `${(value as ArrayLike<unknown>).length}` : typeof value;
      const got = { W1: shape(g.W1), b1: shape(g.b1), W2: shape(g.W2), b2: shape(g.b2) };
      const want = { W1: "3 × 4", b1: "4", W2: "4 × 3", b2: "3" };
      if (JSON.stringify(got) !== JSON.stringify(want)) fail("each gradient must have its parameter's shape", JSON.stringify(want), JSON.stringify(got));
    });
  });

  it("accepts typed-array rows and typed-array labels", () => {
    const X = small.X.map((row) => Float64Array.from(row));
    const y = Int32Array.from(small.y);
    given({ params: small.params, X, y }, () => {
      // Compared with your own answers on plain arrays: this spec is about the input types, not the values.
      expectClose(loss(small.params, X, y), loss(small.params, small.X, small.y), TOLERANCE, "loss");
      expectGradients(backward(small.params, X, y), backward(small.params, small.X, small.y) as Params, TOLERANCE);
    });
  });
});

specs("contract", "errors name the problem", () => {
  const p = () => small.params;
  const cases: { name: string; run: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "forward: X not an array", run: () => forward(p(), "1,2,3" as unknown as number[][]), type: TypeError, pattern: /X/ },
    { name: "forward: X with no rows", run: () => forward(p(), []), type: RangeError, pattern: /empty/i },
    { name: "forward: a row with 2 features for a W1 of 3 rows", run: () => forward(p(), [[1, 2, 3], [1, 2]]), type: RangeError, pattern: /shape|feature/i },
    { name: "forward: a NaN feature", run: () => forward(p(), [[1, Number.NaN, 3]]), type: RangeError, pattern: /finite/i },
    { name: "forward: b1 of the wrong length", run: () => forward({ ...p(), b1: [0, 0, 0] }, [[1, 2, 3]]), type: RangeError, pattern: /shape/i },
    { name: "forward: W2 with a row count other than h", run: () => forward({ ...p(), W2: p().W2.slice(0, 3) }, [[1, 2, 3]]), type: RangeError, pattern: /shape/i },
    { name: "loss: y shorter than X", run: () => loss(p(), small.X, [0, 1]), type: RangeError, pattern: /length/i },
    { name: "loss: a label equal to k", run: () => loss(p(), small.X, [0, 1, 3, 0, 1]), type: RangeError, pattern: /label/i },
    { name: "backward: a label of 1.5", run: () => backward(p(), small.X, [0, 1.5, 2, 0, 1]), type: RangeError, pattern: /label/i },
    { name: "backward: a negative label", run: () => backward(p(), small.X, [0, -1, 2, 0, 1]), type: RangeError, pattern: /label/i },
    { name: "sgdStep: learningRate 0", run: () => sgdStep(p(), copyParams(SMALL_GRADS), 0), type: RangeError, pattern: /learningRate/ },
    { name: "sgdStep: learningRate NaN", run: () => sgdStep(p(), copyParams(SMALL_GRADS), Number.NaN), type: RangeError, pattern: /learningRate/ },
    { name: "sgdStep: grads of another shape", run: () => sgdStep(p(), { ...copyParams(SMALL_GRADS), b1: [1, 2, 3, 4, 5] }, 0.1), type: RangeError, pattern: /shape/i },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ case: c.name }, () => expectError(c.run, c.type, c.pattern));
    });
  }
});

