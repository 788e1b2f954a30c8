/** The worked examples of the drift prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/drift";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (scipy 1.17.1, numpy 2.4), see scripts/fixtures/golden/drift.py:
//   ks_2samp([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]) -> (0.5, 0.35714285714285715)
//   ks_2samp([1, 1, 2], [1, 2, 2])                -> (0.3333333333333333, 1.0)
//   ks_2samp([5, 8], [1, 2, 3, 4, 6, 7])          -> (0.6666666666666666, 0.42857142857142855)
//   psi(list(range(1, 11)), [1, 2, 2, 3, 5, 6, 8, 9, 10, 10, 11, 12], bins=4) -> 0.30995318065770244, edges [3.25, 5.5, 7.75]
//   psi([0.1, ..., 0.8], [0.15, 0.25, 0.35, 0.9, 0.95, 1.2], bins=4) -> 2.186278158299636 (one empty bin)
export default defineExamples(impl, [
  {
    code: "ksTwoSample([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8])",
    expected: { statistic: 0.5, pValue: 0.35714285714285715, method: "exact" },
    show: '{ statistic: 0.5, pValue: 0.357143, method: "exact" }',
    tolerance: 1e-9,
  },
  {
    code: "ksTwoSample([1, 1, 2], [1, 2, 2])",
    expected: { statistic: 1 / 3, pValue: 1, method: "exact" },
    show: '{ statistic: 0.3333, pValue: 1, method: "exact" }',
    note: "ties: the CDFs step at 1 and 2 only",
    tolerance: 1e-9,
  },
  {
    code: "ksTwoSample([5, 8], [1, 2, 3, 4, 6, 7]).statistic",
    expected: 2 / 3,
    show: "0.6667",
    note: "at x = 4, a point of the other sample",
    tolerance: 1e-12,
  },
  { gap: true },
  {
    code: "populationStabilityIndex([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 2, 3, 5, 6, 8, 9, 10, 10, 11, 12], { bins: 4 })",
    expected: {
      psi: 0.30995318065770244,
      edges: [3.25, 5.5, 7.75],
      reference: [0.3, 0.2, 0.2, 0.3],
      current: [1 / 3, 1 / 12, 1 / 12, 0.5],
    },
    show: "{ psi: 0.309953, edges: [3.25, 5.5, 7.75], reference: [0.3, 0.2, 0.2, 0.3], current: [0.3333, 0.0833, 0.0833, 0.5] }",
    tolerance: 1e-9,
  },
  {
    code: "populationStabilityIndex([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], [0.15, 0.25, 0.35, 0.9, 0.95, 1.2], { bins: 4 }).psi",
    expected: 2.186278158299636,
    show: "2.186278",
    note: "the third bin is empty in current: 0 becomes 1e-4",
    tolerance: 1e-9,
  },
]);
