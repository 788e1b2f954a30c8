/** The worked examples of the ab-test prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/ab-test";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (statsmodels 0.15.0, scipy 1.17.1), see scripts/fixtures/golden/ab-test.py:
//   proportions_ztest([200, 250], [1000, 1000])                                  -> (-2.677397763008329, 0.007419649261025687)
//   confint_proportions_2indep(200, 1000, 250, 1000, method="wald", compare="diff") -> (-0.0865363783, -0.0134636217)
//   ceil(NormalIndPower().solve_power(proportion_effectsize(0.12, 0.10), alpha=0.05, power=0.8)) -> 3835 (power 0.9: 5134)
//   ttest_ind([1, 2, 3, 4, 5], [2, 4, 6, 8, 11], equal_var=False)                -> (-1.866278, p 0.114990, df 5.573280)
//   norm.cdf(-1.959963984540054) -> 0.025; norm.ppf(0.975) -> 1.959963984540054; t.cdf(2, 1) -> 0.8524163823495667
export default defineExamples(impl, [
  { setup: "const a = { conversions: 200, visitors: 1000 };\nconst b = { conversions: 250, visitors: 1000 };" },
  {
    code: "twoProportionZTest(a, b)",
    expected: { z: -2.677397763008329, pValue: 0.007419649261025687, difference: -0.05 },
    show: "{ z: -2.677398, pValue: 0.0074196, difference: -0.05 }",
    tolerance: 1e-7,
  },
  {
    code: "differenceInterval(a, b)",
    expected: { difference: -0.05, lower: -0.08653637831246015, upper: -0.013463621687539826 },
    show: "{ difference: -0.05, lower: -0.086536, upper: -0.013464 }",
    tolerance: 1e-7,
  },
  { code: "sampleSizePerArm(0.10, 0.02)", expected: 3835, note: "alpha 0.05, power 0.8: 3,835 visitors in each arm" },
  { code: "sampleSizePerArm(0.10, 0.02, { alpha: 0.05, power: 0.9 })", expected: 5134 },
  { gap: true },
  {
    code: "welchTTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 11])",
    expected: { t: -1.866277899263374, df: 5.573280030949771, pValue: 0.11499016052991898, difference: -3.2 },
    show: "{ t: -1.866278, df: 5.573280, pValue: 0.114990, difference: -3.2 }",
    tolerance: 1e-7,
  },
  { gap: true },
  { code: "normalCdf(-1.959963984540054)", expected: 0.025, tolerance: 1e-12 },
  { code: "normalQuantile(0.975)", expected: 1.959963984540054, show: "1.959963984540054", tolerance: 1e-12 },
  { code: "studentTCdf(2, 1)", expected: 0.8524163823495667, show: "0.8524163823495667", tolerance: 1e-12 },
]);
