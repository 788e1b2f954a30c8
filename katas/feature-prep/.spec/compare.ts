/**
 * Comparison workloads for `npm run compare -- feature-prep` (hidden like the specs): the listings fixture through
 * the scalers, the encoder and a leakage-free 5-fold pipeline, and a scale case. Quality: for the scalers, the
 * largest |mean| of a standardised training column (lower is better: 0 up to rounding); for the folds, the spread
 * of the test-fold sizes (max − min, lower is better: 1 at most). Plot: the standardised area and rent of the
 * listings, coloured by the fold that tests them.
 */
import { fitOneHotEncoder, fitStandardScaler, kFold, scaleTrainTest } from "#impl/feature-prep";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";
import { loadListings } from "./helpers.ts";

const columnMeanQuality = {
  name: "largest |mean| of a standardised training column",
  better: "lower",
  of: (rows: number[][]) => {
    const d = rows[0]?.length ?? 0;
    let worst = 0;
    for (let j = 0; j < d; j++) worst = Math.max(worst, Math.abs(rows.reduce((s, r) => s + r[j]!, 0) / rows.length));
    return worst;
  },
} as const;

interface Folded {
  sizes: number[];
  points: { x: number; y: number; fold: number }[];
}

export default defineComparison([
  workload({
    name: "fitStandardScaler on listings.json (60 × 5, a constant column)",
    kind: "fixture",
    setup: () => loadListings().X,
    run: (X) => fitStandardScaler(X).transform(X),
    quality: columnMeanQuality,
    agreement: { kind: "close", tolerance: 1e-12 },
  }),
  workload({
    name: "fitOneHotEncoder on listings.json's categories (first 48 rows fitted, all 60 encoded, ignore unknown)",
    kind: "fixture",
    setup: () => loadListings().categories,
    run: (rows) => fitOneHotEncoder(rows.slice(0, 48), { handleUnknown: "ignore" }).transform(rows),
    quality: { name: "rows with an unknown category (an all-zero block)", better: "lower", of: (out: number[][]) => out.filter((r) => r.reduce((s, v) => s + v, 0) < 3).length },
    agreement: { kind: "exact" },
  }),
  workload({
    name: "5-fold standard scaling of listings.json, fitted per fold on its training rows",
    kind: "fixture",
    setup: () => loadListings().X,
    run: (X): Folded => {
      const folds = kFold(X.length, 5, { shuffle: true, seed: 7 });
      const points: Folded["points"] = [];
      folds.forEach((fold, f) => {
        const { test } = scaleTrainTest(X, fold);
        test.forEach((row) => points.push({ x: row[0]!, y: row[3]!, fold: f }));
      });
      return { sizes: folds.map((fold) => fold.test.length), points };
    },
    quality: { name: "test-fold size spread (max − min)", better: "lower", of: (out: Folded) => Math.max(...out.sizes) - Math.min(...out.sizes) },
    agreement: { kind: "close", tolerance: 1e-12 },
    plot: (out: Folded) => ({
      type: "scatter",
      title: "Listings standardised with their fold's training statistics, by test fold",
      x: "area (standardised)",
      y: "rent (standardised)",
      points: out.points.map((p) => ({ x: p.x, y: p.y, group: `fold ${p.fold}` })),
    }),
  }),
  workload({
    name: "kFold(200,000, 5) then scaleTrainTest of 200,000 × 4 on fold 0",
    kind: "scale",
    setup: () => {
      let state = 99;
      const next = () => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return state / 2 ** 32;
      };
      return Array.from({ length: 200_000 }, () => Array.from({ length: 4 }, (_, j) => 100 * j + next() * 10 ** j));
    },
    run: (X) => scaleTrainTest(X, kFold(X.length, 5)[0]!).train,
    view: (rows) => rows.slice(0, 100),
    quality: columnMeanQuality,
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
  }),
]);
