/** Mistake: buildIvf puts each item in the list of the centroid with the largest dot product (an IndexFlatIP quantizer) instead of the nearest by L2. */
import type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors } from "../two-tower-retrieval.ts";
import { withBugs } from "./lib/retrieval.ts";

export type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors };

export const { exactTopK, trainQuantizer, buildIvf, searchIvf, evaluateIvf } = withBugs({ assignByDot: true });
