/** The worked examples of the optimizers prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/optimizers";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (torch 2.13, float64): x = torch.tensor([5.], requires_grad=True); opt = torch.optim.SGD([x], lr=0.1)
// (or Adam); 10 × { opt.zero_grad(); (x ** 2).sum().backward(); opt.step() }
export default defineExamples(impl, [
  { comment: "f(x) = x², gradient 2x, from x = 5 with lr 0.1, 10 steps:" },
  { setup: "let x = [5], s = null;" },
  { setup: "for (let t = 0; t < 10; t++) ({ params: x, state: s } = sgdStep(x, [2 * x[0]], s, { lr: 0.1 }));" },
  { code: "x", expected: [0.536871], tolerance: 1e-6, note: "5 · 0.8¹⁰" },
  { setup: "let y = [5], a = null;" },
  { setup: "for (let t = 0; t < 10; t++) ({ params: y, state: a } = adamStep(y, [2 * y[0]], a, { lr: 0.1 }));" },
  { code: "y", expected: [4.007602], tolerance: 1e-6, note: "each step moves about lr" },
  { code: "a.step", expected: 10 },
  { gap: true },
  { code: "sgdStep([1], [2], null, { lr: 0.1, momentum: 0.9 })", expected: { params: [0.8], state: { momentumBuffer: [2] } }, tolerance: 1e-12 },
  { code: "adamStep([1], [2], null)", expected: { params: [0.999], state: { step: 1, m: [0.2], v: [0.004] } }, tolerance: 1e-9, note: "t starts at 1" },
  { code: "adamStep([0, 0], [1e-3, -50], null, { lr: 0.1 }).params", expected: [-0.099999, 0.1], tolerance: 1e-6, note: "≈ lr, whatever |g|" },
  { code: "adamwStep([5], [0], null, { lr: 0.1, weightDecay: 0.5 }).params", expected: [4.75], tolerance: 1e-12, note: "5 · (1 − lr · λ): decay only" },
]);
