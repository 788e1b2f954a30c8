/**
 * Grader overhead: `npm run grade` against a bare vitest run of the same spec files (vitest defaults, no
 * watchdog, no reporter, no swap plugin). Measured on the learner's files (stubs on a fresh clone) and on the
 * references, alternating the two commands so that machine drift affects both alike. Target: grade <= 1.2x bare.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { listSpecFiles } from "../../lib/core/katas.ts";
import { loadManifest } from "../../lib/core/manifest.ts";
import { repoRoot } from "../../lib/core/root.ts";
import { median, type BenchRow, type BenchSuite } from "../types.ts";

function timeCommand(args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: "ignore", env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return performance.now() - start;
}

export const suite: BenchSuite = {
  name: "grader overhead",
  description: "`npm run grade` (its node command) vs a bare `vitest run` of the same spec files; target ratio <= 1.2",
  async run({ runs, log }) {
    const vitest = join(repoRoot, "node_modules", "vitest", "vitest.mjs");
    // Exactly the spec files that grade runs: every kata in the manifest.
    const files = loadManifest(repoRoot).katas.flatMap((k) => listSpecFiles(repoRoot, k.slug));
    const bare = [vitest, "run", "--config", "scripts/bench/bare.config.ts", ...files];
    const grade = ["--import", "tsx", "scripts/grade.ts"];
    const rows: BenchRow[] = [];
    for (const target of ["learner", "solutions"] as const) {
      const bareEnv = target === "solutions" ? { KATA_BENCH_CONDITION: "kata-reference" } : ({} as Record<string, string>);
      const gradeArgs = target === "solutions" ? [...grade, "--target", "solutions"] : grade;
      // Warm-up: one of each (module caches, disk).
      timeCommand(gradeArgs);
      timeCommand(bare, bareEnv);
      const gradeTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let i = 0; i < runs; i++) {
        gradeTimes.push(timeCommand(gradeArgs));
        bareTimes.push(timeCommand(bare, bareEnv));
        log(`  ${target} run ${i + 1}/${runs}: grade ${gradeTimes.at(-1)!.toFixed(0)} ms, bare ${bareTimes.at(-1)!.toFixed(0)} ms`);
      }
      const ratio = median(gradeTimes) / median(bareTimes);
      rows.push({ name: `bare vitest run (${target})`, medianMs: median(bareTimes), runsMs: bareTimes });
      rows.push({
        name: `npm run grade (${target})`,
        medianMs: median(gradeTimes),
        runsMs: gradeTimes,
        note: `ratio ${ratio.toFixed(2)}x (target <= 1.2x)`,
      });
    }
    return rows;
  },
};
