/**
 * Golden cases for two-tower-retrieval: numpy / scikit-learn for exact search, faiss-cpu 1.15.1 for the IVF
 * (IndexIVFFlat over an IndexFlatL2 quantizer holding the given centroids, METRIC_INNER_PRODUCT). The fixture's
 * values lie on a 1/256 grid, so faiss's float32 arithmetic is exact there and agrees with numpy bit for bit;
 * scripts/fixtures/golden/two-tower-retrieval.py asserts it, and that no tie decides a golden answer.
 */
import { it } from "vitest";
import { buildIvf, evaluateIvf, exactTopK, searchIvf } from "#impl/two-tower-retrieval";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectNeighbours } from "./checks.ts";
import { loadCatalogue, loadGolden } from "./helpers.ts";

const TOLERANCE = 1e-9;

function expectRows(actual: { ids: number[][]; scores: number[][] }, expected: { ids: number[][]; scores: number[][] }, tolerance: number): void {
  expected.ids.forEach((ids, q) => {
    expectAllClose(actual.ids[q], ids, 0, `ids[${q}]`);
    expectAllClose(actual.scores[q], expected.scores[q]!, tolerance, `scores[${q}]`);
  });
}

specs("correct", "exactTopK: small golden cases (numpy, scikit-learn)", () => {
  const X = [[1, 0], [0, 2], [3, 1], [-1, 1], [2, 2]];
  const Y = [[3, 0], [1, 1], [0, 2], [-2, -2], [1, 3]];

  it("dot product, k = 3 (with ties)", () => {
    const queries = [[1, 1], [2, -1]];
    const options = { k: 3 };
    // Python: S = Q @ X.T; ids = np.argsort(-S, axis=1, kind="stable")[:, :3]   -> [[2, 4, 1], [2, 0, 4]]
    //         np.take_along_axis(S, ids, axis=1)                                -> [[4, 4, 2], [5, 2, 2]]
    given({ queries, items: X, options }, () => {
      const result = exactTopK(queries, X, options);
      expectNeighbours(result, 2);
      expectRows(result, { ids: [[2, 4, 1], [2, 0, 4]], scores: [[4, 4, 2], [5, 2, 2]] }, TOLERANCE);
    });
  });

  it("dot product keeps the item norm: the long [3, 0] ranks second for [1, 1]", () => {
    const queries = [[1, 1], [1, 0]];
    const options = { k: 2, metric: "dot" as const };
    // Python: S = Q @ Y.T; np.argsort(-S, axis=1, kind="stable")[:, :2]   -> [[4, 0], [0, 1]], scores [[4, 3], [3, 1]]
    given({ queries, items: Y, options }, () => {
      const result = exactTopK(queries, Y, options);
      expectNeighbours(result, 2);
      expectRows(result, { ids: [[4, 0], [0, 1]], scores: [[4, 3], [3, 1]] }, TOLERANCE);
    });
  });

  it("cosine ranks by the angle only", () => {
    const queries = [[1, 1], [1, 0]];
    const options = { k: 2, metric: "cosine" as const };
    // Python: S = sklearn.metrics.pairwise.cosine_similarity(Q, Y); np.argsort(-S, axis=1, kind="stable")[:, :2]
    //         -> [[1, 4], [0, 1]], scores [[0.9999999999999998, 0.8944271909999157], [1.0, 0.7071067811865475]]
    given({ queries, items: Y, options }, () => {
      const result = exactTopK(queries, Y, options);
      expectNeighbours(result, 2);
      expectRows(result, { ids: [[1, 4], [0, 1]], scores: [[0.9999999999999998, 0.8944271909999157], [1, 0.7071067811865475]] }, 1e-12);
    });
  });
});

specs("correct", "exactTopK on fixtures/two-tower-retrieval/catalogue.json (1,500 items, d = 16, 20 queries)", () => {
  const catalogue = loadCatalogue();
  const golden = loadGolden();

  it("dot product top-10 equals numpy's", () => {
    const options = { k: 10 };
    // Python: np.argsort(-(Q @ X.T), axis=1, kind="stable")[:, :10]; e.g. ids[0][:3] -> see golden.json
    given({ queries: catalogue.queries, items: catalogue.items, options }, () => {
      const result = exactTopK(catalogue.queries, catalogue.items, options);
      expectNeighbours(result, 20);
      expectRows(result, golden.dot, TOLERANCE);
    });
  });

  it("cosine top-10 equals scikit-learn's (and differs from the dot top-10)", () => {
    const options = { k: 10, metric: "cosine" as const };
    // Python: np.argsort(-cosine_similarity(Q, X), axis=1, kind="stable")[:, :10]
    given({ queries: catalogue.queries, items: catalogue.items, options }, () => {
      const result = exactTopK(catalogue.queries, catalogue.items, options);
      expectNeighbours(result, 20);
      expectRows(result, golden.cosine, 1e-12);
    });
  });
});

specs("correct", "the IVF equals faiss IndexIVFFlat (L2 quantizer with the given centroids, inner product) on the fixture", () => {
  const catalogue = loadCatalogue();
  const golden = loadGolden();

  it("buildIvf: the inverted lists equal faiss's invlists (12 lists)", () => {
    // Python: q = faiss.IndexFlatL2(16); q.add(C); ix = faiss.IndexIVFFlat(q, 16, 12, faiss.METRIC_INNER_PRODUCT)
    //         ix.add(X); faiss.rev_swig_ptr(ix.invlists.get_ids(c), ix.invlists.list_size(c))   (sizes 172, 151, ...)
    given({ items: catalogue.items, centroids: catalogue.centroids }, () => {
      const index = buildIvf(catalogue.items, catalogue.centroids);
      if (!Array.isArray(index.lists) || index.lists.length !== 12) fail("the index should have 12 lists", 12, index.lists);
      golden.lists.forEach((list, c) => expectAllClose(index.lists[c], list, 0, `lists[${c}]`));
      expectAllClose(index.centroids.flat(), catalogue.centroids.flat(), 0, "centroids (flattened)");
      expectClose(index.size, 1500, 0, "size");
      expectClose(index.dim, 16, 0, "dim");
    });
  });

  for (const nprobe of [1, 3, 12]) {
    it(`searchIvf with nprobe = ${nprobe}: ids, scores and items scanned equal faiss's`, () => {
      const options = { k: 10, nprobe };
      // Python: ix.nprobe = nprobe; scores, ids = ix.search(Q, 10)   (nprobe 12 = every list = the exact answer)
      given({ items: catalogue.items, centroids: catalogue.centroids, queries: catalogue.queries, options }, () => {
        const index = buildIvf(catalogue.items, catalogue.centroids);
        const result = searchIvf(index, catalogue.queries, options);
        expectNeighbours(result, 20);
        const expected = golden.ivf[String(nprobe)]!;
        expectRows(result, expected, TOLERANCE);
        expectAllClose(result.scanned, expected.scanned, 0, "scanned");
      });
    });
  }

  it("evaluateIvf: recall@10 0.73 at nprobe 1 and 0.845 at nprobe 3, against the exact top-10 over all items", () => {
    // Python: np.mean([len(set(ivf) & set(exact)) / 10 for ivf, exact in zip(ids, dot_ids)])  -> 0.73, 0.845, 1.0
    //         np.mean(scanned) / 1500                                                        -> 0.1198, 0.295, 1.0
    given({ items: catalogue.items, centroids: catalogue.centroids, queries: catalogue.queries }, () => {
      const index = buildIvf(catalogue.items, catalogue.centroids);
      for (const nprobe of [1, 3, 12]) {
        const expected = golden.ivf[String(nprobe)]!;
        const evaluation = evaluateIvf(index, catalogue.queries, { k: 10, nprobe });
        if (typeof evaluation !== "object" || evaluation === null) fail("evaluateIvf should return { recall, scannedFraction }", "an object", evaluation);
        expectClose(evaluation.recall, expected.recall, 1e-12, `recall at nprobe ${nprobe}`);
        expectClose(evaluation.scannedFraction, expected.scannedFraction, 1e-12, `scannedFraction at nprobe ${nprobe}`);
      }
    });
  });
});

specs("correct", "the IVF on the prompt's small example (faiss)", () => {
  const X = [[1, 0], [0, 2], [3, 1], [-1, 1], [2, 2]];
  const C = [[2, 0], [0, 2]];

  it("lists, search at nprobe 1, and recall against the exact answer", () => {
    // Python: faiss lists -> [[0, 2, 4], [1, 3]] ([2, 2] is equidistant: faiss and we take list 0)
    //         ix.nprobe = 1; ix.search([[0, 1]], 2) -> ids [[1, 3]], scores [[2, 1]]; exact top-2 [1, 4] -> recall 0.5
    given({ items: X, centroids: C }, () => {
      const index = buildIvf(X, C);
      expectAllClose(index.lists[0], [0, 2, 4], 0, "lists[0]");
      expectAllClose(index.lists[1], [1, 3], 0, "lists[1]");
      const result = searchIvf(index, [[0, 1]], { k: 2, nprobe: 1 });
      expectNeighbours(result, 1);
      expectRows(result, { ids: [[1, 3]], scores: [[2, 1]] }, TOLERANCE);
      expectAllClose(result.scanned, [2], 0, "scanned");
      const evaluation = evaluateIvf(index, [[0, 1]], { k: 2, nprobe: 1 });
      expectClose(evaluation.recall, 0.5, 1e-12, "recall");
      expectClose(evaluation.scannedFraction, 0.4, 1e-12, "scannedFraction");
    });
  });
});
