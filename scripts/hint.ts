/**
 * npm run hint -- <kata> [number]
 *
 * Shows the kata's next progressive hint (or hint <number>) from the manifest and remembers how many you have
 * seen; `npm run grade` shows hints used. Exit status 2 for a usage error.
 */
import { createProgram, runMain } from "./lib/core/cli.ts";
import { parseHintNumber, takeHint } from "./lib/learner/hints.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";

async function main(): Promise<number> {
  const program = createProgram("hint", "Show the next progressive hint for a kata.")
    .argument("<kata>", "the kata")
    .argument("[number]", "show this hint (1-based) instead of the next one")
    .parse(process.argv);
  const [name, number] = program.args as [string, string | undefined];
  const [meta] = selectKatas(loadManifest(repoRoot), [name]);
  const shown = takeHint(repoRoot, meta!, parseHintNumber(number));
  if (shown.warning) process.stderr.write(`warning: ${shown.warning}\n`);
  process.stdout.write(`${shown.text}\n`);
  return 0;
}

await runMain(main);
