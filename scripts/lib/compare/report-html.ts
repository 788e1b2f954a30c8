/**
 * `npm run report`: one self-contained HTML page (.kata/report.html by default) with the candidate's progress and,
 * per kata, a picture of their code's output next to the reference's on the kata's comparison workloads (those
 * that declare a `plot` in katas/<kata>/.spec/compare.ts), with the quality metric and the time of each side.
 *
 * Both sides run as `compare` runs them (compare.ts: a child process per side in its own process group, CPU-time
 * deadlines, crashes and hangs reported per workload); a kata whose file is still the pristine stub is "not
 * started" without running it. Charts are inline SVG (report-charts.ts): the page needs no network, no script and
 * no font from anywhere. Nothing under katas/ is written.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { KataMeta } from "../core/manifest.ts";
import { inParallel } from "../core/parallel.ts";
import { renderKindScores } from "../engine/outcome.ts";
import { isPristine } from "../learner/cache.ts";
import { hintsUsed, kataHistory, type Progress } from "../learner/progress.ts";
import { scheduled } from "../learner/review.ts";
import { compareFile, runSide, type SideRun } from "./compare.ts";
import type { WorkloadInfo } from "./compare-runner.ts";
import { failureText, formatMs, formatNumber, type SideResult } from "./compare-report.ts";
import { historySpec, renderSvg, tracksSpec, workloadSpec } from "./report-charts.ts";

export interface Picture {
  info: WorkloadInfo;
  yours?: SideResult;
  reference?: SideResult;
  svg?: string;
  /** Why there is no picture of yours. */
  yoursNote?: string;
}

export interface KataSection {
  meta: KataMeta;
  state: "not started" | "ran" | "no pictures" | "not loaded";
  pictures: Picture[];
  note?: string;
  seconds: number;
}

export interface ReportOptions {
  root: string;
  katas: KataMeta[];
  progress: Progress;
  /** Per-workload limit, as compare's --timeout (CPU time). */
  timeoutMs?: number;
  /** Katas collected at once (each runs two child processes, one after the other). */
  concurrency?: number;
  onKata?: (section: KataSection) => void;
}

const TIMEOUT_MS = 10_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function collectKata(root: string, meta: KataMeta, timeoutMs: number): Promise<KataSection> {
  const started = performance.now();
  const done = (section: Omit<KataSection, "seconds">): KataSection => ({ ...section, seconds: (performance.now() - started) / 1000 });
  if (!existsSync(compareFile(root, meta.slug))) return done({ meta, state: "no pictures", pictures: [], note: "this kata declares no comparison workloads" });
  const reference = await runSide(root, meta.slug, "reference", timeoutMs, 1, undefined, true);
  if (reference.loadError) return done({ meta, state: "not loaded", pictures: [], note: `the reference's workloads do not load: ${reference.loadError}` });
  if (reference.workloads.length === 0) return done({ meta, state: "no pictures", pictures: [], note: "no workload of this kata draws a picture yet" });
  const pristine = isPristine(root, meta.slug);
  const yours: SideRun | undefined = pristine ? undefined : await runSide(root, meta.slug, "learner", timeoutMs, 1, undefined, true);
  const pictures: Picture[] = [];
  for (const [i, info] of reference.workloads.entries()) {
    const ref = reference.results.get(i);
    const mine = yours ? (yours.results.get(i) ?? (yours.loadError ? { ok: false as const, where: "load" as const, error: yours.loadError } : { ok: false as const, where: "crash" as const, error: "no result" })) : undefined;
    const picture: Picture = { info, ...(ref ? { reference: ref } : {}), ...(mine ? { yours: mine } : {}) };
    if (pristine) picture.yoursNote = "not started: your file is still the pristine stub";
    else if (mine && !mine.ok) picture.yoursNote = failureText(mine, "your code", timeoutMs);
    else if (mine?.ok && !mine.plot) picture.yoursNote = `no picture of yours (${mine.plotError ?? "the plot could not be drawn"})`;
    const plots = {
      ...(mine?.ok && mine.plot ? { yours: mine.plot } : {}),
      ...(ref?.ok && ref.plot ? { reference: ref.plot } : {}),
    };
    const spec = workloadSpec(plots);
    if (spec) picture.svg = await renderSvg(spec, `${meta.slug}: ${info.name} — ${plots.yours ? "yours and the reference's" : "the reference's"}`);
    pictures.push(picture);
  }
  return done({ meta, state: pristine ? "not started" : "ran", pictures });
}

/** Runs every kata's pictures (a few at a time) and returns the sections in manifest order. */
export async function collectReport(options: ReportOptions): Promise<KataSection[]> {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  return inParallel(options.katas, options.concurrency ?? 2, async (meta) => {
    const section = await collectKata(options.root, meta, timeoutMs);
    options.onKata?.(section);
    return section;
  });
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function sideCell(result: SideResult | undefined, info: WorkloadInfo): string {
  if (!result) return "—";
  if (!result.ok) return escape(result.error);
  const quality = info.quality && result.quality !== undefined ? `${info.quality.name} ${formatNumber(result.quality)}` : "";
  const time = formatMs(median(result.timesMs));
  return escape([quality, time].filter(Boolean).join(" · "));
}

function progressSection(katas: KataMeta[], progress: Progress, now: Date): { html: string; charts: Promise<string[]> } {
  const rows = katas.map((meta) => {
    const entry = progress.katas[meta.slug];
    const kinds = entry?.byKind ? renderKindScores(entry.byKind) : "";
    const status = entry?.lastGradedAt ? entry.status : "not graded";
    const review = entry?.review ? entry.review.due.slice(0, 10) : "";
    return `<tr><td><a href="#kata-${meta.slug}">${escape(meta.slug)}</a></td><td>${meta.track}</td><td class="status ${status.replace(/ /g, "-")}">${status}</td><td>${entry?.lastGradedAt ? `${entry.passed}/${entry.total}` : ""}</td><td>${escape(kinds)}</td><td>${hintsUsed(progress, meta.slug)}/${meta.hints.length}</td><td>${entry?.firstPassedAt?.slice(0, 10) ?? ""}</td><td>${review}</td></tr>`;
  });
  const tracks = katas.map((meta) => {
    const entry = progress.katas[meta.slug];
    return { track: meta.track, status: entry?.lastGradedAt ? entry.status : "not graded" };
  });
  const history = katas.flatMap((meta) =>
    kataHistory(progress, meta.slug)
      .filter((h) => h.total > 0)
      .map((h) => ({ kata: meta.slug, at: h.at, share: h.passed / h.total })),
  );
  const upcoming = scheduled(katas, progress);
  const reviews =
    upcoming.length === 0
      ? `<p class="note">No review is scheduled yet: a mock interview (<code>npm run interview</code>) puts its kata on the schedule.</p>`
      : `<ul class="reviews">${upcoming.map((u) => `<li>${escape(u.meta.slug)}: ${u.due.toISOString().slice(0, 10)}${u.due <= now ? " (due)" : ""}</li>`).join("")}</ul>`;
  const html = `
<section id="progress" aria-labelledby="progress-title">
  <h2 id="progress-title">Progress</h2>
  <table class="katas">
    <thead><tr><th>Kata</th><th>Track</th><th>Status</th><th>Specs</th><th>By kind</th><th>Hints</th><th>First passed</th><th>Next review</th></tr></thead>
    <tbody>${rows.join("\n")}</tbody>
  </table>
  <div class="charts">@@PROGRESS_CHARTS@@</div>
  <h3>Next reviews</h3>
  ${reviews}
</section>`;
  const charts = (async () => {
    const out = [await renderSvg(tracksSpec(tracks), "Katas by track and status")];
    if (history.length > 0) out.push(await renderSvg(historySpec(history), "Your score over time"));
    else out.push(`<p class="note">No grading yet: the history of your scores appears after \`npm run grade\`.</p>`);
    return out;
  })();
  return { html, charts };
}

function kataSection(section: KataSection): string {
  const { meta } = section;
  const head = `<h2 id="kata-${meta.slug}-title">${escape(meta.slug)} <small>${escape(meta.title)}</small></h2>`;
  if (section.pictures.length === 0) {
    return `<section class="kata" id="kata-${meta.slug}" aria-labelledby="kata-${meta.slug}-title">${head}<p class="note">${escape(section.note ?? "no picture")}</p></section>`;
  }
  const state = section.state === "not started" ? `<p class="note not-started">Not started: your file is still the pristine stub. The reference's picture is shown alone.</p>` : "";
  const figures = section.pictures.map((p) => {
    const chart = p.svg ?? `<p class="note">No picture could be drawn.</p>`;
    const reason = p.yoursNote ? `<p class="reason">Yours: ${escape(p.yoursNote)}</p>` : "";
    return `<figure class="workload">
  <div class="chart">${chart}</div>
  <figcaption><strong>${escape(p.info.name)}</strong> <span class="kind">(${p.info.kind})</span>
    <table class="sides"><tr><th>yours</th><td>${sideCell(p.yours, p.info)}</td></tr><tr><th>reference</th><td>${sideCell(p.reference, p.info)}</td></tr></table>
    ${reason}
  </figcaption>
</figure>`;
  });
  return `<section class="kata" id="kata-${meta.slug}" aria-labelledby="kata-${meta.slug}-title">${head}${state}${figures.join("\n")}</section>`;
}

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.3rem; margin-top: 2.5rem; } h2 small { color: #777; font-weight: normal; font-size: 0.7em; }
table.katas { border-collapse: collapse; width: 100%; font-size: 0.9rem; } table.katas th, table.katas td { border-bottom: 1px solid #eee; padding: 0.3rem 0.5rem; text-align: left; }
.status.passed { color: #2a7d2a; } .status.failing { color: #b22; } .status.contract-incomplete { color: #b8860b; } .status.not-started, .status.not-graded { color: #888; }
.charts, .kata { display: block; } figure.workload { display: inline-block; vertical-align: top; margin: 0.8rem 1rem 0.8rem 0; }
figcaption { font-size: 0.85rem; max-width: 560px; } table.sides th { text-align: left; padding-right: 0.6rem; color: #555; font-weight: normal; }
.note { color: #666; font-style: italic; } .reason { color: #b22; } .kind { color: #888; } nav a { margin-right: 0.6rem; } code { background: #f4f4f4; padding: 0 0.2rem; }
`;

/** The whole page. */
export async function renderReportHtml(katas: KataMeta[], progress: Progress, sections: KataSection[], now = new Date()): Promise<string> {
  const progressPart = progressSection(katas, progress, now);
  const charts = await progressPart.charts;
  const nav = sections.map((s) => `<a href="#kata-${s.meta.slug}">${escape(s.meta.slug)}</a>`).join(" ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Kata report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>Kata report</h1>
  <p class="note">Generated ${now.toISOString().replace("T", " ").slice(0, 16)} UTC by <code>npm run report</code>: your progress, and for each kata your code's output next to the reference's on its comparison workloads. Opens offline: every chart is inline SVG.</p>
  <nav aria-label="katas"><a href="#progress">Progress</a> ${nav}</nav>
</header>
<main>
${progressPart.html.replace("@@PROGRESS_CHARTS@@", charts.map((c) => `<figure class="workload"><div class="chart">${c}</div></figure>`).join("\n"))}
${sections.map(kataSection).join("\n")}
</main>
</body>
</html>
`;
}

/** Writes the page atomically (a temporary file, then a rename). */
export function writeReport(path: string, html: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, html);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
