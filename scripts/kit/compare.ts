/**
 * Comparison workloads: what `npm run compare -- <kata>` runs on the learner's code and on the reference, side by
 * side. Each kata declares its own in katas/<kata>/.spec/compare.ts (hidden like the specs), importing the code
 * under test as `#impl/<kata>`, exactly like a spec:
 *
 *   import { rocAuc } from "#impl/roc-auc";
 *   import { defineComparison, workload } from "../../../scripts/kit/compare.ts";
 *
 *   export default defineComparison([
 *     workload({
 *       name: "rocAuc, imbalanced-20k fixture",
 *       kind: "fixture",
 *       setup: () => loadFixture(),                       // not timed; must not call the code under test
 *       run: ({ labels, scores }) => rocAuc(labels, scores), // timed (median of `repeats` runs)
 *       quality: { name: "AUC", better: "higher", of: (auc) => auc },
 *       agreement: { kind: "close", tolerance: 1e-9 },
 *     }),
 *   ]);
 *
 * The file runs twice, in separate child processes: once with `#impl/<kata>` resolving to the learner's file and
 * once to the reference (package.json#imports conditions). Outputs (or their `view`) travel back by structured
 * clone and are compared there; the reference's source is never shown.
 */

export interface Quality<Output, Input> {
  /** Shown in the table: "inertia", "log-loss", "AUC"… */
  name: string;
  better: "higher" | "lower";
  /** Computed by the workload from an output (never by the code under test). */
  of: (output: Output, input: Input) => number;
}

export type Agreement = { kind: "close"; tolerance: number } | { kind: "exact" };

/**
 * A picture of one side's output for `npm run report` (drawn with Vega-Lite; yours and the reference's side by
 * side, or overlaid for lines). Plain data only: it travels from the child process by structured clone. Keep it
 * small (a few thousand points at most: sample a large output).
 *
 *   line       curves: ROC (fpr, tpr), loss per iteration, P@K against K
 *   scatter    points coloured by group (cluster labels, classes), optional marks (centres) drawn larger
 *   bar        one value per category (CTR per category, per-class F1)
 *   heatmap    a matrix (attention weights, a confusion matrix)
 *   histogram  binned values per series (a drift histogram)
 */
export type Plot =
  | {
      type: "line";
      title: string;
      x: string;
      y: string;
      series: { name: string; points: [number, number][] }[];
    }
  | {
      type: "scatter";
      title: string;
      x: string;
      y: string;
      points: { x: number; y: number; group: string }[];
      marks?: { x: number; y: number; label: string }[];
    }
  | { type: "bar"; title: string; x: string; y: string; bars: { category: string; value: number; series?: string }[] }
  | { type: "heatmap"; title: string; x: string; y: string; cells: { x: string; y: string; value: number }[] }
  | { type: "histogram"; title: string; x: string; series: { name: string; values: number[] }[]; bins?: number };

export interface Workload<Input, Output> {
  name: string;
  /** A kata's fixture, a scale case (large n), or a small illustrative case. */
  kind: "fixture" | "scale" | "case";
  /** Builds the input: not timed. Each timed run gets a fresh copy (structured clone), so mutation cannot leak. */
  setup: () => Input;
  /** The timed call(s) into the code under test. */
  run: (input: Input) => Output;
  /** What to compare between the two implementations (default: the whole output), e.g. sorted centroids. */
  view?: (output: Output, input: Input) => unknown;
  /** Default: numbers within 1e-9, everything else equal. */
  agreement?: Agreement;
  quality?: Quality<Output, Input>;
  /** Timed runs (default 5); fewer are made when one run is slow. */
  repeats?: number;
  /** The picture `npm run report` draws of this workload's output (one side; the report puts both together). */
  plot?: (output: Output, input: Input) => Plot;
}

/** A workload with its types erased, so that one kata can list workloads of different shapes. */
export interface ComparisonWorkload {
  name: string;
  kind: "fixture" | "scale" | "case";
  setup: () => unknown;
  run: (input: unknown) => unknown;
  view?: (output: unknown, input: unknown) => unknown;
  agreement?: Agreement;
  quality?: Quality<unknown, unknown>;
  repeats?: number;
  plot?: (output: unknown, input: unknown) => Plot;
}

export function workload<Input, Output>(definition: Workload<Input, Output>): ComparisonWorkload {
  return definition as unknown as ComparisonWorkload;
}

export interface Comparison {
  workloads: ComparisonWorkload[];
}

export function defineComparison(workloads: ComparisonWorkload[]): Comparison {
  return { workloads };
}
