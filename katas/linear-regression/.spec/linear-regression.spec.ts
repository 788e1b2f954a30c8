/**
 * Hidden specs for the linear-regression kata. They check the answer, not the method: QR, an SVD, or (for ridge)
 * Cholesky on the normal equations all pass.
 *
 * Golden values: numpy 2.4.6 and scikit-learn 1.9.1 on this machine (scripts/fixtures/golden/linear-regression.py
 * prints every one): LinearRegression().fit(X, y) and Ridge(alpha).fit(X, y) (coef_, intercept_), which agree with
 * np.linalg.lstsq(X - X.mean(0), y - y.mean(), rcond=None) (intercept ȳ − x̄·w) to the last digit in every case
 * here; r2_score for R². The ill-conditioned polynomial case is checked against its exact answer (mpmath, 60 digits).
 *
 * Tolerances: 1e-9 · (1 + |expected|) for well-conditioned cases (a backward-stable solver is within ~1e-13);
 * 1e-7 for the polynomial case, whose condition number is 3.5e5 (QR and numpy are within 4e-10 of the exact
 * answer; the normal equations, κ² ≈ 1.2e11, are 3e-5 off).
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { fitLinearRegression, r2Score, type LinearRegressionOptions } from "#impl/linear-regression";
import { expectAllClose, expectClose, expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";
import { expectModelShape, loadHousePrices, relativeGradient } from "./helpers.ts";

const RELATIVE = 1e-9;

function expectFit(X: number[][], y: number[], options: LinearRegressionOptions | undefined, coef: number[], intercept: number, tolerance = RELATIVE): void {
  given({ X, y, options }, () => {
    const model = options === undefined ? fitLinearRegression(X, y) : fitLinearRegression(X, y, options);
    expectModelShape(model, coef.length);
    coef.forEach((c, j) => expectClose(model.coef[j], c, tolerance * (1 + Math.abs(c)), `coef[${j}]`));
    expectClose(model.intercept, intercept, tolerance * (1 + Math.abs(intercept)), "intercept");
  });
}

const TINY_X = [[1], [2], [3], [4]];
const TINY_Y = [3, 5, 7, 10];

specs("correct", "ordinary least squares: golden cases from scikit-learn", () => {
  it("one feature: X = 1..4, y = 3, 5, 7, 10", () => {
    // LinearRegression().fit([[1],[2],[3],[4]], [3,5,7,10]) -> coef_ [2.3], intercept_ 0.5
    expectFit(TINY_X, TINY_Y, undefined, [2.3], 0.5);
  });

  it("two features, with an intercept the data need", () => {
    // LinearRegression().fit([[1,0],[0,1],[1,1],[2,1]], [1,2,4,5]) -> [1.4999999999999998, 2.666666666666668], -0.5000000000000009
    expectFit([[1, 0], [0, 1], [1, 1], [2, 1]], [1, 2, 4, 5], undefined, [1.4999999999999998, 2.666666666666668], -0.5000000000000009);
  });

  it("centred, orthogonal X with a non-zero mean y: the intercept is the mean", () => {
    // LinearRegression().fit([[-1],[1]], [1,3]) -> coef_ [1], intercept_ 2
    expectFit([[-1], [1]], [1, 3], undefined, [1], 2);
  });

  it("house-prices-200.json: 200 flats × 5 raw features", () => {
    const { X, y } = loadHousePrices();
    // LinearRegression().fit(X, y).coef_, .intercept_
    expectFit(X, y, undefined, [3.069317013097294, 8.263546819919338, -0.7664520555172264, -3.9988952845696764, 1.640979290155519], 45.85841981345823);
  });

  it("predict gives intercept + x · coef for new rows", () => {
    const { X, y } = loadHousePrices();
    given({ X, y }, () => {
      const model = fitLinearRegression(X, y);
      // LinearRegression().fit(X, y).predict(X[:3])
      expectAllClose(model.predict(X.slice(0, 3)), [485.37447388444366, 535.910940201084, 545.943537434599], 1e-9 * 600, "predict(X[:3])");
      // LinearRegression().fit([[1],[2],[3],[4]], [3,5,7,10]).predict([[5],[0]]) -> [12, 0.5]
      expectAllClose(fitLinearRegression(TINY_X, TINY_Y).predict([[5], [0]]), [12, 0.5], 1e-9, "tiny predict([[5], [0]])");
    });
  });
});

specs("correct", "ridge: golden cases from scikit-learn (the intercept is not penalised)", () => {
  it("one feature, alpha = 1", () => {
    // Ridge(alpha=1.0).fit([[1],[2],[3],[4]], [3,5,7,10]) -> coef_ [1.9166666666666667], intercept_ 1.458333333333333
    expectFit(TINY_X, TINY_Y, { alpha: 1 }, [1.9166666666666667], 1.458333333333333);
  });

  it("house-prices-200.json, alpha = 10", () => {
    const { X, y } = loadHousePrices();
    // Ridge(alpha=10.0).fit(X, y)
    expectFit(X, y, { alpha: 10 }, [3.0890236180336994, 7.559001597299124, -0.7682148514673901, -3.9964664477199414, 1.6460204541894177], 45.94733686628558);
  });

  it("house-prices-200.json, alpha = 1000 (strong shrinkage; alpha is on the summed squared error)", () => {
    const { X, y } = loadHousePrices();
    // Ridge(alpha=1000.0).fit(X, y)
    expectFit(X, y, { alpha: 1000 }, [3.2716136453352145, 0.8898121007539993, -0.7719043932739821, -3.768483771357266, 1.4954175037766748], 46.09409101582247);
  });

  it("centred data (column means 0, mean y 0), alpha = 2", () => {
    // Ridge(alpha=2.0).fit([[-2,1],[-1,-1],[0,0.5],[1,-1.5],[2,1]], [-3,-1,0,1,3]) -> [1.167130919220056, 0.011142061281337066], 0
    expectFit([[-2, 1], [-1, -1], [0, 0.5], [1, -1.5], [2, 1]], [-3, -1, 0, 1, 3], { alpha: 2 }, [1.167130919220056, 0.011142061281337066], 0);
  });

  it("alpha = 0 is ordinary least squares", () => {
    // LinearRegression().fit([[1],[2],[3],[4]], [3,5,7,10]) -> [2.3], 0.5
    expectFit(TINY_X, TINY_Y, { alpha: 0 }, [2.3], 0.5);
  });
});

specs("edge", "collinear columns: numpy lstsq's minimum-norm answer (alpha = 0)", () => {
  it("a duplicated column: the slope is split equally", () => {
    // LinearRegression().fit([[1,1],[2,2],[3,3],[4,4]], [3,5,7,10]) -> [1.15, 1.15], 0.5 (lstsq on centred data, rank 1)
    expectFit([[1, 1], [2, 2], [3, 3], [4, 4]], TINY_Y, undefined, [1.1499999999999995, 1.1499999999999995], 0.5000000000000027);
  });

  it("proportional columns (x, 2x)", () => {
    // LinearRegression().fit([[1,2],[2,4],[3,6],[5,10]], [1,3,2,6]) -> [0.2285714285714285, 0.45714285714285713], -0.1428571428571428
    expectFit([[1, 2], [2, 4], [3, 6], [5, 10]], [1, 3, 2, 6], undefined, [0.2285714285714285, 0.45714285714285713], -0.1428571428571428);
  });

  it("a third column that is the sum of the first two", () => {
    const pairs = [[1, 2], [3, -1], [0, 4], [2, 2], [5, 1], [-1, 0], [4, 3], [2, -3]];
    const X = pairs.map(([a, b]) => [a!, b!, a! + b!]);
    // LinearRegression().fit(X, y) -> [0.07337317397078327, 0.730743691899071, 0.8041168658698539], -0.47734063745019917
    expectFit(X, [3.0, 1.5, 6.0, 4.5, 4.0, -2.0, 8.5, -3.0], undefined, [0.07337317397078327, 0.730743691899071, 0.8041168658698539], -0.47734063745019917);
  });

  it("a constant column gets coefficient 0 (the intercept is not part of the norm)", () => {
    // LinearRegression().fit([[1,7],[2,7],[3,7],[5,7]], [1,3,2,6]) -> [1.142857142857143, 0], -0.14285714285714324
    // (np.linalg.lstsq(np.c_[X, ones], y) would give [1.1428571428571428, -0.02, -0.002857]: the intercept in the norm.)
    expectFit([[1, 7], [2, 7], [3, 7], [5, 7]], [1, 3, 2, 6], undefined, [1.142857142857143, 0], -0.14285714285714324);
  });

  it("the dummy-variable trap: a full one-hot encoding plus the intercept", () => {
    const category = [0, 1, 2, 0, 1, 2, 0, 1];
    const size = [1.5, 2.0, 0.5, 3.0, 1.0, 2.5, 0.0, 3.5];
    const X = size.map((s, i) => [s, ...[0, 1, 2].map((c) => (category[i] === c ? 1 : 0))]);
    // LinearRegression().fit(X, y) -> [2.129310344827585, -2.137931034482758, 0.2758620689655167, 1.8620689655172424], 3.4439655172413812
    expectFit(X, [4.0, 7.5, 6.0, 8.0, 6.5, 11.0, 1.5, 11.0], undefined, [2.129310344827585, -2.137931034482758, 0.2758620689655167, 1.8620689655172424], 3.4439655172413812);
  });

  it("more features than rows (d = 5, n = 3): an exact fit with the smallest ‖w‖", () => {
    const X = [[1, 2, 0, -1, 3], [0, 1, 4, 2, -2], [2, -1, 1, 0, 1]];
    const y = [1, -2, 4];
    // LinearRegression().fit(X, y) -> coef_ as below, intercept_ 1.7452229299363056; predictions [1, -2, 4]
    expectFit(X, y, undefined, [0.6751592356687902, -1.13375796178344, -0.4394904458598724, -0.21656050955414038, 0.21019108280254747], 1.7452229299363056);
    given({ X, y }, () => expectAllClose(fitLinearRegression(X, y).predict(X), y, 1e-9, "predict(X)"));
  });

  it("a single row: coefficients 0 and the intercept is that row's target", () => {
    // LinearRegression().fit([[2, 3]], [5]) -> [0, 0], 5
    expectFit([[2, 3]], [5], undefined, [0, 0], 5);
  });

  it("ridge on a duplicated column is unique and splits the slope equally", () => {
    // Ridge(alpha=1.0).fit([[1,1],[2,2],[3,3],[4,4]], [3,5,7,10]) -> [1.0454545454545459, 1.0454545454545452], 1.0227272727272725
    expectFit([[1, 1], [2, 2], [3, 3], [4, 4]], TINY_Y, { alpha: 1 }, [1.0454545454545459, 1.0454545454545452], 1.0227272727272725);
  });
});

/** x = i/49 and its powers by repeated multiplication (bit-identical to the golden script's numpy arrays). */
function polynomialDesign(): { X: number[][]; y: number[] } {
  const x = Array.from({ length: 50 }, (_, i) => i / 49);
  const columns = [x.slice()];
  for (let p = 2; p <= 8; p++) columns.push(columns[columns.length - 1]!.map((v, i) => v * x[i]!));
  const X = x.map((_, i) => columns.map((column) => column[i]!));
  const y = x.map((_, i) => {
    let value = 2;
    for (let p = 1; p <= 8; p++) value = value + p * columns[p - 1]![i]!;
    return value + (1e-3 * (((i * 7919) % 13) - 6)) / 6;
  });
  return { X, y };
}

specs("edge", "numerical stability", () => {
  it("polynomial features x..x⁸ (condition number 3.5e5): within 1e-7 of the exact answer", () => {
    const { X, y } = polynomialDesign();
    // exact least squares in 60-digit mpmath; np.linalg.lstsq is within 3.8e-10 of it, np.linalg.solve(XᵀX, Xᵀy) 3.2e-5 off.
    const exact = [1.0402022208199007, 1.5690066012211503, 5.164891947859808, -1.9471326553489896, 14.489583195157628, -2.7926253795520157, 11.396161359476562, 7.080971463148761];
    given({ X, y }, () => {
      const model = fitLinearRegression(X, y);
      expectModelShape(model, 8);
      expectAllClose(model.coef, exact, 1e-7, "coef");
      expectClose(model.intercept, 1.9988402870575346, 1e-7, "intercept");
    });
  });

  it("features around 1e6: centring keeps the digits", () => {
    const X = [1, 2, 3, 4, 5, 6].map((k) => [1e6 + k, k % 2]);
    const y = [11.5, 15.75, 17.0, 22.25, 22.5, 28.0];
    // LinearRegression().fit(X, y) -> [2.9062499999999996, -2.093749999999999], -2906239.6249999995
    expectFit(X, y, undefined, [2.9062499999999996, -2.093749999999999], -2906239.6249999995);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Seeded random cases against an independent brute force.

/**
 * Brute force: the (d+1) × (d+1) normal equations of the uncentred problem with an intercept column, the penalty
 * on w only, solved by Gaussian elimination with partial pivoting. Accurate on the well-conditioned random data
 * below (condition numbers under ~50); never used on collinear data.
 */
function bruteForceRidge(X: number[][], y: number[], alpha: number): { coef: number[]; intercept: number } {
  const d = X[0]!.length;
  const p = d + 1;
  const A = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let i = 0; i < X.length; i++) {
    const row = [...X[i]!, 1];
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) A[j]![k]! += row[j]! * row[k]!;
      A[j]![p]! += row[j]! * y[i]!;
    }
  }
  for (let j = 0; j < d; j++) A[j]![j]! += alpha;
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(A[r]![col]!) > Math.abs(A[pivot]![col]!)) pivot = r;
    [A[col], A[pivot]] = [A[pivot]!, A[col]!];
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const factor = A[r]![col]! / A[col]![col]!;
      for (let k = col; k <= p; k++) A[r]![k]! -= factor * A[col]![k]!;
    }
  }
  const solution = A.map((row, j) => row[p]! / row[j]!);
  return { coef: solution.slice(0, d), intercept: solution[d]! };
}

function randomCase(rng: seedrandom.PRNG, n: number, d: number): { X: number[][]; y: number[] } {
  const offsets = Array.from({ length: d }, () => 6 * rng() - 3);
  const X = Array.from({ length: n }, () => offsets.map((o) => o + 2 * rng() - 1));
  const w = Array.from({ length: d }, () => 4 * rng() - 2);
  const y = X.map((row) => row.reduce((s, v, j) => s + v * w[j]!, 5 * rng() - 2.5) + rng() - 0.5);
  return { X, y };
}

specs("correct", "seeded random cases agree with a brute-force solve", () => {
  it("ordinary least squares on 30 random full-rank cases (n 8-60, d 1-6)", () => {
    const rng = seedrandom("linear-regression/random-ols");
    for (let c = 0; c < 30; c++) {
      const d = 1 + (c % 6);
      const { X, y } = randomCase(rng, d + 7 + Math.floor(rng() * 50), d);
      const expected = bruteForceRidge(X, y, 0);
      given({ case: c, X, y }, () => {
        const model = fitLinearRegression(X, y);
        expectModelShape(model, d);
        expectAllClose(model.coef, expected.coef, 1e-8, "coef");
        expectClose(model.intercept, expected.intercept, 1e-8 * (1 + Math.abs(expected.intercept)), "intercept");
      });
    }
  });

  it("ridge on 30 random cases (alpha from 0.01 to 100)", () => {
    const rng = seedrandom("linear-regression/random-ridge");
    for (let c = 0; c < 30; c++) {
      const d = 1 + (c % 6);
      const { X, y } = randomCase(rng, 3 + Math.floor(rng() * 40), d);
      const alpha = 10 ** (4 * rng() - 2);
      const expected = bruteForceRidge(X, y, alpha);
      given({ case: c, X, y, options: { alpha } }, () => {
        const model = fitLinearRegression(X, y, { alpha });
        expectModelShape(model, d);
        expectAllClose(model.coef, expected.coef, 1e-8, "coef");
        expectClose(model.intercept, expected.intercept, 1e-8 * (1 + Math.abs(expected.intercept)), "intercept");
      });
    }
  });

  it("collinear random cases: the same fitted values as without the redundant column, and w ⊥ the null space", () => {
    // The last column is an integer combination c of the others: v = (c, −1) spans the null space of the centred X.
    // Every least-squares solution gives the same fitted values; the minimum-norm one is orthogonal to v.
    const rng = seedrandom("linear-regression/random-collinear");
    for (let c = 0; c < 20; c++) {
      const d = 1 + (c % 4);
      const n = d + 4 + Math.floor(rng() * 20);
      const X = Array.from({ length: n }, () => Array.from({ length: d }, () => Math.floor(9 * rng()) - 4));
      const combination = Array.from({ length: d }, () => Math.floor(5 * rng()) - 2);
      if (Math.max(...combination.map(Math.abs)) === 0) combination[0] = 1;
      const full = X.map((row) => [...row, row.reduce((s, v, j) => s + v * combination[j]!, 0)]);
      const y = X.map((row) => row.reduce((s, v, j) => s + v * (j + 1), 1) + Math.floor(5 * rng()) - 2);
      // A reduced design that happens to be rank-deficient itself is skipped (random integers can repeat a column).
      const reduced = bruteForceRidge(X, y, 0);
      if (!reduced.coef.every(Number.isFinite) || Math.max(...reduced.coef.map(Math.abs)) > 1e6) continue;
      const fitted = X.map((row) => row.reduce((s, v, j) => s + v * reduced.coef[j]!, reduced.intercept));
      given({ case: c, X: full, y }, () => {
        const model = fitLinearRegression(full, y);
        expectModelShape(model, d + 1);
        expectAllClose(model.predict(full), fitted, 1e-8 * (1 + Math.max(...fitted.map(Math.abs))), "fitted values");
        const projection = combination.reduce((s, v, j) => s + v * model.coef[j]!, -model.coef[d]!);
        const norm = Math.hypot(...model.coef);
        if (!(Math.abs(projection) <= 1e-8 * (1 + norm))) {
          fail("w should be orthogonal to the null-space direction (the minimum-norm solution)", 0, projection);
        }
      });
    }
  });

  it("the returned (coef, intercept) make the gradient of the objective vanish (house prices, four alphas)", () => {
    const { X, y } = loadHousePrices();
    for (const alpha of [0, 0.5, 30, 5000]) {
      given({ X, y, options: { alpha } }, () => {
        const model = fitLinearRegression(X, y, { alpha });
        expectModelShape(model, 5);
        const gradient = relativeGradient(X, y, model.coef, model.intercept, alpha);
        if (!(gradient <= 1e-9)) fail(`the objective's gradient should vanish at the returned parameters (alpha = ${alpha})`, "<= 1e-9 (relative)", gradient);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// R².

specs("correct", "r2Score: golden cases from scikit-learn", () => {
  const cases: { name: string; yTrue: number[]; yPred: number[]; expected: number }[] = [
    // r2_score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) -> 0.9486081370449679
    { name: "scikit-learn's documentation example", yTrue: [3, -0.5, 2, 7], yPred: [2.5, 0.0, 2, 8], expected: 0.9486081370449679 },
    // r2_score([1, 2, 3], [3, 2, 1]) -> -3.0
    { name: "worse than predicting the mean: negative, not clipped", yTrue: [1, 2, 3], yPred: [3, 2, 1], expected: -3 },
    // r2_score([1, 2, 3, 4], [2.5, 2.5, 2.5, 2.5]) -> 0.0
    { name: "predicting the mean gives 0", yTrue: [1, 2, 3, 4], yPred: [2.5, 2.5, 2.5, 2.5], expected: 0 },
    // r2_score(y, y) -> 1.0
    { name: "perfect predictions give 1", yTrue: [0.5, -2, 7, 1], yPred: [0.5, -2, 7, 1], expected: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => given({ yTrue: c.yTrue, yPred: c.yPred }, () => expectClose(r2Score(c.yTrue, c.yPred), c.expected, 1e-12, "R²")));
  }

  it("the training R² of the house-prices fit", () => {
    const { X, y } = loadHousePrices();
    // LinearRegression().fit(X, y).score(X, y) -> 0.9853211677895056; Ridge(alpha=1000.0).fit(X, y).score(X, y) -> 0.9839486196864763
    given({ X, y }, () => {
      expectClose(r2Score(y, fitLinearRegression(X, y).predict(X)), 0.9853211677895056, 1e-9, "R² (OLS)");
      expectClose(r2Score(y, fitLinearRegression(X, y, { alpha: 1000 }).predict(X)), 0.9839486196864763, 1e-9, "R² (alpha = 1000)");
    });
  });

  it("agrees with 1 − MSE / variance on 40 seeded random cases", () => {
    const rng = seedrandom("linear-regression/random-r2");
    for (let c = 0; c < 40; c++) {
      const n = 2 + Math.floor(rng() * 30);
      const yTrue = Array.from({ length: n }, () => 20 * rng() - 10);
      const yPred = yTrue.map((v) => v + (rng() - 0.5) * 10 * rng());
      const mean = yTrue.reduce((s, v) => s + v, 0) / n;
      const variance = yTrue.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
      const mse = yTrue.reduce((s, v, i) => s + (v - yPred[i]!) ** 2, 0) / n;
      given({ case: c, yTrue, yPred }, () => expectClose(r2Score(yTrue, yPred), 1 - mse / variance, 1e-10, "R²"));
    }
  });
});

specs("edge", "r2Score: constant targets and large offsets", () => {
  it("a constant yTrue: 1 when the predictions are exact, 0 otherwise (scikit-learn's force_finite)", () => {
    // r2_score([3, 3, 3], [3, 3, 3]) -> 1.0; r2_score([3, 3, 3], [3, 3, 2]) -> 0.0
    given({ yTrue: [3, 3, 3], yPred: [3, 3, 3] }, () => expectClose(r2Score([3, 3, 3], [3, 3, 3]), 1, 0, "R²"));
    given({ yTrue: [3, 3, 3], yPred: [3, 3, 2] }, () => expectClose(r2Score([3, 3, 3], [3, 3, 2]), 0, 0, "R²"));
  });

  it("targets around 1e9: Σ(y − ȳ)², not Σy² − n·ȳ²", () => {
    const yTrue = [1, 2, 3, 4].map((v) => 1e9 + v);
    const yPred = [1.5, 2, 2.5, 4.5].map((v) => 1e9 + v);
    // r2_score(1e9 + np.array([1, 2, 3, 4.0]), 1e9 + np.array([1.5, 2, 2.5, 4.5])) -> 0.85
    given({ yTrue, yPred }, () => expectClose(r2Score(yTrue, yPred), 0.85, 1e-12, "R²"));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The contract.

specs("contract", "inputs and outputs", () => {
  it("accepts typed-array rows and a Float64Array y, with the same answer", () => {
    const X = TINY_X.map((row) => Float64Array.from(row));
    const y = Float64Array.from(TINY_Y);
    given({ X, y }, () => {
      const model = fitLinearRegression(X, y, { alpha: 1 });
      expectModelShape(model, 1);
      expectClose(model.coef[0], 1.9166666666666667, 1e-9, "coef[0]");
      expectClose(model.intercept, 1.458333333333333, 1e-9, "intercept");
      const predictions = model.predict([Float64Array.of(0)]);
      if (!Array.isArray(predictions) || predictions.length !== 1) fail("predict should return a number[] with one value per row", "an array of length 1", predictions);
      expectClose(r2Score(Float64Array.from([1, 2, 3]), Float64Array.from([3, 2, 1])), -3, 1e-12, "r2Score on typed arrays");
    });
  });

  it("fitLinearRegression leaves X, y and options as they were", () => {
    const { X: house, y: prices } = loadHousePrices();
    const X = house.slice(0, 50).map((row) => [...row]);
    const y = prices.slice(0, 50);
    const options = { alpha: 3 };
    const before = snapshot({ X, y, options });
    given({ X, y, options }, () => {
      fitLinearRegression(X, y, options);
      fitLinearRegression(X, y);
      expectUnchanged(before, { X, y, options }, "the input");
    });
  });

  it("predict and r2Score leave their inputs as they were", () => {
    const { X: house, y: prices } = loadHousePrices();
    const X = house.slice(0, 20).map((row) => Float64Array.from(row));
    const y = prices.slice(0, 20);
    const before = snapshot({ X, y });
    given({ X, y }, () => {
      const predictions = fitLinearRegression(house, prices).predict(X);
      const frozen = [...predictions];
      r2Score(y, predictions);
      expectUnchanged(before, { X, y }, "the input");
      expectUnchanged(frozen, predictions, "yPred");
    });
  });
});

specs("contract", "errors name the problem", () => {
  type ErrorType = typeof RangeError | typeof TypeError;
  const fitCases: { name: string; X: unknown; y: unknown; options?: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "X is not an array", X: "1,2,3", y: [0, 1, 1], type: TypeError, pattern: /\bX\b/ },
    { name: "empty X", X: [], y: [], type: RangeError, pattern: /empty/i },
    { name: "a row that is not an array", X: [[1], 2], y: [0, 1], type: TypeError, pattern: /row/i },
    { name: "rows with no features", X: [[], []], y: [0, 1], type: RangeError, pattern: /feature/i },
    { name: "ragged X", X: [[1, 2], [3], [4, 5]], y: [0, 1, 1], type: RangeError, pattern: /row/i },
    { name: "a NaN feature value", X: [[1], [Number.NaN]], y: [0, 1], type: RangeError, pattern: /finite/i },
    { name: "an infinite feature value", X: [[1], [Number.POSITIVE_INFINITY]], y: [0, 1], type: RangeError, pattern: /finite/i },
    { name: "a string feature value", X: [[1], ["2"]], y: [0, 1], type: TypeError, pattern: /number/i },
    { name: "y is not an array", X: [[1], [2]], y: "01", type: TypeError, pattern: /\by\b/ },
    { name: "X and y of different lengths", X: [[1], [2], [3]], y: [0, 1], type: RangeError, pattern: /length/i },
    { name: "a NaN target", X: [[1], [2]], y: [0, Number.NaN], type: RangeError, pattern: /finite/i },
    { name: "a string target", X: [[1], [2]], y: [0, "1"], type: TypeError, pattern: /number/i },
    { name: "a negative alpha", X: [[1], [2]], y: [0, 1], options: { alpha: -0.1 }, type: RangeError, pattern: /alpha/ },
    { name: "a NaN alpha", X: [[1], [2]], y: [0, 1], options: { alpha: Number.NaN }, type: RangeError, pattern: /alpha/ },
    { name: "an infinite alpha", X: [[1], [2]], y: [0, 1], options: { alpha: Number.POSITIVE_INFINITY }, type: RangeError, pattern: /alpha/ },
    { name: "a string alpha", X: [[1], [2]], y: [0, 1], options: { alpha: "1" }, type: TypeError, pattern: /alpha/ },
  ];
  for (const c of fitCases) {
    it(`fitLinearRegression: ${c.name}`, () => {
      given({ X: c.X, y: c.y, options: c.options }, () =>
        expectError(() => fitLinearRegression(c.X as number[][], c.y as number[], c.options as LinearRegressionOptions | undefined), c.type, c.pattern),
      );
    });
  }

  it("predict: rows with a different number of features than the model", () => {
    given({ X: [[1, 2], [3, 4], [5, 7]], y: [1, 2, 4], rows: [[1, 2, 3]] }, () => {
      const model = fitLinearRegression([[1, 2], [3, 4], [5, 7]], [1, 2, 4]);
      expectError(() => model.predict([[1, 2, 3]]), RangeError, /feature/i);
      expectError(() => model.predict([[1]]), RangeError, /feature/i);
      expectError(() => model.predict([[1, Number.NaN]]), RangeError, /finite/i);
    });
  });

  const r2Cases: { name: string; yTrue: unknown; yPred: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "different lengths", yTrue: [1, 2, 3], yPred: [1, 2], type: RangeError, pattern: /length/i },
    { name: "a single sample (R² is undefined)", yTrue: [1], yPred: [1], type: RangeError, pattern: /two/i },
    { name: "a NaN prediction", yTrue: [1, 2], yPred: [1, Number.NaN], type: RangeError, pattern: /finite/i },
    { name: "yTrue not an array", yTrue: 3, yPred: [1, 2], type: TypeError, pattern: /yTrue/ },
    { name: "a string prediction", yTrue: [1, 2], yPred: [1, "2"], type: TypeError, pattern: /number/i },
  ];
  for (const c of r2Cases) {
    it(`r2Score: ${c.name}`, () => {
      given({ yTrue: c.yTrue, yPred: c.yPred }, () => expectError(() => r2Score(c.yTrue as number[], c.yPred as number[]), c.type, c.pattern));
    });
  }
});
