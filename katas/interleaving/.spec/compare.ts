/**
 * Comparison workloads for `npm run compare -- interleaving` (hidden like the specs): the 400-query fixture run
 * end to end (interleave with each query's coins, clicks on relevant items in the top 6, credit, verdict), and a
 * scale case. Quality: B's share of the decided queries (the better ranker should win).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { creditClicks, interleavingVerdict, teamDraftInterleave, type Team, type Verdict } from "#impl/interleaving";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

interface Query { rankingA: string[]; rankingB: string[]; relevant: string[]; coins: Team[] }

const load = (): Query[] => JSON.parse(readFileSync(new URL("../../../fixtures/interleaving/queries.json", import.meta.url), "utf8")) as Query[];

function endToEnd(rows: Query[], coinsOf: (row: Query, i: number) => readonly Team[] | { seed: string }) {
  const credits = rows.map((row, i) => {
    const shown = teamDraftInterleave(row.rankingA, row.rankingB, coinsOf(row, i));
    const relevant = new Set(row.relevant);
    return creditClicks(shown, shown.items.slice(0, 6).filter((item) => relevant.has(item as string)));
  });
  return { credits, verdict: interleavingVerdict(credits) };
}

const shareB = { name: "B's share of decided queries", better: "higher", of: (v: Verdict) => v.winsB / Math.max(1, v.winsA + v.winsB) } as const;

export default defineComparison([
  workload({
    name: "400 queries of queries.json, each with its own coins",
    kind: "fixture",
    setup: load,
    run: (rows) => endToEnd(rows, (row) => row.coins),
    view: (out) => out.verdict,
    quality: { name: shareB.name, better: shareB.better, of: (out: { verdict: Verdict }) => shareB.of(out.verdict) },
    agreement: { kind: "close", tolerance: 1e-12 },
    plot: (out) => ({
      type: "bar",
      title: "queries won by each ranker (clicks on relevant items in the top 6)",
      x: "outcome",
      y: "queries",
      bars: [
        { category: "A wins", value: out.verdict.winsA },
        { category: "B wins", value: out.verdict.winsB },
        { category: "ties", value: out.verdict.ties },
      ],
    }),
  }),
  workload({
    name: "the same queries with seeded coins { seed: `q${i}` }",
    kind: "fixture",
    setup: load,
    run: (rows) => endToEnd(rows, (_row, i) => ({ seed: `q${i}` })).verdict,
    quality: shareB,
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "1,000,000 simulated queries, B wins 51% of decided ones",
    kind: "scale",
    setup: () => {
      const rng = seedrandom("interleaving-compare-scale");
      return Array.from({ length: 1_000_000 }, () => {
        const r = rng();
        return r < 0.4 ? { a: 1, b: 1 } : r < 0.4 + 0.6 * 0.51 ? { a: 0, b: 2 } : { a: 1, b: 0 };
      });
    },
    run: (credits) => interleavingVerdict(credits),
    quality: shareB,
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
]);
