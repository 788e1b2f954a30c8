/** The worked examples of the ndcg prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/ndcg";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (scripts/fixtures/golden/ndcg.py): scikit-learn 1.9.1 dcg_score / ndcg_score([rel], [scores], k=k); the
// exponential gain passes [2**r - 1 for r in rel] as y_true; ignoreTies is np.argsort(-scores, kind="stable");
// MRR and hit-rate use the same stable order (see queries.spec.ts).
export default defineExamples(impl, [
  { comment: "Relevance of six candidates listed in score order (best first)." },
  { setup: "const rel = [3, 2, 3, 0, 1, 2];\nconst scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];" },
  // ndcg_score([[3,2,3,0,1,2]], [[.9,.8,.7,.6,.5,.4]]) -> 0.9608081943360616
  { code: "ndcg(rel, scores)", expected: 0.9608081943360616, show: "0.96081", tolerance: 1e-12 },
  // ndcg_score(..., k=3) -> 0.9777813616305048
  { code: "ndcg(rel, scores, { k: 3 })", expected: 0.9777813616305048, show: "0.97778", tolerance: 1e-12 },
  // dcg_score([[3,2,3,0,1,2]], [[.9,.8,.7,.6,.5,.4]], k=3) -> 5.761859507142915
  { code: "dcg(rel, scores, { k: 3 })", expected: 5.761859507142915, show: "5.76186", note: "3/1 + 2/log2(3) + 3/2", tolerance: 1e-12 },
  // ndcg_score([[2**r-1 for r in [3,2,3,0,1,2]]], [[.9,.8,.7,.6,.5,.4]]) -> 0.9488107485678983
  {
    code: 'ndcg(rel, scores, { gain: "exponential" })',
    expected: 0.9488107485678983,
    show: "0.94881",
    note: "gain 2^rel - 1",
    tolerance: 1e-12,
  },
  { gap: true },
  { comment: "The ideal DCG comes from the whole list, not from the top k you retrieved:" },
  // ndcg_score([[1,0,1]], [[.9,.8,.1]], k=2) -> 0.6131471927654585
  {
    code: "ndcg([1, 0, 1], [0.9, 0.8, 0.1], { k: 2 })",
    expected: 0.6131471927654585,
    show: "0.61315",
    note: "1 / (1 + 1/log2(3)), not 1",
    tolerance: 1e-12,
  },
  { code: "ndcg([0, 0, 0], [0.3, 0.2, 0.1])", expected: 0, note: "nothing relevant: 0, not NaN" },
  { gap: true },
  { comment: "Equal scores share their average gain (scikit-learn's default), unless ignoreTies:" },
  // ndcg_score([[10,0,0,1,5]], [[1,0,0,0,1]], k=1) -> 0.75
  { code: "ndcg([10, 0, 0, 1, 5], [1, 0, 0, 0, 1], { k: 1 })", expected: 0.75, note: "(10 + 5) / 2 / 10", tolerance: 1e-12 },
  // ndcg_stable([10,0,0,1,5], [1,0,0,0,1], k=1) -> 1.0
  {
    code: "ndcg([10, 0, 0, 1, 5], [1, 0, 0, 0, 1], { k: 1, ignoreTies: true })",
    expected: 1,
    note: "the lower index first",
    tolerance: 1e-12,
  },
  { gap: true },
  {
    setup: [
      "const queries = [",
      "  { relevance: [0, 0, 1, 0], scores: [0.9, 0.8, 0.7, 0.6] },         // first relevant at rank 3",
      "  { relevance: [0, 1, 1], scores: [0.3, 0.2, 0.9] },                  // rank 1",
      "  { relevance: [0, 0, 0], scores: [0.1, 0.2, 0.3] },                  // nothing relevant",
      "  { relevance: [2, 0, 0, 0, 0], scores: [0.1, 0.5, 0.4, 0.3, 0.2] }, // rank 5",
      "];",
    ].join("\n"),
  },
  // np.mean([rr(r, s) for r, s in M]) -> 0.3833333333333333
  { code: "mrr(queries)", expected: 0.3833333333333333, show: "0.38333", note: "(1/3 + 1 + 0 + 1/5) / 4", tolerance: 1e-12 },
  // np.mean([rr(r, s, k=3) for r, s in M]) -> 0.3333333333333333
  { code: "mrr(queries, 3)", expected: 1 / 3, show: "0.33333", note: "rank 5 is past k = 3", tolerance: 1e-12 },
  // np.mean([hit(r, s, k=3) for r, s in M]) -> 0.5
  { code: "hitRate(queries, 3)", expected: 0.5, note: "ranks 3 and 1 are within 3", tolerance: 1e-12 },
  // np.mean([ndcg_score([r], [s], k=3) for r, s in M]) -> 0.3549301972870469
  { code: "meanNdcg(queries, { k: 3 })", expected: 0.3549301972870469, show: "0.35493", note: "the third query counts as 0", tolerance: 1e-12 },
]);
