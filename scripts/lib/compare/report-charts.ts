/**
 * Charts for `npm run report`, drawn by Vega-Lite (vega-lite 6.4.0 compiles a chart description to Vega; vega 6.4.0
 * renders it to SVG in Node, with no browser and no canvas): no hand-written SVG path maths, and the SVG is inline,
 * so the report opens from disk with no network. Each chart gets an accessible title (`<title>` and aria-label).
 *
 * A kata's workload declares a Plot of one side's output (kit/compare.ts); here the two sides, the candidate's and
 * the reference's, are put together: lines are overlaid (dashed for the reference), everything else side by side.
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { Plot } from "../../kit/compare.ts";

export type Side = "yours" | "reference";

const WIDTH = 300;
const HEIGHT = 220;
const SIDE_COLOURS = { yours: "#1f77b4", reference: "#ff7f0e" };

type Row = Record<string, unknown>;

function base(title: string): Partial<TopLevelSpec> {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: title, anchor: "start" },
    config: { font: "sans-serif", view: { stroke: "#ddd" }, axis: { labelFontSize: 11, titleFontSize: 12 } },
    background: "white",
  } as Partial<TopLevelSpec>;
}

/** Samples a long list to at most `max` items, keeping the first and the last. */
export function sample<T>(items: readonly T[], max = 2000): T[] {
  if (items.length <= max) return [...items];
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]!);
}

function sideLabel(side: Side): string {
  return side === "yours" ? "yours" : "reference";
}

/** One chart description for a workload: both sides' plots (either may be missing). */
export function workloadSpec(plots: Partial<Record<Side, Plot>>): TopLevelSpec | undefined {
  const sides = (["yours", "reference"] as const).filter((s) => plots[s] !== undefined);
  const first = plots[sides[0]!];
  if (!first) return undefined;
  if (first.type === "line") {
    const values: Row[] = [];
    for (const side of sides) {
      const plot = plots[side] as Extract<Plot, { type: "line" }>;
      for (const series of plot.series) {
        for (const [x, y] of sample(series.points)) values.push({ x, y, series: sides.length > 1 || plot.series.length > 1 ? `${series.name} (${sideLabel(side)})` : series.name, side: sideLabel(side) });
      }
    }
    return {
      ...base(first.title),
      width: WIDTH * 1.6,
      height: HEIGHT,
      data: { values },
      mark: { type: "line", point: values.length <= 60, interpolate: "linear" },
      encoding: {
        x: { field: "x", type: "quantitative", title: first.x },
        y: { field: "y", type: "quantitative", title: first.y },
        color: { field: "series", type: "nominal", title: null },
        strokeDash: { field: "side", type: "nominal", title: null, scale: { domain: ["yours", "reference"], range: [[1, 0], [5, 3]] } },
      },
    } as TopLevelSpec;
  }
  if (first.type === "bar") {
    const values: Row[] = [];
    for (const side of sides) {
      const plot = plots[side] as Extract<Plot, { type: "bar" }>;
      for (const bar of plot.bars) values.push({ category: bar.category, value: bar.value, group: bar.series ? `${bar.series} (${sideLabel(side)})` : sideLabel(side) });
    }
    return {
      ...base(first.title),
      width: WIDTH * 1.6,
      height: HEIGHT,
      data: { values },
      mark: "bar",
      encoding: {
        x: { field: "category", type: "nominal", title: first.x, sort: null },
        xOffset: { field: "group", type: "nominal" },
        y: { field: "value", type: "quantitative", title: first.y },
        color: { field: "group", type: "nominal", title: null },
      },
    } as TopLevelSpec;
  }
  // Side by side: one panel per side.
  const panels = sides.map((side) => panelSpec(plots[side]!, sideLabel(side)));
  return { ...base(first.title), hconcat: panels, resolve: { scale: { color: "shared" } } } as unknown as TopLevelSpec;
}

function panelSpec(plot: Plot, label: string): Record<string, unknown> {
  const title = label;
  if (plot.type === "scatter") {
    const points = sample(plot.points, 3000).map((p) => ({ ...p, kind: "point" }));
    const marks = (plot.marks ?? []).map((m) => ({ x: m.x, y: m.y, label: m.label }));
    return {
      title,
      width: WIDTH,
      height: HEIGHT,
      layer: [
        {
          data: { values: points },
          mark: { type: "circle", size: 18, opacity: 0.7 },
          encoding: {
            x: { field: "x", type: "quantitative", title: plot.x, scale: { zero: false } },
            y: { field: "y", type: "quantitative", title: plot.y, scale: { zero: false } },
            color: { field: "group", type: "nominal", title: null },
          },
        },
        ...(marks.length > 0
          ? [
              {
                data: { values: marks },
                mark: { type: "point", shape: "cross", size: 160, filled: true, color: "black" },
                encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" }, tooltip: { field: "label" } },
              },
            ]
          : []),
      ],
    };
  }
  if (plot.type === "heatmap") {
    return {
      title,
      width: WIDTH * 0.8,
      height: WIDTH * 0.8,
      data: { values: plot.cells },
      mark: "rect",
      encoding: {
        x: { field: "x", type: "ordinal", title: plot.x, sort: null },
        y: { field: "y", type: "ordinal", title: plot.y, sort: null },
        color: { field: "value", type: "quantitative", title: null },
      },
    };
  }
  if (plot.type === "histogram") {
    const values = plot.series.flatMap((series) => sample(series.values, 20_000).map((value) => ({ value, series: series.name })));
    return {
      title,
      width: WIDTH,
      height: HEIGHT,
      data: { values },
      mark: { type: "bar", opacity: 0.6 },
      encoding: {
        x: { field: "value", type: "quantitative", bin: { maxbins: plot.bins ?? 30 }, title: plot.x },
        y: { aggregate: "count", type: "quantitative", stack: null, title: "count" },
        color: { field: "series", type: "nominal", title: null },
      },
    };
  }
  // A line or bar plot mixed with another type on the other side: draw it plainly.
  return { title, width: WIDTH, height: HEIGHT, data: { values: [] }, mark: "point" };
}

/** Progress over time: each kata's share of specs passed at each grading. */
export function historySpec(points: { kata: string; at: string; share: number }[]): TopLevelSpec {
  return {
    ...base("Your score over time (share of specs passed, per kata)"),
    width: WIDTH * 2,
    height: HEIGHT,
    data: { values: points },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "at", type: "temporal", title: "grading" },
      y: { field: "share", type: "quantitative", title: "specs passed", axis: { format: "%" }, scale: { domain: [0, 1] } },
      color: { field: "kata", type: "nominal", title: null },
    },
  } as TopLevelSpec;
}

/** Katas by track, stacked by status at the last grading. */
export function tracksSpec(rows: { track: string; status: string }[]): TopLevelSpec {
  const order = ["passed", "contract incomplete", "failing", "not started", "not graded"];
  return {
    ...base("Katas by track and status (at your last grading)"),
    width: WIDTH * 1.6,
    height: HEIGHT * 0.8,
    data: { values: rows },
    mark: "bar",
    encoding: {
      y: { field: "track", type: "nominal", title: null, sort: null },
      x: { aggregate: "count", type: "quantitative", title: "katas", axis: { tickMinStep: 1 } },
      color: {
        field: "status",
        type: "nominal",
        title: null,
        scale: { domain: order, range: ["#2ca02c", "#e3b400", "#d62728", "#bdbdbd", "#e5e5e5"] },
      },
      order: { field: "rank", type: "quantitative" },
    },
    transform: [{ calculate: `indexof(${JSON.stringify(order)}, datum.status)`, as: "rank" }],
  } as TopLevelSpec;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Renders a chart description to an inline SVG with an accessible title. */
export async function renderSvg(spec: TopLevelSpec, title: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const label = escapeXml(title);
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${label}" `).replace(/^(<svg[^>]*>)/, `$1<title>${label}</title>`);
}

export { SIDE_COLOURS };
