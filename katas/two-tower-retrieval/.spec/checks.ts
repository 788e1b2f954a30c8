/** Shape checks shared by the two-tower-retrieval specs. */
import { fail } from "../../../scripts/kit/index.ts";

/** Checks that a result has the { ids, scores } shape with one row per query. */
export function expectNeighbours(result: unknown, queries: number, what = "the result"): asserts result is { ids: number[][]; scores: number[][] } {
  if (typeof result !== "object" || result === null) fail(`${what} should be { ids, scores }`, "an object", result);
  const r = result as { ids?: unknown; scores?: unknown };
  if (!Array.isArray(r.ids) || !Array.isArray(r.scores)) fail(`${what} should have arrays ids and scores`, "{ ids: number[][], scores: number[][] }", result);
  if (r.ids.length !== queries || r.scores.length !== queries) {
    fail(`${what} should have one row per query (${queries})`, `${queries} rows`, `ids: ${r.ids.length} rows, scores: ${r.scores.length} rows`);
  }
}

