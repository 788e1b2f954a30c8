/**
 * Hidden specs for the ab-test kata. Golden values: statsmodels 0.15.0 (proportions_ztest,
 * confint_proportions_2indep, NormalIndPower) and scipy 1.17.1 (ttest_ind, norm, t), computed on this machine by
 * scripts/fixtures/golden/ab-test.py; the expression is beside each value.
 *
 * Tolerances (stated in the prompt): z, t, df and differences relative 1e-9; p-values and CDFs 1e-6 absolute
 * (relative 1e-6 in the far normal tail); quantiles 1e-6; interval ends 1e-7; sample sizes exact.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import {
  differenceInterval,
  normalCdf,
  normalQuantile,
  sampleSizePerArm,
  studentTCdf,
  twoProportionZTest,
  welchTTest,
  type Arm,
} from "#impl/ab-test";
import { abridge, expectClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";

const P_TOL = 1e-6;
const Q_TOL = 1e-6;
const CI_TOL = 1e-7;

/** Relative 1e-9 (absolute below 1): for z, t, df and differences, which are exact formulas. */
function expectExact(actual: unknown, expected: number, what: string): void {
  expectClose(actual, expected, 1e-9 * Math.max(1, Math.abs(expected)), what);
}

function expectRelative(actual: unknown, expected: number, relative: number, what: string): void {
  expectClose(actual, expected, relative * Math.abs(expected), what);
}

function expectObject(value: unknown, fields: string[], what: string): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) fail(`${what} should return { ${fields.join(", ")} }`, "an object", abridge(value));
}

const arm = (conversions: number, visitors: number): Arm => ({ conversions, visitors });

// ------------------------------------------------------------------------------------------ golden cases

interface ZCase { name: string; a: Arm; b: Arm; z: number; p: number }

const zGolden: ZCase[] = [
  // proportions_ztest([200, 250], [1000, 1000]) -> (-2.677397763008329, 0.007419649261025687)
  { name: "the known case 200/1000 vs 250/1000", a: arm(200, 1000), b: arm(250, 1000), z: -2.677397763008329, p: 0.007419649261025687 },
  // proportions_ztest([45, 30], [500, 480]) -> (1.6188120601811211, 0.10548770645875266)
  { name: "unequal arms 45/500 vs 30/480", a: arm(45, 500), b: arm(30, 480), z: 1.6188120601811211, p: 0.10548770645875266 },
  // proportions_ztest([3, 9], [20, 25]) -> (-1.5829345590332589, 0.11343638083618274)
  { name: "small arms 3/20 vs 9/25", a: arm(3, 20), b: arm(9, 25), z: -1.5829345590332589, p: 0.11343638083618274 },
  // proportions_ztest([10500, 10000], [100000, 100000]) -> (3.686174115717622, 0.00022765062898044038)
  { name: "large arms 10500/100000 vs 10000/100000", a: arm(10500, 100000), b: arm(10000, 100000), z: 3.686174115717622, p: 0.00022765062898044038 },
  // proportions_ztest([120, 120], [1000, 1000]) -> (0.0, 1.0)
  { name: "equal rates give z = 0 and p = 1", a: arm(120, 1000), b: arm(120, 1000), z: 0, p: 1 },
  // proportions_ztest([1, 0], [7, 5]) -> (0.8827348295047495, 0.37737955917024446)
  { name: "one arm with no conversions 1/7 vs 0/5", a: arm(1, 7), b: arm(0, 5), z: 0.8827348295047495, p: 0.37737955917024446 },
];

specs("correct", "twoProportionZTest: golden cases from statsmodels (pooled SE, two-sided)", () => {
  for (const c of zGolden) {
    it(`${c.name}: z and the difference`, () => {
      given({ a: c.a, b: c.b }, () => {
        const result = twoProportionZTest(c.a, c.b);
        expectObject(result, ["z", "pValue", "difference"], "twoProportionZTest");
        expectExact(result.difference, c.a.conversions / c.a.visitors - c.b.conversions / c.b.visitors, "difference");
        expectExact(result.z, c.z, "z");
      });
    });
    it(`${c.name}: two-sided p-value`, () => {
      given({ a: c.a, b: c.b }, () => expectClose(twoProportionZTest(c.a, c.b).pValue, c.p, P_TOL, "pValue"));
    });
  }
});

interface IntervalCase { name: string; a: Arm; b: Arm; alpha: number; lower: number; upper: number }

const intervalGolden: IntervalCase[] = [
  // confint_proportions_2indep(200, 1000, 250, 1000, method='wald', compare='diff', alpha=0.05) -> (-0.08653637831246015, -0.013463621687539826)
  { name: "the known case, 95%", a: arm(200, 1000), b: arm(250, 1000), alpha: 0.05, lower: -0.08653637831246015, upper: -0.013463621687539826 },
  // confint_proportions_2indep(45, 500, 30, 480, method='wald', compare='diff', alpha=0.1) -> (-0.0003106913381272433, 0.05531069133812724)
  { name: "unequal arms, 90%", a: arm(45, 500), b: arm(30, 480), alpha: 0.1, lower: -0.0003106913381272433, upper: 0.05531069133812724 },
  // confint_proportions_2indep(3, 20, 9, 25, method='wald', compare='diff', alpha=0.01) -> (-0.5316281593805521, 0.11162815938055207)
  { name: "small arms, 99%", a: arm(3, 20), b: arm(9, 25), alpha: 0.01, lower: -0.5316281593805521, upper: 0.11162815938055207 },
  // confint_proportions_2indep(10500, 100000, 10000, 100000, method='wald', compare='diff', alpha=0.05) -> (0.0023415561195744474, 0.007658443880425534)
  { name: "large arms, 95%", a: arm(10500, 100000), b: arm(10000, 100000), alpha: 0.05, lower: 0.0023415561195744474, upper: 0.007658443880425534 },
  // confint_proportions_2indep(0, 50, 10, 40, method='wald', compare='diff', alpha=0.05) -> (-0.3841895607787868, -0.1158104392212132)
  { name: "one arm at rate 0, 95%", a: arm(0, 50), b: arm(10, 40), alpha: 0.05, lower: -0.3841895607787868, upper: -0.1158104392212132 },
];

specs("correct", "differenceInterval: golden cases from statsmodels (unpooled Wald)", () => {
  for (const c of intervalGolden) {
    it(c.name, () => {
      given({ a: c.a, b: c.b, alpha: c.alpha }, () => {
        const result = differenceInterval(c.a, c.b, c.alpha);
        expectObject(result, ["difference", "lower", "upper"], "differenceInterval");
        expectExact(result.difference, c.a.conversions / c.a.visitors - c.b.conversions / c.b.visitors, "difference");
        expectClose(result.lower, c.lower, CI_TOL, "lower");
        expectClose(result.upper, c.upper, CI_TOL, "upper");
      });
    });
  }
});

interface SizeCase { baseline: number; mde: number; alpha: number; power: number; n: number }

const sizeGolden: SizeCase[] = [
  // ceil(NormalIndPower().solve_power(proportion_effectsize(0.12, 0.1), alpha=0.05, power=0.8)) -> ceil(3834.595739884031) = 3835
  { baseline: 0.1, mde: 0.02, alpha: 0.05, power: 0.8, n: 3835 },
  // ceil(NormalIndPower().solve_power(proportion_effectsize(0.06, 0.05), alpha=0.05, power=0.9)) -> ceil(10900.647907837269) = 10901
  { baseline: 0.05, mde: 0.01, alpha: 0.05, power: 0.9, n: 10901 },
  // ceil(NormalIndPower().solve_power(proportion_effectsize(0.35, 0.3), alpha=0.01, power=0.8)) -> ceil(2046.893449252521) = 2047
  { baseline: 0.3, mde: 0.05, alpha: 0.01, power: 0.8, n: 2047 },
  // ceil(NormalIndPower().solve_power(proportion_effectsize(0.6, 0.5), alpha=0.1, power=0.95)) -> ceil(533.8337609600342) = 534
  { baseline: 0.5, mde: 0.1, alpha: 0.1, power: 0.95, n: 534 },
  // ceil(NormalIndPower().solve_power(proportion_effectsize(0.022, 0.02), alpha=0.05, power=0.8)) -> ceil(80637.23038565509) = 80638
  { baseline: 0.02, mde: 0.002, alpha: 0.05, power: 0.8, n: 80638 },
  // ceil(NormalIndPower().solve_power(proportion_effectsize(0.4, 0.2), alpha=0.05, power=0.8)) -> ceil(80.29911140865897) = 81
  { baseline: 0.2, mde: 0.2, alpha: 0.05, power: 0.8, n: 81 },
];

specs("correct", "sampleSizePerArm: golden cases from statsmodels (Cohen's h, NormalIndPower)", () => {
  for (const c of sizeGolden) {
    it(`baseline ${c.baseline}, mde ${c.mde}, alpha ${c.alpha}, power ${c.power}: ${c.n} per arm`, () => {
      const options = { alpha: c.alpha, power: c.power };
      given({ baseline: c.baseline, mde: c.mde, options }, () => {
        const n = sampleSizePerArm(c.baseline, c.mde, options);
        if (n !== c.n) fail(`sampleSizePerArm should return ${c.n} visitors per arm`, c.n, n);
      });
    });
  }

  it("the defaults are alpha 0.05 and power 0.8", () => {
    given({ baseline: 0.1, mde: 0.02 }, () => {
      const n = sampleSizePerArm(0.1, 0.02);
      if (n !== 3835) fail("sampleSizePerArm(0.1, 0.02) should use alpha 0.05, power 0.8", 3835, n);
    });
  });
});

interface WelchCase { name: string; a: number[]; b: number[]; t: number; df: number; p: number }

const welchGolden: WelchCase[] = [
  // ttest_ind([1, 2, 3, 4, 5], [2, 4, 6, 8, 11], equal_var=False) -> (-1.866277899263374, df 5.573280030949771, p 0.11499016052991898)
  { name: "five against five", a: [1, 2, 3, 4, 5], b: [2, 4, 6, 8, 11], t: -1.866277899263374, df: 5.573280030949771, p: 0.11499016052991898 },
  // ttest_ind([12.1, 9.8, 11.4, 10.2, 13.5, 8.9, 10.0], [14.2, 15.1, 9.9, 16.4], equal_var=False) -> (-1.9996652658747855, 4.107290531495185, 0.11431780232242504)
  {
    name: "unequal sizes and variances",
    a: [12.1, 9.8, 11.4, 10.2, 13.5, 8.9, 10.0],
    b: [14.2, 15.1, 9.9, 16.4],
    t: -1.9996652658747855,
    df: 4.107290531495185,
    p: 0.11431780232242504,
  },
  // ttest_ind([1, 1, 1], [2, 3, 4], equal_var=False) -> (-3.464101615137755, 2.0, 0.07417990022744854)
  { name: "one constant sample", a: [1, 1, 1], b: [2, 3, 4], t: -3.464101615137755, df: 2, p: 0.07417990022744854 },
  // ttest_ind([0.5, 1.5], [3.0, 7.0], equal_var=False) -> (-1.9402850002906638, 1.1245136186770428, 0.28099893265822035)
  { name: "two observations each (df near 1)", a: [0.5, 1.5], b: [3, 7], t: -1.9402850002906638, df: 1.1245136186770428, p: 0.28099893265822035 },
];

specs("correct", "welchTTest: golden cases from scipy (ttest_ind, equal_var=False)", () => {
  for (const c of welchGolden) {
    it(`${c.name}: t and the Welch-Satterthwaite df`, () => {
      given({ a: c.a, b: c.b }, () => {
        const result = welchTTest(c.a, c.b);
        expectObject(result, ["t", "df", "pValue", "difference"], "welchTTest");
        expectExact(result.t, c.t, "t");
        expectExact(result.df, c.df, "df (Welch-Satterthwaite)");
      });
    });
    it(`${c.name}: two-sided p-value from Student's t`, () => {
      given({ a: c.a, b: c.b }, () => expectClose(welchTTest(c.a, c.b).pValue, c.p, P_TOL, "pValue"));
    });
  }
});

specs("correct", "welchTTest on watch times (fixtures/ab-test/watch-time.json)", () => {
  // d = json.load(open('fixtures/ab-test/watch-time.json'))
  // ttest_ind(d['treatment'], d['control'], equal_var=False) -> (3.7345718442190385, df 3498.5732115761, p 0.00019103082338936127)
  // np.mean(d['treatment']) - np.mean(d['control'])          -> 25.33624999999998
  const data = JSON.parse(readFileSync(new URL("../../../fixtures/ab-test/watch-time.json", import.meta.url), "utf8")) as {
    control: number[];
    treatment: number[];
  };

  it("t, the difference and the Welch-Satterthwaite df (3,000 vs 2,400 users)", () => {
    given({ a: data.treatment, b: data.control }, () => {
      const result = welchTTest(data.treatment, data.control);
      expectExact(result.difference, 25.33624999999998, "difference");
      expectExact(result.t, 3.7345718442190385, "t");
      expectExact(result.df, 3498.5732115761, "df (Welch-Satterthwaite, not n_A + n_B - 2 = 5398)");
    });
  });

  it("the p-value from Student's t with df = 3498.57", () => {
    given({ a: data.treatment, b: data.control }, () => {
      expectClose(welchTTest(data.treatment, data.control).pValue, 0.00019103082338936127, P_TOL, "pValue");
    });
  });
});

specs("correct", "distribution functions against scipy", () => {
  // norm.cdf(x)
  const cdf: [number, number][] = [
    [-1.959963984540054, 0.025], // norm.cdf(-1.959963984540054) -> 0.025
    [-1, 0.15865525393145707], // norm.cdf(-1) -> 0.15865525393145707
    [0, 0.5], // norm.cdf(0) -> 0.5
    [0.5, 0.6914624612740131], // norm.cdf(0.5) -> 0.6914624612740131
    [2.5, 0.9937903346742238], // norm.cdf(2.5) -> 0.9937903346742238
  ];
  it("normalCdf", () => {
    for (const [x, expected] of cdf) given({ x }, () => expectClose(normalCdf(x), expected, P_TOL, `normalCdf(${x})`));
  });

  const quantiles: [number, number][] = [
    [0.975, 1.959963984540054], // norm.ppf(0.975) -> 1.959963984540054
    [0.5, 0], // norm.ppf(0.5) -> 0.0
    [0.8, 0.8416212335729143], // norm.ppf(0.8) -> 0.8416212335729143
    [0.05, -1.6448536269514729], // norm.ppf(0.05) -> -1.6448536269514729
    [1e-10, -6.361340902404056], // norm.ppf(1e-10) -> -6.361340902404056
    [0.999999, 4.753424308817087], // norm.ppf(0.999999) -> 4.753424308817087
  ];
  it("normalQuantile", () => {
    for (const [p, expected] of quantiles) given({ p }, () => expectClose(normalQuantile(p), expected, Q_TOL, `normalQuantile(${p})`));
  });

  it("normalQuantile(0) is -Infinity and normalQuantile(1) is Infinity", () => {
    given({ p: 0 }, () => expectClose(normalQuantile(0), Number.NEGATIVE_INFINITY, 0, "normalQuantile(0)"));
    given({ p: 1 }, () => expectClose(normalQuantile(1), Number.POSITIVE_INFINITY, 0, "normalQuantile(1)"));
  });

  const tCdf: [number, number, number][] = [
    [-1.866277899263374, 5.573280030949771, 0.05749508026495949], // t.cdf(-1.866277899263374, 5.573280030949771)
    [2, 1, 0.8524163823495667], // t.cdf(2.0, 1)
    [-0.5, 2.5, 0.3288489599348574], // t.cdf(-0.5, 2.5)
    [3, 30, 0.9973050179671741], // t.cdf(3.0, 30)
    [-4, 1000.5, 3.400376378742414e-5], // t.cdf(-4.0, 1000.5)
    [1.5, 1e6, 0.9331926408816036], // t.cdf(1.5, 1e6)
  ];
  it("studentTCdf, including fractional and very large df", () => {
    for (const [t, df, expected] of tCdf) {
      given({ t, df }, () => expectClose(studentTCdf(t, df), expected, P_TOL, `studentTCdf(${t}, ${df})`));
    }
  });
});

// ------------------------------------------------------------------ seeded cases against a brute force

/** Standard normal density. */
const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

/** Brute-force Phi(x) by composite Simpson's rule on [min(x, 0), max(x, 0)] (4,000 panels, |x| <= 9). */
function bruteCdf(x: number): number {
  const a = Math.min(x, 0);
  const b = Math.max(x, 0);
  const n = 4000;
  const h = (b - a) / n;
  let sum = phi(a) + phi(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * phi(a + i * h);
  const area = (sum * h) / 3;
  return x < 0 ? 0.5 - area : 0.5 + area;
}

/** Brute-force quantile: bisection on bruteCdf. */
function bruteQuantile(p: number): number {
  let lo = -9;
  let hi = 9;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (bruteCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Brute-force P(|T| >= |t|): Simpson on the kernel cos^(df-1)(theta), s = sqrt(df) tan(theta); df >= 4 here. */
function bruteTwoSidedT(t: number, df: number): number {
  const kernel = (theta: number) => Math.cos(theta) ** (df - 1);
  const integrate = (a: number, b: number) => {
    const n = 20_000;
    const h = (b - a) / n;
    let sum = kernel(a) + kernel(b);
    for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * kernel(a + i * h);
    return (sum * h) / 3;
  };
  return integrate(Math.atan(Math.abs(t) / Math.sqrt(df)), Math.PI / 2) / integrate(0, Math.PI / 2);
}

function randomArm(rng: seedrandom.PRNG, rate: number): Arm {
  const visitors = 20 + Math.floor(rng() * 5000);
  let conversions = 0;
  for (let i = 0; i < visitors; i++) if (rng() < rate) conversions++;
  return { conversions, visitors };
}

specs("correct", "seeded random cases agree with a brute force", () => {
  const rng = seedrandom("ab-test-random-cases");
  const pairs = Array.from({ length: 30 }, () => {
    const rate = 0.02 + 0.5 * rng();
    return { a: randomArm(rng, rate), b: randomArm(rng, rate * (0.8 + 0.4 * rng())), alpha: [0.01, 0.05, 0.1, 0.2][Math.floor(rng() * 4)]! };
  });

  it("twoProportionZTest: pooled z and 2 * Phi(-|z|) on 30 experiments", () => {
    for (const { a, b } of pairs) {
      const pooled = (a.conversions + b.conversions) / (a.visitors + b.visitors);
      const z = (a.conversions / a.visitors - b.conversions / b.visitors) / Math.sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors));
      given({ a, b }, () => {
        const result = twoProportionZTest(a, b);
        expectExact(result.z, z, "z");
        expectClose(result.pValue, 2 * bruteCdf(-Math.abs(z)), P_TOL, "pValue");
      });
    }
  });

  it("differenceInterval: d +/- z_{1-alpha/2} * unpooled SE on the same experiments", () => {
    for (const { a, b, alpha } of pairs) {
      const pa = a.conversions / a.visitors;
      const pb = b.conversions / b.visitors;
      const margin = -bruteQuantile(alpha / 2) * Math.sqrt((pa * (1 - pa)) / a.visitors + (pb * (1 - pb)) / b.visitors);
      given({ a, b, alpha }, () => {
        const result = differenceInterval(a, b, alpha);
        expectClose(result.lower, pa - pb - margin, CI_TOL, "lower");
        expectClose(result.upper, pa - pb + margin, CI_TOL, "upper");
      });
    }
  });

  it("sampleSizePerArm: the smallest n with two-sided power >= target, on 20 designs", () => {
    const designs = Array.from({ length: 20 }, () => ({
      baseline: 0.01 + 0.5 * rng(),
      mde: 0.005 + 0.1 * rng(),
      alpha: [0.01, 0.05, 0.1][Math.floor(rng() * 3)]!,
      power: [0.8, 0.9][Math.floor(rng() * 2)]!,
    }));
    for (const d of designs) {
      const h = 2 * Math.asin(Math.sqrt(d.baseline + d.mde)) - 2 * Math.asin(Math.sqrt(d.baseline));
      const z = -bruteQuantile(d.alpha / 2);
      const power = (n: number) => bruteCdf(h * Math.sqrt(n / 2) - z) + bruteCdf(-h * Math.sqrt(n / 2) - z);
      let lo = 0;
      let hi = 1;
      while (power(hi) < d.power) hi *= 2;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (power(mid) >= d.power) hi = mid;
        else lo = mid;
      }
      const options = { alpha: d.alpha, power: d.power };
      given({ baseline: d.baseline, mde: d.mde, options }, () => {
        const n = sampleSizePerArm(d.baseline, d.mde, options);
        if (n !== hi) fail("sampleSizePerArm should be the smallest n whose power reaches the target", hi, n);
      });
    }
  });

  it("welchTTest: t, Welch-Satterthwaite df and a t tail by quadrature on 25 pairs of samples (n 5 to 60)", () => {
    for (let c = 0; c < 25; c++) {
      const draw = (n: number, mean: number, sd: number) =>
        Array.from({ length: n }, () => mean + sd * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));
      const a = draw(5 + Math.floor(rng() * 56), 10, 0.5 + 3 * rng());
      const b = draw(5 + Math.floor(rng() * 56), 10 + 2 * rng(), 0.5 + 3 * rng());
      const stats = (x: number[]) => {
        const mean = x.reduce((s, v) => s + v, 0) / x.length;
        return { mean, v: x.reduce((s, v) => s + (v - mean) ** 2, 0) / (x.length - 1) / x.length };
      };
      const sa = stats(a);
      const sb = stats(b);
      const t = (sa.mean - sb.mean) / Math.sqrt(sa.v + sb.v);
      const df = (sa.v + sb.v) ** 2 / (sa.v ** 2 / (a.length - 1) + sb.v ** 2 / (b.length - 1));
      given({ a, b }, () => {
        const result = welchTTest(a, b);
        expectExact(result.t, t, "t");
        expectExact(result.df, df, "df");
        expectClose(result.pValue, bruteTwoSidedT(t, df), P_TOL, "pValue");
      });
    }
  });
});

// ------------------------------------------------------------------------------------------------ edges

specs("edge", "the far normal tail keeps its relative accuracy", () => {
  const tail: [number, number][] = [
    [-8, 6.22096057427174e-16], // norm.cdf(-8)
    [-10, 7.61985302416047e-24], // norm.cdf(-10)
    [-20, 2.7536241186061556e-89], // norm.cdf(-20)
    [-37.5, 4.605353009581954e-308], // norm.cdf(-37.5)
  ];
  it("normalCdf(x) for x from -8 to -37.5, within a relative 1e-6 (not 0)", () => {
    for (const [x, expected] of tail) given({ x }, () => expectRelative(normalCdf(x), expected, 1e-6, `normalCdf(${x})`));
  });

  it("the p-value of 0/100 vs 100/100 is 2.09e-45, not 0", () => {
    // proportions_ztest([0, 100], [100, 100]) -> (-14.142135623730951, 2.0884875837624556e-45)
    const a = arm(0, 100);
    const b = arm(100, 100);
    given({ a, b }, () => {
      const result = twoProportionZTest(a, b);
      expectExact(result.z, -14.142135623730951, "z");
      expectRelative(result.pValue, 2.0884875837624556e-45, 1e-6, "pValue");
    });
  });
});

specs("edge", "a standard error of 0 follows the stated rule, never NaN", () => {
  it("twoProportionZTest with both arms at 0% gives z = 0, p = 1 (statsmodels: NaN)", () => {
    const a = arm(0, 100);
    const b = arm(0, 250);
    given({ a, b }, () => {
      const result = twoProportionZTest(a, b);
      expectClose(result.z, 0, 0, "z");
      expectClose(result.pValue, 1, 0, "pValue");
      expectClose(result.difference, 0, 0, "difference");
    });
  });

  it("twoProportionZTest with both arms at 100% gives z = 0, p = 1", () => {
    const a = arm(50, 50);
    const b = arm(80, 80);
    given({ a, b }, () => {
      const result = twoProportionZTest(a, b);
      expectClose(result.z, 0, 0, "z");
      expectClose(result.pValue, 1, 0, "pValue");
    });
  });

  it("differenceInterval with a zero unpooled SE is the point [d, d]", () => {
    // confint_proportions_2indep(0, 100, 0, 100, method='wald', compare='diff') -> (0.0, 0.0)
    given({ a: arm(0, 100), b: arm(0, 100) }, () => {
      const result = differenceInterval(arm(0, 100), arm(0, 100));
      expectClose(result.lower, 0, 0, "lower");
      expectClose(result.upper, 0, 0, "upper");
    });
    given({ a: arm(0, 50), b: arm(40, 40) }, () => {
      const result = differenceInterval(arm(0, 50), arm(40, 40));
      expectClose(result.lower, -1, 0, "lower");
      expectClose(result.upper, -1, 0, "upper");
    });
  });

  it("welchTTest with both samples constant and different means: t = -Infinity, p = 0, df = 1", () => {
    // ttest_ind([1, 1, 1], [2, 2, 2], equal_var=False) -> (statistic=-inf, pvalue=0.0, df=1.0)
    const a = [1, 1, 1];
    const b = [2, 2, 2];
    given({ a, b }, () => {
      const result = welchTTest(a, b);
      expectClose(result.t, Number.NEGATIVE_INFINITY, 0, "t");
      expectClose(result.pValue, 0, 0, "pValue");
      expectClose(result.df, 1, 0, "df");
    });
  });

  it("welchTTest with both samples constant and equal means: t = 0, p = 1, df = 1 (scipy: NaN)", () => {
    const a = [3, 3];
    const b = [3, 3, 3];
    given({ a, b }, () => {
      const result = welchTTest(a, b);
      expectClose(result.t, 0, 0, "t");
      expectClose(result.pValue, 1, 0, "pValue");
      expectClose(result.df, 1, 0, "df");
    });
  });
});

specs("edge", "numerical traps", () => {
  it("sampleSizePerArm counts both rejection tails: 20 at alpha 0.4, power 0.45 (the closed form says 45)", () => {
    // ceil(NormalIndPower().solve_power(proportion_effectsize(0.15, 0.1), alpha=0.4, power=0.45)) -> ceil(19.1834531156331) = 20
    const options = { alpha: 0.4, power: 0.45 };
    given({ baseline: 0.1, mde: 0.05, options }, () => {
      const n = sampleSizePerArm(0.1, 0.05, options);
      if (n !== 20) fail("sampleSizePerArm should count the power of both rejection regions", 20, n);
    });
  });

  it("welchTTest survives a large offset: watch times logged as 1e9 + x", () => {
    // ttest_ind([1e9 + v for v in [.1, .2, .3, .4, .5, .6]], [1e9 + v for v in [.3, .5, .2, .9, .7]], equal_var=False)
    //   -> (-1.140110212029425, df 6.675905141266438, p 0.29348695653593077)
    const a = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((v) => 1e9 + v);
    const b = [0.3, 0.5, 0.2, 0.9, 0.7].map((v) => 1e9 + v);
    given({ a, b }, () => {
      const result = welchTTest(a, b);
      // The deviations are ~0.2 against values ~1e9: summation order shows at ~1e-13, so allow 1e-6 relative.
      expectRelative(result.t, -1.140110212029425, 1e-6, "t");
      expectRelative(result.df, 6.675905141266438, 1e-6, "df");
      expectClose(result.pValue, 0.29348695653593077, P_TOL, "pValue");
    });
  });

  it("swapping the arms flips the sign of z and of the interval, and keeps p", () => {
    const a = arm(45, 500);
    const b = arm(30, 480);
    given({ a, b }, () => {
      const forward = twoProportionZTest(a, b);
      const backward = twoProportionZTest(b, a);
      expectExact(backward.z, -forward.z, "z of (b, a)");
      expectClose(backward.pValue, forward.pValue, 1e-12, "pValue of (b, a)");
      const interval = differenceInterval(b, a, 0.1);
      // confint_proportions_2indep(45, 500, 30, 480, method='wald', compare='diff', alpha=0.1), negated
      expectClose(interval.lower, -0.05531069133812724, CI_TOL, "lower of (b, a)");
      expectClose(interval.upper, 0.0003106913381272433, CI_TOL, "upper of (b, a)");
    });
  });
});

// --------------------------------------------------------------------------------------------- contract

specs("contract", "errors name the problem", () => {
  const good = arm(10, 100);
  const cases: { name: string; call: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "visitors 0", call: () => twoProportionZTest(arm(0, 0), good), type: RangeError, pattern: /visitors/i },
    { name: "fractional visitors", call: () => twoProportionZTest(good, arm(1, 10.5)), type: RangeError, pattern: /visitors/i },
    { name: "conversions above visitors", call: () => twoProportionZTest(arm(11, 10), good), type: RangeError, pattern: /conversions/i },
    { name: "negative conversions", call: () => differenceInterval(good, arm(-1, 10)), type: RangeError, pattern: /conversions/i },
    { name: "conversions as a string", call: () => twoProportionZTest({ conversions: "3", visitors: 10 } as unknown as Arm, good), type: TypeError, pattern: /conversions/i },
    { name: "an arm that is not an object", call: () => twoProportionZTest(null as unknown as Arm, good), type: TypeError, pattern: /arm|conversions|visitors|\ba\b/i },
    { name: "alpha of 0", call: () => differenceInterval(good, good, 0), type: RangeError, pattern: /alpha/i },
    { name: "alpha of 1.5", call: () => sampleSizePerArm(0.1, 0.02, { alpha: 1.5 }), type: RangeError, pattern: /alpha/i },
    { name: "power of 1", call: () => sampleSizePerArm(0.1, 0.02, { power: 1 }), type: RangeError, pattern: /power/i },
    { name: "power below alpha", call: () => sampleSizePerArm(0.1, 0.02, { alpha: 0.5, power: 0.3 }), type: RangeError, pattern: /power/i },
    { name: "baseline of 0", call: () => sampleSizePerArm(0, 0.02), type: RangeError, pattern: /baseline/i },
    { name: "mde of 0", call: () => sampleSizePerArm(0.1, 0), type: RangeError, pattern: /mde/i },
    { name: "baseline + mde of 1", call: () => sampleSizePerArm(0.9, 0.1), type: RangeError, pattern: /mde/i },
    { name: "a Welch sample of one observation", call: () => welchTTest([1], [2, 3]), type: RangeError, pattern: /\bb\b|\ba\b|sample|observation/i },
    { name: "a NaN observation", call: () => welchTTest([1, 2], [2, Number.NaN]), type: RangeError, pattern: /\bb\b|observation|sample/i },
    { name: "a string observation", call: () => welchTTest([1, "2"] as unknown as number[], [2, 3]), type: TypeError, pattern: /\ba\b|observation|sample/i },
    { name: "a Welch sample that is not an array", call: () => welchTTest("1,2,3" as unknown as number[], [2, 3]), type: TypeError, pattern: /\ba\b|sample|array/i },
    { name: "normalQuantile(1.5)", call: () => normalQuantile(1.5), type: RangeError, pattern: /\bp\b|probab/i },
    { name: "normalQuantile(NaN)", call: () => normalQuantile(Number.NaN), type: RangeError, pattern: /\bp\b|NaN|probab/i },
    { name: "studentTCdf with df 0", call: () => studentTCdf(1, 0), type: RangeError, pattern: /df|degrees/i },
  ];
  for (const c of cases) {
    it(c.name, () => given({ case: c.name }, () => expectError(c.call, c.type, c.pattern)));
  }
});

specs("contract", "inputs and outputs", () => {
  it("welchTTest accepts typed arrays and leaves them unchanged", () => {
    const a = Float64Array.from([12.1, 9.8, 11.4, 10.2, 13.5, 8.9, 10.0]);
    const b = Float32Array.from([14.25, 15.5, 9.75, 16.5]);
    given({ a, b }, () => {
      const result = welchTTest(a, b);
      const plain = welchTTest(Array.from(a), Array.from(b));
      expectExact(result.t, plain.t, "t");
      expectExact(result.df, plain.df, "df");
    });
  });

  it("welchTTest leaves plain arrays unchanged (no in-place sort or centring)", () => {
    const a = [5, 1, 4, 2, 3];
    const b = [11, 2, 8, 4, 6];
    given({ a, b }, () => welchTTest(a, b));
  });

  it("the arms are not modified", () => {
    const a = arm(200, 1000);
    const b = arm(250, 1000);
    given({ a, b }, () => {
      twoProportionZTest(a, b);
      differenceInterval(a, b);
    });
  });

  it("differenceInterval defaults to a 95% interval", () => {
    given({ a: arm(200, 1000), b: arm(250, 1000) }, () => {
      const result = differenceInterval(arm(200, 1000), arm(250, 1000));
      expectClose(result.lower, -0.08653637831246015, CI_TOL, "lower");
      expectClose(result.upper, -0.013463621687539826, CI_TOL, "upper");
    });
  });

  it("sampleSizePerArm returns an integer", () => {
    given({ baseline: 0.3, mde: 0.05 }, () => {
      const n = sampleSizePerArm(0.3, 0.05, { alpha: 0.01 });
      if (!Number.isInteger(n)) fail("sampleSizePerArm should return a whole number of visitors", "an integer", n);
    });
  });
});
