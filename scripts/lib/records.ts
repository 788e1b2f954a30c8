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
}

export interface TestRecord {
  /** Full name: describe blocks and test name joined by " > ". */
  name: string;
  state: "passed" | "failed" | "skipped" | "pending";
  durationMs?: number;
  error?: ErrorRecord;
}

/**
 * Why the watchdog stopped a spec file's process:
 *  - stall: no progress (synchronous code that never yields) for KATA_STALL_MS;
 *  - memory: resident memory above KATA_RSS_MB;
 *  - growth: no progress for KATA_STALL_MS while resident memory grew by more than KATA_GROWTH_MB;
 *  - idle: a hook or test waited KATA_IDLE_MS with nothing to do (a promise that never settles);
 *  - load-idle: the same while the file was being imported (a top-level await that never settles);
 *  - load-slow: loading the file took longer than KATA_LOAD_MS while busy.
 */
export type KillReason = "stall" | "memory" | "growth" | "idle" | "load-idle" | "load-slow";

export type ResultRecord =
  | { kind: "collected"; file: string; tests: string[]; at?: number }
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
