/**
 * npm test: the repository's own proof. Each check stands alone and says how to fix what it finds:
 *
 *   manifest      katas/manifest.json is valid and matches the kata folders
 *   layout        every kata folder and solution folder has its files (prompt sections, stub, notes, mistakes)
 *   stubs         each learner file is the pristine stub on a clean clone
 *   fixtures      every seeded fixture regenerates byte for byte
 *   typecheck     strict TypeScript: specs against the stubs and against the references, and scripts/
 *   honesty       specs pass on every reference and every alternative solution, fail on every stub, and catch
 *                 every mistake solution; each mistake's stored signature (solutions/<kata>/signatures.json,
 *                 used for diagnoses) is up to date
 *   compare       each kata's comparison workloads (katas/<kata>/.spec/compare.ts) run on the reference
 *   unit tests    scripts/tests with a coverage floor on scripts/
 *
 * Ends with "proof: N passed, N failed". `--coverage` (npm run coverage) also measures the references.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import Table from "cli-table3";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import pc from "picocolors";
import { createProgram, runMain } from "./lib/cli.ts";
import { proveHonesty, honestyProblems, type KataVerdict } from "./lib/honesty.ts";
import { checkFixtures } from "./fixtures/generate.ts";
import { checkKataFiles, checkManifestMatchesFolders, learnerFileState } from "./lib/layout.ts";
import { loadManifest, type Manifest } from "./lib/manifest.ts";
import { checkComparison } from "./lib/compare.ts";
import { checkMistakeHints, checkSignatures } from "./lib/diagnosis.ts";
import { repoRoot } from "./lib/root.ts";

interface CheckResult {
  name: string;
  problems: string[];
  notes: string[];
  seconds: number;
}

function run(
  command: string,
  args: string[],
  inherit = false,
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

function binOf(pkg: string, relativeBin: string): string {
  const require = createRequire(join(repoRoot, "package.json"));
  return join(dirname(require.resolve(`${pkg}/package.json`)), relativeBin);
}

async function timed(name: string, body: () => Promise<Omit<CheckResult, "name" | "seconds">>): Promise<CheckResult> {
  const start = performance.now();
  const result = await body();
  return { name, ...result, seconds: (performance.now() - start) / 1000 };
}

function printCheck(check: CheckResult): void {
  const mark = check.problems.length === 0 ? pc.green("✓") : pc.red("✗");
  process.stdout.write(`${mark} ${check.name} ${pc.dim(`(${check.seconds.toFixed(1)} s)`)}\n`);
  for (const note of check.notes) process.stdout.write(`    ${pc.dim(note)}\n`);
  for (const problem of check.problems) process.stdout.write(`    ${pc.red("•")} ${problem.split("\n").join("\n      ")}\n`);
}

interface CoverageTotals {
  lines: { pct: number };
  branches: { pct: number };
}

/** The references' line and branch coverage by the specs, from vitest's json-summary report. */
function referenceCoverage(summaryFile: string): string {
  if (!existsSync(summaryFile)) return "Reference coverage: no summary was written (coverage/solutions).";
  const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as Record<string, CoverageTotals>;
  const table = new Table({ head: ["reference", "lines", "branches"], style: { head: [], border: [] } });
  for (const [file, totals] of Object.entries(summary)) {
    const name = file === "total" ? "all references" : relative(repoRoot, file);
    table.push([name, `${totals.lines.pct}%`, `${totals.branches.pct}%`]);
  }
  return `Reference coverage by the specs:\n${table.toString()}`;
}

async function typecheck(): Promise<Omit<CheckResult, "name" | "seconds">> {
  const tsc = binOf("typescript", "bin/tsc");
  const configs = ["scripts/tsconfig.stubs.json", "scripts/tsconfig.reference.json"];
  const runs = await Promise.all(configs.map((config) => run(process.execPath, [tsc, "-p", config, "--pretty", "false"])));
  const problems = runs.flatMap((r, i) =>
    r.code === 0 ? [] : [`tsc -p ${configs[i]} failed:\n${r.output.trim().split("\n").slice(0, 20).join("\n")}`],
  );
  return { problems, notes: [`specs vs stubs and scripts/ (${configs[0]}); specs vs references (${configs[1]})`] };
}

function honestyNotes(verdicts: KataVerdict[]): string[] {
  return verdicts.map((v) => {
    const caught = v.mistakes.filter((m) => m.failing.length > 0).length;
    const alternatives = v.alternatives.filter((a) => a.result.status === "passed").length;
    return (
      `${v.slug}: reference ${v.reference.passed}/${v.reference.total}, stub ${v.stub.passed}/${v.stub.total}, ` +
      `mistakes caught ${caught}/${v.mistakes.length}, alternatives passing ${alternatives}/${v.alternatives.length}`
    );
  });
}

async function main(): Promise<number> {
  const program = createProgram("prove", "Prove the repository: manifest, layout, types, spec honesty, unit tests.")
    .option("--coverage", "also report the references' coverage by the specs")
    .option("--skip-unit", "skip the unit tests of scripts/ (faster while writing a kata)")
    .parse(process.argv);
  const options = program.opts<{ coverage?: boolean; skipUnit?: boolean }>();
  const started = performance.now();
  const checks: CheckResult[] = [];
  const report = (check: CheckResult) => {
    checks.push(check);
    printCheck(check);
  };

  let manifest: Manifest | undefined;
  report(
    await timed("manifest", async () => {
      try {
        manifest = loadManifest(repoRoot);
      } catch (error) {
        return { problems: [(error as Error).message], notes: [] };
      }
      return { problems: checkManifestMatchesFolders(repoRoot, manifest), notes: [`${manifest.katas.length} katas`] };
    }),
  );
  const slugs = manifest?.katas.map((k) => k.slug) ?? [];

  report(
    await timed("layout", async () => ({
      problems: [
        ...slugs.flatMap((s) => checkKataFiles(repoRoot, s)),
        ...(manifest?.katas ?? []).flatMap((meta) => checkMistakeHints(repoRoot, meta)),
      ],
      notes: [],
    })),
  );

  report(
    await timed("stubs", async () => {
      const problems: string[] = [];
      const notes: string[] = [];
      for (const slug of slugs) {
        const state = learnerFileState(repoRoot, slug);
        if (state === "modified") {
          if (process.env.CI) problems.push(`katas/${slug}/${slug}.ts differs from solutions/${slug}/stub.ts: ship the pristine stub.`);
          else notes.push(`katas/${slug}/${slug}.ts differs from the pristine stub (your work, presumably); not checked`);
        }
      }
      return { problems, notes };
    }),
  );

  report(await timed("fixtures", async () => ({ problems: await checkFixtures(), notes: ["regenerated in memory, compared byte for byte"] })));

  // The type checker runs before the honesty rounds, not alongside: on two cores, tsc next to the specs' scale
  // cases would steal the CPU their watchdogs measure, and the proof must be deterministic.
  report(await timed("typecheck", typecheck));
  const honesty = await timed("honesty", async () => {
    const verdicts = await proveHonesty({
      root: repoRoot,
      slugs,
    });
    const signatureProblems = verdicts.flatMap((v) => checkSignatures(repoRoot, v.slug, v.mistakes, v.reference.specs));
    return { problems: [...verdicts.flatMap(honestyProblems), ...signatureProblems], notes: honestyNotes(verdicts) };
  });
  report(honesty);

  report(
    await timed("compare", async () => {
      const problems: string[] = [];
      for (const slug of slugs) problems.push(...(await checkComparison(repoRoot, slug)));
      return { problems, notes: [`every kata's comparison workloads run on its reference (${slugs.length} katas)`] };
    }),
  );

  if (!options.skipUnit) {
    process.stdout.write(pc.dim("… unit tests of scripts/ (with coverage)\n"));
    report(
      await timed("unit tests", async () => {
        const vitest = binOf("vitest", "vitest.mjs");
        const result = await run(
          process.execPath,
          [vitest, "run", "--config", "scripts/vitest.internal.config.ts", "--coverage.enabled"],
          true,
        );
        return {
          problems: result.code === 0 ? [] : ["scripts/tests failed or coverage fell below the floor (see above)."],
          notes: [],
        };
      }),
    );
  }
  if (options.coverage) {
    // The references' coverage comes from a plain vitest run of every spec against them (the bare configuration:
    // no watchdog, which V8 coverage does not get along with), outside the proof's checks.
    process.stdout.write(pc.dim("… the specs against the references, with coverage\n"));
    await run(
      process.execPath,
      [
        binOf("vitest", "vitest.mjs"),
        "run",
        "--config",
        "scripts/bench/bare.config.ts",
        "--coverage.enabled",
        "--coverage.provider=v8",
        "--coverage.include=solutions/**/*.ts",
        "--coverage.exclude=solutions/*/stub.ts",
        "--coverage.exclude=solutions/*/mistakes/**",
        "--coverage.exclude=solutions/*/alternatives/**",
        "--coverage.reporter=json-summary",
        "--coverage.reportsDirectory=coverage/solutions",
        ...slugs.map((slug) => `katas/${slug}/.spec/`),
      ],
      false,
      { KATA_BENCH_CONDITION: "kata-reference" },
    );
    process.stdout.write(`${referenceCoverage(join(repoRoot, "coverage", "solutions", "coverage-summary.json"))}\n`);
    process.stdout.write(
      pc.dim("Coverage reports: coverage/scripts (scripts/, by the unit tests), coverage/solutions (references, by the specs).\n"),
    );
  }

  const failed = checks.filter((c) => c.problems.length > 0).length;
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${pc.dim(`${seconds.toFixed(1)} s`)}\n`);
  process.stdout.write(`proof: ${checks.length - failed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

await runMain(main);
