/**
 * Scale spec for logistic-regression, kept in its own file so that a solution too slow (or too hungry) to finish,
 * and stopped by the grader's watchdog, does not take the other specs' results down with it.
 *
 * n = 100,000 rows × d = 20 standardised features (see scaleData in helpers.ts), l2 = 1e-5 (scikit-learn's
 * default C = 1 at this n), learningRate = 4, default tol 1e-6 and maxIter 10,000.
 *
 * Why learningRate = 4: for full-batch gradient descent the safe step is about 1/L, where L, the largest
 * curvature of J, is at most λ_max(X̃ᵀX̃ / n) / 4 + l2 (p(1 − p) ≤ 1/4; X̃ = [X, 1]). With independent standardised
 * features λ_max ≈ 1, so L ≈ 0.25 (λ_max(X̃ᵀX̃/n)/4 = 0.256 here) and a step of 4 is safe; gradient descent then
 * meets tol in 18 steps instead of 190 with the default 0.5. Newton's method ignores the step size and needs 4.
 *
 * Measured on the project machine (2 cores, Node 20), CPU time of the fit alone, while other jobs kept the machine
 * loaded (load average 8-13 on 2 cores, so wall time was 2-3x more): the reference (Newton, 4 steps, O(n d²) each)
 * 0.4-0.9 s; plain gradient descent (alternatives/gradient-descent.ts, 18 steps, O(n d) each) 0.25-0.45 s; an
 * undamped row-by-row Newton (alternatives/plain-newton.ts) 0.8-1.0 s. Building the data takes ~0.1-0.2 s more.
 * The bound (2.5 s of CPU for the fit) leaves all three a margin of 2.5x or more. A solution that ignores the step
 * size (190 gradient-descent steps, 2.5-3 s of CPU) fails the bound or is stopped by the grader's watchdog (3 s of
 * wall time without yielding); IRLS written with a dense n × n diag(p(1 − p)) cannot even allocate it (10¹⁰ entries).
 *
 * Golden values: scikit-learn 1.9.1, LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12,
 * max_iter=100000).fit(X, y) on the same data (written to JSON by scaleData and read with numpy); lbfgs agrees to
 * 2e-9. The Hessian's eigenvalues there lie in [0.116, 0.203] (numpy), so ‖∇J‖ ≤ 1e-6 puts any correct learner within
 * ~1e-5 of it; the spec allows 1e-4.
 */
import { it } from "vitest";
import { fitLogisticRegression } from "#impl/logistic-regression";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { accuracy, expectConverged, expectModelShape, scaleData, SCALE_FEATURES, SCALE_ROWS } from "./helpers.ts";

const BOUND_MS = 2_500;
const L2 = 1e-5;
const OPTIONS = { l2: L2, learningRate: 4 };

const SKLEARN_WEIGHTS = [
  -0.2767938695776113, 0.29225407524954744, -0.3563356456203669, 0.22006519863809315, -0.2725067511854537,
  0.41156828368085757, -0.4443143986678414, 0.0899190160447681, -0.1950254168313599, 0.2287659840704762,
  -0.38813308844082495, 0.22708049801040983, -0.20107988219525524, 0.14156536797102812, -0.0949662101175897,
  0.067620403562367, -0.1483782634224883, 0.07912509828673539, -0.12513573641033496, 0.3604598380307175,
];
const SKLEARN_BIAS = -0.5051588322667782;

specs("scale", "scale", () => {
  it("fits n = 100,000 rows × 20 features to the optimum in well under 2.5 s of CPU", async () => {
    const data = scaleData();
    // Let the event loop turn before and after the fit, so the grader's watchdog (3 s without progress) sees the
    // fit alone, not the building of the data or the checks.
    const yieldOnce = () => new Promise((resolve) => setTimeout(resolve, 0));
    await yieldOnce();
    // CPU time of this process, not wall time: on a shared, busy machine the wall clock measures the neighbours.
    const start = process.cpuUsage();
    const model = given({ n: SCALE_ROWS, d: SCALE_FEATURES, X: data.X, y: data.y, options: OPTIONS }, () =>
      fitLogisticRegression(data.X, data.y, OPTIONS),
    );
    const used = process.cpuUsage(start);
    const elapsed = (used.user + used.system) / 1000;
    await yieldOnce();
    given({ n: SCALE_ROWS, d: SCALE_FEATURES, X: data.X, y: data.y, options: OPTIONS }, () => {
      expectModelShape(model, SCALE_FEATURES);
      expectConverged(model, data, L2, 1e-6);
      expectAllClose(model.weights, SKLEARN_WEIGHTS, 1e-4, "weights");
      expectClose(model.bias, SKLEARN_BIAS, 1e-4, "bias");
      // Python: model.score(X, y) -> 0.7088
      expectClose(accuracy(model.predict(data.X), data.y), 0.7088, 0.001, "training accuracy");
      if (elapsed > BOUND_MS) {
        fail(
          `fitting took ${Math.round(elapsed)} ms of CPU; O(n d²) Newton steps or O(n d) gradient steps need well under ${BOUND_MS} ms`,
          `< ${BOUND_MS} ms of CPU`,
          `${Math.round(elapsed)} ms of CPU`,
        );
      }
    });
  });
});
