/**
 * Hidden specs for dcg and ndcg (one query).
 *
 * Golden values were computed on this machine with scikit-learn 1.9.1 and numpy 2.4.6 by scripts/fixtures/golden/ndcg.py;
 * each value has its Python expression beside it. `ndcg_score([rel], [s], k=k)` and `dcg_score(...)` are
 * scikit-learn's (ties averaged, ignore_ties=False); the exponential gain passes `[2**r - 1 for r in rel]` as y_true;
 * the kata's ignoreTies (equal scores to the lower index) is golden.py's
 *   dcg_stable(rel, s, k) = sum(rel[o][:k] / log2(arange(2, len + 2))) with o = np.argsort(-s, kind="stable")
 *   ndcg_stable(rel, s, k) = dcg_stable(rel, s, k) / dcg_stable(rel, rel, k), 0 when that is 0.
 *
 * Tolerance: 1e-12 absolute on the golden cases (every value is below 20), 1e-12 relative against the brute forces.
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { dcg, ndcg } from "#impl/ndcg";
import type { DcgOptions, Gain } from "#impl/ndcg";
import { expectClose, expectError, expectUnchanged, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;

interface Golden {
  name: string;
  relevance: number[];
  scores: number[];
  options?: DcgOptions;
  /** What scikit-learn (or golden.py) gives; a missing field is not checked. */
  ndcg?: number;
  dcg?: number;
}

function goldenSpecs(cases: Golden[]): void {
  for (const c of cases) {
    const input = { relevance: c.relevance, scores: c.scores, options: c.options ?? "(none)" };
    if (c.ndcg !== undefined) {
      const expected = c.ndcg;
      it(`ndcg: ${c.name}`, () => {
        given(input, () => expectClose(ndcg(c.relevance, c.scores, c.options), expected, TOLERANCE, "NDCG"));
      });
    }
    if (c.dcg !== undefined) {
      const expected = c.dcg;
      it(`dcg: ${c.name}`, () => {
        given(input, () => expectClose(dcg(c.relevance, c.scores, c.options), expected, TOLERANCE, "DCG"));
      });
    }
  }
}

const R1 = [3, 2, 3, 0, 1, 2];
const S1 = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
const R2 = [10, 0, 0, 1, 5];
const R4 = [0, 2, 1, 3, 0, 0, 1, 2, 0, 1];
const S4 = [0.62, 0.91, 0.15, 0.48, 0.77, 0.33, 0.84, 0.05, 0.59, 0.27];

specs("correct", "dcg and ndcg: golden cases from scikit-learn (distinct scores)", () =>
  goldenSpecs([
    {
      name: "six candidates in score order, the whole list",
      relevance: R1,
      scores: S1,
      ndcg: 0.9608081943360616, // ndcg_score([[3,2,3,0,1,2]], [[.9,.8,.7,.6,.5,.4]])
      dcg: 6.861126688593501, // dcg_score([[3,2,3,0,1,2]], [[.9,.8,.7,.6,.5,.4]])
    },
    {
      name: "six candidates in score order, k = 3",
      relevance: R1,
      scores: S1,
      options: { k: 3 },
      ndcg: 0.9777813616305048, // ndcg_score([[3,2,3,0,1,2]], [[.9,.8,.7,.6,.5,.4]], k=3)
      dcg: 5.761859507142915, // dcg_score([[3,2,3,0,1,2]], [[.9,.8,.7,.6,.5,.4]], k=3)
    },
    {
      name: "scikit-learn's docstring: relevance [10,0,0,1,5], scores [.1,.2,.3,4,70]",
      relevance: R2,
      scores: [0.1, 0.2, 0.3, 4, 70],
      ndcg: 0.6956940443813076, // ndcg_score([[10,0,0,1,5]], [[.1,.2,.3,4,70]])
      dcg: 9.499457825916874, // dcg_score([[10,0,0,1,5]], [[.1,.2,.3,4,70]])
    },
    {
      name: "scikit-learn's docstring: scores [.05,1.1,1,.5,0]",
      relevance: R2,
      scores: [0.05, 1.1, 1.0, 0.5, 0.0],
      ndcg: 0.493680191377376, // ndcg_score([[10,0,0,1,5]], [[.05,1.1,1.,.5,0]])
    },
    {
      name: "scikit-learn's docstring: scores [.05,1.1,1,.5,0], k = 4",
      relevance: R2,
      scores: [0.05, 1.1, 1.0, 0.5, 0.0],
      options: { k: 4 },
      ndcg: 0.3520241100634488, // ndcg_score([[10,0,0,1,5]], [[.05,1.1,1.,.5,0]], k=4)
    },
    {
      name: "a perfect ranking scores 1 at k = 4",
      relevance: R2,
      scores: R2,
      options: { k: 4 },
      ndcg: 1, // ndcg_score([[10,0,0,1,5]], [[10,0,0,1,5]], k=4)
    },
    {
      name: "ten candidates, k = 1",
      relevance: R4,
      scores: S4,
      options: { k: 1 },
      ndcg: 0.6666666666666666, // ndcg_score([R4], [S4], k=1)
    },
    {
      name: "ten candidates, k = 3",
      relevance: R4,
      scores: S4,
      options: { k: 3 },
      ndcg: 0.5, // ndcg_score([R4], [S4], k=3)
      dcg: 2.6309297535714573, // dcg_score([R4], [S4], k=3)
    },
    {
      name: "ten candidates, k = 5",
      relevance: R4,
      scores: S4,
      options: { k: 5 },
      ndcg: 0.4327622083024971, // ndcg_score([R4], [S4], k=5)
      dcg: 2.6309297535714573, // dcg_score([R4], [S4], k=5)
    },
    {
      name: "ten candidates, k = 10",
      relevance: R4,
      scores: S4,
      options: { k: 10 },
      ndcg: 0.7604852440531331, // ndcg_score([R4], [S4], k=10)
    },
  ]),
);

specs("correct", "the ideal DCG: the K best gains of the whole list, cut at K", () =>
  goldenSpecs([
    {
      // The top 2 retrieved are [1, 0]; the ideal top 2 is [1, 1] (the relevant candidate ranked last counts).
      name: "scores [.9,.8,.1], relevance [1,0,1], k = 2: the ideal is not a re-sort of the retrieved top 2",
      relevance: [1, 0, 1],
      scores: [0.9, 0.8, 0.1],
      options: { k: 2 },
      ndcg: 0.6131471927654585, // ndcg_score([[1,0,1]], [[.9,.8,.1]], k=2)
      dcg: 1, // dcg_score([[1,0,1]], [[.9,.8,.1]], k=2)
    },
    {
      name: "ten candidates, k = 3: the ideal top 3 holds relevance 3, 2, 2 (two of them ranked past 3)",
      relevance: R4,
      scores: S4,
      options: { k: 3 },
      ndcg: 0.5, // ndcg_score([R4], [S4], k=3)
    },
  ]),
);

specs("correct", "exponential gain 2^rel − 1 (scikit-learn on y_true = 2**rel - 1)", () =>
  goldenSpecs([
    {
      name: "six candidates in score order",
      relevance: R1,
      scores: S1,
      options: { gain: "exponential" },
      ndcg: 0.9488107485678983, // ndcg_score([[2**r-1 for r in [3,2,3,0,1,2]]], [[.9,.8,.7,.6,.5,.4]])
      dcg: 13.84826362927298, // dcg_score([[2**r-1 for r in [3,2,3,0,1,2]]], [[.9,.8,.7,.6,.5,.4]])
    },
    {
      name: "six candidates in score order, k = 3",
      relevance: R1,
      scores: S1,
      options: { gain: "exponential", k: 3 },
      ndcg: 0.9594535145926795, // ndcg_score([[2**r-1 for r in [3,2,3,0,1,2]]], [[.9,.8,.7,.6,.5,.4]], k=3)
    },
    {
      name: "ten candidates, k = 3",
      relevance: R4,
      scores: S4,
      options: { gain: "exponential", k: 3 },
      ndcg: 0.34937009329118995, // ndcg_score([[2**r-1 for r in R4]], [S4], k=3)
    },
    {
      name: "ten candidates, k = 5",
      relevance: R4,
      scores: S4,
      options: { gain: "exponential", k: 5 },
      ndcg: 0.3238917531873757, // ndcg_score([[2**r-1 for r in R4]], [S4], k=5)
      dcg: 3.6309297535714573, // dcg_score([[2**r-1 for r in R4]], [S4], k=5)
    },
    {
      name: "tied scores, k = 3",
      relevance: [1, 0, 2, 0, 3, 0, 1],
      scores: [0.9, 0.5, 0.3, 0.5, 0.5, 0.2, 0.5],
      options: { gain: "exponential", k: 3 },
      ndcg: 0.34727272342686766, // ndcg_score([[2**r-1 for r in [1,0,2,0,3,0,1]]], [[.9,.5,.3,.5,.5,.2,.5]], k=3)
    },
  ]),
);

specs("edge", "tied scores share their average gain (scikit-learn's default)", () =>
  goldenSpecs([
    {
      name: "scikit-learn's docstring: scores [1,0,0,0,1], k = 1 gives (10 + 5) / 2 / 10",
      relevance: R2,
      scores: [1, 0, 0, 0, 1],
      options: { k: 1 },
      ndcg: 0.75, // ndcg_score([[10,0,0,1,5]], [[1,0,0,0,1]], k=1)
      dcg: 7.5, // dcg_score([[10,0,0,1,5]], [[1,0,0,0,1]], k=1)
    },
    {
      name: "scikit-learn's docstring: scores [1,0,0,0,1], the whole list",
      relevance: R2,
      scores: [1, 0, 0, 0, 1],
      ndcg: 0.9279733094794905, // ndcg_score([[10,0,0,1,5]], [[1,0,0,0,1]])
    },
    {
      name: "a tie group entirely inside the top k",
      relevance: [0, 1, 0],
      scores: [0.5, 0.5, 0.1],
      options: { k: 3 },
      ndcg: 0.8154648767857287, // ndcg_score([[0,1,0]], [[.5,.5,.1]])
      dcg: 0.8154648767857287, // dcg_score([[0,1,0]], [[.5,.5,.1]], k=3)
    },
    {
      name: "every score equal",
      relevance: [3, 0, 1, 0, 2],
      scores: [0.3, 0.3, 0.3, 0.3, 0.3],
      ndcg: 0.7430187592363762, // ndcg_score([[3,0,1,0,2]], [[.3,.3,.3,.3,.3]])
    },
    {
      name: "every score equal, k = 2",
      relevance: [3, 0, 1, 0, 2],
      scores: [0.3, 0.3, 0.3, 0.3, 0.3],
      options: { k: 2 },
      ndcg: 0.45921638219317307, // ndcg_score([[3,0,1,0,2]], [[.3,.3,.3,.3,.3]], k=2)
    },
    {
      name: "0 and -0 are one score",
      relevance: [0, 2, 1],
      scores: [0, -0, -1],
      ndcg: 0.8099531166420328, // ndcg_score([[0,2,1]], [[0.,-0.,-1.]])
    },
  ]),
);

specs("edge", "a tie group that straddles position k is averaged over all its members", () =>
  goldenSpecs([
    {
      name: "three tied at the top, k = 2: the relevant one is the third",
      relevance: [0, 0, 1, 0],
      scores: [0.5, 0.5, 0.5, 0.1],
      options: { k: 2 },
      ndcg: 0.5436432511904857, // ndcg_score([[0,0,1,0]], [[.5,.5,.5,.1]], k=2)
      dcg: 0.5436432511904857, // dcg_score([[0,0,1,0]], [[.5,.5,.5,.1]], k=2)
    },
    {
      name: "a group of four spread through the list, k = 2",
      relevance: [1, 0, 2, 0, 3, 0, 1],
      scores: [0.9, 0.5, 0.3, 0.5, 0.5, 0.2, 0.5],
      options: { k: 2 },
      ndcg: 0.3826803184943109, // ndcg_score([[1,0,2,0,3,0,1]], [[.9,.5,.3,.5,.5,.2,.5]], k=2)
      dcg: 1.6309297535714573, // dcg_score([[1,0,2,0,3,0,1]], [[.9,.5,.3,.5,.5,.2,.5]], k=2)
    },
    {
      name: "a group of four spread through the list, k = 3",
      relevance: [1, 0, 2, 0, 3, 0, 1],
      scores: [0.9, 0.5, 0.3, 0.5, 0.5, 0.2, 0.5],
      options: { k: 3 },
      ndcg: 0.447499501061509, // ndcg_score([[1,0,2,0,3,0,1]], [[.9,.5,.3,.5,.5,.2,.5]], k=3)
      dcg: 2.1309297535714573, // dcg_score([[1,0,2,0,3,0,1]], [[.9,.5,.3,.5,.5,.2,.5]], k=3)
    },
    {
      name: "a group of four spread through the list, the whole list",
      relevance: [1, 0, 2, 0, 3, 0, 1],
      scores: [0.9, 0.5, 0.3, 0.5, 0.5, 0.2, 0.5],
      ndcg: 0.7050261080744047, // ndcg_score([[1,0,2,0,3,0,1]], [[.9,.5,.3,.5,.5,.2,.5]])
      dcg: 3.6608734930954365, // dcg_score([[1,0,2,0,3,0,1]], [[.9,.5,.3,.5,.5,.2,.5]])
    },
  ]),
);

specs("edge", "ignoreTies: equal scores go to the lower index", () =>
  goldenSpecs([
    {
      // scikit-learn's ignore_ties=True gives 0.5 here (it reverses np.argsort: the later index first).
      name: "scores [1,0,0,0,1], k = 1: candidate 0 (relevance 10) comes first",
      relevance: R2,
      scores: [1, 0, 0, 0, 1],
      options: { k: 1, ignoreTies: true },
      ndcg: 1, // ndcg_stable([10,0,0,1,5], [1,0,0,0,1], k=1)
    },
    {
      name: "scores [1,0,0,0,1], the whole list",
      relevance: R2,
      scores: [1, 0, 0, 0, 1],
      options: { ignoreTies: true },
      ndcg: 0.9917136504432246, // ndcg_stable([10,0,0,1,5], [1,0,0,0,1])
    },
    {
      name: "scores [1,0,0,0,1], k = 2",
      relevance: R2,
      scores: [1, 0, 0, 0, 1],
      options: { k: 2, ignoreTies: true },
      dcg: 13.154648767857287, // dcg_stable([10,0,0,1,5], [1,0,0,0,1], k=2)
    },
    {
      name: "without ties it is scikit-learn's ignore_ties=True",
      relevance: R4,
      scores: S4,
      options: { k: 5, ignoreTies: true },
      ndcg: 0.4327622083024971, // ndcg_score([R4], [S4], k=5, ignore_ties=True)
      dcg: 2.6309297535714573, // dcg_score([R4], [S4], k=5, ignore_ties=True)
    },
  ]),
);

specs("edge", "nothing relevant, k past the end, one candidate, no candidates, fractional grades", () => {
  it("ndcg is 0 (not NaN) when nothing is relevant, and dcg is 0", () => {
    const relevance = [0, 0, 0];
    const scores = [0.1, 0.2, 0.3];
    given({ relevance, scores }, () => {
      expectClose(ndcg(relevance, scores), 0, 0, "NDCG"); // ndcg_score([[0,0,0]], [[.1,.2,.3]]) -> 0.0
      expectClose(ndcg(relevance, scores, { k: 2 }), 0, 0, "NDCG@2"); // ndcg_score([[0,0,0]], [[.1,.2,.3]], k=2) -> 0.0
      // ndcg_score([[2**r-1 for r in [0,0,0]]], [[.1,.2,.3]]) -> 0.0
      expectClose(ndcg(relevance, scores, { gain: "exponential" }), 0, 0, "NDCG (exponential gain)");
      expectClose(dcg(relevance, scores), 0, 0, "DCG"); // dcg_score([[0,0,0]], [[.1,.2,.3]]) -> 0.0
    });
  });

  it("k larger than the list is the whole list", () => {
    const relevance = [1, 0, 2, 0];
    const scores = [0.4, 0.3, 0.2, 0.1];
    // ndcg_score([[1,0,2,0]], [[.4,.3,.2,.1]], k=10) -> 0.7601875334318686 (= without k)
    given({ relevance, scores, k: 10 }, () => {
      expectClose(ndcg(relevance, scores, { k: 10 }), 0.7601875334318686, TOLERANCE, "NDCG@10");
      expectClose(ndcg(relevance, scores), 0.7601875334318686, TOLERANCE, "NDCG");
    });
  });

  it("one candidate: NDCG 1 if it is relevant, 0 if not; DCG is its gain", () => {
    // scikit-learn refuses a single document; golden.py's definitions (see the header) accept it.
    given({ relevance: [2], scores: [0.5] }, () => {
      expectClose(ndcg([2], [0.5]), 1, TOLERANCE, "NDCG"); // ndcg_stable([2], [.5]) -> 1.0
      expectClose(dcg([2], [0.5]), 2, TOLERANCE, "DCG"); // dcg_stable([2], [.5]) -> 2.0
      expectClose(dcg([2], [0.5], { gain: "exponential" }), 3, TOLERANCE, "DCG (exponential gain)"); // dcg_stable([2**2-1], [.5]) -> 3.0
    });
    given({ relevance: [0], scores: [0.5] }, () => expectClose(ndcg([0], [0.5]), 0, 0, "NDCG")); // ndcg_stable([0], [.5]) -> 0.0
  });

  it("no candidates: DCG 0 and NDCG 0", () => {
    // dcg_stable([], []) -> 0.0 and ndcg_stable([], []) -> 0.0 (scikit-learn refuses an empty row)
    given({ relevance: [], scores: [] }, () => {
      expectClose(dcg([], []), 0, 0, "DCG");
      expectClose(ndcg([], []), 0, 0, "NDCG");
      expectClose(ndcg([], [], { k: 3 }), 0, 0, "NDCG@3");
    });
  });

  it("fractional relevance grades are gains like any other", () => {
    const relevance = [0.5, 2.25, 0];
    const scores = [0.1, 0.2, 0.3];
    given({ relevance, scores }, () => {
      expectClose(ndcg(relevance, scores), 0.6507950900608747, TOLERANCE, "NDCG"); // ndcg_score([[.5,2.25,0]], [[.1,.2,.3]])
      expectClose(dcg(relevance, scores), 1.669591945535779, TOLERANCE, "DCG"); // dcg_score([[.5,2.25,0]], [[.1,.2,.3]])
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Brute forces, written from the definitions and independent of any clever selection.

const discount = (position: number): number => 1 / Math.log2(position + 2);
const gainOf = (rel: number, gain: Gain | undefined): number => (gain === "exponential" ? 2 ** rel - 1 : rel);

/** DCG@k of one fixed order of the candidates. */
function dcgOfOrder(order: number[], gains: number[], k: number): number {
  let total = 0;
  for (let r = 0; r < Math.min(k, order.length); r++) total += gains[order[r]!]! * discount(r);
  return total;
}

const permutationsOf = new Map<number, number[][]>();

/** Every permutation of 0..n-1 (n <= 7), memoised. */
function permutations(n: number): number[][] {
  const known = permutationsOf.get(n);
  if (known) return known;
  const out: number[][] = [];
  if (n === 0) out.push([]);
  for (const rest of n === 0 ? [] : permutations(n - 1)) {
    for (let at = 0; at <= rest.length; at++) out.push([...rest.slice(0, at), n - 1, ...rest.slice(at)]);
  }
  permutationsOf.set(n, out);
  return out;
}

/**
 * The definition of tie-averaged DCG: the mean DCG@k over every order of the candidates that is consistent with
 * the scores (highest first, equal scores in any order).
 */
function dcgByPermutations(relevance: number[], scores: number[], options: DcgOptions): number {
  const gains = relevance.map((r) => gainOf(r, options.gain));
  const k = options.k ?? relevance.length;
  if (options.ignoreTies) {
    const order = relevance.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
    return dcgOfOrder(order, gains, k);
  }
  let total = 0;
  let count = 0;
  for (const order of permutations(relevance.length)) {
    let consistent = true;
    for (let r = 1; r < order.length && consistent; r++) consistent = scores[order[r - 1]!]! >= scores[order[r]!]!;
    if (!consistent) continue;
    total += dcgOfOrder(order, gains, k);
    count++;
  }
  return total / count;
}

/** Tie-averaged DCG by a full sort and explicit groups of equal scores. */
function dcgBySort(relevance: number[], scores: number[], options: DcgOptions): number {
  const gains = relevance.map((r) => gainOf(r, options.gain));
  const k = Math.min(options.k ?? relevance.length, relevance.length);
  const order = relevance.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  if (options.ignoreTies) return dcgOfOrder(order, gains, k);
  let total = 0;
  for (let start = 0; start < k; ) {
    let end = start;
    let sum = 0;
    while (end < order.length && scores[order[end]!] === scores[order[start]!]) sum += gains[order[end++]!]!;
    let discounts = 0;
    for (let r = start; r < Math.min(end, k); r++) discounts += discount(r);
    total += (sum / (end - start)) * discounts;
    start = end;
  }
  return total;
}

function idealDcg(relevance: number[], options: DcgOptions): number {
  const gains = relevance.map((r) => gainOf(r, options.gain)).sort((a, b) => b - a);
  return dcgOfOrder(gains.map((_, i) => i), gains, options.k ?? gains.length);
}

interface RandomCase {
  seed: number;
  relevance: number[];
  scores: number[];
  options: DcgOptions;
}

function randomCases(count: number, maxLength: number, label: string): RandomCase[] {
  const rng = seedrandom(`ndcg-random-cases-${label}`);
  const grades = [0, 0, 0, 0, 1, 1, 2, 3, 0.5, 4];
  const scoreLevels = maxLength <= 7 ? [0, 0.25, 0.5, 0.75, 1, -0.5] : [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
  return Array.from({ length: count }, (_, seed) => {
    const n = Math.floor(rng() * (maxLength + 1));
    const relevance = Array.from({ length: n }, () => grades[Math.floor(rng() * grades.length)]!);
    const scores = Array.from({ length: n }, () => scoreLevels[Math.floor(rng() * scoreLevels.length)]!);
    const options: DcgOptions = {};
    if (rng() < 0.75) options.k = 1 + Math.floor(rng() * (maxLength + 2));
    if (rng() < 0.3) options.gain = "exponential";
    if (rng() < 0.25) options.ignoreTies = true;
    return { seed, relevance, scores, options };
  });
}

function checkRandom(cases: RandomCase[], brute: (relevance: number[], scores: number[], options: DcgOptions) => number): void {
  for (const c of cases) {
    const expectedDcg = brute(c.relevance, c.scores, c.options);
    const ideal = idealDcg(c.relevance, c.options);
    const expectedNdcg = ideal === 0 ? 0 : expectedDcg / ideal;
    given({ case: c.seed, relevance: c.relevance, scores: c.scores, options: c.options }, () => {
      expectClose(dcg(c.relevance, c.scores, c.options), expectedDcg, TOLERANCE * Math.max(1, expectedDcg), "DCG");
      expectClose(ndcg(c.relevance, c.scores, c.options), expectedNdcg, TOLERANCE, "NDCG");
    });
  }
}

specs("correct", "seeded random cases agree with brute forces", () => {
  it("400 short lists with many ties: the mean DCG over every order of the ties", () => {
    checkRandom(randomCases(400, 6, "short"), dcgByPermutations);
  });

  it("200 lists of up to 80 candidates: a full sort with explicit tie groups", () => {
    checkRandom(randomCases(200, 80, "long"), dcgBySort);
  });
});

specs("contract", "the input types the prompt allows, and the result's type", () => {
  it("typed arrays give the same answers as plain arrays", () => {
    const relevance = [1, 0, 2, 0, 3, 0, 1];
    const scores = [0.9, 0.5, 0.3, 0.5, 0.5, 0.2, 0.5];
    const typedRelevance = Int32Array.from(relevance);
    const typedScores = Float64Array.from(scores);
    // ndcg_score([[1,0,2,0,3,0,1]], [[.9,.5,.3,.5,.5,.2,.5]], k=3) -> 0.447499501061509
    given({ relevance: typedRelevance, scores: typedScores }, () => {
      expectClose(ndcg(typedRelevance, typedScores, { k: 3 }), 0.447499501061509, TOLERANCE, "NDCG@3");
      expectClose(dcg(typedRelevance, typedScores, { k: 3 }), 2.1309297535714573, TOLERANCE, "DCG@3"); // dcg_score(same, k=3)
      expectClose(ndcg(Uint8Array.from(relevance), Float32Array.from([4, 2, 1, 2, 2, 0, 2]), { k: 3 }), 0.447499501061509, TOLERANCE, "NDCG@3");
    });
  });

  it("an empty options object and explicit defaults give the default answer", () => {
    // ndcg_score([[3,2,3,0,1,2]], [[.9,.8,.7,.6,.5,.4]]) -> 0.9608081943360616; dcg_score(same) -> 6.861126688593501
    given({ relevance: R1, scores: S1 }, () => {
      expectClose(ndcg(R1, S1, {}), 0.9608081943360616, TOLERANCE, "NDCG");
      expectClose(ndcg(R1, S1, { k: undefined, ignoreTies: false, gain: "linear" }), 0.9608081943360616, TOLERANCE, "NDCG");
      expectClose(dcg(R1, S1, { gain: "linear" }), 6.861126688593501, TOLERANCE, "DCG");
    });
  });
});

specs("contract", "inputs are never modified", () => {
  it("dcg and ndcg leave relevance, scores and options as they were", () => {
    const relevance = [1, 0, 2, 0, 3, 0, 1];
    const scores = [0.9, 0.5, 0.3, 0.5, 0.5, 0.2, 0.5];
    const options: DcgOptions = { k: 3, gain: "exponential" };
    const before = snapshot({ relevance, scores, options });
    given({ relevance, scores, options }, () => {
      dcg(relevance, scores, options);
      ndcg(relevance, scores, options);
      ndcg(relevance, scores);
      expectUnchanged(before, { relevance, scores, options }, "the input");
    });
  });

  it("typed-array inputs are not sorted in place", () => {
    const relevance = Float64Array.from([0, 3, 1, 2, 0]);
    const scores = Float32Array.from([0.1, 0.7, 0.3, 0.9, 0.5]);
    const before = snapshot({ relevance, scores });
    given({ relevance, scores }, () => {
      ndcg(relevance, scores, { k: 2 });
      expectUnchanged(before, { relevance, scores }, "the input");
    });
  });
});

specs("contract", "errors name the problem", () => {
  const fns: [string, typeof ndcg][] = [
    ["dcg", dcg],
    ["ndcg", ndcg],
  ];
  for (const [name, fn] of fns) {
    it(`${name}: relevance or scores that is not an array or a typed array`, () => {
      for (const bad of [null, "1,2", { length: 2, 0: 1, 1: 0 }, new Set([1, 2])]) {
        given({ relevance: bad, scores: [0.1, 0.2] }, () => expectError(() => fn(bad as unknown as number[], [0.1, 0.2]), TypeError, /relevance/));
        given({ relevance: [1, 0], scores: bad }, () => expectError(() => fn([1, 0], bad as unknown as number[]), TypeError, /score/));
      }
    });
    it(`${name}: relevance and scores of different lengths`, () => {
      given({ relevance: [1, 0, 1], scores: [0.1, 0.2] }, () => expectError(() => fn([1, 0, 1], [0.1, 0.2]), RangeError, /length/));
    });
    it(`${name}: a relevance that is not a number, negative, NaN or infinite`, () => {
      given({ relevance: [1, "2"], scores: [0.1, 0.2] }, () => expectError(() => fn([1, "2"] as unknown as number[], [0.1, 0.2]), TypeError, /relevance/));
      for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
        given({ relevance: [1, bad], scores: [0.1, 0.2] }, () => expectError(() => fn([1, bad], [0.1, 0.2]), RangeError, /relevance/));
      }
    });
    it(`${name}: a relevance too large for the exponential gain`, () => {
      given({ relevance: [1, 1024], scores: [0.1, 0.2], gain: "exponential" }, () =>
        expectError(() => fn([1, 1024], [0.1, 0.2], { gain: "exponential" }), RangeError, /relevance/),
      );
    });
    it(`${name}: a score that is not a number, NaN or infinite`, () => {
      given({ relevance: [1, 0], scores: [0.1, null] }, () => expectError(() => fn([1, 0], [0.1, null] as unknown as number[]), TypeError, /score/));
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        given({ relevance: [1, 0], scores: [0.1, bad] }, () => expectError(() => fn([1, 0], [0.1, bad]), RangeError, /score/));
      }
    });
    it(`${name}: k that is not a positive integer`, () => {
      for (const k of [0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        given({ relevance: [1, 0], scores: [0.1, 0.2], k }, () => expectError(() => fn([1, 0], [0.1, 0.2], { k }), RangeError, /\bk\b/));
      }
      given({ relevance: [1, 0], scores: [0.1, 0.2], k: "2" }, () =>
        expectError(() => fn([1, 0], [0.1, 0.2], { k: "2" as unknown as number }), TypeError, /\bk\b/),
      );
    });
    it(`${name}: options, ignoreTies or gain of the wrong kind`, () => {
      given({ relevance: [1, 0], scores: [0.1, 0.2], options: 3 }, () =>
        expectError(() => fn([1, 0], [0.1, 0.2], 3 as unknown as DcgOptions), TypeError, /options/),
      );
      given({ relevance: [1, 0], scores: [0.1, 0.2], ignoreTies: "yes" }, () =>
        expectError(() => fn([1, 0], [0.1, 0.2], { ignoreTies: "yes" as unknown as boolean }), TypeError, /ignoreTies/),
      );
      given({ relevance: [1, 0], scores: [0.1, 0.2], gain: "log" }, () =>
        expectError(() => fn([1, 0], [0.1, 0.2], { gain: "log" as Gain }), RangeError, /gain/),
      );
      given({ relevance: [1, 0], scores: [0.1, 0.2], gain: 2 }, () =>
        expectError(() => fn([1, 0], [0.1, 0.2], { gain: 2 as unknown as Gain }), TypeError, /gain/),
      );
    });
  }
});
