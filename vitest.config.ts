/**
 * Runs the hidden kata specs. Which implementation each spec imports (`#impl/<slug>`) is chosen by
 * scripts/lib/targets.ts from the KATA_TARGETS environment variable: the learner's file by default.
 *
 * Fault isolation (see scripts/lib/watchdog.ts): every spec file runs in its own forked process with a capped
 * heap and a watchdog thread, so an infinite loop or a memory blow-up in one kata cannot hang or sink the others.
 *
 * Time limits: the watchdog stops a file that makes no progress in 3 s of CPU time (synchronous code that never
 * yields), waits 3 s on a promise that never settles while nothing else works for it, or burns 15 s of CPU in one
 * spec. testTimeout / hookTimeout are wall-clock backstops at 120 s: lower, they would fail correct specs on a
 * loaded machine (vitest also fails a test whose synchronous part outlasts the timeout). Unhandled errors are put
 * on record the moment they arrive (scripts/lib/engine/vitest-reporter.ts), against the spec file running.
 */
import { defineConfig } from "vitest/config";
import { repoRoot } from "./scripts/lib/core/root.ts";
import { implSwap } from "./scripts/lib/engine/targets.ts";
import { recordUnhandled } from "./scripts/lib/engine/vitest-reporter.ts";
import { warmupFiles } from "./scripts/lib/engine/warmup.ts";

export default defineConfig({
  plugins: [implSwap(repoRoot)],
  // The run's spec files and what they import, transformed while vitest starts its workers (engine/warmup.ts).
  server: { warmup: { ssrFiles: warmupFiles() } },
  test: {
    include: ["katas/*/.spec/**/*.spec.ts"],
    pool: "forks",
    isolate: true,
    execArgv: ["--max-old-space-size=1024"],
    setupFiles: ["scripts/lib/engine/watchdog.ts"],
    // Wall-clock backstops only: a loaded machine must never fail a correct spec on time. The watchdog's CPU-time
    // rules (a stall, a promise that never settles, a spec that burns CPU without end) stop faulty code first.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 2_000,
    onUnhandledError: (error) => recordUnhandled(error),
    coverage: {
      provider: "v8",
      include: ["solutions/**/*.ts"],
      exclude: ["solutions/*/stub.ts", "solutions/*/mistakes/**"],
      reportsDirectory: "coverage/solutions",
    },
  },
});
