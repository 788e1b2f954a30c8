/** Mistake: the heap lets an equal score replace its root, so among tied items the later ones are kept. */
import type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors } from "../two-tower-retrieval.ts";
import { withBugs } from "./lib/retrieval.ts";

export type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors };

export const { exactTopK, trainQuantizer, buildIvf, searchIvf, evaluateIvf } = withBugs({ tiesToLater: true });
