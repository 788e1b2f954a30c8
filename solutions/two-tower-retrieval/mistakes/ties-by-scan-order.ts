/** Mistake: searchIvf breaks ties by the order it scans the lists (probe order), not by the lower item id. */
// Items [1, 5] (id 0, list 1) and [1, -5] (id 1, list 0), query [1, 0]: list 0 is probed first, both score 1,
// and the result is [1] instead of [0].
import type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors } from "../two-tower-retrieval.ts";
import { buildIvf, evaluateIvf, exactTopK, searchIvf as reference, trainQuantizer } from "../two-tower-retrieval.ts";

export type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors };
export { buildIvf, evaluateIvf, exactTopK, trainQuantizer };

function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += (a[t]! - b[t]!) ** 2;
  return s;
}

export function searchIvf(index: IvfIndex, queries: Vectors, options: IvfOptions): IvfSearchResult {
  reference(index, queries, options); // validates
  const result: IvfSearchResult = { ids: [], scores: [], scanned: [] };
  for (const q of queries) {
    const probed = index.centroids
      .map((c, j) => ({ j, d: squaredDistance(q, c) }))
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .slice(0, options.nprobe);
    const candidates: { id: number; score: number }[] = [];
    for (const { j } of probed) {
      const ids = index.lists[j]!;
      const vectors = index.listVectors[j]!;
      ids.forEach((id, p) => {
        let score = 0;
        for (let t = 0; t < index.dim; t++) score += q[t]! * vectors[p * index.dim + t]!;
        candidates.push({ id, score });
      });
    }
    candidates.sort((a, b) => b.score - a.score); // BUG: a stable sort keeps the scan order among equal scores
    const top = candidates.slice(0, options.k);
    result.ids.push(top.map((c) => c.id));
    result.scores.push(top.map((c) => c.score));
    result.scanned.push(candidates.length);
  }
  return result;
}
