/**
 * A bare vitest configuration for the benchmark's baseline: the same spec files, vitest's defaults, none of the
 * grader's machinery (no watchdog, no reporter, no swap plugin). `#impl/<slug>` resolves through package.json
 * "imports"; KATA_BENCH_CONDITION=kata-reference points it at the references instead of the learner's files.
 */
import { defineConfig } from "vitest/config";

const condition = process.env.KATA_BENCH_CONDITION;

export default defineConfig({
  ...(condition ? { ssr: { resolve: { conditions: [condition, "module", "node", "development|production"] } } } : {}),
  test: { include: ["katas/*/.spec/**/*.spec.ts"] },
});
