/** The worked examples of the two-tower-retrieval prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/two-tower-retrieval";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python (numpy 2.x, scikit-learn 1.9.1, faiss-cpu 1.15.1; scripts/fixtures/golden/two-tower-retrieval.py):
//   np.argsort(-(Q @ X.T), axis=1, kind="stable")[:, :3]                       -> [[2, 4, 1], [2, 0, 4]]
//   np.argsort(-cosine_similarity([[1, 1]], Y), axis=1, kind="stable")[:, :2]  -> [[1, 4]]
//   q = faiss.IndexFlatL2(2); q.add(C); ix = faiss.IndexIVFFlat(q, 2, 2, faiss.METRIC_INNER_PRODUCT); ix.add(X)
//   lists -> [[0, 2, 4], [1, 3]]; ix.nprobe = 1; ix.search([[0, 1]], 2) -> ids [[1, 3]], scores [[2, 1]]
export default defineExamples(impl, [
  { setup: "const X = [[1, 0], [0, 2], [3, 1], [-1, 1], [2, 2]];" },
  {
    code: "exactTopK([[1, 1], [2, -1]], X, { k: 3 })",
    expected: { ids: [[2, 4, 1], [2, 0, 4]], scores: [[4, 4, 2], [5, 2, 2]] },
    note: "ties to the lower index",
  },
  { gap: true },
  { setup: "const Y = [[3, 0], [1, 1], [0, 2], [-2, -2], [1, 3]];" },
  { code: "exactTopK([[1, 1]], Y, { k: 2 }).ids", expected: [[4, 0]], note: "the long [3, 0] wins" },
  { code: 'exactTopK([[1, 1]], Y, { k: 2, metric: "cosine" }).ids', expected: [[1, 4]], note: "the angle only" },
  { gap: true },
  { setup: "const index = buildIvf(X, [[2, 0], [0, 2]]);" },
  { code: "index.lists", expected: [[0, 2, 4], [1, 3]], note: "[2, 2] ties: list 0" },
  { code: "searchIvf(index, [[0, 1]], { k: 2, nprobe: 1 })", expected: { ids: [[1, 3]], scores: [[2, 1]], scanned: [2] } },
  { code: "exactTopK([[0, 1]], X, { k: 2 }).ids", expected: [[1, 4]] },
  { code: "evaluateIvf(index, [[0, 1]], { k: 2, nprobe: 1 })", expected: { recall: 0.5, scannedFraction: 0.4 } },
  { code: "evaluateIvf(index, [[0, 1]], { k: 2, nprobe: 2 })", expected: { recall: 1, scannedFraction: 1 } },
]);
