/**
 * Training: full-batch gradient descent on the spiral fixture (fixtures/mlp-backprop/spiral.json: 3 classes × 100
 * points in 2-D, not linearly separable), written here with the candidate's backward and sgdStep:
 * `params = sgdStep(params, backward(params, X, y), 1)`, 300 times.
 *
 * From the fixture's explicit He-normal weights (2 → 32 → 3) the run is deterministic for every correct
 * solution, whatever its random generator: numpy, doing the same 300 steps (scripts/fixtures/golden/
 * mlp-backprop.py), ends at mean cross-entropy 0.12231877757469002 and training accuracy 0.97333 (292/300). A
 * correct solution differs from numpy only by summation order (measured: ~1e-15 on the loss after 300 steps);
 * the spec allows 1e-6 on the loss and asks for accuracy >= 0.95. From initParams(2, 32, 3, seed) the start
 * depends on the generator: over 100 random He starts (numpy), the accuracy after 300 steps was 0.963 at worst,
 * so the spec asks for >= 0.90.
 *
 * CPU: each step is O(n·h·(d + k)) = 300·32·5 multiply-adds, forward and backward. Measured on the project
 * machine (2 cores, loaded): 300 steps take 0.35-0.6 s of CPU with the ml-matrix reference and 0.3-0.4 s with
 * the flat-array alternative; the loop yields every 25 steps, so the watchdog sees progress.
 */
import { it } from "vitest";
import { backward, forward, initParams, sgdStep, type MlpParams } from "#impl/mlp-backprop";
import { expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { accuracyOf, bruteLoss, loadSpiral, tick, type Params } from "./helpers.ts";

const STEPS = 300;
const LEARNING_RATE = 1;

async function train(start: MlpParams, X: number[][], y: number[]): Promise<MlpParams> {
  let params = start;
  for (let step = 0; step < STEPS; step++) {
    if (step % 25 === 0) await tick();
    params = sgdStep(params, backward(params, X, y), LEARNING_RATE);
  }
  await tick();
  return params;
}

specs("correct", "training on the spiral fixture", () => {
  it("300 full-batch steps at lr 1 from the fixture's weights: loss 0.122319 (numpy) and accuracy >= 0.95", async () => {
    const { X, y, init } = loadSpiral();
    await given({ fixture: "spiral.json (300 × 2, 3 classes)", start: "its init weights (2 → 32 → 3)", steps: STEPS, learningRate: LEARNING_RATE }, async () => {
      const trained = await train(init, X, y);
      // Python: the loop in scripts/fixtures/golden/mlp-backprop.py -> 0.12231877757469002, accuracy 0.9733333333333334
      const final = bruteLoss(trained as Params, X, y);
      if (!Number.isFinite(final)) fail("training diverged: the loss is not finite after 300 steps", 0.12231877757469002, final);
      expectClose(final, 0.12231877757469002, 1e-6, "the loss after 300 steps");
      const accuracy = accuracyOf(forward(trained, X).logits, y);
      if (accuracy < 0.95) fail("training accuracy after 300 steps should be at least 0.95 (numpy: 0.9733)", ">= 0.95", accuracy);
    });
  });

  it("300 full-batch steps at lr 1 from initParams(2, 32, 3, 0): accuracy >= 0.90", async () => {
    const { X, y } = loadSpiral();
    await given({ fixture: "spiral.json (300 × 2, 3 classes)", start: "initParams(2, 32, 3, 0)", steps: STEPS, learningRate: LEARNING_RATE }, async () => {
      const trained = await train(initParams(2, 32, 3, 0), X, y);
      const accuracy = accuracyOf(forward(trained, X).logits, y);
      if (!(accuracy >= 0.9)) fail("training accuracy after 300 steps from a He start should be at least 0.90", ">= 0.90", accuracy);
    });
  });
});
