/**
 * npm run bench [-- --runs N] [-- --suite NAME]
 *
 * Speed claims live here, never in timed tests. Runs every suite in scripts/bench/suites/ (or one) and prints the
 * median of N runs per row (default 5). Not part of `npm test`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Table from "cli-table3";
import { InvalidArgumentError } from "commander";
import { createProgram, runMain } from "./lib/core/cli.ts";
import { UserError } from "./lib/core/errors.ts";
import { suggest } from "./lib/core/katas.ts";
import { repoRoot } from "./lib/core/root.ts";
import type { BenchSuite } from "./bench/types.ts";

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive whole number.");
  return n;
}

async function loadSuites(): Promise<BenchSuite[]> {
  const dir = join(repoRoot, "scripts", "bench", "suites");
  const suites: BenchSuite[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { suite: BenchSuite };
    suites.push(module.suite);
  }
  return suites;
}

async function main(): Promise<number> {
  const program = createProgram("bench", "Benchmarks: grader overhead, and references against published packages.")
    .option("--runs <n>", "timed runs per measurement", positiveInteger, 5)
    .option("--suite <name>", "run one suite only")
    .parse(process.argv);
  const options = program.opts<{ runs: number; suite?: string }>();
  let suites = await loadSuites();
  if (options.suite) {
    const names = suites.map((s) => s.name);
    suites = suites.filter((s) => s.name === options.suite);
    if (suites.length === 0) {
      const guess = suggest(options.suite, names);
      throw new UserError(`Unknown suite "${options.suite}".`, `${guess ? `Did you mean "${guess}"? ` : ""}Suites: ${names.join(", ")}.`);
    }
  }
  for (const suite of suites) {
    process.stdout.write(`\n${suite.name}: ${suite.description}\n`);
    const rows = await suite.run({ runs: options.runs, log: (line) => process.stderr.write(`${line}\n`) });
    const table = new Table({ head: ["measurement", "median", "runs (ms)", "note"], style: { head: [], border: [] } });
    for (const row of rows) {
      table.push([row.name, `${row.medianMs.toFixed(1)} ms`, row.runsMs.map((t) => t.toFixed(0)).join(" "), row.note ?? ""]);
    }
    process.stdout.write(`${table.toString()}\n`);
  }
  return 0;
}

await runMain(main);
