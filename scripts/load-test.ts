/**
 * npm run load-test [-- <kata...>] [--rounds N] [--spinners N]
 *
 * No false verdicts under load, proved: starts busy processes (default 8 spinning node processes: load ≥ 8 on a
 * 2-core machine), grades every kata's reference and every alternative solution with the grader's own engine
 * (the same vitest configuration, watchdog and deadlines as `npm run grade`) N times (default 10), stops the load,
 * and reports the load average seen, every spec that failed in any round (a false verdict: each of these solutions
 * is correct) and which specs were flaky. Then, on the idle machine, a real `while (true) {}` must be reported
 * within 5 s. Exit status 1 if anything was wrong. Long (minutes): it is not part of `npm test`; CONTRIBUTING.md
 * quotes its last figures.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidArgumentError } from "commander";
import pc from "picocolors";
import { createProgram, installSignalCleanup, runMain } from "./lib/core/cli.ts";
import { listAlternatives, selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";
import { knownSpecs } from "./lib/core/signatures.ts";
import { gradeKatas } from "./lib/engine/grading.ts";
import type { Target } from "./lib/engine/targets.ts";

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError("expected a whole number from 1 to 100.");
  return n;
}

const spinners = new Set<ChildProcess>();

function startLoad(n: number): void {
  for (let i = 0; i < n; i++) {
    const child = spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore", detached: true });
    spinners.add(child);
  }
}

function stopLoad(): void {
  for (const child of spinners) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  spinners.clear();
}

/** Times a real infinite loop on an idle machine: from the moment it starts to its report. */
async function loopReportSeconds(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), "kata-load-loop-"));
  try {
    for (const entry of ["katas/roc-auc", "solutions/roc-auc", "fixtures/roc-auc", "scripts", "package.json", "tsconfig.json", "vitest.config.ts"]) {
      cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
    const log = join(root, "fault.jsonl");
    writeFileSync(
      join(root, "katas", "roc-auc", "roc-auc.ts"),
      `import { appendFileSync } from "node:fs";\nexport function rocAuc(): number { appendFileSync(${JSON.stringify(log)}, String(Date.now()) + "\\n"); while (true) {} }\nexport function rocCurve(): never { while (true) {} }\n`,
    );
    const records = join(root, "records.jsonl");
    process.env.KATA_RECORDS_LOG = records;
    await gradeKatas({ root, slugs: ["roc-auc"], targets: { "*": "learner" } });
    delete process.env.KATA_RECORDS_LOG;
    const started = Math.min(...readFileSync(log, "utf8").trim().split("\n").map(Number));
    const killed = readFileSync(records, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { kind: string; at: number })
      .filter((r) => r.kind === "killed")
      .map((r) => r.at);
    return (Math.min(...killed) - started) / 1000;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const program = createProgram("load-test", "Grade the references and alternatives under heavy load: no false verdict allowed.")
    .argument("[katas...]", "katas (default: all)")
    .option("--rounds <n>", "gradings under load", count, 10)
    .option("--spinners <n>", "busy processes making the load", count, 8)
    .parse(process.argv);
  const options = program.opts<{ rounds: number; spinners: number }>();
  const katas = selectKatas(loadManifest(repoRoot), program.args).map((k) => k.slug);
  installSignalCleanup(stopLoad);
  // The targets of one round: every reference, then each alternative of every kata.
  const maxAlternatives = Math.max(0, ...katas.map((slug) => listAlternatives(repoRoot, slug).length));
  const targetRounds: Record<string, Target>[] = [Object.fromEntries(katas.map((slug) => [slug, "reference" as Target]))];
  for (let i = 0; i < maxAlternatives; i++) {
    const map: Record<string, Target> = {};
    for (const slug of katas) {
      const name = listAlternatives(repoRoot, slug)[i];
      if (name) map[slug] = `alternative:${name}`;
    }
    targetRounds.push(map);
  }
  const failures = new Map<string, number>();
  let specRuns = 0;
  let peakLoad = 0;
  const loads: number[] = [];
  const sampler = setInterval(() => {
    const load = loadavg()[0]!;
    loads.push(load);
    peakLoad = Math.max(peakLoad, load);
  }, 1000);
  startLoad(options.spinners);
  process.stdout.write(pc.dim(`… ${options.spinners} busy processes started; waiting for the load to build\n`));
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  const started = performance.now();
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const roundStarted = performance.now();
      for (const targets of targetRounds) {
        const slugs = Object.keys(targets);
        const results = await gradeKatas({ root: repoRoot, slugs, targets, known: (slug) => knownSpecs(repoRoot, slug) });
        for (const result of results) {
          for (const spec of result.specs) {
            specRuns++;
            if (!spec.passed) {
              const key = `${result.slug} (${targets[result.slug]}): ${spec.name}: ${spec.failure?.message ?? "failed"}`;
              failures.set(key, (failures.get(key) ?? 0) + 1);
            }
          }
        }
      }
      process.stdout.write(`round ${round}/${options.rounds}: ${((performance.now() - roundStarted) / 1000).toFixed(0)} s, load ${loadavg()[0]!.toFixed(1)}, false verdicts so far ${[...failures.values()].reduce((a, b) => a + b, 0)}\n`);
    }
  } finally {
    stopLoad();
    clearInterval(sampler);
  }
  const meanLoad = loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length);
  const falseVerdicts = [...failures.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `\nunder load: ${options.rounds} rounds × ${targetRounds.length} gradings of ${katas.length} katas, ${specRuns} spec runs in ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
      `load average 1 min: mean ${meanLoad.toFixed(1)}, peak ${peakLoad.toFixed(1)} on ${(await import("node:os")).availableParallelism()} cores\n`,
  );
  process.stdout.write(`false verdicts: ${falseVerdicts}; flaky specs: ${failures.size}\n`);
  for (const [key, times] of failures) process.stdout.write(`  ${pc.red("✗")} ${key} (${times} of ${options.rounds} rounds)\n`);
  process.stdout.write(pc.dim("… idle again: timing a real infinite loop\n"));
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  const loop = await loopReportSeconds();
  const loopOk = loop <= 5;
  process.stdout.write(`while (true) {} reported ${loop.toFixed(2)} s after it started (load ${loadavg()[0]!.toFixed(1)}; limit 5 s on an idle machine): ${loopOk ? pc.green("ok") : pc.red("too slow")}\n`);
  return falseVerdicts === 0 && loopOk ? 0 : 1;
}

await runMain(main);
