/**
 * The JSON lines the vitest reporter, the vitest config's unhandled-error hook and the watchdog write, and the
 * grader reads. Every record carries `at` (epoch ms, when it was written) so that the time from a fault to its
 * report can be measured.
 */
export interface ErrorRecord {
  name: string;
  message: string;
  expected?: string;
  actual?: string;
  input?: string;
  /** What kind of failure the spec kit saw, when it knows (e.g. "changed-input"). */
  kind?: string;
  /** How many values the failing case's input holds (the spec kit's `given`), to show the simplest case first. */
  size?: number;
}

export interface TestRecord {
  /** Full name: describe blocks and test name joined by " > ". */
  name: string;
  state: "passed" | "failed" | "skipped" | "pending";
  /** The spec's kind (correct, edge, contract, scale), declared with the kit's `specs`; absent when undeclared. */
  kind?: string;
  durationMs?: number;
  error?: ErrorRecord;
}

/**
 * Why the watchdog stopped a spec file's process (scripts/lib/engine/watchdog.ts; CPU time, not wall clock):
 *  - stall: no progress (synchronous code that never yields) for `stallMs` of CPU time;
 *  - blocked: no progress and no CPU use for `blockedMs` (a synchronous wait that never ends);
 *  - memory: resident memory above `rssMb`;
 *  - growth: stalled while resident memory grew by more than `growthMb`;
 *  - idle: a hook or test waited `idleMs` with nothing to do anywhere (a promise that never settles);
 *  - load-idle: the same while the file was being imported (a top-level await that never settles);
 *  - load-slow: loading the file used more than `loadMs` of CPU time;
 *  - slow: one spec used more than `testCpuMs` of CPU time while still yielding.
 */
export type KillReason = "stall" | "blocked" | "memory" | "growth" | "idle" | "load-idle" | "load-slow" | "slow";

export type ResultRecord =
  | { kind: "collected"; file: string; tests: string[]; kinds?: (string | null)[]; at?: number }
  | { kind: "module"; file: string; tests: TestRecord[]; errors: ErrorRecord[]; at?: number }
  | {
      kind: "killed";
      reason: KillReason;
      file: string | null;
      test: string | null;
      stalledMs: number;
      rssMb: number;
      /** Resident memory gained since the last sign of progress. */
      grewMb?: number;
      at?: number;
    }
  | { kind: "unhandled"; type: string; file: string | null; test: string | null; error: ErrorRecord; at?: number }
  | { kind: "run-end"; at?: number };
