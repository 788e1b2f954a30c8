/** Mistake: searchIvf scans only the nearest list, whatever nprobe asks. */
import type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors } from "../two-tower-retrieval.ts";
import { withBugs } from "./lib/retrieval.ts";

export type { ExactOptions, IvfEvaluation, IvfIndex, IvfOptions, IvfSearchResult, Metric, Neighbours, QuantizerOptions, Vectors };

export const { exactTopK, trainQuantizer, buildIvf, searchIvf, evaluateIvf } = withBugs({ nearestListOnly: true });
