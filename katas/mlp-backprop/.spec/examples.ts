/** The worked examples of the mlp-backprop prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/mlp-backprop";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (torch 2.13, float64): z1 = X @ W1 + b1; logits = relu(z1) @ W2 + b2; F.cross_entropy(logits, y).backward()
export default defineExamples(impl, [
  { setup: "const params = { W1: [[1, -1]], b1: [0, 0.5], W2: [[1, 0], [0, 1]], b2: [0, 0] }; // d = 1, h = 2, k = 2" },
  { setup: "const X = [[2], [-1]];" },
  { setup: "const y = [0, 1];" },
  { gap: true },
  { code: "forward(params, X).hidden", expected: [[2, 0], [0, 1.5]] },
  { code: "forward(params, X).probs", expected: [[0.880797, 0.119203], [0.182426, 0.817574]], tolerance: 1e-6 },
  { code: "loss(params, X, y)", expected: 0.164171, tolerance: 1e-6, note: "mean of −log 0.880797 and −log 0.817574" },
  { code: "backward(params, X, y).b2", expected: [0.031611, -0.031611], tolerance: 1e-6 },
  { code: "backward(params, X, y).W1", expected: [[-0.119203, 0.091213]], tolerance: 1e-6 },
  { code: "backward(params, [[0]], [1]).b1", expected: [0, -0.377541], tolerance: 1e-6, note: "z1 = [0, 0.5]: ReLU'(0) = 0" },
  { code: "sgdStep(params, backward(params, X, y), 0.5).b2", expected: [-0.015806, 0.015806], tolerance: 1e-6 },
  { gap: true },
  { code: "initParams(2, 3, 2, 0).b1", expected: [0, 0, 0], note: "W1 ~ N(0, 2/2), W2 ~ N(0, 2/3)" },
  { code: "loss({ W1: [[1]], b1: [0], W2: [[1000, -1000]], b2: [0, 0] }, [[1]], [1])", expected: 2000, tolerance: 1e-9, note: "not Infinity" },
]);
