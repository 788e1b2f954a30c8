/**
 * Runs the hidden kata specs. Which implementation each spec imports (`#impl/<slug>`) is chosen by
 * scripts/lib/targets.ts from the KATA_TARGETS environment variable: the learner's file by default.
 *
 * Fault isolation (see scripts/lib/watchdog.ts): every spec file runs in its own forked process with a capped
 * heap and a watchdog thread, so an infinite loop or a memory blow-up in one kata cannot hang or sink the others.
 *
 * Time limits: the watchdog stops a file whose event loop sits idle for 3 s (a promise that never settles) or
 * makes no progress for 3 s (synchronous code that never yields). testTimeout / hookTimeout stay at 10 s, a
 * backstop for async code that keeps busy without finishing: lower, they would fail legitimate async scale specs
 * on a loaded machine (vitest also fails a test whose synchronous part outlasts the timeout). Unhandled errors
 * are put on record the moment they arrive (scripts/lib/vitest-reporter.ts), against the spec file running.
 */
import { defineConfig } from "vitest/config";
import { repoRoot } from "./scripts/lib/root.ts";
import { implSwap } from "./scripts/lib/targets.ts";
import { recordUnhandled } from "./scripts/lib/vitest-reporter.ts";

export default defineConfig({
  plugins: [implSwap(repoRoot)],
  test: {
    include: ["katas/*/.spec/**/*.spec.ts"],
    pool: "forks",
    isolate: true,
    execArgv: ["--max-old-space-size=1024"],
    setupFiles: ["scripts/lib/watchdog.ts"],
    testTimeout: 10_000,
    hookTimeout: 10_000,
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
