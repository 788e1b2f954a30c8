/**
 * Hidden specs for the optimizers kata.
 *
 * Golden values: torch 2.13.0 (CPU, float64), torch.optim.SGD / Adam / AdamW on one tensor x, `steps` times
 * { opt.zero_grad(); f(x).backward(); opt.step() } (scripts/fixtures/golden/optimizers.py). The specs feed the
 * candidate's step function the same gradients, computed here from the same f at the current point.
 * Tolerances: 1e-12 on the quadratics (a different operation order moves the results by ~1e-15), 1e-9 on
 * Rosenbrock after 500-3000 steps (measured: ~1e-15).
 *
 * Seeded random cases are checked against bruteSgd / bruteAdam (helpers.ts), torch's documented algorithms
 * written out one parameter at a time, on random gradient sequences (not a function's: any vectors).
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { adamStep, adamwStep, sgdStep, type AdamOptions, type SgdOptions } from "#impl/optimizers";
import { abridge, expectAllClose, expectClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { bruteAdam, bruteSgd, illConditionedGrad, rosenbrockGrad, run, squareGrad, type Gradient, type StepFunction } from "./helpers.ts";

const TOLERANCE = 1e-12;
const ROSENBROCK_TOLERANCE = 1e-9;

const sgd = (options: SgdOptions): StepFunction => (p, g, s) => sgdStep(p, g, s as never, options);
const adam = (options: AdamOptions): StepFunction => (p, g, s) => adamStep(p, g, s as never, options);
const adamw = (options: AdamOptions): StepFunction => (p, g, s) => adamwStep(p, g, s as never, options);

interface Golden {
  name: string;
  step: StepFunction;
  options: SgdOptions | AdamOptions;
  f: string;
  gradient: Gradient;
  x0: number[];
  steps: number;
  expected: number[];
  tolerance?: number;
}

function golden(cases: Golden[]): void {
  for (const c of cases) {
    it(c.name, () => {
      given({ f: c.f, x0: c.x0, options: c.options, steps: c.steps }, () => expectAllClose(run(c.step, c.gradient, c.x0, c.steps).x, c.expected, c.tolerance ?? TOLERANCE, `x after ${c.steps} steps`));
    });
  }
}

const X2 = "x²";
const ILL = "x₀² + 10x₁² + 100x₂²";
const ROSEN = "Rosenbrock (1 − x)² + 100(y − x²)²";

specs("correct", "SGD: golden trajectories from torch.optim.SGD", () => {
  golden([
    // Python: SGD([x], lr=0.1), f = x², x0 = 5, 10 steps -> 5 · 0.8¹⁰
    { name: "plain SGD, f = x², x0 = 5, lr 0.1, 10 steps: 0.536871", step: sgd({ lr: 0.1 }), options: { lr: 0.1 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [0.536870912] },
    // Python: SGD([x], lr=0.1, momentum=0.9)
    { name: "momentum 0.9 (torch's b = μb + g, b = g on the first step)", step: sgd({ lr: 0.1, momentum: 0.9 }), options: { lr: 0.1, momentum: 0.9 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [0.021999353000000343] },
    // Python: SGD([x], lr=0.1, momentum=0.9, dampening=0.5)
    { name: "momentum 0.9 with dampening 0.5 (the first step is not damped)", step: sgd({ lr: 0.1, momentum: 0.9, dampening: 0.5 }), options: { lr: 0.1, momentum: 0.9, dampening: 0.5 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [-2.869309008] },
    // Python: SGD([x], lr=0.1, momentum=0.9, nesterov=True)
    { name: "Nesterov momentum 0.9", step: sgd({ lr: 0.1, momentum: 0.9, nesterov: true }), options: { lr: 0.1, momentum: 0.9, nesterov: true }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [0.25680367831450934] },
    // Python: SGD([x], lr=0.1, weight_decay=0.5)
    { name: "weight decay 0.5 (an L2 term in the gradient)", step: sgd({ lr: 0.1, weightDecay: 0.5 }), options: { lr: 0.1, weightDecay: 0.5 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [0.2815675735473633] },
    // Python: SGD([x], lr=0.1, momentum=0.9, weight_decay=0.5)
    { name: "momentum 0.9 with weight decay 0.5", step: sgd({ lr: 0.1, momentum: 0.9, weightDecay: 0.5 }), options: { lr: 0.1, momentum: 0.9, weightDecay: 0.5 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [1.7126751586596691] },
    // Python: SGD([x], lr=0.009), x0 = [1, 1, 1], 50 steps
    { name: "ill-conditioned quadratic, lr 0.009, 50 steps: the flat direction barely moves", step: sgd({ lr: 0.009 }), options: { lr: 0.009 }, f: ILL, gradient: illConditionedGrad, x0: [1, 1, 1], steps: 50, expected: [0.4032500123367327, 4.905605489776434e-5, 1.4272476927059448e-5] },
    // Python: SGD([x], lr=1e-3, momentum=0.9), x0 = [-1.5, 2], 500 steps
    { name: "Rosenbrock from (−1.5, 2), momentum 0.9, lr 1e-3, 500 steps", step: sgd({ lr: 1e-3, momentum: 0.9 }), options: { lr: 1e-3, momentum: 0.9 }, f: ROSEN, gradient: rosenbrockGrad, x0: [-1.5, 2], steps: 500, expected: [0.9334756820764575, 0.8710996157660149], tolerance: ROSENBROCK_TOLERANCE },
    // Python: SGD([x], lr=1e-3, momentum=0.9, nesterov=True), 500 steps
    { name: "Rosenbrock from (−1.5, 2), Nesterov 0.9, lr 1e-3, 500 steps", step: sgd({ lr: 1e-3, momentum: 0.9, nesterov: true }), options: { lr: 1e-3, momentum: 0.9, nesterov: true }, f: ROSEN, gradient: rosenbrockGrad, x0: [-1.5, 2], steps: 500, expected: [0.9594439359797168, 0.920366316814586], tolerance: ROSENBROCK_TOLERANCE },
  ]);
});

specs("correct", "Adam: golden trajectories from torch.optim.Adam", () => {
  golden([
    // Python: Adam([x], lr=0.1), f = x², x0 = 5, 10 steps
    { name: "f = x², x0 = 5, lr 0.1, 10 steps: 4.00760", step: adam({ lr: 0.1 }), options: { lr: 0.1 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [4.007601621083933] },
    // Python: Adam([x], lr=0.1, weight_decay=0.5)   (L2 in the gradient: Adam rescales it away, almost)
    { name: "weight decay 0.5 as an L2 term: 4.0076016209, almost no effect", step: adam({ lr: 0.1, weightDecay: 0.5 }), options: { lr: 0.1, weightDecay: 0.5 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [4.007601620877943] },
    // Python: Adam([x], lr=0.1, betas=(0.5, 0.9), eps=1e-3)
    { name: "betas (0.5, 0.9) and eps 1e-3", step: adam({ lr: 0.1, betas: [0.5, 0.9], eps: 1e-3 }), options: { lr: 0.1, betas: [0.5, 0.9], eps: 1e-3 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [4.026223982518379] },
    // Python: Adam([x], lr=0.1), x0 = [1, 1, 1], 50 steps
    { name: "ill-conditioned quadratic, lr 0.1, 50 steps: every direction moves alike", step: adam({ lr: 0.1 }), options: { lr: 0.1 }, f: ILL, gradient: illConditionedGrad, x0: [1, 1, 1], steps: 50, expected: [-0.004818223222661098, -0.00481822663917416, -0.004818226980825395] },
    // Python: Adam([x], lr=0.02), x0 = [-1.5, 2], 500 steps
    { name: "Rosenbrock from (−1.5, 2), lr 0.02, 500 steps", step: adam({ lr: 0.02 }), options: { lr: 0.02 }, f: ROSEN, gradient: rosenbrockGrad, x0: [-1.5, 2], steps: 500, expected: [-0.4518433245750925, 0.20755321968415463], tolerance: ROSENBROCK_TOLERANCE },
    // Python: Adam([x], lr=0.02), 3000 steps -> the minimum (1, 1) to 1e-5
    { name: "Rosenbrock from (−1.5, 2), lr 0.02, 3000 steps: reaches (1, 1)", step: adam({ lr: 0.02 }), options: { lr: 0.02 }, f: ROSEN, gradient: rosenbrockGrad, x0: [-1.5, 2], steps: 3000, expected: [0.9999943914644074, 0.999988766539257], tolerance: ROSENBROCK_TOLERANCE },
  ]);

  it("the state after two steps on x² from [5, −3]: t = 2, m and v as torch's exp_avg and exp_avg_sq", () => {
    // Python: opt.state[x]["step"], ["exp_avg"], ["exp_avg_sq"] after 2 steps of Adam([x], lr=0.1)
    given({ f: X2, x0: [5, -3], options: { lr: 0.1 }, steps: 2 }, () => {
      const { x, state } = run(adam({ lr: 0.1 }), squareGrad, [5, -3], 2);
      expectAllClose(x, [4.800057756868857, -2.800102707414789], TOLERANCE, "x");
      const s = state as { step?: unknown; m?: unknown; v?: unknown };
      if (s?.step !== 2) fail("state.step should be 2 after two steps (t counts from 1)", 2, abridge(s?.step));
      expectAllClose(s.m, [1.8800000000199997, -1.120000000033333], TOLERANCE, "state.m");
      expectAllClose(s.v, [0.1959400000039202, 0.06960400000386673], TOLERANCE, "state.v");
    });
  });
});

specs("correct", "AdamW: golden trajectories from torch.optim.AdamW", () => {
  golden([
    // Python: AdamW([x], lr=0.1, weight_decay=0.5)
    { name: "f = x², x0 = 5, lr 0.1, weight decay 0.5 (decoupled): 2.22127", step: adamw({ lr: 0.1, weightDecay: 0.5 }), options: { lr: 0.1, weightDecay: 0.5 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [2.2212737124455035] },
    // Python: AdamW([x], lr=0.1)   (torch's default weight_decay=0.01)
    { name: "the default weight decay is 0.01", step: adamw({ lr: 0.1 }), options: { lr: 0.1 }, f: X2, gradient: squareGrad, x0: [5], steps: 10, expected: [3.9627184902764534] },
    // Python: AdamW([x], lr=1.0, weight_decay=0.1), 5 steps
    { name: "lr 1, weight decay 0.1, 5 steps", step: adamw({ lr: 1, weightDecay: 0.1 }), options: { lr: 1, weightDecay: 0.1 }, f: X2, gradient: squareGrad, x0: [5], steps: 5, expected: [-0.6370461454634726] },
    // Python: AdamW([x], lr=0.1, weight_decay=0.05), x0 = [1, 1, 1], 50 steps
    { name: "ill-conditioned quadratic, lr 0.1, weight decay 0.05, 50 steps", step: adamw({ lr: 0.1, weightDecay: 0.05 }), options: { lr: 0.1, weightDecay: 0.05 }, f: ILL, gradient: illConditionedGrad, x0: [1, 1, 1], steps: 50, expected: [-0.012287556097669515, -0.01228755910282616, -0.012287559403341846] },
    // Python: AdamW([x], lr=0.02, weight_decay=0.01), x0 = [-1.5, 2], 500 steps
    { name: "Rosenbrock from (−1.5, 2), lr 0.02, weight decay 0.01, 500 steps", step: adamw({ lr: 0.02, weightDecay: 0.01 }), options: { lr: 0.02, weightDecay: 0.01 }, f: ROSEN, gradient: rosenbrockGrad, x0: [-1.5, 2], steps: 500, expected: [-0.34466073488265747, 0.12136593260239475], tolerance: ROSENBROCK_TOLERANCE },
  ]);

  it("lr 0 leaves the parameters where they are, weight decay included (the decay is lr·λ)", () => {
    // Python: AdamW([x], lr=0.0, weight_decay=0.5), 3 steps -> 5.0
    given({ f: X2, x0: [5], options: { lr: 0, weightDecay: 0.5 }, steps: 3 }, () => expectAllClose(run(adamw({ lr: 0, weightDecay: 0.5 }), squareGrad, [5], 3).x, [5], 0, "x after 3 steps"));
  });
});

specs("edge", "Adam's first step, ε and scale", () => {
  it("the first step moves each parameter by lr·g/(|g| + ε), about lr, whatever |g| (bias correction)", () => {
    const grads = [1e-3, -50, 7, 0];
    given({ params: [0, 0, 0, 0], grads, options: { lr: 0.1 } }, () => {
      const result = adamStep([0, 0, 0, 0], grads, null, { lr: 0.1 });
      expectAllClose(result.params, grads.map((g) => (-0.1 * g) / (Math.abs(g) + 1e-8)), TOLERANCE, "params after the first step");
    });
  });

  it("the first step is finite: the bias corrections use t = 1 (1 − β¹), never 1 − β⁰ = 0", () => {
    given({ params: [1, -2], grads: [0.5, 0.25] }, () => {
      for (const [name, step] of [["adamStep", adamStep], ["adamwStep", adamwStep]] as const) {
        const result = step([1, -2], [0.5, 0.25], null, { lr: 0.1 });
        if (!Array.from(result.params).every(Number.isFinite)) fail(`${name}: the first step should give finite parameters`, "finite numbers", abridge(result.params));
      }
    });
  });

  it("gradients of 1e-10: ε = 1e-8 dominates √v̂ + ε (torch: one step of lr 0.1 moves 0.1/101)", () => {
    // Python: Adam([x], lr=0.1), f = 1e-10 · sum(x), x0 = [0, 1]: 1 step -> [-0.000990099..., 0.999009900990099]; 3 steps -> [-0.00297029..., 0.997029702970297]
    const tiny: Gradient = (x) => x.map(() => 1e-10);
    given({ f: "1e-10 · (x₀ + x₁)", x0: [0, 1], options: { lr: 0.1 } }, () => {
      expectAllClose(run(adam({ lr: 0.1 }), tiny, [0, 1], 1).x, [-0.0009900990099009901, 0.999009900990099], TOLERANCE, "x after 1 step");
      expectAllClose(run(adam({ lr: 0.1 }), tiny, [0, 1], 3).x, [-0.0029702970297029703, 0.997029702970297], TOLERANCE, "x after 3 steps");
    });
  });

  it("Adam is invariant to the gradients' scale: gradients × 1e100 give the same path (to 1e-7, the effect of ε)", () => {
    given({ f: "x² from [5, −3], gradients × 1 and × 1e100", options: { lr: 0.1 }, steps: 20 }, () => {
      const plain = run(adam({ lr: 0.1 }), squareGrad, [5, -3], 20).x;
      const scaled = run(adam({ lr: 0.1 }), (x) => squareGrad(x).map((g) => g * 1e100), [5, -3], 20).x;
      expectAllClose(scaled, plain, 1e-7, "x after 20 steps with gradients × 1e100");
    });
  });

  it("a zero gradient leaves Adam's parameters unchanged (0 / (0 + ε) = 0)", () => {
    given({ params: [3, -4], grads: [0, 0] }, () => expectAllClose(adamStep([3, -4], [0, 0], null, { lr: 0.5 }).params, [3, -4], 0, "params"));
  });

  it("resuming from a saved state at t = 100,000 continues with t = 100,001", () => {
    const saved = { step: 100_000, m: [0.5, -0.25], v: [0.04, 0.09] };
    const expected = bruteAdam([1, 2], [[0.3, -0.1]], { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, decoupled: false }, saved);
    given({ params: [1, 2], grads: [0.3, -0.1], state: JSON.stringify(saved), options: { lr: 0.01 } }, () => {
      const result = adamStep([1, 2], [0.3, -0.1], saved, { lr: 0.01 });
      expectAllClose(result.params, expected.path[0]!, TOLERANCE, "params");
      if (result.state.step !== 100_001) fail("state.step should be 100,001", 100_001, result.state.step);
    });
  });

  it("resuming from a saved state at t = 3: the bias corrections use t = 4", () => {
    const saved = { step: 3, m: [0.5, -0.25], v: [0.04, 0.09] };
    const expected = bruteAdam([1, 2], [[0.3, -0.1]], { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, decoupled: false }, saved);
    given({ params: [1, 2], grads: [0.3, -0.1], state: JSON.stringify(saved), options: { lr: 0.01 } }, () => expectAllClose(adamStep([1, 2], [0.3, -0.1], saved, { lr: 0.01 }).params, expected.path[0]!, TOLERANCE, "params"));
  });
});

// ---- seeded random gradient sequences against the brute force -----------------------------------------------------

specs("correct", "seeded random cases agree with torch's documented algorithms", () => {
  const rng = seedrandom("optimizers/random-cases");
  const vector = (n: number, scale: number) => Array.from({ length: n }, () => scale * (2 * rng() - 1));
  const cases = Array.from({ length: 24 }, (_, seed) => {
    const n = 1 + (seed % 5);
    return { seed, x0: vector(n, 3), gradients: Array.from({ length: 25 }, () => vector(n, 1 + 9 * rng())) };
  });

  it("sgdStep with random lr, momentum, dampening, Nesterov and weight decay (24 cases × 25 steps)", () => {
    for (const c of cases) {
      const nesterov = c.seed % 4 === 1;
      const config = { lr: 0.01 + 0.1 * rng(), momentum: c.seed % 4 === 0 ? 0 : 0.5 + 0.45 * rng(), dampening: nesterov || c.seed % 3 === 0 ? 0 : 0.6 * rng(), nesterov, weightDecay: c.seed % 2 ? 0.1 * rng() : 0 };
      const expected = bruteSgd(c.x0, c.gradients, config);
      given({ case: c.seed, x0: c.x0, gradients: c.gradients, options: config }, () => {
        let x: number[] = c.x0;
        let state: ReturnType<typeof sgdStep>["state"] | null = null;
        c.gradients.forEach((g, t) => {
          ({ params: x, state } = sgdStep(x, g, state, config));
          expectAllClose(x, expected[t]!, 1e-12, `params after step ${t + 1}`);
        });
      });
    }
  });

  for (const decoupled of [false, true]) {
    it(`${decoupled ? "adamwStep" : "adamStep"} with random lr, betas, eps and weight decay (24 cases × 25 steps)`, () => {
      for (const c of cases) {
        const config = { lr: 0.001 + 0.1 * rng(), beta1: 0.5 + 0.49 * rng(), beta2: 0.9 + 0.0999 * rng(), eps: 10 ** (-8 + 4 * rng()), weightDecay: c.seed % 3 ? 0.1 * rng() : 0, decoupled };
        const options = { lr: config.lr, betas: [config.beta1, config.beta2] as const, eps: config.eps, weightDecay: config.weightDecay };
        const expected = bruteAdam(c.x0, c.gradients, config);
        given({ case: c.seed, x0: c.x0, gradients: c.gradients, options }, () => {
          let x: number[] = c.x0;
          let state: ReturnType<typeof adamStep>["state"] | null = null;
          c.gradients.forEach((g, t) => {
            ({ params: x, state } = (decoupled ? adamwStep : adamStep)(x, g, state, options));
            expectAllClose(x, expected.path[t]!, 1e-12, `params after step ${t + 1}`);
          });
          expectClose(state!.step, 25, 0, "state.step after 25 steps");
        });
      }
    });
  }
});

// ---- the contract -----------------------------------------------------------------------------------------------

specs("contract", "state, input types and immutability", () => {
  it("plain SGD keeps no buffer (momentumBuffer null); with momentum the buffer is the first (decayed) gradient", () => {
    given({ params: [1, 2], grads: [0.5, -1] }, () => {
      const plain = sgdStep([1, 2], [0.5, -1], null, { lr: 0.1 });
      if (plain.state?.momentumBuffer !== null) fail("plain SGD's state.momentumBuffer should be null", null, abridge(plain.state?.momentumBuffer));
      const first = sgdStep([1, 2], [0.5, -1], null, { lr: 0.1, momentum: 0.9, dampening: 0.5, weightDecay: 0.1 });
      expectAllClose(first.state.momentumBuffer, [0.6, -0.8], TOLERANCE, "state.momentumBuffer after the first step");
    });
  });

  it("Adam's state after the first step: t = 1, m = (1 − β1)·g, v = (1 − β2)·g²", () => {
    given({ params: [1, 2], grads: [0.5, -1] }, () => {
      const s = adamStep([1, 2], [0.5, -1], null).state;
      if (s.step !== 1) fail("state.step should be 1 after the first step (t counts from 1)", 1, abridge(s.step));
      expectAllClose(s.m, [0.05, -0.1], TOLERANCE, "state.m");
      expectAllClose(s.v, [0.00025, 0.001], TOLERANCE, "state.v");
    });
  });

  it("accepts typed arrays for params and grads", () => {
    const params = Float64Array.from([5, -3]);
    const grads = Float32Array.from([10, -6]);
    given({ params, grads }, () => {
      expectAllClose(sgdStep(params, grads, null, { lr: 0.1 }).params, [4, -2.4], TOLERANCE, "sgdStep params");
      expectAllClose(adamStep(params, grads, null, { lr: 0.1 }).params, [5 - (0.1 * 10) / (10 + 1e-8), -3 + (0.1 * 6) / (6 + 1e-8)], TOLERANCE, "adamStep params");
    });
  });

  it("never modifies params, grads or the previous state (every step returns new arrays)", () => {
    const params = [5, -3];
    const grads = [10, -6];
    given({ params, grads }, () => {
      const s1 = sgdStep(params, grads, null, { lr: 0.1, momentum: 0.9 }).state;
      const a1 = adamStep(params, grads, null, { lr: 0.1 }).state;
      const w1 = adamwStep(params, grads, null, { lr: 0.1 }).state;
      given({ params, grads, state: s1 }, () => sgdStep(params, grads, s1, { lr: 0.1, momentum: 0.9 }));
      given({ params, grads, state: a1 }, () => adamStep(params, grads, a1, { lr: 0.1 }));
      given({ params, grads, state: w1 }, () => adamwStep(params, grads, w1, { lr: 0.1 }));
    });
  });
});

specs("contract", "errors name the problem", () => {
  const cases: { name: string; run: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "params not an array", run: () => sgdStep("1,2" as unknown as number[], [1, 2], null), type: TypeError, pattern: /params/ },
    { name: "empty params", run: () => adamStep([], [], null), type: RangeError, pattern: /empty/i },
    { name: "grads of another length", run: () => adamwStep([1, 2], [1], null), type: RangeError, pattern: /length/i },
    { name: "a NaN gradient", run: () => sgdStep([1, 2], [1, Number.NaN], null), type: RangeError, pattern: /finite/i },
    { name: "a negative lr", run: () => adamStep([1], [1], null, { lr: -0.1 }), type: RangeError, pattern: /lr/ },
    { name: "a negative momentum", run: () => sgdStep([1], [1], null, { momentum: -0.5 }), type: RangeError, pattern: /momentum/ },
    { name: "Nesterov without momentum", run: () => sgdStep([1], [1], null, { lr: 0.1, nesterov: true }), type: RangeError, pattern: /nesterov/i },
    { name: "Nesterov with dampening", run: () => sgdStep([1], [1], null, { lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true }), type: RangeError, pattern: /nesterov/i },
    { name: "a negative weight decay", run: () => adamwStep([1], [1], null, { weightDecay: -0.01 }), type: RangeError, pattern: /weightDecay/ },
    { name: "beta1 = 1", run: () => adamStep([1], [1], null, { betas: [1, 0.999] }), type: RangeError, pattern: /beta/i },
    { name: "a negative eps", run: () => adamStep([1], [1], null, { eps: -1e-8 }), type: RangeError, pattern: /eps/ },
    { name: "a state of another length", run: () => adamStep([1, 2], [1, 2], { step: 1, m: [0], v: [0] }), type: RangeError, pattern: /state|length/i },
    { name: "a state with step −1", run: () => adamStep([1], [1], { step: -1, m: [0], v: [0] }), type: RangeError, pattern: /step/ },
  ];
  for (const c of cases) {
    it(c.name, () => given({ case: c.name }, () => expectError(c.run, c.type, c.pattern)));
  }
});

