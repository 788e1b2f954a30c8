/**
 * Comparison workloads for `npm run compare -- kmeans` (hidden like the specs): the kata's fixtures and a scale
 * case, run on the learner's code and on the reference. Quality: the inertia (lower is better).
 *
 * Two correct solutions with different random generators may start k-means++ differently and stop in different
 * local minima, so every workload here either starts from explicit centres (deterministic) or compares what every
 * correct run shares (the recovered blob centres, sorted).
 *
 * Pictures (`npm run report`): each 2-D fixture's points coloured by the returned labels, with the returned
 * centroids as marks.
 */
import { kMeans, type KMeansResult } from "#impl/kmeans";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";
import { gaussianBlobs, loadBlobs, type BlobFixture } from "./helpers.ts";

const inertia = { name: "inertia", better: "lower", of: (result: KMeansResult) => result.inertia } as const;

/** Centroids in lexicographic order: independent of which cluster got which index. */
function sortedCentroids(result: KMeansResult): number[][] {
  return [...result.centroids].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
}

/** The fixture's points coloured by the labels the code returned, and its centroids as marks (k <= 10, n <= 300). */
function clusterScatter(title: string) {
  return (result: KMeansResult, input: BlobFixture): Plot => ({
    type: "scatter",
    title,
    x: "x₁",
    y: "x₂",
    points: input.points.map((p, i) => ({ x: p[0]!, y: p[1]!, group: `cluster ${result.labels[i]}` })),
    marks: result.centroids.map((c, j) => ({ x: c[0]!, y: c[1]!, label: `centroid ${j}` })),
  });
}

export default defineComparison([
  workload({
    name: "kMeans on blobs-separated.json (k-means++, seed 0)",
    kind: "fixture",
    setup: () => loadBlobs("blobs-separated"),
    run: ({ points, k }) => kMeans(points, { k, seed: 0 }),
    view: sortedCentroids,
    quality: inertia,
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: clusterScatter("blobs-separated.json: 4 blobs, k-means++ (seed 0): points by label, centroids marked"),
  }),
  workload({
    name: "kMeans on blobs-overlapping.json (init: its first 3 rows)",
    kind: "fixture",
    setup: () => loadBlobs("blobs-overlapping"),
    run: ({ points, k }) => kMeans(points, { k, init: points.slice(0, k) }),
    view: (result) => ({ centroids: result.centroids, iterations: result.iterations }),
    quality: inertia,
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: clusterScatter("blobs-overlapping.json: 3 overlapping blobs from its first 3 rows: points by label, centroids marked"),
  }),
  workload({
    name: "kMeans, n = 100,000, d = 16, k = 8 (init: one point of each blob, maxIter 10)",
    kind: "scale",
    setup: () => gaussianBlobs(100_000, 16, 8),
    run: (points) => kMeans(points, { k: 8, init: points.slice(0, 8), maxIter: 10 }),
    view: (result) => result.centroids,
    quality: inertia,
    agreement: { kind: "close", tolerance: 1e-6 },
    repeats: 3,
  }),
]);
