/**
 * Hidden specs for the log-loss kata. Golden values: scikit-learn 1.9.1 (log_loss) for the probabilities, torch
 * 2.13 in float64 (binary_cross_entropy_with_logits, cross_entropy; weighted means with np.average) for the logits,
 * all computed by scripts/fixtures/golden/log-loss.py; each value has its expression beside it.
 *
 * Tolerance: 1e-12 absolute on the golden cases (every value here is below 1000, where a double's spacing is
 * about 1e-13), 1e-12 relative against the brute forces, 1e-10 on the fixtures (thousands of terms summed).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { crossEntropyFromLogits, logLoss, logLossFromLogits } from "#impl/log-loss";
import { expectClose, expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;
const EPS = 2.220446049250313e-16; // np.finfo(np.float64).eps

// Python: C1 and C5 in scripts/fixtures/golden/log-loss.py
const C1 = [
  [2, 1, 0.1],
  [0.5, 2.5, 0.3],
  [1.2, 0.2, 3.1],
  [0, 0, 0],
];
const C5 = [
  [0.2, 1.4, -0.3],
  [1.1, 0.1, 0.4],
  [-0.5, 0.3, 2.2],
  [0.9, 1.8, 0],
];

specs("correct", "logLoss: golden cases from scikit-learn", () => {
  it("the prompt's case: y = [1, 0, 1], p = [.9, .1, .8]", () => {
    const labels = [1, 0, 1];
    const probabilities = [0.9, 0.1, 0.8];
    // log_loss([1,0,1], y_proba=[.9,.1,.8]) -> 0.14462152754328741
    given({ labels, probabilities }, () => expectClose(logLoss(labels, probabilities), 0.14462152754328741, TOLERANCE, "log-loss"));
  });

  it("six samples of both classes", () => {
    const labels = [0, 1, 1, 0, 1, 0];
    const probabilities = [0.3, 0.6, 0.99, 0.45, 0.2, 0.01];
    // log_loss([0,1,1,0,1,0], y_proba=[.3,.6,.99,.45,.2,.01]) -> 0.5158126921002412
    given({ labels, probabilities }, () => expectClose(logLoss(labels, probabilities), 0.5158126921002412, TOLERANCE, "log-loss"));
  });

  it("labels of one class only are fine (scikit-learn needs labels=[0, 1])", () => {
    // log_loss([1,1], y_proba=[.7,.95], labels=[0,1]) -> 0.20398411916314152
    given({ labels: [1, 1], probabilities: [0.7, 0.95] }, () => expectClose(logLoss([1, 1], [0.7, 0.95]), 0.20398411916314152, TOLERANCE, "log-loss"));
    // log_loss([0,0,0], y_proba=[.2,.05,.5], labels=[0,1]) -> 0.32252800875390186
    given({ labels: [0, 0, 0], probabilities: [0.2, 0.05, 0.5] }, () =>
      expectClose(logLoss([0, 0, 0], [0.2, 0.05, 0.5]), 0.32252800875390186, TOLERANCE, "log-loss"),
    );
  });
});

specs("correct", "sample weights: the weighted mean sum(w l) / sum(w)", () => {
  it("logLoss with weights [1, 2, 3]", () => {
    const labels = [1, 0, 1];
    const probabilities = [0.9, 0.1, 0.8];
    const options = { sampleWeight: [1, 2, 3] };
    // log_loss([1,0,1], y_proba=[.9,.1,.8], sample_weight=[1,2,3]) -> 0.164252033486018
    given({ labels, probabilities, options }, () => expectClose(logLoss(labels, probabilities, options), 0.164252033486018, TOLERANCE, "log-loss"));
  });

  it("logLoss with fractional weights and a weight of 0", () => {
    const labels = [0, 1, 1, 0, 1, 0];
    const probabilities = [0.3, 0.6, 0.99, 0.45, 0.2, 0.01];
    const options = { sampleWeight: [0.5, 2, 0, 1, 3, 1.5] };
    // log_loss([0,1,1,0,1,0], y_proba=[.3,.6,.99,.45,.2,.01], sample_weight=[.5,2,0,1,3,1.5]) -> 0.8301518701674402
    given({ labels, probabilities, options }, () => expectClose(logLoss(labels, probabilities, options), 0.8301518701674402, TOLERANCE, "log-loss"));
  });

  it("logLossFromLogits with weights [1, 3, .5, 2]", () => {
    const labels = [1, 0, 1, 0];
    const logits = [2, -1, 0.5, 3];
    const options = { sampleWeight: [1, 3, 0.5, 2] };
    // np.average(F.binary_cross_entropy_with_logits(z, y, reduction="none"), weights=w) -> 1.1386040413592582
    given({ labels, logits, options }, () => expectClose(logLossFromLogits(labels, logits, options), 1.1386040413592582, TOLERANCE, "log-loss"));
  });

  it("crossEntropyFromLogits with weights [2, 1, .5, 0]", () => {
    const labels = [1, 0, 2, 1];
    const options = { sampleWeight: [2, 1, 0.5, 0] };
    // np.average(F.cross_entropy(C5, [1,0,2,1], reduction="none"), weights=[2,1,.5,0]) -> 0.4315408913117328
    given({ labels, logits: C5, options }, () => expectClose(crossEntropyFromLogits(labels, C5, options), 0.4315408913117328, TOLERANCE, "cross-entropy"));
  });

  it("scaling every weight by 10 changes nothing", () => {
    const labels = [1, 0, 1];
    const probabilities = [0.9, 0.1, 0.8];
    const options = { sampleWeight: [10, 20, 30] };
    // log_loss(..., sample_weight=[10,20,30]) == log_loss(..., sample_weight=[1,2,3]) -> 0.164252033486018
    given({ labels, probabilities, options }, () => expectClose(logLoss(labels, probabilities, options), 0.164252033486018, TOLERANCE, "log-loss"));
  });
});

specs("edge", "logLoss: clipping to [eps, 1 - eps], eps = 2^-52", () => {
  it("p = 0 for a positive is clipped to eps: y = [1, 0], p = [0, 0]", () => {
    // log_loss([1,0], y_proba=[0,0]) -> 18.021826694558577  (= -log(eps) / 2)
    given({ labels: [1, 0], probabilities: [0, 0] }, () => expectClose(logLoss([1, 0], [0, 0]), 18.021826694558577, TOLERANCE, "log-loss"));
  });

  it("a confidently wrong p = 0 or p = 1 costs a large finite loss, never Infinity", () => {
    const labels = [1, 0, 1, 0];
    const probabilities = [0, 1, 1e-300, 1];
    given({ labels, probabilities }, () => {
      const loss = logLoss(labels, probabilities);
      if (typeof loss !== "number" || !Number.isFinite(loss)) fail("the loss must be finite: clip the probabilities", "a finite number near 36", loss);
      if (loss < 30) fail("each sample costs -log(eps) ≈ 36.04: the loss should be large", "about 36.04", loss);
    });
  });

  it("a probability just above eps is not clipped: p = 3e-16 for a positive", () => {
    // log_loss([1], y_proba=[3e-16], labels=[0,1]) -> 35.74274919923662
    given({ labels: [1], probabilities: [3e-16] }, () => expectClose(logLoss([1], [3e-16]), 35.74274919923662, TOLERANCE, "log-loss"));
  });

  it("1 - p just above eps is not clipped: p = 1 - 5e-16 for a negative", () => {
    // log_loss([0], y_proba=[1 - 5e-16], labels=[0,1]) -> 35.127362657243
    given({ labels: [0], probabilities: [1 - 5e-16] }, () => expectClose(logLoss([0], [1 - 5e-16]), 35.127362657243, TOLERANCE, "log-loss"));
  });

  it("perfect predictions cost about eps, not 0 and not NaN", () => {
    // log_loss([1,0], y_proba=[1,0]) -> 2.2204460492503136e-16  (= -log(1 - eps), about eps)
    given({ labels: [1, 0], probabilities: [1, 0] }, () => expectClose(logLoss([1, 0], [1, 0]), EPS, TOLERANCE, "log-loss"));
  });
});

specs("correct", "logLossFromLogits: golden cases from torch", () => {
  it("four moderate logits", () => {
    const labels = [1, 0, 1, 0];
    const logits = [2, -1, 0.5, 3];
    // F.binary_cross_entropy_with_logits(t([2,-1,.5,3]), t([1,0,1,0])) -> 0.9907135085787611
    given({ labels, logits }, () => expectClose(logLossFromLogits(labels, logits), 0.9907135085787611, TOLERANCE, "log-loss"));
  });

  it("z = 0 costs log 2", () => {
    // F.binary_cross_entropy_with_logits(t([0]), t([1])) -> 0.6931471805599453
    given({ labels: [1], logits: [0] }, () => expectClose(logLossFromLogits([1], [0]), 0.6931471805599453, TOLERANCE, "log-loss"));
  });
});

specs("edge", "logLossFromLogits: saturated sigmoids, exact without clipping", () => {
  it("z = 40 with label 0 costs 40 (1 - sigmoid(40) rounds to 0)", () => {
    // F.binary_cross_entropy_with_logits(t([40]), t([0])) -> 40.0
    given({ labels: [0], logits: [40] }, () => expectClose(logLossFromLogits([0], [40]), 40, TOLERANCE, "log-loss"));
  });

  it("z = -40 with label 1 costs 40 (no clipping at -log(eps) = 36.04)", () => {
    // F.binary_cross_entropy_with_logits(t([-40]), t([1])) -> 40.0
    given({ labels: [1], logits: [-40] }, () => expectClose(logLossFromLogits([1], [-40]), 40, TOLERANCE, "log-loss"));
  });

  it("z = ±800, confidently wrong, costs 800 (exp(800) overflows)", () => {
    // F.binary_cross_entropy_with_logits(t([800,-800]), t([0,1])) -> 800.0
    given({ labels: [0, 1], logits: [800, -800] }, () => expectClose(logLossFromLogits([0, 1], [800, -800]), 800, TOLERANCE, "log-loss"));
  });

  it("z = ±40, confidently right, costs about 2e-18, not NaN (no 0 · log 0)", () => {
    // F.binary_cross_entropy_with_logits(t([40,-40]), t([1,0])) -> 2.1241771276457944e-18
    given({ labels: [1, 0], logits: [40, -40] }, () => expectClose(logLossFromLogits([1, 0], [40, -40]), 2.1241771276457944e-18, TOLERANCE, "log-loss"));
  });
});

specs("correct", "crossEntropyFromLogits: golden cases from torch", () => {
  it("four rows of three classes, labels [2, 0, 1, 2]", () => {
    const labels = [2, 0, 1, 2];
    // F.cross_entropy(t(C1), torch.tensor([2,0,1,2])) -> 2.1804581537349095
    given({ labels, logits: C1 }, () => expectClose(crossEntropyFromLogits(labels, C1), 2.1804581537349095, TOLERANCE, "cross-entropy"));
  });

  it("four rows of three classes, labels [1, 0, 2, 1]", () => {
    const labels = [1, 0, 2, 1];
    // F.cross_entropy(t(C5), torch.tensor([1,0,2,1])) -> 0.41652525933953255
    given({ labels, logits: C5 }, () => expectClose(crossEntropyFromLogits(labels, C5), 0.41652525933953255, TOLERANCE, "cross-entropy"));
  });

  it("column j is class j, whatever order the labels appear in: one sample of class 2", () => {
    const logits = [[0.5, 1, 3]];
    // F.cross_entropy(t([[.5,1,3]]), torch.tensor([2])) -> 0.19673409691961713
    given({ labels: [2], logits }, () => expectClose(crossEntropyFromLogits([2], logits), 0.19673409691961713, TOLERANCE, "cross-entropy"));
  });

  it("two classes with logits [0, z] equal logLossFromLogits of z", () => {
    const logits = [
      [0, 2],
      [0, -1],
      [0, 0.5],
      [0, 3],
    ];
    // F.cross_entropy(t([[0,2],[0,-1],[0,.5],[0,3]]), [1,0,1,0]) -> 0.9907135085787611 (= the binary case)
    given({ labels: [1, 0, 1, 0], logits }, () => expectClose(crossEntropyFromLogits([1, 0, 1, 0], logits), 0.9907135085787611, TOLERANCE, "cross-entropy"));
  });

  it("a single class (k = 1) costs 0", () => {
    // F.cross_entropy(t([[3.5]]), torch.tensor([0])) -> 0.0
    given({ labels: [0], logits: [[3.5]] }, () => expectClose(crossEntropyFromLogits([0], [[3.5]]), 0, TOLERANCE, "cross-entropy"));
  });
});

specs("edge", "crossEntropyFromLogits: huge logits, stable log-sum-exp", () => {
  it("logits near +1000 (exp overflows): [1000, 999, 998], label 0", () => {
    // F.cross_entropy(t([[1000,999,998]]), torch.tensor([0])) -> 0.4076059644443804
    const logits = [[1000, 999, 998]];
    given({ labels: [0], logits }, () => expectClose(crossEntropyFromLogits([0], logits), 0.4076059644443804, TOLERANCE, "cross-entropy"));
  });

  it("logits near -1000 (exp underflows to 0): [-1000, -999, -998], label 2", () => {
    // F.cross_entropy(t([[-1000,-999,-998]]), torch.tensor([2])) -> 0.4076059644443804
    const logits = [[-1000, -999, -998]];
    given({ labels: [2], logits }, () => expectClose(crossEntropyFromLogits([2], logits), 0.4076059644443804, TOLERANCE, "cross-entropy"));
  });

  it("a class 1000 below the best costs 1000, not -log(0)", () => {
    // F.cross_entropy(t([[0,1000]]), [0]) -> 1000.0 ; F.cross_entropy(t([[0,-1000]]), [1]) -> 1000.0
    given({ labels: [0], logits: [[0, 1000]] }, () => expectClose(crossEntropyFromLogits([0], [[0, 1000]]), 1000, TOLERANCE, "cross-entropy"));
    given({ labels: [1], logits: [[0, -1000]] }, () => expectClose(crossEntropyFromLogits([1], [[0, -1000]]), 1000, TOLERANCE, "cross-entropy"));
  });
});

interface BinaryFixture {
  labels: number[];
  logits: number[];
  probabilities: number[];
}
interface MulticlassFixture {
  labels: number[];
  logits: number[][];
}
function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/log-loss/${name}`, import.meta.url), "utf8")) as T;
}

specs("correct", "realistic validation runs (fixtures/log-loss/)", () => {
  const binary = readFixture<BinaryFixture>("binary-5k.json");
  const multiclass = readFixture<MulticlassFixture>("multiclass-2k.json");

  it("logLoss on binary-5k.json (5,000 rows, exact 0s and 1s among the probabilities)", () => {
    // log_loss(b["labels"], y_proba=b["probabilities"]) -> 0.6298624166698213
    given({ labels: binary.labels, probabilities: binary.probabilities }, () =>
      expectClose(logLoss(binary.labels, binary.probabilities), 0.6298624166698213, 1e-10, "log-loss"),
    );
  });

  it("logLossFromLogits on binary-5k.json (1% of the logits beyond ±20)", () => {
    // np.average(F.binary_cross_entropy_with_logits(t(b["logits"]), t(b["labels"]), reduction="none")) -> 0.6194865874360269
    given({ labels: binary.labels, logits: binary.logits }, () =>
      expectClose(logLossFromLogits(binary.labels, binary.logits), 0.6194865874360269, 1e-10, "log-loss"),
    );
  });

  it("crossEntropyFromLogits on multiclass-2k.json (2,000 × 5, 1% of the rows shifted by ±900)", () => {
    // F.cross_entropy(t(m["logits"]), torch.tensor(m["labels"])) -> 1.0949853621181203
    given({ labels: multiclass.labels, logits: multiclass.logits }, () =>
      expectClose(crossEntropyFromLogits(multiclass.labels, multiclass.logits), 1.0949853621181203, 1e-10, "cross-entropy"),
    );
  });
});

// Independent brute forces, written from the definitions (not from any solution).
function bruteLogLoss(labels: number[], probabilities: number[], weights?: number[]): number {
  let total = 0;
  let weightSum = 0;
  labels.forEach((y, i) => {
    const q = y === 1 ? probabilities[i]! : 1 - probabilities[i]!;
    const clipped = q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q;
    const w = weights ? weights[i]! : 1;
    total -= w * Math.log(clipped);
    weightSum += w;
  });
  return total / weightSum;
}

/** log(1 + e^t) for any finite t, by cases. */
function log1pExp(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

function bruteLogitLoss(labels: number[], logits: number[], weights?: number[]): number {
  let total = 0;
  let weightSum = 0;
  labels.forEach((y, i) => {
    const w = weights ? weights[i]! : 1;
    // -log sigmoid(z) = log(1 + e^-z);  -log(1 - sigmoid(z)) = log(1 + e^z)
    total += w * (y === 1 ? log1pExp(-logits[i]!) : log1pExp(logits[i]!));
    weightSum += w;
  });
  return total / weightSum;
}

function bruteCrossEntropy(labels: number[], rows: number[][], weights?: number[]): number {
  let total = 0;
  let weightSum = 0;
  rows.forEach((row, i) => {
    const target = row[labels[i]!]!;
    // -log softmax_y = log(sum_j exp(z_j - z_y)), shifted by the max for safety.
    const shifted = row.map((z) => z - target);
    const top = Math.max(...shifted);
    const w = weights ? weights[i]! : 1;
    total += w * (top + Math.log(shifted.reduce((s, z) => s + Math.exp(z - top), 0)));
    weightSum += w;
  });
  return total / weightSum;
}

function relativeTolerance(expected: number): number {
  return TOLERANCE * Math.max(1, Math.abs(expected));
}

specs("correct", "seeded random cases agree with brute forces", () => {
  const rng = seedrandom("log-loss-random-cases");
  const randomWeights = (n: number) => (rng() < 0.5 ? undefined : Array.from({ length: n }, () => Math.round(rng() * 40) / 10 + (rng() < 0.1 ? 0 : 0.1)));

  it("logLoss on 40 cases (n from 1 to 60, some probabilities exactly 0 or 1, weights on half)", () => {
    for (let c = 0; c < 40; c++) {
      const n = 1 + ((c * 7) % 60);
      const labels = Array.from({ length: n }, () => (rng() < 0.5 ? 1 : 0));
      const probabilities = Array.from({ length: n }, () => (rng() < 0.1 ? Math.round(rng()) : Math.round(rng() * 1000) / 1000));
      const weights = randomWeights(n);
      const options = weights ? { sampleWeight: weights } : undefined;
      given({ case: c, labels, probabilities, options }, () =>
        expectClose(logLoss(labels, probabilities, options), bruteLogLoss(labels, probabilities, weights), relativeTolerance(bruteLogLoss(labels, probabilities, weights)), "log-loss"),
      );
    }
  });

  it("logLossFromLogits on 40 cases (logits up to ±60, weights on half)", () => {
    for (let c = 0; c < 40; c++) {
      const n = 1 + ((c * 11) % 50);
      const labels = Array.from({ length: n }, () => (rng() < 0.5 ? 1 : 0));
      const logits = Array.from({ length: n }, () => Math.round((rng() - 0.5) * 120 * 100) / 100);
      const weights = randomWeights(n);
      const options = weights ? { sampleWeight: weights } : undefined;
      const expected = bruteLogitLoss(labels, logits, weights);
      given({ case: c, labels, logits, options }, () => expectClose(logLossFromLogits(labels, logits, options), expected, relativeTolerance(expected), "log-loss"));
    }
  });

  it("crossEntropyFromLogits on 40 cases (k from 2 to 12, rows offset by up to ±700, weights on half)", () => {
    for (let c = 0; c < 40; c++) {
      const n = 1 + ((c * 5) % 30);
      const k = 2 + (c % 11);
      const labels = Array.from({ length: n }, () => Math.floor(rng() * k));
      const logits = Array.from({ length: n }, () => {
        const offset = rng() < 0.2 ? Math.round((rng() - 0.5) * 1400) : 0;
        return Array.from({ length: k }, () => offset + Math.round((rng() - 0.5) * 20 * 100) / 100);
      });
      const weights = randomWeights(n);
      const options = weights ? { sampleWeight: weights } : undefined;
      const expected = bruteCrossEntropy(labels, logits, weights);
      given({ case: c, labels, logits, options }, () =>
        expectClose(crossEntropyFromLogits(labels, logits, options), expected, 1e-10 * Math.max(1, expected), "cross-entropy"),
      );
    }
  });
});

specs("contract", "the input types the prompt allows", () => {
  it("boolean labels and typed arrays for logLoss and logLossFromLogits", () => {
    const labels = [true, false, true];
    const probabilities = Float64Array.from([0.9, 0.1, 0.8]);
    const weights = Float32Array.from([1, 2, 3]);
    // log_loss([1,0,1], y_proba=[.9,.1,.8]) -> 0.14462152754328741, with sample_weight=[1,2,3] -> 0.164252033486018
    given({ labels, probabilities }, () => expectClose(logLoss(labels, probabilities), 0.14462152754328741, TOLERANCE, "log-loss"));
    given({ labels, probabilities, weights }, () =>
      expectClose(logLoss(Uint8Array.from([1, 0, 1]), probabilities, { sampleWeight: weights }), 0.164252033486018, TOLERANCE, "log-loss"),
    );
    given({ labels, logits: [2, -1, 0.5] }, () =>
      // F.binary_cross_entropy_with_logits(t([2,-1,.5]), t([1,0,1])) -> 0.3047555609137673
      expectClose(logLossFromLogits(labels, Float64Array.from([2, -1, 0.5])), 0.3047555609137673, TOLERANCE, "log-loss"),
    );
  });

  it("typed-array rows and labels for crossEntropyFromLogits", () => {
    const logits = C1.map((row) => Float64Array.from(row));
    const labels = Int32Array.from([2, 0, 1, 2]);
    // F.cross_entropy(t(C1), torch.tensor([2,0,1,2])) -> 2.1804581537349095
    given({ labels, logits }, () => expectClose(crossEntropyFromLogits(labels, logits), 2.1804581537349095, TOLERANCE, "cross-entropy"));
  });

  it("inputs are never modified", () => {
    const labels = [1, 0, 1, 0];
    const probabilities = [0, 1, 0.5, 0.25];
    const logits = [40, -40, 3, -2];
    const rows = [
      [1000, 999, 998],
      [-5, 2, 0],
    ];
    const options = { sampleWeight: [1, 2, 3, 4] };
    const before = snapshot({ labels, probabilities, logits, rows, options });
    given({ labels, probabilities, logits, rows, options }, () => {
      logLoss(labels, probabilities, options);
      logLossFromLogits(labels, logits, options);
      crossEntropyFromLogits([0, 2], rows, { sampleWeight: [1, 1] });
      expectUnchanged(before, { labels, probabilities, logits, rows, options }, "the input");
    });
  });
});

specs("contract", "errors name the problem", () => {
  type Case = { name: string; call: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp };
  const p = [0.2, 0.8];
  const y = [0, 1];
  const cases: Case[] = [
    { name: "logLoss: labels not an array", call: () => logLoss("01" as unknown as number[], p), type: TypeError, pattern: /labels/i },
    { name: "logLoss: probabilities not an array", call: () => logLoss(y, 0.5 as unknown as number[]), type: TypeError, pattern: /probabilities/i },
    { name: "logLoss: empty input", call: () => logLoss([], []), type: RangeError, pattern: /empty/i },
    { name: "logLoss: lengths differ", call: () => logLoss([0, 1, 1], p), type: RangeError, pattern: /length/i },
    { name: "logLoss: a label of 2", call: () => logLoss([0, 2], p), type: RangeError, pattern: /label/i },
    { name: "logLoss: a string label", call: () => logLoss([0, "1"] as unknown as number[], p), type: TypeError, pattern: /label/i },
    { name: "logLoss: a probability above 1", call: () => logLoss(y, [0.2, 1.2]), type: RangeError, pattern: /probabilit/i },
    { name: "logLoss: a negative probability", call: () => logLoss(y, [-0.1, 0.5]), type: RangeError, pattern: /probabilit/i },
    { name: "logLoss: a NaN probability", call: () => logLoss(y, [Number.NaN, 0.5]), type: RangeError, pattern: /probabilit/i },
    { name: "logLoss: a string probability", call: () => logLoss(y, ["0.5", 0.5] as unknown as number[]), type: TypeError, pattern: /probabilit/i },
    { name: "logLoss: sampleWeight not an array", call: () => logLoss(y, p, { sampleWeight: 2 as unknown as number[] }), type: TypeError, pattern: /sampleWeight/i },
    { name: "logLoss: sampleWeight of another length", call: () => logLoss(y, p, { sampleWeight: [1] }), type: RangeError, pattern: /length/i },
    { name: "logLoss: a negative weight", call: () => logLoss(y, p, { sampleWeight: [1, -1] }), type: RangeError, pattern: /weight/i },
    { name: "logLoss: a NaN weight", call: () => logLoss(y, p, { sampleWeight: [1, Number.NaN] }), type: RangeError, pattern: /weight/i },
    { name: "logLoss: weights summing to 0", call: () => logLoss(y, p, { sampleWeight: [0, 0] }), type: RangeError, pattern: /weight/i },
    { name: "logLossFromLogits: logits not an array", call: () => logLossFromLogits(y, "12" as unknown as number[]), type: TypeError, pattern: /logits/i },
    { name: "logLossFromLogits: empty input", call: () => logLossFromLogits([], []), type: RangeError, pattern: /empty/i },
    { name: "logLossFromLogits: lengths differ", call: () => logLossFromLogits(y, [1]), type: RangeError, pattern: /length/i },
    { name: "logLossFromLogits: a label of -1", call: () => logLossFromLogits([-1, 1], [1, 2]), type: RangeError, pattern: /label/i },
    { name: "logLossFromLogits: an infinite logit", call: () => logLossFromLogits(y, [1, Number.POSITIVE_INFINITY]), type: RangeError, pattern: /logit/i },
    { name: "logLossFromLogits: a NaN logit", call: () => logLossFromLogits(y, [Number.NaN, 1]), type: RangeError, pattern: /logit/i },
    { name: "logLossFromLogits: a string logit", call: () => logLossFromLogits(y, [1, "2"] as unknown as number[]), type: TypeError, pattern: /logit/i },
    { name: "logLossFromLogits: weights summing to 0", call: () => logLossFromLogits(y, [1, 2], { sampleWeight: [0, 0] }), type: RangeError, pattern: /weight/i },
    { name: "crossEntropyFromLogits: logits not an array", call: () => crossEntropyFromLogits(y, 3 as unknown as number[][]), type: TypeError, pattern: /logits/i },
    { name: "crossEntropyFromLogits: a row that is not an array", call: () => crossEntropyFromLogits(y, [[1, 2], 3] as unknown as number[][]), type: TypeError, pattern: /logits/i },
    { name: "crossEntropyFromLogits: empty input", call: () => crossEntropyFromLogits([], []), type: RangeError, pattern: /empty/i },
    { name: "crossEntropyFromLogits: lengths differ", call: () => crossEntropyFromLogits([0, 1, 0], [[1, 2], [3, 4]]), type: RangeError, pattern: /length/i },
    { name: "crossEntropyFromLogits: rows of different lengths", call: () => crossEntropyFromLogits(y, [[1, 2], [3, 4, 5]]), type: RangeError, pattern: /length|row/i },
    { name: "crossEntropyFromLogits: an empty row", call: () => crossEntropyFromLogits([0], [[]]), type: RangeError, pattern: /row|length/i },
    { name: "crossEntropyFromLogits: a label equal to k", call: () => crossEntropyFromLogits([0, 2], [[1, 2], [3, 4]]), type: RangeError, pattern: /label/i },
    { name: "crossEntropyFromLogits: a fractional label", call: () => crossEntropyFromLogits([0, 0.5], [[1, 2], [3, 4]]), type: RangeError, pattern: /label/i },
    { name: "crossEntropyFromLogits: a string label", call: () => crossEntropyFromLogits([0, "1"] as unknown as number[], [[1, 2], [3, 4]]), type: TypeError, pattern: /label/i },
    { name: "crossEntropyFromLogits: a NaN logit", call: () => crossEntropyFromLogits(y, [[1, 2], [Number.NaN, 4]]), type: RangeError, pattern: /logit/i },
    { name: "crossEntropyFromLogits: an infinite logit", call: () => crossEntropyFromLogits(y, [[1, Number.NEGATIVE_INFINITY], [3, 4]]), type: RangeError, pattern: /logit/i },
    { name: "crossEntropyFromLogits: a negative weight", call: () => crossEntropyFromLogits(y, [[1, 2], [3, 4]], { sampleWeight: [-1, 2] }), type: RangeError, pattern: /weight/i },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ case: c.name }, () => expectError(c.call, c.type, c.pattern));
    });
  }
});
