/** Mistake: evaluateIvf compares the IVF's top-k with the exact top-k of the IVF's own candidates, so recall is 1 by construction. */
import type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors } from "../two-tower-retrieval.ts";
import { withBugs } from "./lib/retrieval.ts";

export type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors };

export const { exactTopK, trainQuantizer, buildIvf, searchIvf, evaluateIvf } = withBugs({ recallAgainstCandidates: true });
