/**
 * Runs kata specs in a vitest child process and collects one outcome per spec file.
 *
 * Why a child process and not vitest's Node API: a worker stuck in synchronous code makes the API's start()
 * never return. Here vitest runs as a child in its own process group; our reporter and the per-worker watchdog
 * append JSON lines to a results file as each spec file finishes; a hard deadline kills the whole group; and
 * any spec file that never reported gets one solo re-run. Whatever happens, every process in the group is
 * killed and the temporary folder removed before this returns.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative } from "node:path";
import type { ErrorRecord, KillReason, ResultRecord, TestRecord } from "./records.ts";
import { TARGETS_ENV, type TargetMap } from "./targets.ts";
import { RUN_DIR_PREFIX } from "./vitest-reporter.ts";
import { WARMUP_ENV } from "./warmup.ts";

export interface FileOutcome {
  /** Spec file, relative to the repository root, with forward slashes. */
  file: string;
  /** Test names collected before the file ran (empty when collection itself failed). */
  collected: string[];
  /** The kinds of the collected tests, as declared with the spec kit's `specs` (by test name). */
  kinds?: Map<string, string>;
  /** Results, when the file finished. */
  tests: TestRecord[];
  /** Errors outside any test: syntax errors, a throw at import, a failed import. */
  errors: ErrorRecord[];
  /** Set when the watchdog stopped the file's process. */
  killed?: { reason: KillReason; test: string | null; stalledMs: number; rssMb: number; grewMb?: number };
  /** Set when the file produced no result at all, even when run alone. */
  noResult?: string;
}

/** The watchdog's limits (scripts/lib/engine/watchdog.ts); set only by the grader's own callers (tests). */
export interface WatchdogLimits {
  /** CPU time without progress before a file is stopped (ms). */
  stallMs?: number;
  idleMs?: number;
  loadMs?: number;
  rssMb?: number;
  growthMb?: number;
}

export interface RunOptions {
  root: string;
  /** Spec files relative to root. */
  files: string[];
  targets: TargetMap;
  /** vitest configuration file, relative to root (default vitest.config.ts). */
  config?: string;
  /** Watchdog limits; the learner's environment can never change them. */
  limits?: WatchdogLimits;
  /** Hard limit for the whole vitest run; default grows with the number of files. */
  deadlineMs?: number;
  /** Extra vitest CLI arguments (e.g. coverage flags). */
  extraArgs?: string[];
  /** Extra environment variables for the child. */
  env?: Record<string, string>;
  /** Re-run files that produced no result alone (default true). */
  soloRetry?: boolean;
  /** Run the files in shared workers (vitest's isolate: false) instead of a process per file. */
  shareWorkers?: boolean;
}

/** Process groups and temporary folders in use, so that a signal handler can clean them up. */
const active = new Set<{ child: ChildProcess; tempDir: string }>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // The group is already gone.
  }
}

/**
 * Removes a run's folder. Processes just killed may still be finishing a write into it, so a few retries; and it
 * never throws (it runs in signal handlers).
 */
export function removeRunDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch {
    // Left for the system's temporary-file cleaning; nothing of the learner's is in it.
  }
}

/**
 * Puts another child process group (started with `detached: true`) and its temporary folder in the care of
 * stopAllRuns, as vitest's runs are (the type checker's runs use it). The returned function takes them back.
 */
export function trackRun(child: ChildProcess, tempDir: string): () => void {
  const run = { child, tempDir };
  active.add(run);
  return () => {
    active.delete(run);
  };
}

/**
 * Kills every running child group (vitest's, the type checker's) and removes their temporary folders. Safe to call
 * from a signal handler.
 */
export function stopAllRuns(): void {
  for (const run of active) {
    killGroup(run.child);
    removeRunDir(run.tempDir);
  }
  active.clear();
}

/** The environment variable that carries the watchdog's limits into the workers (JSON, WatchdogLimits). */
export const LIMITS_ENV = "KATA_LIMITS";
/** Variables of the caller's environment the grader passes on although they start with KATA_ (debugging aids). */
const PASSED_THROUGH = new Set(["KATA_DEBUG", "KATA_RECORDS_LOG", "KATA_FAULT_LOG"]);

/**
 * The caller's environment without the grader's own KATA_* variables: a learner's shell cannot choose the code
 * under test (KATA_TARGETS), loosen the watchdog (KATA_LIMITS) or redirect results.
 */
export function graderEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith("KATA_") || PASSED_THROUGH.has(key)));
}

export function vitestEntry(root: string): string {
  const require = createRequire(join(root, "package.json"));
  return join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");
}

function toRelative(root: string, file: string): string {
  return (isAbsolute(file) ? relative(root, file) : file).split("\\").join("/");
}

export function parseRecords(text: string): ResultRecord[] {
  const records: ResultRecord[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as ResultRecord);
    } catch {
      // A line cut short by a kill: ignore it.
    }
  }
  return records;
}

/** Folds the JSON lines of one run into per-file outcomes (only for the files asked for). */
export function foldRecords(root: string, files: string[], records: ResultRecord[]): Map<string, FileOutcome> {
  const outcomes = new Map<string, FileOutcome>();
  const get = (file: string | null): FileOutcome | undefined => (file ? outcomes.get(toRelative(root, file)) : undefined);
  for (const file of files) outcomes.set(file, { file, collected: [], tests: [], errors: [] });
  const finished = new Set<string>();
  const unhandled: { outcome: FileOutcome; error: ErrorRecord }[] = [];
  for (const record of records) {
    const outcome = "file" in record ? get(record.file) : undefined;
    if (!outcome) continue;
    if (record.kind === "collected") {
      outcome.collected = record.tests;
      outcome.kinds = new Map(record.tests.flatMap((name, i) => (record.kinds?.[i] ? [[name, record.kinds[i]!] as const] : [])));
    } else if (record.kind === "module") {
      if (finished.has(outcome.file)) continue;
      outcome.tests = record.tests;
      outcome.errors = record.errors;
      finished.add(outcome.file);
    } else if (record.kind === "killed") {
      // A kill after the file's results arrived (while its process was shutting down) changes nothing.
      if (finished.has(outcome.file)) continue;
      const prefix = `${outcome.file} > `;
      const test = record.test?.startsWith(prefix) ? record.test.slice(prefix.length) : record.test;
      outcome.killed = { reason: record.reason, test, stalledMs: record.stalledMs, rssMb: record.rssMb };
      if (record.grewMb !== undefined) outcome.killed.grewMb = record.grewMb;
      outcome.tests = [];
      finished.add(outcome.file);
    } else if (record.kind === "unhandled") {
      const kind = /rejection/i.test(record.type) ? "unhandled-rejection" : "uncaught-exception";
      unhandled.push({ outcome, error: { ...record.error, kind } });
    }
  }
  for (const { outcome, error } of unhandled) {
    if (!outcome.killed) outcome.errors.push(error);
  }
  for (const outcome of outcomes.values()) {
    if (!finished.has(outcome.file) && !outcome.noResult) outcome.noResult = "the spec file produced no result";
  }
  return outcomes;
}

export interface ChildRun {
  records: ResultRecord[];
  timedOut: boolean;
  stderr: string;
}

/** One vitest run over `files` (relative to root) in its own process group; every process of it ends with it. */
export async function runVitestOnce(options: RunOptions, files: string[], deadlineMs: number): Promise<ChildRun> {
  // Named after this process, so that a test can tell exactly which run left a folder behind.
  const tempDir = mkdtempSync(join(tmpdir(), `${RUN_DIR_PREFIX}${process.pid}-`));
  const resultsFile = join(tempDir, "results.jsonl");
  const args = [
    vitestEntry(options.root),
    "run",
    "--config",
    join(options.root, options.config ?? "vitest.config.ts"),
    "--reporter",
    join(options.root, "scripts/lib/engine/vitest-reporter.ts"),
    ...(options.shareWorkers ? ["--no-isolate"] : []),
    ...(options.extraArgs ?? []),
    ...files,
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.root,
    detached: true, // own process group: one kill reaches vitest and all its workers
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...graderEnvironment(),
      ...options.env,
      // Set here, whatever the caller's environment says: the learner's shell can neither switch the target nor
      // loosen the watchdog.
      [TARGETS_ENV]: JSON.stringify(options.targets),
      ...(options.limits ? { [LIMITS_ENV]: JSON.stringify(options.limits) } : {}),
      [WARMUP_ENV]: JSON.stringify(files),
      KATA_RESULTS_FILE: resultsFile,
      KATA_PARENT_PID: String(process.pid),
      // vitest (and any code under test) keeps its temporary files inside this run's folder, so that they go
      // with it, even when the run is killed before vitest can clean up.
      TMPDIR: tempDir,
      TMP: tempDir,
      TEMP: tempDir,
      FORCE_COLOR: "0",
    },
  });
  const run = { child, tempDir };
  active.add(run);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString();
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, deadlineMs);
  try {
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.once("error", () => resolve());
    });
  } finally {
    clearTimeout(timer);
    killGroup(child); // workers that outlived vitest, if any
    active.delete(run);
  }
  const text = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
  removeRunDir(tempDir);
  // A debugging aid (and what the fault tests time reports with): keep a copy of the raw records.
  const log = process.env.KATA_RECORDS_LOG;
  if (log) appendFileSync(log, text);
  return { records: parseRecords(text), timedOut, stderr };
}

/** Why a spec file that reported nothing, even when run alone, and was not stopped by the watchdog, failed. */
export const ENDED_ABRUPTLY =
  "ended its test process abruptly, without a result (process.kill, process.abort, or a crash of Node itself)";

function defaultDeadline(fileCount: number): number {
  return 60_000 + 20_000 * fileCount;
}

/**
 * Runs the given spec files once; the files that produced no result (their worker was stopped, or a shared worker
 * died and took its queue with it) run again together, each in a process of its own; what still reports nothing
 * is a result too (`noResult`).
 */
export async function runSpecs(options: RunOptions): Promise<Map<string, FileOutcome>> {
  const files = options.files.map((f) => toRelative(options.root, f));
  const first = await runVitestOnce(options, files, options.deadlineMs ?? defaultDeadline(files.length));
  const outcomes = foldRecords(options.root, files, first.records);
  if (options.soloRetry === false) return outcomes;
  const missing = [...outcomes.values()].filter((o) => o.noResult).map((o) => o.file);
  if (missing.length === 0) return outcomes;
  const again = await runVitestOnce({ ...options, shareWorkers: false }, missing, options.deadlineMs ?? defaultDeadline(missing.length));
  const retried = foldRecords(options.root, missing, again.records);
  for (const file of missing) {
    const outcome = retried.get(file)!;
    if (outcome.noResult) outcome.noResult = again.timedOut ? "the spec file did not finish before the grader's deadline" : ENDED_ABRUPTLY;
    outcomes.set(file, outcome);
  }
  return outcomes;
}
