/** Mistake: sorts all n scores of every query to keep k, O(n log n) per query instead of a bounded heap, O(n log k). */
import type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors } from "../two-tower-retrieval.ts";
import { withBugs } from "./lib/retrieval.ts";

export type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors };

export const { exactTopK, trainQuantizer, buildIvf, searchIvf, evaluateIvf } = withBugs({ fullSort: true });
