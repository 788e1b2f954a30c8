/** The JSON lines the vitest reporter and the watchdog write, and the grader reads. */
export interface ErrorRecord {
  name: string;
  message: string;
  expected?: string;
  actual?: string;
  input?: string;
}

export interface TestRecord {
  /** Full name: describe blocks and test name joined by " > ". */
  name: string;
  state: "passed" | "failed" | "skipped" | "pending";
  durationMs?: number;
  error?: ErrorRecord;
}

export type ResultRecord =
  | { kind: "collected"; file: string; tests: string[] }
  | { kind: "module"; file: string; tests: TestRecord[]; errors: ErrorRecord[] }
  | { kind: "killed"; reason: "stall" | "memory"; file: string | null; test: string | null; stalledMs: number; rssMb: number }
  | { kind: "run-end"; unhandled: (ErrorRecord & { file: string | null })[] };
