/**
 * npm run compare -- <kata> [--json] [--timeout <seconds>]
 *
 * Runs your code and the reference on the kata's comparison workloads (its fixtures and a scale case) and shows
 * them side by side: whether the outputs agree, the kata's quality metric, speed (median and ratio) and peak
 * memory. Works while specs still fail; code that throws, hangs or crashes is reported per workload. Never prints
 * the reference's source. Exit status 0 when the comparison ran, 1 when it could not, 2 for a usage error.
 */
import { installSignalCleanup, createProgram, runMain } from "./lib/core/cli.ts";
import { compareKata, stopComparisons } from "./lib/compare/compare.ts";
import { comparisonJson, renderComparison } from "./lib/compare/compare-report.ts";
import { UserError } from "./lib/core/errors.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";

installSignalCleanup(stopComparisons);

async function main(): Promise<number> {
  const program = createProgram("compare", "Compare your code with the reference: agreement, quality, speed, memory.")
    .argument("<kata>", "the kata")
    .option("--json", "print machine-readable results")
    .option("--timeout <seconds>", "stop a workload after this long without progress", "10")
    .parse(process.argv);
  const options = program.opts<{ json?: boolean; timeout: string }>();
  const seconds = Number(options.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError(`--timeout must be a positive number of seconds (got "${options.timeout}").`);
  const [meta] = selectKatas(loadManifest(repoRoot), [program.args[0]!]);
  const report = await compareKata({
    root: repoRoot,
    slug: meta!.slug,
    timeoutMs: seconds * 1000,
    onProgress: options.json ? undefined : (message) => process.stderr.write(`${meta!.slug}: ${message}\n`),
  });
  process.stdout.write(`${options.json ? comparisonJson(report) : renderComparison(report)}\n`);
  return 0;
}

await runMain(main);
