/**
 * Scale specs for feature-prep, in their own file so that a solution too slow to finish (stopped by the grader's
 * watchdog after 3 s of CPU without yielding) does not take the other specs' results down with it.
 *
 * Preprocessing is linear work, and the two places a candidate makes it quadratic are list membership tests:
 * building a fold's training list with `!test.includes(i)` (O(n · n/k) per fold), and checking that no training
 * row is a test row with `test.includes(i)` (O(n_train · n_test)). Sizes: kFold(200,000, 5), and scaleTrainTest on
 * 200,000 × 4 with 150,000 training rows. Measured on the project machine (2 cores, Node 20, other jobs running),
 * CPU time of the call alone:
 *   - kFold: the reference (a Set of each fold's test rows) 0.08-0.14 s, the alternative (a mask) 0.06-0.07 s;
 *     with `!test.includes(i)`, 1.2 s at n = 40,000, so about 30 s here (solutions/feature-prep/mistakes/).
 *   - scaleTrainTest: the reference 0.20-0.35 s, the alternative 0.16-0.23 s, a pipeline that validates and copies
 *     twice (the scaler mistakes) 0.5-0.85 s; with `test.includes(i)` in the overlap check, 0.23 s at n = 40,000,
 *     so about 6 s here.
 * The bound, 1.5 s of CPU per call, leaves the reference a margin of 10x (kFold) and 4x (scaleTrainTest) and puts
 * the quadratic fold 20x past it (the watchdog stops it at 3 s).
 */
import { beforeAll, it } from "vitest";
import { kFold, scaleTrainTest } from "#impl/feature-prep";
import { abridge, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const N = 200_000;
const K = 5;
const D = 4;
const N_TRAIN = 150_000;
const BOUND_MS = 1_500;

let X: number[][] = [];
let train: number[] = [];
let test: number[] = [];

beforeAll(() => {
  // A deterministic LCG (mulberry32 would do as well): fast, and no dependence on the code under test.
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  X = Array.from({ length: N }, () => Array.from({ length: D }, (_, j) => 100 * j + next() * 10 ** j));
  // Interleaved train and test rows: every fourth row is a test row.
  train = [];
  test = [];
  for (let i = 0; i < N; i++) (i % 4 === 3 && test.length < N - N_TRAIN ? test : train).push(i);
});

function cpu<T>(call: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = call();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}

function bound(ms: number, what: string): void {
  if (ms > BOUND_MS) fail(`${what} took ${Math.round(ms)} ms of CPU; linear work needs well under ${BOUND_MS} ms`, `< ${BOUND_MS} ms`, `${Math.round(ms)} ms`);
}

specs("scale", "scale: linear-time splits and scaling", () => {
  it(`kFold(${N.toLocaleString("en-US")}, ${K}) builds each fold in linear time`, () => {
    given({ n: N, k: K }, () => {
      const { result: folds, ms } = cpu(() => kFold(N, K));
      if (!Array.isArray(folds) || folds.length !== K) fail(`kFold should return ${K} splits`, K, abridge(folds));
      folds.forEach((fold, f) => {
        if (fold.test.length !== N / K || fold.train.length !== N - N / K) {
          fail(`fold ${f} should have ${N / K} test and ${N - N / K} train rows`, `${N / K} / ${N - N / K}`, `${fold.test.length} / ${fold.train.length}`);
        }
        if (fold.test[0] !== f * (N / K) || fold.train[0] !== (f === 0 ? N / K : 0)) fail(`fold ${f} starts at the wrong row`, f * (N / K), fold.test[0]);
      });
      bound(ms, "kFold");
    });
  });

  it(`scaleTrainTest on ${N.toLocaleString("en-US")} × ${D} with ${N_TRAIN.toLocaleString("en-US")} training rows runs in linear time`, () => {
    given({ n: N, d: D, train: N_TRAIN, test: N - N_TRAIN }, () => {
      const { result, ms } = cpu(() => scaleTrainTest(X, { train, test }));
      if (result.train.length !== N_TRAIN || result.test.length !== N - N_TRAIN) {
        fail("scaleTrainTest should return one row per index", `${N_TRAIN} / ${N - N_TRAIN}`, `${result.train.length} / ${result.test.length}`);
      }
      // The standardised training rows have mean 0 in every column.
      for (let j = 0; j < D; j++) {
        let sum = 0;
        for (const row of result.train) sum += row[j]!;
        expectClose(sum / N_TRAIN, 0, 1e-9, `mean of standardised training column ${j}`);
      }
      bound(ms, "scaleTrainTest");
    });
  });
});
