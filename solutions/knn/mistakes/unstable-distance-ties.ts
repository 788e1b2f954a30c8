/** Mistake: equal distances are not broken by training index: the heap lets a later point replace an equally near one. */
// A bounded max-heap that admits a candidate when it is at most as far as the worst kept one (`<=`): among
// equally near points the later indices win, and they come out in heap order. The 5 nearest of 0 on
// 1, −1, 2, −2, 1, −1, 3 come back as [5, 0, 1, 4, 3] instead of [0, 1, 4, 5, 2].
import { buildKnn, squaredDistance, type Finder, type KnnOptions, type Neighbours, type Points, type Weights } from "./lib/knn-core.ts";

export type { KnnOptions, Neighbours, Points, Weights };

const heapFinder: Finder = (train, source, q, k, skip) => {
  const heap: { s: number; i: number }[] = []; // max-heap on s only
  const siftDown = (start: number) => {
    let parent = start;
    for (;;) {
      let child = 2 * parent + 1;
      if (child >= heap.length) return;
      if (child + 1 < heap.length && heap[child + 1]!.s > heap[child]!.s) child++;
      if (heap[child]!.s <= heap[parent]!.s) return;
      [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
      parent = child;
    }
  };
  for (let i = 0; i < train.rows; i++) {
    if (i === skip) continue;
    const s = squaredDistance(train, i, source, q);
    if (heap.length < k) {
      heap.push({ s, i });
      for (let c = heap.length - 1; c > 0 && heap[(c - 1) >> 1]!.s < heap[c]!.s; c = (c - 1) >> 1) {
        [heap[c], heap[(c - 1) >> 1]] = [heap[(c - 1) >> 1]!, heap[c]!];
      }
    } else if (s <= heap[0]!.s) {
      // BUG: `<=` replaces an equally near point that has a lower index.
      heap[0] = { s, i };
      siftDown(0);
    }
  }
  // BUG: sorted by distance only, with a sort of the heap's order: equal distances stay in heap order.
  const out: { s: number; i: number }[] = [];
  while (heap.length > 0) {
    out.push(heap[0]!);
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      siftDown(0);
    }
  }
  out.reverse();
  return { indices: out.map((e) => e.i), squared: out.map((e) => e.s) };
};

export const { kNeighbors, knnClassify, knnRegress } = buildKnn({ find: heapFinder });
