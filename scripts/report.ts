/**
 * npm run report [-- <kata...>] [--out PATH] [--timeout SECONDS]
 *
 * Writes one self-contained HTML page (default .kata/report.html, gitignored) with your progress and, per kata, a
 * picture of your code's output next to the reference's on the kata's comparison workloads, with the quality
 * metric and the time of each side; prints its path. Your code runs as `compare` runs it (child processes with
 * deadlines); a kata still at its stub shows "not started", code that throws or hangs shows the plain reason.
 * Opens offline: no CDN, no remote font, every chart inline SVG. Never writes under katas/.
 */
import { InvalidArgumentError } from "commander";
import { isAbsolute, join, relative, resolve } from "node:path";
import { createProgram, installSignalCleanup, runMain } from "./lib/core/cli.ts";
import { UserError } from "./lib/core/errors.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";
import { stopComparisons } from "./lib/compare/compare.ts";
import { collectReport, renderReportHtml, writeReport } from "./lib/compare/report-html.ts";
import { loadProgress } from "./lib/learner/progress.ts";

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number of seconds.");
  return n;
}

async function main(): Promise<number> {
  const program = createProgram("report", "Write an HTML report: your progress, and pictures of your code's output next to the reference's.")
    .argument("[katas...]", "katas to draw (default: all)")
    .option("--out <path>", "where to write the page", join(".kata", "report.html"))
    .option("--timeout <seconds>", "per-workload limit on CPU time, as in compare", seconds, 10)
    .parse(process.argv);
  const options = program.opts<{ out: string; timeout: number }>();
  const out = isAbsolute(options.out) ? options.out : resolve(process.cwd(), options.out);
  if (relative(join(repoRoot, "katas"), out).split(/[\\/]/)[0] !== "..") {
    throw new UserError(`--out ${options.out} is inside katas/, which is yours: the report is never written there.`, "Choose another path, e.g. --out .kata/report.html.");
  }
  installSignalCleanup(stopComparisons);
  const manifest = loadManifest(repoRoot);
  const katas = selectKatas(manifest, program.args);
  const loaded = loadProgress(repoRoot);
  if (loaded.warning) process.stderr.write(`warning: ${loaded.warning}\n`);
  const started = performance.now();
  const sections = await collectReport({
    root: repoRoot,
    katas,
    progress: loaded.progress,
    timeoutMs: options.timeout * 1000,
    onKata: (section) => {
      if (process.stderr.isTTY) process.stderr.write(`… ${section.meta.slug} (${section.seconds.toFixed(1)} s)\n`);
    },
  });
  writeReport(out, await renderReportHtml(manifest.katas.filter((k) => katas.includes(k)), loaded.progress, sections));
  const shown = relative(process.cwd(), out) || out;
  process.stdout.write(`Report written to ${shown} (${katas.length} katas, ${((performance.now() - started) / 1000).toFixed(1)} s). Open it in a browser: it needs no network.\n`);
  return 0;
}

await runMain(main);
