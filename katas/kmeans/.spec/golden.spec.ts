/**
 * Golden cases from scikit-learn 1.9.1, computed on this machine with explicit initial centres (so no randomness is
 * involved):
 *
 *   from sklearn.cluster import KMeans
 *   km = KMeans(n_clusters=k, init=np.array(init), n_init=1, algorithm="lloyd", max_iter=m, tol=t).fit(np.array(X))
 *   km.cluster_centers_, km.labels_, km.inertia_, km.n_iter_, km.predict(...)
 *
 * scikit-learn's defaults are max_iter=300, tol=1e-4 (relative to the mean per-feature variance), like the kata's.
 * `converged` has no scikit-learn attribute: it is true when the stopping rule was met within maxIter.
 */
import { it } from "vitest";
import { kMeans, predict, type KMeansOptions, type KMeansResult } from "#impl/kmeans";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectNearestLabels, expectShape, loadBlobs } from "./helpers.ts";

/** Centroid coordinates and inertia agree with scikit-learn to rounding (it centres the data internally). */
const TOLERANCE = 1e-9;

interface Expected {
  centroids: number[][];
  labels?: number[];
  inertia: number;
  iterations: number;
  converged: boolean;
}

function expectResult(result: KMeansResult, expected: Expected, points: number[][]): void {
  expectShape(result, points.length, expected.centroids.length, points[0]!.length);
  expected.centroids.forEach((row, j) => expectAllClose(result.centroids[j], row, TOLERANCE * (1 + Math.max(...row.map(Math.abs))), `centroids[${j}]`));
  if (expected.labels) expectAllClose(result.labels, expected.labels, 0, "labels");
  else expectNearestLabels(points, result.centroids, result.labels);
  expectClose(result.inertia, expected.inertia, TOLERANCE * (1 + expected.inertia), "inertia");
  if (result.iterations !== expected.iterations) fail("iterations differ from scikit-learn's n_iter_", expected.iterations, result.iterations);
  if (result.converged !== expected.converged) fail(`converged should be ${expected.converged}`, expected.converged, result.converged);
}

function check(points: number[][], options: KMeansOptions, expected: Expected): void {
  given({ points, options }, () => expectResult(kMeans(points, options), expected, points));
}

const six = [[1, 2], [1, 4], [1, 0], [10, 2], [10, 4], [10, 0]];

specs("correct", "golden cases from scikit-learn (explicit init)", () => {

  it("two clusters of three points: centres, labels, inertia 16, 2 iterations", () => {
    // -> cluster_centers_ [[1,2],[10,2]], labels_ [0,0,0,1,1,1], inertia_ 16.0, n_iter_ 2
    check(six, { k: 2, init: [[1, 1], [10, 1]] }, {
      centroids: [[1, 2], [10, 2]],
      labels: [0, 0, 0, 1, 1, 1],
      inertia: 16,
      iterations: 2,
      converged: true,
    });
  });

  it("predict assigns new points to the nearest centre", () => {
    // km.predict([[0,0],[12,3]]) -> [0, 1]
    const centroids = [[1, 2], [10, 2]];
    const points = [[0, 0], [12, 3]];
    given({ centroids, points }, () => expectAllClose(predict(centroids, points), [0, 1], 0, "predict"));
  });

  it("maxIter 1: one step, then labels and inertia for the returned centres (16, not the 6 of the start)", () => {
    // max_iter=1 -> centers [[1,2],[10,2]], inertia_ 16.0, n_iter_ 1
    check(six, { k: 2, init: [[1, 1], [10, 1]], maxIter: 1 }, {
      centroids: [[1, 2], [10, 2]],
      labels: [0, 0, 0, 1, 1, 1],
      inertia: 16,
      iterations: 1,
      converged: false,
    });
  });

  it("two identical initial centres: the tie goes to the first, the second is re-seeded", () => {
    // X=[0,10,11], init [5,5], max_iter=1 -> centers [5,11], labels_ [0,1,1], inertia_ 26.0, n_iter_ 1
    check([[0], [10], [11]], { k: 2, init: [[5], [5]], maxIter: 1 }, {
      centroids: [[5], [11]],
      labels: [0, 1, 1],
      inertia: 26,
      iterations: 1,
      converged: false,
    });
    // default max_iter -> centers [0,10.5], labels_ [0,1,1], inertia_ 0.5, n_iter_ 3
    check([[0], [10], [11]], { k: 2, init: [[5], [5]] }, {
      centroids: [[0], [10.5]],
      labels: [0, 1, 1],
      inertia: 0.5,
      iterations: 3,
      converged: true,
    });
  });

  it("an assignment tie goes to the lowest centre index", () => {
    // X=[0,1,2], init [0,2], max_iter=1 -> centers [.5,2], labels_ [0,0,1], inertia_ 0.5, n_iter_ 1
    check([[0], [1], [2]], { k: 2, init: [[0], [2]], maxIter: 1 }, {
      centroids: [[0.5], [2]],
      labels: [0, 0, 1],
      inertia: 0.5,
      iterations: 1,
      converged: false,
    });
  });

  it("predict breaks ties toward the lowest centre index", () => {
    // KMeans(init=[[0,0],[2,0]], max_iter=1).fit([[0,0],[2,0]]).predict([[1,0],[1,5],[3,0]]) -> [0, 0, 1]
    const centroids = [[0, 0], [2, 0]];
    const points = [[1, 0], [1, 5], [3, 0]];
    given({ centroids, points }, () => expectAllClose(predict(centroids, points), [0, 0, 1], 0, "predict"));
  });
});

specs("edge", "empty clusters: golden cases from scikit-learn (explicit init)", () => {
  it("an empty cluster is re-seeded at the point farthest from its centre (never NaN)", () => {
    // X=[0,1,10,14], init [.5,10.5,100] -> centers [.5,10,14], labels_ [0,0,1,2], inertia_ 0.5, n_iter_ 2
    // (keeping the empty centre where it was, as ml-kmeans does, gives [.5,12,100] and inertia 8.5)
    check([[0], [1], [10], [14]], { k: 3, init: [[0.5], [10.5], [100]] }, {
      centroids: [[0.5], [10], [14]],
      labels: [0, 0, 1, 2],
      inertia: 0.5,
      iterations: 2,
      converged: true,
    });
  });

  it("two empty clusters take the farthest and the next farthest point, in cluster order", () => {
    // X=[0,1,2,10,11,30], init [1.2,10.5,100,200], max_iter=1 -> centers [1.5,10.5,30,0], labels_ [3,0,0,1,1,2],
    // inertia_ 1.0, n_iter_ 1 (30 is farthest and goes to cluster 2; 0 is next and goes to cluster 3)
    check([[0], [1], [2], [10], [11], [30]], { k: 4, init: [[1.2], [10.5], [100], [200]], maxIter: 1 }, {
      centroids: [[1.5], [10.5], [30], [0]],
      labels: [3, 0, 0, 1, 1, 2],
      inertia: 1,
      iterations: 1,
      converged: false,
    });
  });
});

specs("edge", "empty clusters: a tie for the farthest point goes to the lowest point index", () => {
  // The prompt's rule, not scikit-learn's: scikit-learn 1.9.1 picks the m farthest points with np.argpartition,
  // which leaves tied distances in no stated order (on the two cases below it happens to take the highest index:
  // cluster_centers_ [[1],[10],[12]] and [[0],[11],[2]]). Every distance here is an exact integer: a real tie.
  it("all four points at squared distance 1: cluster 2 takes point 0", () => {
    // X=[0,2,10,12], init [1,11,100]: 100 is nearest to no point; 0, 2, 10 and 12 are all at squared distance 1
    // from their centres, so cluster 2 takes point 0 (the lowest index) -> centres [2, 11, 0], inertia 2.
    // (Taking the highest index, point 3 = 12, gives [1, 10, 12].)
    check([[0], [2], [10], [12]], { k: 3, init: [[1], [11], [100]], maxIter: 1 }, {
      centroids: [[2], [11], [0]],
      labels: [2, 0, 1, 1],
      inertia: 2,
      iterations: 1,
      converged: false,
    });
  });

  it("the lowest point index, not the lowest cluster: point 0 is in cluster 1", () => {
    // X=[10,0,12,2], init [1,11,100]: the same tie; point 0 (= 10, in cluster 1) moves to cluster 2 ->
    // centres [1, 12, 10]; converged after 2 iterations. (The highest index, point 3 = 2, gives [0, 11, 2].)
    check([[10], [0], [12], [2]], { k: 3, init: [[1], [11], [100]] }, {
      centroids: [[1], [12], [10]],
      labels: [2, 0, 1, 0],
      inertia: 2,
      iterations: 2,
      converged: true,
    });
  });
});

specs("edge", "the stopping rule at its boundary: population variance (ddof = 0)", () => {
  it("[[0], [1]], k = 1, init [[0]], tol 0.75 takes 2 iterations: v = 0.25 (divide by n), not the sample variance 0.5", () => {
    // KMeans(n_clusters=1, init=[[0]], n_init=1, algorithm="lloyd", tol=0.75).fit([[0],[1]]) -> n_iter_ 2,
    // cluster_centers_ [[0.5]], inertia_ 0.5 (np.var, ddof=0: 0.25). With the sample variance (n - 1: 0.5) the
    // threshold would be 0.375 and the loop would stop after 1 iteration.
    check([[0], [1]], { k: 1, init: [[0]], tol: 0.75 }, { centroids: [[0.5]], labels: [0, 0], inertia: 0.5, iterations: 2, converged: true });
  });

  it("the same points with tol 1.1: 0.25 <= 1.1 × 0.25, so one iteration is enough", () => {
    // ... tol=1.1 -> n_iter_ 1 (the shift 0.25 is <= 0.275)
    check([[0], [1]], { k: 1, init: [[0]], tol: 1.1 }, { centroids: [[0.5]], labels: [0, 0], inertia: 0.5, iterations: 1, converged: true });
  });
});

specs("correct", "golden cases on fixtures/kmeans/blobs-overlapping.json (300 points, init = its first 3 rows)", () => {
  const data = loadBlobs("blobs-overlapping");
  const init = data.points.slice(0, 3);
  // Python: d = json.load(open("fixtures/kmeans/blobs-overlapping.json")); X = np.array(d["points"]); init = X[:3]
  const nine: Expected = {
    centroids: [
      [-3.5488620689655157, -0.10364137931034634],
      [28.338967000000004, -2.085492000000002],
      [16.223297345132742, 27.640465486725667],
    ],
    inertia: 66434.46397271518,
    iterations: 9,
    converged: true,
  };

  it("maxIter 1 and 2 stop after exactly that many iterations (converged false)", () => {
    // max_iter=1 -> inertia_ 92164.2120878679, n_iter_ 1; max_iter=2 -> inertia_ 75816.52485881068, n_iter_ 2
    check(data.points, { k: 3, init, maxIter: 1 }, {
      centroids: [
        [-1.2773967213114688, 11.697364754098363],
        [34.44246730769231, -6.485594230769232],
        [21.612796825396824, 14.412531746031746],
      ],
      inertia: 92164.2120878679,
      iterations: 1,
      converged: false,
    });
    check(data.points, { k: 3, init, maxIter: 2 }, {
      centroids: [
        [-2.17762368421052, 7.59717105263158],
        [29.738313846153844, -7.748695384615386],
        [22.09617355371901, 21.019787603305787],
      ],
      inertia: 75816.52485881068,
      iterations: 2,
      converged: false,
    });
  });

  it("default options converge in 9 iterations (inertia 66434.46397271518)", () => {
    // default max_iter/tol -> inertia_ 66434.46397271518, n_iter_ 9, cluster sizes [87, 100, 113]
    check(data.points, { k: 3, init }, nine);
  });

  it("convergence on the last allowed iteration counts: maxIter 9 converges", () => {
    // max_iter=9 -> the same centres, n_iter_ 9 (the 9th step moves no centre)
    check(data.points, { k: 3, init, maxIter: 9 }, nine);
  });

  it("a larger tol stops earlier: tol 1e-2 stops after 6 iterations", () => {
    // tol=1e-2 -> inertia_ 66482.75752071742, n_iter_ 6. Squared shift / mean variance by iteration:
    // .910, .296, .148, .0529, .0188, .00466 (<= .01: stop)
    check(data.points, { k: 3, init, tol: 1e-2 }, {
      centroids: [
        [-3.4084134831460666, 0.28393595505617775],
        [28.130542424242428, -2.332928282828286],
        [16.757173214285714, 27.781216071428574],
      ],
      inertia: 66482.75752071742,
      iterations: 6,
      converged: true,
    });
  });

  it("tol is relative to the data's spread: the same points scaled by 0.001 still take 9 iterations", () => {
    // Xs = X * 0.001; KMeans(init=Xs[:3], ...) -> the same centres * 0.001, inertia_ 0.06643446397271514, n_iter_ 9.
    // An absolute tol of 1e-4 would stop after 2 iterations here.
    const scaled = data.points.map((p) => p.map((v) => v * 0.001));
    check(scaled, { k: 3, init: scaled.slice(0, 3) }, {
      centroids: [
        [-0.0035488620689655137, -0.00010364137931034335],
        [0.028338967000000007, -0.0020854920000000048],
        [0.016223297345132743, 0.027640465486725666],
      ],
      inertia: 0.06643446397271514,
      iterations: 9,
      converged: true,
    });
  });
});
