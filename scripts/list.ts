/**
 * npm run list [-- --json]
 *
 * Every kata with its track, difficulty and time budget, and your progress from .kata/progress.json: status and
 * specs passed at your last grading, hints used, the date you first passed it, and your recent scores.
 * Reads only; grades nothing. Exit status 2 for a usage error.
 */
import { createProgram, runMain } from "./lib/core/cli.ts";
import { listEntries, renderList } from "./lib/learner/list.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { loadProgress } from "./lib/learner/progress.ts";
import { repoRoot } from "./lib/core/root.ts";

async function main(): Promise<number> {
  const program = createProgram("list", "List every kata with your progress.").option("--json", "print machine-readable results").parse(process.argv);
  const options = program.opts<{ json?: boolean }>();
  const manifest = loadManifest(repoRoot);
  const loaded = loadProgress(repoRoot);
  if (loaded.warning) process.stderr.write(`warning: ${loaded.warning}\n`);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ version: 1, katas: listEntries(manifest.katas, loaded.progress) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderList(manifest.katas, loaded.progress)}\n`);
  }
  return 0;
}

await runMain(main);
