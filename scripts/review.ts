/**
 * npm run review [-- --json]
 *
 * Lists the katas due for review, most overdue first, with the reason (failed last time, rated hard, last seen N
 * days ago), then the next reviews scheduled. The schedule is FSRS (ts-fsrs), driven by your mock interviews'
 * results and self-ratings (`npm run interview`). Reads the progress file only.
 */
import pc from "picocolors";
import { createProgram, runMain } from "./lib/core/cli.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";
import { loadProgress } from "./lib/learner/progress.ts";
import { dueKatas, scheduled } from "./lib/learner/review.ts";

async function main(): Promise<number> {
  const program = createProgram("review", "List the katas due for review, and why.").option("--json", "machine-readable output").parse(process.argv);
  const { json } = program.opts<{ json?: boolean }>();
  const katas = loadManifest(repoRoot).katas;
  const loaded = loadProgress(repoRoot);
  if (loaded.warning) process.stderr.write(`warning: ${loaded.warning}\n`);
  const now = new Date();
  const due = dueKatas(katas, loaded.progress, now);
  const upcoming = scheduled(katas, loaded.progress).filter((s) => s.due.getTime() > now.getTime());
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ due: due.map((d) => ({ slug: d.meta.slug, due: d.due.toISOString(), reason: d.reason })), upcoming: upcoming.map((u) => ({ slug: u.meta.slug, due: u.due.toISOString() })) }, null, 2)}\n`,
    );
    return 0;
  }
  if (due.length === 0 && upcoming.length === 0) {
    process.stdout.write("Nothing is scheduled yet: a mock interview (`npm run interview`) puts its kata on the review schedule.\n");
    return 0;
  }
  if (due.length === 0) process.stdout.write("Nothing is due today.\n");
  else {
    process.stdout.write(pc.bold(`Due for review (${due.length}):\n`));
    for (const d of due) process.stdout.write(`  ${d.meta.slug.padEnd(22)} due ${d.due.toISOString().slice(0, 10)}  ${d.reason}\n`);
    process.stdout.write(`Start the first: \`npm run interview -- ${due[0]!.meta.slug}\` (or just \`npm run interview\`).\n`);
  }
  if (upcoming.length > 0) {
    process.stdout.write(pc.bold("\nScheduled:\n"));
    for (const u of upcoming) process.stdout.write(`  ${u.meta.slug.padEnd(22)} ${u.due.toISOString().slice(0, 10)}\n`);
  }
  process.stdout.write(pc.dim("\nScheduler: FSRS through ts-fsrs (whole days, no fuzz), from your interviews' results and self-ratings.\n"));
  return 0;
}

await runMain(main);
