/**
 * Shared pieces of the ndcg mistakes. Each mistake validates its input through the reference (so that the specs
 * on errors pass and its signature shows only its own bug), then computes its own, buggy, answer with the pieces
 * below: the same fast top-K heap as the reference, so that a mistake is as fast as a right answer and fails the
 * specs that catch its bug, not the scale spec.
 */
import { dcg as referenceDcg, meanNdcg as referenceMeanNdcg, type DcgOptions, type Gain, type Numbers, type Query } from "../../ndcg.ts";

export {
  dcg as referenceDcg,
  hitRate as referenceHitRate,
  meanNdcg as referenceMeanNdcg,
  mrr as referenceMrr,
  ndcg as referenceNdcg,
} from "../../ndcg.ts";
export type { DcgOptions, Gain, Numbers, Query } from "../../ndcg.ts";

/** The right discount of the 0-based position p (rank p + 1): 1 / log2(p + 2). */
export const log2Discount = (position: number): number => 1 / Math.log2(position + 2);

export type Discount = (position: number) => number;

/** Linear gain = relevance; exponential = 2^rel − 1. */
export function gainsOf(relevance: Numbers, gain: Gain | undefined): Float64Array {
  const gains = new Float64Array(relevance.length);
  for (let i = 0; i < relevance.length; i++) gains[i] = gain === "exponential" ? 2 ** relevance[i]! - 1 : relevance[i]!;
  return gains;
}

/** The cut: k, or the whole list. */
export function cutOf(options: DcgOptions | undefined, n: number): number {
  return Math.min(options?.k ?? n, n);
}

/** Indices of the `count` highest values, highest first, equal values by the lower index: a bounded min-heap. */
export function topIndices(values: Numbers, count: number): number[] {
  const heap: number[] = [];
  // a is worse than b: lower value, or the same value and a higher index.
  const worse = (a: number, b: number) => values[a]! < values[b]! || (values[a] === values[b] && a > b);
  const down = (from: number) => {
    for (let pos = from; ; ) {
      let child = 2 * pos + 1;
      if (child >= heap.length) return;
      if (child + 1 < heap.length && worse(heap[child + 1]!, heap[child]!)) child++;
      if (!worse(heap[child]!, heap[pos]!)) return;
      [heap[pos], heap[child]] = [heap[child]!, heap[pos]!];
      pos = child;
    }
  };
  for (let i = 0; i < values.length && count > 0; i++) {
    if (heap.length < count) {
      heap.push(i);
      for (let pos = heap.length - 1; pos > 0 && worse(heap[pos]!, heap[(pos - 1) >> 1]!); pos = (pos - 1) >> 1) {
        [heap[pos], heap[(pos - 1) >> 1]] = [heap[(pos - 1) >> 1]!, heap[pos]!];
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      down(0);
    }
  }
  const out: number[] = new Array<number>(heap.length);
  for (let slot = heap.length - 1; slot >= 0; slot--) {
    out[slot] = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
  }
  return out;
}

/** DCG@cut of the candidates in rank order, equal scores by the lower index (no averaging). */
export function orderedDcg(gains: Float64Array, scores: Numbers, cut: number, discount: Discount = log2Discount): number {
  const top = topIndices(scores, cut);
  let total = 0;
  for (let r = 0; r < top.length; r++) total += gains[top[r]!]! * discount(r);
  return total;
}

/** Tie-averaged DCG@cut, the right rule: the group straddling the cut is averaged over all its members. */
export function tieAveragedDcg(gains: Float64Array, scores: Numbers, cut: number, discount: Discount = log2Discount): number {
  const top = topIndices(scores, cut);
  let total = 0;
  for (let start = 0; start < top.length; ) {
    const score = scores[top[start]!]!;
    let end = start;
    let discounts = 0;
    while (end < top.length && scores[top[end]!] === score) discounts += discount(end++);
    let sum = 0;
    let count = 0;
    for (let i = 0; i < scores.length; i++) {
      if (scores[i] === score) {
        sum += gains[i]!;
        count++;
      }
    }
    total += (sum / count) * discounts;
    start = end;
  }
  return total;
}

/** DCG@cut of the best order: the cut highest gains. */
export function idealDcg(gains: Float64Array, cut: number, discount: Discount = log2Discount): number {
  return orderedDcg(gains, gains, cut, discount);
}

/** The right NDCG from a DCG and an ideal DCG: 0 when nothing is relevant. */
export function ratio(actual: number, ideal: number): number {
  return ideal === 0 ? 0 : actual / ideal;
}

/** The 1-based rank of the best-ranked relevant candidate (ties to the lower index); Infinity if none. */
export function firstRelevantRank(query: Query): number {
  const { relevance, scores } = query;
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (relevance[i]! > 0 && (best < 0 || scores[i]! > scores[best]!)) best = i;
  if (best < 0) return Infinity;
  let above = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > scores[best]! || (scores[i] === scores[best] && i < best)) above++;
  return above + 1;
}

/** meanNdcg built on a (buggy) single-query ndcg: validated by the reference first, then the plain mean. */
export function meanOf(
  queries: readonly Query[],
  options: DcgOptions | undefined,
  ndcgOf: (relevance: Numbers, scores: Numbers, options?: DcgOptions) => number,
): number {
  referenceMeanNdcg(queries, options); // validates the contract
  let total = 0;
  for (const query of queries) total += ndcgOf(query.relevance, query.scores, options);
  return total / queries.length;
}

/**
 * dcg, ndcg and meanNdcg computed right (validated by the reference, ties averaged unless ignoreTies) except for
 * the discount: for the mistakes whose only bug is the discount.
 */
export function metricsWithDiscount(discount: Discount) {
  function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
    referenceDcg(relevance, scores, options); // validates the contract
    const gains = gainsOf(relevance, options?.gain);
    const cut = cutOf(options, gains.length);
    return options?.ignoreTies ? orderedDcg(gains, scores, cut, discount) : tieAveragedDcg(gains, scores, cut, discount);
  }
  function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
    const actual = dcg(relevance, scores, options);
    return ratio(actual, idealDcg(gainsOf(relevance, options?.gain), cutOf(options, relevance.length), discount));
  }
  const meanNdcg = (queries: readonly Query[], options?: DcgOptions): number => meanOf(queries, options, ndcg);
  return { dcg, ndcg, meanNdcg };
}
