/** The worked examples of the attention prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/attention";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (torch 2.13, float64): F.scaled_dot_product_attention(Q, K, V, attn_mask=allowed); weights recomputed
// as torch.softmax(Q @ K.T / sqrt(d) masked with -inf, -1), fully masked rows set to 0 (SDPA's output there is 0).
export default defineExamples(impl, [
  { setup: "const Q = [[1, 0], [0, 2]];" },
  { setup: "const K = [[1, 0], [0, 1], [1, 1]];" },
  { setup: "const V = [[10, 0], [0, 10], [5, 5]];" },
  { gap: true },
  { code: "scaledDotProductAttention(Q, K, V).weights", expected: [[0.401112, 0.197776, 0.401112], [0.108383, 0.445808, 0.445808]], tolerance: 1e-6 },
  { code: "scaledDotProductAttention(Q, K, V).output", expected: [[6.016681, 3.983319], [3.312876, 6.687124]], tolerance: 1e-6 },
  { code: "scaledDotProductAttention(Q, K, V, { keyPadding: [false, false, true] }).weights", expected: [[0.669762, 0.330238, 0], [0.19557, 0.80443, 0]], tolerance: 1e-6 },
  { gap: true },
  { setup: "const X = [[1, 0], [0, 1], [1, 1]];" },
  { code: "scaledDotProductAttention(X, X, X, { causal: true }).weights", expected: [[1, 0, 0], [0.330238, 0.669762, 0], [0.248255, 0.248255, 0.50349]], tolerance: 1e-6 },
  {
    code: "scaledDotProductAttention(X, X, X, { causal: true, keyPadding: [true, false, false] })",
    expected: { output: [[0, 0], [0, 1], [0.669762, 1]], weights: [[0, 0, 0], [0, 1, 0], [0, 0.330238, 0.669762]] },
    tolerance: 1e-6,
    note: "query 0 sees no key: zeros, not NaN",
  },
  { gap: true },
  { code: "splitHeads([[0, 1, 2, 3], [4, 5, 6, 7]], 2)", expected: [[[0, 1], [4, 5]], [[2, 3], [6, 7]]], note: "head h = columns 2h, 2h + 1" },
  { code: "mergeHeads([[[0, 1], [4, 5]], [[2, 3], [6, 7]]])", expected: [[0, 1, 2, 3], [4, 5, 6, 7]] },
]);
