/**
 * npm test [-- <kata...>]: the repository's own proof. Each check stands alone and says how to fix what it finds.
 * Naming katas runs every check that concerns them (for authors) and skips the unit tests of scripts/.
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
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import Table from "cli-table3";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import pc from "picocolors";
import { createProgram, installSignalCleanup, runMain } from "./lib/core/cli.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { inParallel } from "./lib/core/parallel.ts";
import { knownSpecs } from "./lib/core/signatures.ts";
import { renderKindScores } from "./lib/engine/outcome.ts";
import { stopBatches } from "./lib/proof/batch.ts";
import { proveDiagnosis } from "./lib/proof/diagnosis-corpus.ts";
import { checkExamples } from "./lib/proof/examples.ts";
import { checkFollowUps } from "./lib/proof/follow-ups.ts";
import { checkCatalog } from "./lib/proof/catalog.ts";
import { proveHonesty, honestyProblems, type KataVerdict } from "./lib/proof/honesty.ts";
import { checkFixtures } from "./fixtures/generate.ts";
import { checkKataFiles, checkManifestMatchesFolders, learnerFileState } from "./lib/proof/layout.ts";
import { loadManifest, type Manifest } from "./lib/core/manifest.ts";
import { checkComparison } from "./lib/compare/compare.ts";
import { checkMistakeHints, checkSignatures, specsWithoutKind } from "./lib/proof/signatures.ts";
import { repoRoot } from "./lib/core/root.ts";

interface CheckResult {
  name: string;
  problems: string[];
  notes: string[];
  seconds: number;
}

/** Child process groups of the proof (tsc, the unit tests), killed on a signal so that none outlives it. */
const children = new Set<ChildProcess>();

function killChildren(): void {
  for (const child of children) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  children.clear();
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
      // Its own process group, so that one kill reaches it and everything it started.
      detached: true,
      stdio: inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    children.add(child);
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, output });
    });
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

/**
 * Both type checks. Proving some katas only (`npm test -- <kata>`), errors in other katas' files are counted in a
 * note, not as problems: several authors may be writing katas at once, and one's half-written spec must not fail
 * another's proof. The whole `npm test` counts every error.
 */
async function typecheck(only?: readonly string[]): Promise<Omit<CheckResult, "name" | "seconds">> {
  const tsc = binOf("typescript", "bin/tsc");
  const configs = ["scripts/tsconfig.stubs.json", "scripts/tsconfig.reference.json"];
  const runs = await Promise.all(configs.map((config) => run(process.execPath, [tsc, "-p", config, "--pretty", "false"])));
  const ours = (line: string) => {
    const other = /^(?:\.\.\/)?(katas|solutions)\/([^/]+)\//.exec(line);
    return !only || !other || only.includes(other[2]!);
  };
  const notes = [`specs vs stubs and scripts/ (${configs[0]}); specs vs references (${configs[1]})`];
  const problems = runs.flatMap((r, i) => {
    if (r.code === 0) return [];
    const errors = r.output.trim().split("\n").filter((line) => /error TS\d+/.test(line));
    const counted = errors.filter(ours);
    if (counted.length < errors.length) notes.push(`${errors.length - counted.length} type error(s) in other katas' files (${configs[i]}), not counted here`);
    if (counted.length === 0 && errors.length > 0) return [];
    return [`tsc -p ${configs[i]} failed:\n${(counted.length > 0 ? counted : r.output.trim().split("\n")).slice(0, 20).join("\n")}`];
  });
  return { problems, notes };
}

function honestyNotes(verdicts: KataVerdict[]): string[] {
  return verdicts.map((v) => {
    const caught = v.mistakes.filter((m) => m.failing.length > 0).length;
    const alternatives = v.alternatives.filter((a) => a.result.status === "passed").length;
    return (
      `${v.slug}: reference ${v.reference.passed}/${v.reference.total} (${renderKindScores(v.reference.byKind)}), ` +
      `stub ${v.stub.passed}/${v.stub.total}, mistakes caught ${caught}/${v.mistakes.length}, ` +
      `alternatives passing ${alternatives}/${v.alternatives.length}`
    );
  });
}

async function main(): Promise<number> {
  const program = createProgram("prove", "Prove the repository: manifest, layout, types, spec honesty, unit tests.")
    .argument("[katas...]", "prove only these katas (every check that concerns them; no unit tests)")
    .option("--coverage", "also report the references' coverage by the specs")
    .option("--skip-unit", "skip the unit tests of scripts/ (faster while writing a kata)")
    .parse(process.argv);
  const options = program.opts<{ coverage?: boolean; skipUnit?: boolean }>();
  installSignalCleanup(() => {
    killChildren();
    stopBatches();
  });
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
      // Authors proving one kata at a time are not held to the catalog (it is regenerated once all have landed).
      const catalog = checkCatalog(repoRoot, manifest);
      return {
        problems: [...checkManifestMatchesFolders(repoRoot, manifest), ...(program.args.length > 0 ? [] : catalog)],
        notes: [`${manifest.katas.length} katas${catalog.length === 0 ? "; README.md's catalog matches" : program.args.length > 0 ? "; README.md's catalog is not up to date (not counted here)" : ""}`],
      };
    }),
  );
  const chosen = manifest ? selectKatas(manifest, program.args) : [];
  const slugs = chosen.map((k) => k.slug);
  const onlySome = program.args.length > 0;
  if (onlySome) process.stdout.write(pc.dim(`… proving ${slugs.join(", ")} only (the unit tests of scripts/ are skipped)\n`));

  report(
    await timed("layout", async () => ({
      problems: [...slugs.flatMap((s) => checkKataFiles(repoRoot, s)), ...chosen.flatMap((meta) => checkMistakeHints(repoRoot, meta))],
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

  report(
    await timed("examples and follow-ups", async () => {
      const problems = [...(await checkExamples(repoRoot, slugs)), ...slugs.flatMap((slug) => checkFollowUps(repoRoot, slug))];
      return { problems, notes: ["each prompt's Examples section shows exactly its examples, which the reference returns; follow-up questions are valid"] };
    }),
  );

  // The type checker runs before the honesty batch, not alongside: on two cores, tsc next to the specs' scale
  // cases would slow them, and the proof must not depend on that.
  report(await timed("typecheck", () => typecheck(onlySome ? slugs : undefined)));
  let verdicts: KataVerdict[] = [];
  report(
    await timed("honesty", async () => {
      let last = 0;
      verdicts = await proveHonesty({
        root: repoRoot,
        slugs,
        known: (slug) => knownSpecs(repoRoot, slug),
        onProgress: (done, total) => {
          if (!process.stdout.isTTY || done - last < Math.max(1, Math.floor(total / 20))) return;
          last = done;
          process.stdout.write(pc.dim(`  … ${done}/${total} spec files run\r`));
        },
      });
      const problems = [
        ...verdicts.flatMap(honestyProblems),
        ...verdicts.flatMap((v) => specsWithoutKind(v.slug, v.reference.specs)),
        ...verdicts.flatMap((v) => checkSignatures(repoRoot, v.slug, v.mistakes, v.reference.specs)),
      ];
      return { problems, notes: honestyNotes(verdicts) };
    }),
  );

  report(
    await timed("diagnosis", async () => {
      const corpus = proveDiagnosis(repoRoot, chosen, verdicts);
      return { problems: corpus.problems, notes: corpus.notes };
    }),
  );

  report(
    await timed("compare", async () => {
      // One child process per kata, as many at once as there are cores: nothing here is timed (each run has a
      // generous wall-clock deadline only), so sharing the machine cannot change a result.
      const found = await inParallel(slugs, availableParallelism(), (slug) => checkComparison(repoRoot, slug));
      return { problems: found.flat(), notes: [`every kata's comparison workloads run on its reference (${slugs.length} katas)`] };
    }),
  );

  if (!options.skipUnit && !onlySome) {
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
