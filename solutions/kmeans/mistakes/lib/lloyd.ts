/**
 * Scaffolding for the mistake solutions (not a mistake itself: the grader lists only mistakes/*.ts).
 *
 * A plain Lloyd's loop over number[][], the way it is usually written at a whiteboard, with switches that put in
 * one known bug each. Validation and the initial centres come from the reference (kMeans with maxIter: 0), so a
 * mistake differs from the reference only by its one bug.
 */
import { kMeans as reference, type KMeansOptions, type KMeansResult, type Points } from "../../kmeans.ts";

export interface Bugs {
  /** Assignment ties go to the highest centre index (`<=` instead of `<`). */
  tiesToHighest?: boolean;
  /** What happens to a cluster with no points: the stated rule, a 0/0 mean (NaN), or keeping its old centre. */
  emptyCluster?: "relocate" | "nan" | "keep";
  /** The initial centres are the caller's own row arrays (no copy), and the update writes into them. */
  aliasCallerRows?: boolean;
  /** Returns the labels and inertia of the last assignment step, i.e. for the centres before the last update. */
  staleLabels?: boolean;
  /** Re-seeding an empty cluster: a tie for the farthest point goes to the highest point index (`>=`, not `>`). */
  relocationTiesToHighest?: boolean;
  /** tol is scaled by the sample variance of each feature (dividing by n − 1), not the population variance (n). */
  sampleVariance?: boolean;
}

function dist2(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += (a[t]! - b[t]!) ** 2;
  return s;
}

function nearest(points: Points, centres: number[][], tiesToHighest: boolean): { labels: number[]; d2: number[] } {
  const labels: number[] = [];
  const d2: number[] = [];
  for (const p of points) {
    let best = 0;
    let bestD = dist2(p, centres[0]!);
    for (let j = 1; j < centres.length; j++) {
      const dj = dist2(p, centres[j]!);
      if (dj < bestD || (tiesToHighest && dj === bestD)) {
        bestD = dj;
        best = j;
      }
    }
    labels.push(best);
    d2.push(bestD);
  }
  return { labels, d2 };
}

function meanVariance(points: Points, sample: boolean): number {
  const n = points.length;
  const d = points[0]!.length;
  let total = 0;
  for (let t = 0; t < d; t++) {
    const mean = points.reduce((s, p) => s + p[t]!, 0) / n;
    total += points.reduce((s, p) => s + (p[t]! - mean) ** 2, 0) / (sample ? n - 1 : n); // BUG (when enabled): n − 1
  }
  return total / d;
}

export function lloydWithBugs(points: Points, options: KMeansOptions, bugs: Bugs): KMeansResult {
  reference(points, options); // validates the contract (throws the reference's errors)
  const start = reference(points, { ...options, maxIter: 0 }); // the seeded initial centres
  const { k } = options;
  const maxIter = options.maxIter ?? 300;
  const threshold = (options.tol ?? 1e-4) * meanVariance(points, bugs.sampleVariance ?? false);
  const ties = bugs.tiesToHighest ?? false;

  let centres: number[][] = start.centroids;
  if (bugs.aliasCallerRows && !Array.isArray(options.init)) {
    // BUG: keep a reference to the caller's row instead of a copy.
    centres = centres.map((c) => (points.find((p) => dist2(p, c) === 0) as number[] | undefined) ?? c);
  }

  let iterations = 0;
  let converged = false;
  let last = nearest(points, centres, ties);
  while (iterations < maxIter) {
    const { labels, d2 } = nearest(points, centres, ties);
    last = { labels: [...labels], d2: [...d2] };
    const members: number[][] = Array.from({ length: k }, () => []);
    labels.forEach((l, i) => members[l]!.push(i));
    if ((bugs.emptyCluster ?? "relocate") === "relocate") {
      for (let e = 0; e < k; e++) {
        if (members[e]!.length > 0) continue;
        let far = -1;
        for (let i = 0; i < points.length; i++) {
          if (members[labels[i]!]!.length < 2) continue;
          // BUG (when enabled): `>=` lets a later point at the same distance win the tie.
          if (far < 0 || d2[i]! > d2[far]! || (bugs.relocationTiesToHighest && d2[i]! === d2[far]!)) far = i;
        }
        const donor = members[labels[far]!]!;
        donor.splice(donor.indexOf(far), 1);
        members[e]!.push(far);
        labels[far] = e;
        d2[far] = 0;
      }
    }
    let shift = 0;
    centres.forEach((centre, j) => {
      const idx = members[j]!;
      if (idx.length === 0 && bugs.emptyCluster === "keep") return; // BUG (when enabled): the centre stays put
      const mean = centre.map((_, t) => idx.reduce((s, i) => s + points[i]![t]!, 0) / idx.length); // 0/0 = NaN if empty
      shift += dist2(mean, centre);
      if (bugs.aliasCallerRows) mean.forEach((v, t) => (centre[t] = v)); // BUG (when enabled): writes into the caller's row
      else centres[j] = mean;
    });
    iterations++;
    if (shift <= threshold) {
      converged = true;
      break;
    }
  }
  const final = bugs.staleLabels && iterations > 0 ? last : nearest(points, centres, ties);
  return {
    centroids: centres.map((c) => [...c]),
    labels: final.labels,
    inertia: final.d2.reduce((a, b) => a + b, 0),
    iterations,
    converged,
  };
}
