/**
 * Hidden specs for the drift kata. Golden values: scipy 1.17.1 (ks_2samp, kstwobign) and numpy 2.4 (quantile,
 * searchsorted), computed by scripts/fixtures/golden/drift.py; the expression is beside each value.
 *
 * Tolerances (stated in the prompt): the statistic within 1e-12, p-values within 1e-9 absolute, PSI within 1e-10,
 * edges within 1e-12 (relative to max(1, |edge|)), bin proportions within 1e-12.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { ksTwoSample, populationStabilityIndex, type KsResult, type PsiResult } from "#impl/drift";
import { abridge, expectAllClose, expectClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";

const D_TOL = 1e-12;
const P_TOL = 1e-9;
const PSI_TOL = 1e-10;

interface Sample2 { reference: number[]; current: number[] }
const load = (name: string): Sample2 =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/drift/${name}`, import.meta.url), "utf8")) as Sample2;

function expectKs(result: unknown, statistic: number, pValue: number, method: "exact" | "asymptotic"): void {
  if (typeof result !== "object" || result === null) fail("ksTwoSample should return { statistic, pValue, method }", "an object", abridge(result));
  const r = result as KsResult;
  expectClose(r.statistic, statistic, D_TOL, "statistic D");
  if (r.method !== method) fail(`method should be "${method}" (exact while max(n, m) <= 10,000)`, method, abridge(r.method));
  expectClose(r.pValue, pValue, P_TOL, "pValue");
}

function expectPsi(result: unknown, psi: number, edges?: number[], reference?: number[], current?: number[]): void {
  if (typeof result !== "object" || result === null) fail("populationStabilityIndex should return { psi, edges, reference, current }", "an object", abridge(result));
  const r = result as PsiResult;
  if (edges) {
    expectAllClose(r.edges, edges, 1e-12 * Math.max(1, ...edges.map(Math.abs)), "edges");
  }
  if (reference) expectAllClose(r.reference, reference, 1e-12, "reference proportions");
  if (current) expectAllClose(r.current, current, 1e-12, "current proportions");
  expectClose(r.psi, psi, PSI_TOL, "psi");
}

// ------------------------------------------------------------------------------------------ KS golden

interface KsCase { name: string; a: number[]; b: number[]; d: number; p: number }

const ksGolden: KsCase[] = [
  // ks_2samp([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]) -> (0.5, 0.35714285714285715)
  { name: "the known case [1..5] vs [3..8]", a: [1, 2, 3, 4, 5], b: [3, 4, 5, 6, 7, 8], d: 0.5, p: 0.35714285714285715 },
  // ks_2samp([5, 8], [1, 2, 3, 4, 6, 7]) -> (0.6666666666666666, 0.42857142857142855)
  { name: "the maximum sits at a point of the other sample", a: [5, 8], b: [1, 2, 3, 4, 6, 7], d: 2 / 3, p: 0.42857142857142855 },
  // ks_2samp([1, 2, 3], [4, 5, 6]) -> (1.0, 0.09999999999999999)
  { name: "separated samples", a: [1, 2, 3], b: [4, 5, 6], d: 1, p: 0.1 },
  // ks_2samp([0.1, 0.4, 0.4, 0.7, 0.9, 1.3, 1.3, 2.0], [0.4, 1.3, 1.5, 1.9, 2.2, 2.2, 3.1]) -> (0.5892857142857143, 0.11810411810411808)
  {
    name: "ties within and across samples",
    a: [0.1, 0.4, 0.4, 0.7, 0.9, 1.3, 1.3, 2.0],
    b: [0.4, 1.3, 1.5, 1.9, 2.2, 2.2, 3.1],
    d: 0.5892857142857143,
    p: 0.11810411810411808,
  },
  // ks_2samp(list(range(0, 40)), list(range(20, 70))) -> (0.6, 5.838596946791824e-08)
  { name: "a small p-value: 0..39 vs 20..69", a: Array.from({ length: 40 }, (_, i) => i), b: Array.from({ length: 50 }, (_, i) => 20 + i), d: 0.6, p: 5.838596946791824e-8 },
];

specs("correct", "ksTwoSample: golden cases from scipy (exact branch)", () => {
  for (const c of ksGolden) {
    it(c.name, () => given({ reference: c.a, current: c.b }, () => expectKs(ksTwoSample(c.a, c.b), c.d, c.p, "exact")));
  }
});

specs("correct", "ksTwoSample on the fixtures", () => {
  it("model scores, 5,000 vs 4,000 with many ties (fixtures/drift/scores.json): exact", () => {
    // d = json.load(open('fixtures/drift/scores.json')); ks_2samp(d['reference'], d['current']) -> (0.0548, 3.067428435377994e-06)
    const d = load("scores.json");
    given({ reference: d.reference, current: d.current }, () => expectKs(ksTwoSample(d.reference, d.current), 0.0548, 3.067428435377994e-6, "exact"));
  });

  it("sessions per user, 3,000 vs 2,500 counts (fixtures/drift/sessions.json): exact", () => {
    // s = json.load(open('fixtures/drift/sessions.json')); ks_2samp(s['reference'], s['current']) -> (0.08966666666666667, 5.491760039162415e-10)
    const s = load("sessions.json");
    given({ reference: s.reference, current: s.current }, () =>
      expectKs(ksTwoSample(s.reference, s.current), 0.08966666666666667, 5.491760039162415e-10, "exact"),
    );
  });

  it("10,000 vs 10,000 is still exact (fixtures/drift/latency.json, first 10,000 of each)", () => {
    // ks_2samp(L['reference'][:10000], L['current'][:10000]) -> (0.0178, 0.08413471385146415)
    const L = load("latency.json");
    const a = L.reference.slice(0, 10_000);
    const b = L.current.slice(0, 10_000);
    given({ reference: a, current: b }, () => expectKs(ksTwoSample(a, b), 0.0178, 0.08413471385146415, "exact"));
  });

  it("12,000 vs 15,000 is asymptotic: Kolmogorov's limit at sqrt(n m / (n + m)) D (fixtures/drift/latency.json)", () => {
    // ks_2samp(L['reference'], L['current']).statistic -> 0.0164333333333333
    // kstwobign.sf(math.sqrt(12000 * 15000 / 27000) * D) -> 0.054606677744383686  (scipy 1.17's kstwo.sf(D, 6667): 0.053996783581605756)
    const L = load("latency.json");
    given({ reference: L.reference, current: L.current }, () =>
      expectKs(ksTwoSample(L.reference, L.current), 0.0164333333333333, 0.054606677744383686, "asymptotic"),
    );
  });

  it("10,001 vs 9,000 is asymptotic: the switch is on max(n, m)", () => {
    // ks_2samp(L['reference'][:10001], L['current'][:9000]).statistic -> 0.018180693041806917
    // kstwobign.sf(math.sqrt(10001 * 9000 / 19001) * D) -> 0.08729228895203857  (exact would be 0.08588214290392845)
    const L = load("latency.json");
    const a = L.reference.slice(0, 10_001);
    const b = L.current.slice(0, 9000);
    given({ reference: a, current: b }, () => expectKs(ksTwoSample(a, b), 0.018180693041806917, 0.08729228895203857, "asymptotic"));
  });
});

// ----------------------------------------------------------------------------------------- PSI golden

specs("correct", "populationStabilityIndex: golden cases (numpy quantile edges, searchsorted right)", () => {
  it("1..10 against a drifted sample, 4 bins", () => {
    // psi(list(range(1, 11)), [1, 2, 2, 3, 5, 6, 8, 9, 10, 10, 11, 12], bins=4)
    //   -> (0.30995318065770244, [3.25, 5.5, 7.75], [0.3, 0.2, 0.2, 0.3], [0.3333, 0.0833, 0.0833, 0.5])
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const b = [1, 2, 2, 3, 5, 6, 8, 9, 10, 10, 11, 12];
    given({ reference: a, current: b, bins: 4 }, () =>
      expectPsi(populationStabilityIndex(a, b, { bins: 4 }), 0.30995318065770244, [3.25, 5.5, 7.75], [0.3, 0.2, 0.2, 0.3], [1 / 3, 1 / 12, 1 / 12, 0.5]),
    );
  });

  it("a value equal to an edge belongs to the bin above it (edges 0, 0.6, 1.4, 3.4)", () => {
    // psi([0, 0, 0, 0, 1, 1, 2, 3, 5, 8], [0, 1, 1, 2, 2, 3, 3, 4, 9, 9, 9], bins=5)
    //   -> (0.6553391525294028, [0.0, 0.6, 1.4, 3.4], [0.0, 0.4, 0.2, 0.2, 0.2], [0.0, 0.0909, 0.1818, 0.3636, 0.3636])
    const a = [0, 0, 0, 0, 1, 1, 2, 3, 5, 8];
    const b = [0, 1, 1, 2, 2, 3, 3, 4, 9, 9, 9];
    given({ reference: a, current: b, bins: 5 }, () =>
      expectPsi(populationStabilityIndex(a, b, { bins: 5 }), 0.6553391525294028, [0, 0.6, 1.4, 3.4], [0, 0.4, 0.2, 0.2, 0.2], [0, 1 / 11, 2 / 11, 4 / 11, 4 / 11]),
    );
  });

  it("identical samples give 0", () => {
    // psi([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8], bins=4) -> (0.0, [2.75, 4.5, 6.25], ...)
    const a = [1, 2, 3, 4, 5, 6, 7, 8];
    given({ reference: a, current: [...a], bins: 4 }, () => expectPsi(populationStabilityIndex(a, [...a], { bins: 4 }), 0, [2.75, 4.5, 6.25]));
  });

  it("model scores, 10 bins (fixtures/drift/scores.json)", () => {
    // psi(d['reference'], d['current']) -> 0.017038025262578818; edges [0.064, 0.111, 0.16, 0.21, 0.269, 0.337, 0.413, 0.515, 0.657]
    const d = load("scores.json");
    given({ reference: d.reference, current: d.current }, () =>
      expectPsi(populationStabilityIndex(d.reference, d.current), 0.017038025262578818, [0.064, 0.111, 0.16, 0.21, 0.269, 0.337, 0.413, 0.515, 0.657]),
    );
  });

  it("model scores, 20 bins", () => {
    // psi(d['reference'], d['current'], bins=20) -> 0.02510281142322445
    const d = load("scores.json");
    given({ reference: d.reference, current: d.current, bins: 20 }, () => expectPsi(populationStabilityIndex(d.reference, d.current, { bins: 20 }), 0.02510281142322445));
  });

  it("a wider spread, 12,000 vs 15,000 (fixtures/drift/latency.json)", () => {
    // psi(L['reference'], L['current']) -> 0.003288360653236173
    const L = load("latency.json");
    given({ reference: L.reference, current: L.current }, () => expectPsi(populationStabilityIndex(L.reference, L.current), 0.003288360653236173));
  });
});

// ------------------------------------------------------------------ seeded cases against a brute force

/** Independent brute force of D: both empirical CDFs at every value of the pooled sample, by counting. */
function bruteStatistic(a: number[], b: number[]): number {
  let best = 0;
  for (const x of [...a, ...b]) {
    const fa = a.filter((v) => v <= x).length / a.length;
    const fb = b.filter((v) => v <= x).length / b.length;
    best = Math.max(best, Math.abs(fa - fb));
  }
  return best;
}

/**
 * Independent exact p-value by BigInt path counting: the number of monotone paths from (0, 0) to (n, m) that stay
 * strictly inside |i m - j n| < n m D, over C(n + m, n). Exact integers, no normalisation.
 */
function brutePValue(n: number, m: number, statistic: number): number {
  const bound = Math.round(statistic * n * m);
  if (bound === 0) return 1;
  const inside = (i: number, j: number) => Math.abs(i * m - j * n) < bound;
  let row: bigint[] = Array.from({ length: m + 1 }, () => 0n);
  for (let i = 0; i <= n; i++) {
    const next: bigint[] = Array.from({ length: m + 1 }, () => 0n);
    for (let j = 0; j <= m; j++) {
      if (!inside(i, j)) continue;
      next[j] = i === 0 && j === 0 ? 1n : (i > 0 ? row[j]! : 0n) + (j > 0 ? next[j - 1]! : 0n);
    }
    row = next;
  }
  let total = 1n;
  for (let k = 1; k <= m; k++) total = (total * BigInt(n + k)) / BigInt(k);
  const scale = 10n ** 30n;
  return 1 - Number((row[m]! * scale) / total) / 1e30;
}

function randomSample(rng: seedrandom.PRNG, size: number, levels: number, shift: number): number[] {
  return Array.from({ length: size }, () => Math.floor(rng() * levels) / levels + shift);
}

specs("correct", "seeded random cases agree with a brute force", () => {
  const rng = seedrandom("drift-random-cases");
  const cases = Array.from({ length: 40 }, (_, i) => {
    const levels = [3, 8, 50, 1000][i % 4]!;
    return {
      a: randomSample(rng, 1 + Math.floor(rng() * 40), levels, 0),
      b: randomSample(rng, 1 + Math.floor(rng() * 40), levels, rng() < 0.5 ? 0 : 0.2),
    };
  });

  it("ksTwoSample: D and the exact p-value on 40 pairs (1-40 values, 3 to 1,000 levels: many ties)", () => {
    for (const c of cases) {
      const d = bruteStatistic(c.a, c.b);
      given({ reference: c.a, current: c.b }, () => expectKs(ksTwoSample(c.a, c.b), d, brutePValue(c.a.length, c.b.length, d), "exact"));
    }
  });

  it("ksTwoSample: D is symmetric in its arguments", () => {
    for (const c of cases) {
      given({ reference: c.b, current: c.a }, () => expectClose(ksTwoSample(c.b, c.a).statistic, bruteStatistic(c.a, c.b), D_TOL, "statistic D"));
    }
  });

  it("populationStabilityIndex: quantile edges, bin counts and the sum, on 30 pairs", () => {
    for (let t = 0; t < 30; t++) {
      const bins = 2 + (t % 9);
      const a = randomSample(rng, 5 + Math.floor(rng() * 60), [4, 20, 1000][t % 3]!, 0);
      const b = randomSample(rng, 1 + Math.floor(rng() * 60), [4, 20, 1000][t % 3]!, t % 2 === 0 ? 0 : 0.1);
      const sorted = [...a].sort((x, y) => x - y);
      // np.quantile(a, k / bins) ('linear'), the position (n - 1) k / bins taken apart with integers
      const edges = Array.from({ length: bins - 1 }, (_, k) => {
        const whole = (sorted.length - 1) * (k + 1);
        const low = (whole - (whole % bins)) / bins;
        return whole % bins === 0 ? sorted[low]! : sorted[low]! + (sorted[low + 1]! - sorted[low]!) * ((whole % bins) / bins);
      });
      const share = (sample: number[]) =>
        Array.from({ length: bins }, (_, k) => sample.filter((v) => (k === 0 || v >= edges[k - 1]!) && (k === bins - 1 || v < edges[k]!)).length / sample.length);
      const r = share(a);
      const c = share(b);
      let psi = 0;
      for (let k = 0; k < bins; k++) {
        const rk = r[k] === 0 ? 1e-4 : r[k]!;
        const ck = c[k] === 0 ? 1e-4 : c[k]!;
        psi += (ck - rk) * Math.log(ck / rk);
      }
      given({ reference: a, current: b, bins }, () => expectPsi(populationStabilityIndex(a, b, { bins }), psi, edges, r, c));
    }
  });
});

// ------------------------------------------------------------------------------------------------ edges

specs("edge", "ties and degenerate samples", () => {
  it("[1, 1, 2] vs [1, 2, 2]: D = 1/3, the CDFs compared only after every tie at a value", () => {
    // ks_2samp([1, 1, 2], [1, 2, 2]) -> (0.3333333333333333, 1.0)
    given({ reference: [1, 1, 2], current: [1, 2, 2] }, () => expectKs(ksTwoSample([1, 1, 2], [1, 2, 2]), 1 / 3, 1, "exact"));
  });

  it("all values equal: D = 0, p = 1", () => {
    // ks_2samp([3, 3, 3, 3], [3, 3, 3]) -> (0.0, 1.0)
    given({ reference: [3, 3, 3, 3], current: [3, 3, 3] }, () => expectKs(ksTwoSample([3, 3, 3, 3], [3, 3, 3]), 0, 1, "exact"));
  });

  it("a single value against four: [2.5] vs [1, 2, 3, 4]", () => {
    // ks_2samp([2.5], [1, 2, 3, 4]) -> (0.5, 1.0)
    given({ reference: [2.5], current: [1, 2, 3, 4] }, () => expectKs(ksTwoSample([2.5], [1, 2, 3, 4]), 0.5, 1, "exact"));
  });

  it("a shift down: the largest gap is F_current - F_reference, at a value of the current sample", () => {
    // ks_2samp([10, 11, 12, 13], [1, 2, 3, 4, 5, 6, 7, 8, 9, 20]) -> (0.9, 0.00999000999000999)
    const a = [10, 11, 12, 13];
    const b = [1, 2, 3, 4, 5, 6, 7, 8, 9, 20];
    given({ reference: a, current: b }, () => expectKs(ksTwoSample(a, b), 0.9, 0.00999000999000999, "exact"));
  });

  it("a negative gap at a value both samples share: [1, 5] vs [1, 1, 1, 5] gives D = 0.25", () => {
    // ks_2samp([1, 5], [1, 1, 1, 5]) -> (0.25, 1.0)
    given({ reference: [1, 5], current: [1, 1, 1, 5] }, () => expectKs(ksTwoSample([1, 5], [1, 1, 1, 5]), 0.25, 1, "exact"));
  });

  it("-0 and 0 are one value", () => {
    given({ reference: [-0, 1], current: [0, 1] }, () => expectKs(ksTwoSample([-0, 1], [0, 1]), 0, 1, "exact"));
  });
});

specs("edge", "PSI: empty bins and repeated edges", () => {
  it("an empty bin in the current sample counts as 1e-4, not 0 (which would give Infinity)", () => {
    // psi([0.1, ..., 0.8], [0.15, 0.25, 0.35, 0.9, 0.95, 1.2], bins=4)
    //   -> (2.186278158299636, [0.275, 0.45, 0.625], [0.25, 0.25, 0.25, 0.25], [0.3333, 0.1667, 0.0, 0.5])
    const a = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    const b = [0.15, 0.25, 0.35, 0.9, 0.95, 1.2];
    given({ reference: a, current: b, bins: 4 }, () =>
      expectPsi(populationStabilityIndex(a, b, { bins: 4 }), 2.186278158299636, [0.275, 0.45, 0.625], [0.25, 0.25, 0.25, 0.25], [1 / 3, 1 / 6, 0, 0.5]),
    );
  });

  it("another epsilon changes only the empty bins' terms", () => {
    const a = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
    const b = [0.15, 0.25, 0.35, 0.9, 0.95, 1.2];
    // (1/3 - .25) ln(4/3) + (1/6 - .25) ln(2/3) + (1e-6 - .25) ln(1e-6/.25) + (.5 - .25) ln 2
    const expected = (1 / 3 - 0.25) * Math.log(4 / 3) + (1 / 6 - 0.25) * Math.log(2 / 3) + (1e-6 - 0.25) * Math.log(1e-6 / 0.25) + 0.25 * Math.log(2);
    given({ reference: a, current: b, options: { bins: 4, epsilon: 1e-6 } }, () => expectPsi(populationStabilityIndex(a, b, { bins: 4, epsilon: 1e-6 }), expected));
  });

  it("a count feature with heavy ties: repeated edges give empty bins on both sides (fixtures/drift/sessions.json)", () => {
    // psi(s['reference'], s['current']) -> (0.046340801671270186, [0, 0, 0, 1, 1, 1, 2, 2, 3],
    //   [0, 0, 0, 0.30333, 0, 0, 0.35433, 0, 0.21433, 0.128], [0, 0, 0, 0.2252, 0, 0, 0.3428, 0, 0.256, 0.176])
    const s = load("sessions.json");
    given({ reference: s.reference, current: s.current }, () =>
      expectPsi(
        populationStabilityIndex(s.reference, s.current),
        0.046340801671270186,
        [0, 0, 0, 1, 1, 1, 2, 2, 3],
        [0, 0, 0, 0.30333333333333334, 0, 0, 0.35433333333333333, 0, 0.21433333333333332, 0.128],
        [0, 0, 0, 0.2252, 0, 0, 0.3428, 0, 0.256, 0.176],
      ),
    );
  });

  it("values outside the reference's range fall in the first and last bins", () => {
    const a = [1, 2, 3, 4, 5];
    const b = [-100, 0, 3, 100, 1000];
    // edges at positions 1, 2, 3 of [1..5] with bins = 4: [2, 3, 4]; bins (-inf,2) [2,3) [3,4) [4,inf)
    given({ reference: a, current: b, bins: 4 }, () => {
      const result = populationStabilityIndex(a, b, { bins: 4 });
      expectAllClose(result.edges, [2, 3, 4], 1e-12, "edges");
      expectAllClose(result.current, [0.4, 0, 0.2, 0.4], 1e-12, "current proportions");
    });
  });
});

// --------------------------------------------------------------------------------------------- contract

specs("contract", "errors name the problem", () => {
  const cases: { name: string; call: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "ksTwoSample: empty reference", call: () => ksTwoSample([], [1]), type: RangeError, pattern: /reference|empty/i },
    { name: "ksTwoSample: empty current", call: () => ksTwoSample([1], []), type: RangeError, pattern: /current|empty/i },
    { name: "ksTwoSample: a NaN", call: () => ksTwoSample([1, Number.NaN], [1]), type: RangeError, pattern: /reference|finite|NaN/i },
    { name: "ksTwoSample: Infinity", call: () => ksTwoSample([1], [2, Number.POSITIVE_INFINITY]), type: RangeError, pattern: /current|finite|Infinity/i },
    { name: "ksTwoSample: a string value", call: () => ksTwoSample([1, "2"] as unknown as number[], [1]), type: TypeError, pattern: /reference|number/i },
    { name: "ksTwoSample: not an array", call: () => ksTwoSample("123" as unknown as number[], [1]), type: TypeError, pattern: /reference|array/i },
    { name: "PSI: empty current", call: () => populationStabilityIndex([1, 2], []), type: RangeError, pattern: /current|empty/i },
    { name: "PSI: bins = 1", call: () => populationStabilityIndex([1, 2], [1], { bins: 1 }), type: RangeError, pattern: /bins/i },
    { name: "PSI: fractional bins", call: () => populationStabilityIndex([1, 2], [1], { bins: 2.5 }), type: RangeError, pattern: /bins/i },
    { name: "PSI: epsilon 0", call: () => populationStabilityIndex([1, 2], [1], { epsilon: 0 }), type: RangeError, pattern: /epsilon/i },
    { name: "PSI: a NaN", call: () => populationStabilityIndex([1, 2], [Number.NaN]), type: RangeError, pattern: /current|finite|NaN/i },
  ];
  for (const c of cases) it(c.name, () => given({ case: c.name }, () => expectError(c.call, c.type, c.pattern)));
});

specs("contract", "inputs and outputs", () => {
  it("neither function sorts or changes its inputs", () => {
    const a = [5, 1, 4, 1, 3];
    const b = [2, 9, 2, 6];
    given({ reference: a, current: b }, () => {
      ksTwoSample(a, b);
      populationStabilityIndex(a, b, { bins: 3 });
    });
  });

  it("typed arrays are accepted and give the same answers", () => {
    const a = Float64Array.from([0.1, 0.4, 0.4, 0.7, 0.9, 1.3, 1.3, 2.0]);
    const b = Float32Array.from([0.5, 1.25, 1.5, 2, 2.25, 2.25, 3]);
    given({ reference: a, current: b }, () => {
      const typed = ksTwoSample(a, b);
      const plain = ksTwoSample(Array.from(a), Array.from(b));
      expectClose(typed.statistic, plain.statistic, D_TOL, "statistic D");
      expectClose(typed.pValue, plain.pValue, P_TOL, "pValue");
      expectClose(populationStabilityIndex(a, b, { bins: 3 }).psi, populationStabilityIndex(Array.from(a), Array.from(b), { bins: 3 }).psi, PSI_TOL, "psi");
    });
  });

  it("PSI returns bins - 1 edges and bins proportions that sum to 1", () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const b = [2, 3, 5, 8, 13];
    given({ reference: a, current: b }, () => {
      const r = populationStabilityIndex(a, b);
      if (r.edges.length !== 9 || r.reference.length !== 10 || r.current.length !== 10) {
        fail("with the default 10 bins: 9 edges and 10 proportions per sample", "9, 10, 10", `${r.edges.length}, ${r.reference.length}, ${r.current.length}`);
      }
      expectClose(r.current.reduce((s, v) => s + v, 0), 1, 1e-12, "sum of current proportions");
    });
  });
});
