/**
 * vitest configuration of the proof's batches (scripts/lib/proof/batch.ts): the generated wrappers in
 * KATA_BATCH_DIR, each importing one real spec file for one target, run in the order given, sharing their workers
 * (isolate: false), so that vitest, the kit and heavy packages (danfojs) load once per worker and not once per
 * (spec file, target). KATA_BATCH_ISOLATE=1 gives each wrapper its own process instead (the last resort for
 * wrappers whose worker kept dying). The watchdog, the time limits and the unhandled-error hook are the grader's.
 */
import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";
import { repoRoot } from "../core/root.ts";
import { batchSwap } from "../engine/targets.ts";
import { recordUnhandled } from "../engine/vitest-reporter.ts";

const dir = process.env.KATA_BATCH_DIR;
if (!dir) throw new Error("KATA_BATCH_DIR is not set: this configuration is for scripts/lib/proof/batch.ts only");

/** Keeps the batch's order (wrappers are numbered): cheap specs first, the timing-sensitive ones last. */
class InOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

export default defineConfig({
  plugins: [batchSwap(repoRoot)],
  test: {
    include: [`${relative(repoRoot, dir)}/*.spec.ts`],
    pool: "forks",
    // Every core (vitest's default leaves one to its main process, which here mostly waits): the verdicts cannot
    // depend on it, since every "too slow" rule and every scale bound is measured in CPU time (KATA_BATCH_WORKERS
    // to choose).
    maxWorkers: Number(process.env.KATA_BATCH_WORKERS) || availableParallelism(),
    isolate: process.env.KATA_BATCH_ISOLATE === "1",
    execArgv: ["--max-old-space-size=1024"],
    setupFiles: ["scripts/lib/engine/watchdog.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 2_000,
    onUnhandledError: (error) => recordUnhandled(error),
    sequence: { sequencer: InOrder },
  },
});
