/**
 * Edge cases: ties (within one scan and across IVF lists scanned in probe order), k beyond the candidates, empty
 * lists, zero vectors under cosine, -0, and nprobe = nlist (which must be the exact answer).
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { buildIvf, evaluateIvf, exactTopK, searchIvf } from "#impl/two-tower-retrieval";
import { expectAllClose, expectClose, given, specs } from "../../../scripts/kit/index.ts";
import { expectNeighbours } from "./checks.ts";

specs("edge", "ties go to the lower item index", () => {
  it("exactTopK: four items tied at the top, k = 3, gives the three lowest indices", () => {
    // Python: np.argsort(-(np.array([[1, 1]]) @ X.T), axis=1, kind="stable")[:, :3]   -> [[0, 2, 3]]
    const items = [[1, 2], [0, 0], [1, 2], [1, 2], [2, 1]];
    const queries = [[1, 1]];
    const options = { k: 3 };
    given({ queries, items, options }, () => {
      const result = exactTopK(queries, items, options);
      expectNeighbours(result, 1);
      expectAllClose(result.ids[0], [0, 2, 3], 0, "ids[0]");
      expectAllClose(result.scores[0], [3, 3, 3], 0, "scores[0]");
    });
  });

  it("exactTopK: a tie at the cut-off keeps the lower index (k = 2 of scores 5, 2, 2, 2)", () => {
    const items = [[0, 2], [0, 2], [5, 0], [0, 2]];
    const queries = [[1, 1]];
    const options = { k: 2 };
    given({ queries, items, options }, () => {
      const result = exactTopK(queries, items, options);
      expectNeighbours(result, 1);
      expectAllClose(result.ids[0], [2, 0], 0, "ids[0]");
    });
  });

  it("exactTopK: 0 and -0 are equal scores", () => {
    const items = [[0, 1], [-0, 1], [-1, 0], [0, -1]];
    const queries = [[1, 0]];
    const options = { k: 2 };
    given({ queries, items, options }, () => {
      const result = exactTopK(queries, items, options);
      expectNeighbours(result, 1);
      expectAllClose(result.ids[0], [0, 1], 0, "ids[0]");
    });
  });

  it("searchIvf: a tie between lists scanned in probe order still goes to the lower id", () => {
    // Item 0 = [1, 5] is in list 1, item 1 = [1, -5] in list 0. The query [1, 0] is equidistant from both
    // centroids, so list 0 (holding item 1) is probed first; both items score 1: item 0 must come first.
    const items = [[1, 5], [1, -5]];
    const centroids = [[0, -5], [0, 5]];
    const queries = [[1, 0]];
    given({ items, centroids, queries }, () => {
      const index = buildIvf(items, centroids);
      const one = searchIvf(index, queries, { k: 1, nprobe: 2 });
      expectNeighbours(one, 1);
      expectAllClose(one.ids[0], [0], 0, "ids[0] with k = 1");
      const two = searchIvf(index, queries, { k: 2, nprobe: 2 });
      expectAllClose(two.ids[0], [0, 1], 0, "ids[0] with k = 2");
    });
  });

  it("searchIvf: tied items of a nearer list do not beat a lower id of a farther list", () => {
    // Lists: 0 = {0, 1} around [0, -4], 1 = {2, 3} around [0, 4]. The query [1, 1] probes list 1 first; items 1, 2
    // and 3 all score 2: the result is [1, 2] (then 3), not the first ones scanned.
    const items = [[0, -4], [3, -1], [0, 2], [-1, 3]];
    const centroids = [[0, -4], [0, 4]];
    const queries = [[1, 1]];
    given({ items, centroids, queries }, () => {
      const index = buildIvf(items, centroids);
      expectAllClose(index.lists[0], [0, 1], 0, "lists[0]");
      expectAllClose(index.lists[1], [2, 3], 0, "lists[1]");
      const result = searchIvf(index, queries, { k: 2, nprobe: 2 });
      expectNeighbours(result, 1);
      expectAllClose(result.ids[0], [1, 2], 0, "ids[0]");
    });
  });
});

specs("edge", "fewer candidates than k, empty lists, no queries", () => {
  it("exactTopK with k > n returns all n items, best first", () => {
    const items = [[1], [3], [2]];
    const queries = [[1], [-1]];
    const options = { k: 10 };
    given({ queries, items, options }, () => {
      const result = exactTopK(queries, items, options);
      expectNeighbours(result, 2);
      expectAllClose(result.ids[0], [1, 2, 0], 0, "ids[0]");
      expectAllClose(result.ids[1], [0, 2, 1], 0, "ids[1]");
      expectAllClose(result.scores[1], [-1, -2, -3], 0, "scores[1]");
    });
  });

  it("a centroid nearest to no item has an empty list; probing it adds nothing", () => {
    const items = [[0, 0], [1, 0], [0, 1]];
    const centroids = [[0, 0], [100, 100]];
    given({ items, centroids }, () => {
      const index = buildIvf(items, centroids);
      expectAllClose(index.lists[0], [0, 1, 2], 0, "lists[0]");
      expectAllClose(index.lists[1], [], 0, "lists[1]");
      // The query [90, 90] probes list 1 (empty) first: nprobe 1 finds nothing, nprobe 2 finds all three.
      const none = searchIvf(index, [[90, 90]], { k: 2, nprobe: 1 });
      expectNeighbours(none, 1);
      expectAllClose(none.ids[0], [], 0, "ids[0] at nprobe 1");
      expectAllClose(none.scanned, [0], 0, "scanned at nprobe 1");
      const both = searchIvf(index, [[90, 90]], { k: 2, nprobe: 2 });
      expectAllClose(both.ids[0], [1, 2], 0, "ids[0] at nprobe 2");
      expectAllClose(both.scanned, [3], 0, "scanned at nprobe 2");
      expectClose(evaluateIvf(index, [[90, 90]], { k: 2, nprobe: 1 }).recall, 0, 0, "recall at nprobe 1");
    });
  });

  it("searchIvf returns fewer than k items when the probed lists hold fewer", () => {
    const items = [[1, 0], [2, 0], [0, 1], [0, 2], [0, 3]];
    const centroids = [[1.5, 0], [0, 2]];
    given({ items, centroids }, () => {
      const index = buildIvf(items, centroids);
      const result = searchIvf(index, [[1, 0]], { k: 4, nprobe: 1 });
      expectNeighbours(result, 1);
      expectAllClose(result.ids[0], [1, 0], 0, "ids[0]");
      expectAllClose(result.scores[0], [2, 1], 0, "scores[0]");
    });
  });

  it("zero queries give empty results", () => {
    const items = [[1, 0], [0, 1]];
    given({ items }, () => {
      const exact = exactTopK([], items, { k: 1 });
      expectNeighbours(exact, 0);
      const ivf = searchIvf(buildIvf(items, [[1, 0]]), [], { k: 1, nprobe: 1 });
      expectNeighbours(ivf, 0);
      expectAllClose(ivf.scanned, [], 0, "scanned");
    });
  });
});

specs("edge", "cosine with zero vectors (scikit-learn: cosine 0, never NaN)", () => {
  it("a zero item scores 0, and a zero query scores every item 0", () => {
    // Python: cosine_similarity([[1, 0], [0, 0]], [[0, 0], [-1, 0], [2, 2], [0, 0]])
    //         -> [[0, -1, 0.7071067811865475, 0], [0, 0, 0, 0]]
    const items = [[0, 0], [-1, 0], [2, 2], [0, 0]];
    const queries = [[1, 0], [0, 0]];
    const options = { k: 3, metric: "cosine" as const };
    given({ queries, items, options }, () => {
      const result = exactTopK(queries, items, options);
      expectNeighbours(result, 2);
      expectAllClose(result.ids[0], [2, 0, 3], 0, "ids[0]");
      expectAllClose(result.scores[0], [0.7071067811865475, 0, 0], 1e-12, "scores[0]");
      expectAllClose(result.ids[1], [0, 1, 2], 0, "ids[1]");
      expectAllClose(result.scores[1], [0, 0, 0], 0, "scores[1]");
    });
  });
});

specs("edge", "probing every list is the exact search", () => {
  it("searchIvf with nprobe = nlist equals exactTopK (30 seeded queries, 400 items, 9 lists)", () => {
    const rng = seedrandom("two-tower-retrieval/edge/all-lists");
    const rows = (n: number) => Array.from({ length: n }, () => Array.from({ length: 5 }, () => rng() * 2 - 1));
    const items = rows(400);
    const centroids = rows(9);
    const queries = rows(30);
    given({ items, centroids, queries }, () => {
      const index = buildIvf(items, centroids);
      const ivf = searchIvf(index, queries, { k: 7, nprobe: 9 });
      const exact = exactTopK(queries, items, { k: 7 });
      expectNeighbours(ivf, 30);
      expectNeighbours(exact, 30);
      queries.forEach((_, a) => {
        expectAllClose(ivf.ids[a], exact.ids[a]!, 0, `ids[${a}]`);
        expectAllClose(ivf.scores[a], exact.scores[a]!, 1e-12, `scores[${a}]`);
      });
      expectAllClose(ivf.scanned, new Array<number>(30).fill(400), 0, "scanned");
      const evaluation = evaluateIvf(index, queries, { k: 7, nprobe: 9 });
      expectClose(evaluation.recall, 1, 1e-12, "recall");
      expectClose(evaluation.scannedFraction, 1, 1e-12, "scannedFraction");
    });
  });
});
