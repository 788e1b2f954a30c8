/** The worked examples of the kmeans prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/kmeans";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python: KMeans(n_clusters=k, init=np.array(init), n_init=1, algorithm="lloyd", max_iter=m, tol=t).fit(X)
//         (scikit-learn 1.9.1): cluster_centers_, labels_, inertia_, n_iter_; km.predict(...)
// The k-means++ example is the reference's own draw (seedrandom("7")): no library shares its generator.
const TOLERANCE = 1e-9; // the prompt's "within 1e-9 of scikit-learn's"

export default defineExamples(impl, [
  { setup: "const X = [[1, 2], [1, 4], [1, 0], [10, 2], [10, 4], [10, 0]];" },
  { comment: "Iteration 2 moves no centre (shift 0 <= tol × v): converged." },
  {
    code: "kMeans(X, { k: 2, init: [[1, 1], [10, 1]] })",
    expected: { centroids: [[1, 2], [10, 2]], labels: [0, 0, 0, 1, 1, 1], inertia: 16, iterations: 2, converged: true },
    tolerance: TOLERANCE,
  },
  { gap: true },
  { comment: "maxIter 1: the same centroids; inertia 16 is for them, not the 6 of the initial centres." },
  {
    code: "kMeans(X, { k: 2, init: [[1, 1], [10, 1]], maxIter: 1 })",
    expected: { centroids: [[1, 2], [10, 2]], labels: [0, 0, 0, 1, 1, 1], inertia: 16, iterations: 1, converged: false },
    tolerance: TOLERANCE,
  },
  { gap: true },
  { code: "predict([[1, 2], [10, 2]], [[0, 0], [12, 3]])", expected: [0, 1] },
  { gap: true },
  { comment: "An empty cluster: nothing is nearest to 100, so cluster 2 takes the point farthest from its centre (14)." },
  {
    code: "kMeans([[0], [1], [10], [14]], { k: 3, init: [[0.5], [10.5], [100]] })",
    expected: { centroids: [[0.5], [10], [14]], labels: [0, 0, 1, 2], inertia: 0.5, iterations: 2, converged: true },
    tolerance: TOLERANCE,
  },
  { gap: true },
  { comment: "A tie for the farthest point: 0, 2, 10 and 12 are all at squared distance 1 from their centres, so the\nempty cluster 2 takes point 0, the lowest index." },
  {
    code: "kMeans([[0], [2], [10], [12]], { k: 3, init: [[1], [11], [100]], maxIter: 1 }).centroids",
    expected: [[2], [11], [0]],
    tolerance: TOLERANCE,
  },
  { gap: true },
  { comment: "A tie in the assignment: 1 is as close to 0 as to 2, so it joins cluster 0." },
  { code: "kMeans([[0], [1], [2]], { k: 2, init: [[0], [2]], maxIter: 1 }).centroids", expected: [[0.5], [2]], tolerance: TOLERANCE },
  { gap: true },
  { comment: "The stopping rule's v is the population variance: 0.25 here, so the first shift (0.25) is above\n0.75 × 0.25 and a second iteration runs (the sample variance, 0.5, would stop after one)." },
  { code: "kMeans([[0], [1]], { k: 1, init: [[0]], tol: 0.75 }).iterations", expected: 2 },
  { gap: true },
  {
    comment:
      "k-means++ on points 0, 1, 2 with k = 2: the first centre is each point with probability 1/3; if it is 0, the\n" +
      "second is 1 with probability 1/5 and 2 with probability 4/5 (D² = 1 and 4). maxIter 0 returns the initial\n" +
      "centres in draw order. Which pair a seed gives depends on the generator: this is the reference's, with\n" +
      'seedrandom("7"); yours may give another pair for seed 7 (the same one every time).',
  },
  { code: "kMeans([[0], [1], [2]], { k: 2, seed: 7, maxIter: 0 }).centroids", expected: [[0], [1]], note: 'with seedrandom("7")' },
]);
