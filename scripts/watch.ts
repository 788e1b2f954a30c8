/**
 * npm run watch -- <kata> [--poll] [--clear]
 *
 * Re-grades one kata on every save, with the grader's output: the first failing case (input / expected / actual),
 * a diagnosis when it looks like a known mistake, and "passed" with the time spent. `--poll` for file systems
 * where change events do not arrive (WSL, network drives). Ctrl-C stops it and leaves no process behind.
 */
import { createProgram, runMain } from "./lib/core/cli.ts";
import { UserError } from "./lib/core/errors.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";
import { startWatch } from "./lib/learner/watch.ts";

async function main(): Promise<number> {
  const program = createProgram("watch", "Re-grade a kata on every save.")
    .argument("<kata>", "the kata")
    .option("--poll", "poll for changes (WSL, network drives, containers)")
    .option("--interval <ms>", "polling interval in milliseconds", "300")
    .option("--clear", "clear the terminal before each run")
    .parse(process.argv);
  const options = program.opts<{ poll?: boolean; interval: string; clear?: boolean }>();
  const [meta] = selectKatas(loadManifest(repoRoot), [program.args[0]!]);
  const interval = Number(options.interval);
  if (!Number.isInteger(interval) || interval < 50) {
    throw new UserError(`--interval must be a whole number of milliseconds, at least 50 (got "${options.interval}").`);
  }
  const watcher = startWatch({
    root: repoRoot,
    meta: meta!,
    poll: options.poll === true,
    pollIntervalMs: interval,
    clear: options.clear === true,
    write: (text) => process.stdout.write(text),
  });
  await watcher.ready;
  return await new Promise<number>(() => {}); // runs until Ctrl-C (cli.ts stops the grader's children and exits)
}

await runMain(main);
