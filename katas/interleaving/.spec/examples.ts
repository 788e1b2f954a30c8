/** The worked examples of the interleaving prompt (its "## Examples" section is their rendering; `npm run try`). */
import * as impl from "#impl/interleaving";
import { defineExamples } from "../../../scripts/kit/examples.ts";

// Python: team_draft(...) as transcribed from Radlinski et al. (2008), Algorithm 2, and binomtest(3, 4, 0.5).pvalue
// -> 0.625 (scipy 1.17.1); see scripts/fixtures/golden/interleaving.py. The seeded example: seedrandom("query-42")
// draws 0.284, 0.229, 0.886, so the coins of its three rounds are A, A, B.
export default defineExamples(impl, [
  {
    code: 'teamDraftInterleave([1, 2, 3, 4], [2, 1, 5, 6], ["A", "B", "A"])',
    expected: { items: [1, 2, 5, 3, 4], teams: ["A", "B", "B", "A", "A"] },
  },
  {
    code: 'teamDraftInterleave([1, 2, 3, 4], [2, 1, 5, 6], ["B", "A", "A"])',
    expected: { items: [2, 1, 3, 5, 4], teams: ["B", "A", "A", "B", "A"] },
  },
  {
    code: 'teamDraftInterleave(["a", "b", "c", "d", "e"], ["c", "d", "a", "f", "g"], ["A", "B", "B"], 4)',
    expected: { items: ["a", "c", "d", "b"], teams: ["A", "B", "B", "A"] },
  },
  {
    code: 'teamDraftInterleave(["d1", "d2", "d3", "d4"], ["d3", "d1", "d5", "d6"], { seed: "query-42" })',
    expected: { items: ["d1", "d3", "d2", "d5", "d6"], teams: ["A", "B", "A", "B", "B"] },
    note: "coins A, A, B",
  },
  { gap: true },
  { setup: 'const shown = teamDraftInterleave([1, 2, 3, 4], [2, 1, 5, 6], ["A", "B", "A"]);' },
  { code: "creditClicks(shown, [2, 3])", expected: { a: 1, b: 1, winner: "tie" }, note: "2 was B's pick, though A ranks it too" },
  { code: "creditClicks(shown, [5, 2, 2])", expected: { a: 0, b: 2, winner: "B" }, note: "a repeated click counts once" },
  { gap: true },
  {
    code: "interleavingVerdict([{ a: 2, b: 0 }, { a: 1, b: 1 }, { a: 0, b: 1 }, { a: 3, b: 1 }, { a: 0, b: 0 }, { a: 1, b: 0 }])",
    expected: { winsA: 3, winsB: 1, ties: 2, pValue: 0.625 },
    tolerance: 1e-12,
  },
]);
