/**
 * Scale spec for linear-regression, kept in its own file so that a solution too slow to finish (and stopped by the
 * grader's watchdog after 3 s of CPU without yielding) does not take the other specs' results down with it. Two
 * tests, each with its own 3 s window: ordinary least squares, then ridge.
 *
 * n = 100,000 rows × d = 50 features (scaleData in helpers.ts; built in beforeAll, outside the timed call). One
 * O(n·d²) pass is 2.5e8 multiply-adds: the Gram matrix XᵀX (half of it: 1.25e8), a QR built row by row with
 * Givens rotations (2.5e8 with ~1.5 flops each), or Householder QR (5e8 flops).
 *
 * Measured on the project machine (2 cores, Node 20, CPU time of the fit alone, while other jobs kept the load
 * at 7-25, which inflates even CPU time): the reference (Givens rotations row by row, then an SVD of the 50 × 50 R)
 * 0.37-0.63 s for least squares and 0.43-0.51 s for ridge; the alternative (Householder on blocks of 64 rows; Cholesky
 * of the Gram matrix for ridge) 0.43-0.80 s and 0.29-0.44 s; the Gram matrix plus an explicit inverse (a mistake, but
 * fast) 0.37-0.44 s. The bound, 1.5 s of CPU, leaves the reference a margin of 2.4-4x (the prompt's "well under a
 * second") and puts what is too slow well past it: ml-matrix's QrDecomposition of the whole 100,000 × 50 matrix
 * takes 6.2 s (4x the bound; the watchdog stops it at 3 s), ml-matrix's X.transpose().mmul(X) alone 0.8 s plus a
 * copy of X (1.3-2.0 s in all for a solve built on it), and one full-batch gradient step 19-27 ms, so gradient
 * descent to 1e-8 (hundreds of steps at κ(XᵀX) ≈ 28) is 5-10 s. An n × n matrix (a hat matrix, or U of a full
 * SVD) is 8e10 bytes: it cannot be allocated.
 *
 * Golden values: numpy 2.4.6 / scikit-learn 1.9.1 on the same data (dumped to JSON; see
 * scripts/fixtures/golden/linear-regression.py): np.linalg.lstsq(X - X.mean(0), y - y.mean(), rcond=None) (equal
 * to LinearRegression().fit(X, y).coef_ to the last digit; condition number of the centred X 5.26) and
 * Ridge(alpha=1e4).fit(X, y). Tolerance 1e-8 on each coefficient (a backward-stable solver is within ~1e-13; the
 * normal equations, κ² ≈ 28, within ~1e-14).
 */
import { beforeAll, it } from "vitest";
import { fitLinearRegression } from "#impl/linear-regression";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectModelShape, relativeGradient, scaleData, SCALE_FEATURES, SCALE_ROWS, type DataSet } from "./helpers.ts";

const BOUND_MS = 1_500;

const OLS_COEF = [
  0.0029674485630674474, 1.587417745640039, -1.9601379752597339, -0.0007334119403889666, -0.8444557893751379,
  0.9635406822938751, 0.002874367755458422, 1.5463284431931383, -1.6821795856643202, 0.006416517688507951,
  -0.7817965710229663, 1.1266377764566957, -0.0017627483934323388, 0.5350751653919286, -1.1779599793803002,
  0.0015090020164895438, -1.7532851523382342, 0.15346040320573845, 0.0009159113958241893, 1.5116260317289771,
  -0.7293608755126751, -0.0028190848831346907, -0.8992934642295772, 0.11192989567058031, -0.0023267393850605117,
  1.689759835339209, -0.7426640235060538, 0.001262912696092514, -0.9348793476859948, 0.1308811763252278,
  -0.00028761450641454507, 1.41909666093325, -1.9528852449763623, 0.0001639188537060898, -1.7626818943511586,
  1.1453560121066546, 0.008449514638585481, 0.19893351635795803, -1.719674530714992, 0.0037977579274757196,
  -1.8059871103752827, 0.5750196393272174, -0.0005723576813524301, 0.29118135996123296, -0.7173651315012874,
  0.005331736876743971, -0.6074515813837208, 1.7073584782574838, 0.00028474149273651346, 1.719256404732086,
];
const RIDGE_COEF = [
  -0.010175952458363826, 1.250070496811053, -1.51423023952793, -0.01601565049905615, -0.6707217937828316,
  0.6032703985599892, -0.005897709464459072, 1.223699924327732, -0.7526629009364684, -0.00438623613534232,
  -0.4780449255910616, 0.8480039093575317, -0.011430235306866671, 0.36891523996428405, -1.0609524446619887,
  -0.014241734748213728, -0.8852391482207317, 0.07591020535005098, -0.010045630376087005, 1.2889332419853359,
  -0.2745514423441847, -0.014829176684381756, -0.7803892826303722, 0.07419511599989986, -0.009505448683214198,
  1.1846153991492343, -0.5952679113855798, -0.006953057672505031, -0.781677926641122, 0.07957305041793675,
  -0.022802912387204523, 1.1995692317869804, -1.5838331792631828, -0.011223408139999717, -1.505100219475282,
  0.8189176695030841, -0.012691443718213204, 0.16485460983443911, -1.3484206126261546, -0.01295678171758301,
  -1.5927161399689398, 0.4607906353976902, -0.011959562925991324, 0.1638914194608954, -0.31732750618793065,
  -0.009299051203775947, -0.4586590242874186, 0.6977329482868497, -0.014995434969718202, 1.5068603490162682,
];

let data: DataSet = { X: [], y: [] };
beforeAll(() => {
  data = scaleData();
});

const yieldOnce = () => new Promise((resolve) => setTimeout(resolve, 0));

async function timedFit(alpha: number, coef: number[], intercept: number): Promise<void> {
  // Let the event loop turn before and after the fit, so the watchdog's 3 s window holds the fit alone.
  await yieldOnce();
  const options = { alpha };
  const start = process.cpuUsage();
  const model = given({ n: SCALE_ROWS, d: SCALE_FEATURES, X: data.X, y: data.y, options }, () => fitLinearRegression(data.X, data.y, options));
  const used = process.cpuUsage(start);
  const elapsed = (used.user + used.system) / 1000;
  await yieldOnce();
  given({ n: SCALE_ROWS, d: SCALE_FEATURES, options }, () => {
    expectModelShape(model, SCALE_FEATURES);
    expectAllClose(model.coef, coef, 1e-8, "coef");
    expectClose(model.intercept, intercept, 1e-8 * (1 + Math.abs(intercept)), "intercept");
    const gradient = relativeGradient(data.X, data.y, model.coef, model.intercept, alpha);
    if (!(gradient <= 1e-9)) fail("the objective's gradient should vanish at the returned parameters", "<= 1e-9 (relative)", gradient);
    if (elapsed > BOUND_MS) {
      fail(
        `fitting took ${Math.round(elapsed)} ms of CPU; one O(n·d²) pass over the rows needs well under ${BOUND_MS} ms`,
        `< ${BOUND_MS} ms of CPU`,
        `${Math.round(elapsed)} ms of CPU`,
      );
    }
  });
}

specs("scale", "scale: n = 100,000 rows × d = 50 features", () => {
  it("ordinary least squares in one O(n·d²) pass, well under 1.5 s of CPU", async () => {
    // np.linalg.lstsq(X - X.mean(0), y - y.mean(), rcond=None)[0]; intercept y.mean() - X.mean(0) @ w -> 2.9372996806525506
    await timedFit(0, OLS_COEF, 2.9372996806525506);
  });

  it("ridge (alpha = 1e4) in one O(n·d²) pass, well under 1.5 s of CPU", async () => {
    // Ridge(alpha=1e4).fit(X, y).coef_, .intercept_ -> -6.8426489497962315
    await timedFit(1e4, RIDGE_COEF, -6.8426489497962315);
  });
});
