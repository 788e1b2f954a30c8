/**
 * npm run try -- <kata>
 *
 * Runs the worked examples of the kata's prompt on your code and shows each call, your value and the expected
 * one: the quick check you would otherwise write in a scratch file. No hidden case is shown (the specs check far
 * more: `npm run grade`). Code that throws, hangs or crashes gets a plain reason, and the other examples still
 * run. Exit status 0 when it ran (whatever your values), 2 for a usage error. Writes nothing.
 */
import { createProgram, installSignalCleanup, runMain } from "./lib/core/cli.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";
import { checkExamplesRun, renderTry, runExamples, stopTries } from "./lib/learner/try.ts";

async function main(): Promise<number> {
  const program = createProgram("try", "Run the prompt's examples on your code.").argument("<kata>", "the kata").parse(process.argv);
  const [meta] = selectKatas(loadManifest(repoRoot), [program.args[0]!]);
  installSignalCleanup(stopTries);
  const run = await runExamples(repoRoot, meta!.slug, "learner");
  process.stdout.write(`${renderTry(meta!.slug, checkExamplesRun(run), run.loadError)}\n`);
  return 0;
}

await runMain(main);
