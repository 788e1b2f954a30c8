/**
 * npm run solution -- <kata> [--force]
 *
 * Prints the reference solution and its NOTES.md once your kata passes (it is graded first if your progress does
 * not say so). `--force` prints it anyway, with a warning. Exit status 1 when it stays hidden, 2 for a usage error.
 */
import { createProgram, runMain } from "./lib/core/cli.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";
import { showSolution } from "./lib/learner/solution.ts";

async function main(): Promise<number> {
  const program = createProgram("solution", "Show the reference solution and its notes once your kata passes.")
    .argument("<kata>", "the kata")
    .option("--force", "show it even though your kata does not pass yet")
    .parse(process.argv);
  const [meta] = selectKatas(loadManifest(repoRoot), [program.args[0]!]);
  const shown = await showSolution(repoRoot, meta!, program.opts<{ force?: boolean }>().force === true);
  process.stderr.write(shown.stderr);
  process.stdout.write(shown.stdout);
  return shown.code;
}

await runMain(main);
