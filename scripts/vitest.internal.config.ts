/**
 * The project's own unit and integration tests (scripts/tests), run by `npm test` with a coverage floor on
 * scripts/. Entry points (grade.ts, prove.ts, bench.ts) are exercised as child processes, which V8 coverage cannot
 * see, so they are thin and left out of the floor; so are the files that only ever run inside a child process
 * (the watchdog, the warm vitest, the try and compare children, the honesty batches' config), whose behaviour the
 * fault, watch, try and compare tests check end to end, and the bench and author tools, run by hand.
 */
import { defineConfig } from "vitest/config";
import { repoRoot } from "./lib/core/root.ts";

export const COVERAGE_FLOOR = { lines: 85, branches: 75, functions: 85, statements: 85 };

export default defineConfig({
  root: repoRoot,
  test: {
    include: ["scripts/tests/**/*.test.ts"],
    // Plain text whatever the terminal or CI says (picocolors turns colours on when CI is set).
    env: { NO_COLOR: "1" },
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    coverage: {
      provider: "v8",
      include: ["scripts/**/*.ts"],
      exclude: [
        "scripts/tests/**",
        "scripts/*.ts",
        "scripts/vitest.internal.config.ts",
        "scripts/lib/engine/watchdog.ts",
        // Run only as child processes (their logic is in compare-runner.ts, warm.ts and try.ts, tested in-process).
        "scripts/lib/compare/compare-child.ts",
        "scripts/lib/engine/warm-vitest.mjs",
        "scripts/lib/learner/try-child.ts",
        "scripts/lib/proof/batch.config.ts",
        // Speed claims and authors' tools, run by hand (npm run bench; scripts/author), not by the learner.
        "scripts/bench/**",
        "scripts/author/**",
      ],
      thresholds: COVERAGE_FLOOR,
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "coverage/scripts",
    },
  },
});
