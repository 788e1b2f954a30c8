/**
 * Vitest setup file (runs inside every test worker). Vitest cannot interrupt synchronous code: a `while (true)`
 * in learner code would hang the run forever; nor does it time out the loading of a spec file: a top-level
 * `await` that never settles would hang it too. So each worker gets a watchdog thread.
 *
 * Every rule that decides "too slow" is measured in CPU time, not on the wall clock, so that a busy machine (an
 * IDE, a browser, containers, load 8 or more on 2 cores) never turns correct code into "an infinite loop":
 *
 *  - the worker's event loop bumps a shared counter every 100 ms, and notes whether it was busy (event-loop
 *    utilisation) since the last bump;
 *  - stall: the counter does not move while the process uses `stallMs` of CPU time (default 3000 ms): code that
 *    never yields (a process that is merely waiting for the CPU uses none, so load cannot trigger it);
 *  - blocked: the counter does not move for `blockedMs` (default 30 s) of wall time although the process uses no
 *    CPU: a synchronous wait that never ends (Atomics.wait, a sync child process);
 *  - memory: resident memory above `rssMb` (default 512 MB); growth: stalled while memory grew by more than
 *    `growthMb` (default 256 MB), a loop that keeps allocating even while garbage collection keeps it under the
 *    limit;
 *  - idle: while the spec file loads or runs, the event loop has had nothing to do for `idleMs` (default 3000 ms)
 *    of wall time and this process used no CPU in that time: it waits on a promise that never settles ("idle" in
 *    a hook or test). While the file is imported ("load-idle", e.g. a top-level await), vitest's main process,
 *    which serves the imports, must have been idle too: on a loaded machine a worker waiting for a busy or starved
 *    main process is not idle. (Linux reads the main process's CPU and state from /proc; elsewhere only this
 *    process counts.)
 *  - load-slow: loading the file used `loadMs` (default 30 s) of CPU time; slow: one spec used `testCpuMs`
 *    (default 15 s) of CPU time without finishing, while still yielding (async code that keeps busy).
 *
 * Then the watchdog appends one JSON line naming the file, the running test and the reason to KATA_RESULTS_FILE,
 * and kills its own process. The grader reads that line and reports the kata as "did not finish" / "ran out of
 * memory"; other files are unaffected. Limits come only from KATA_LIMITS, which the grader sets itself (tests
 * tighten them); a learner's environment cannot loosen them (scripts/lib/engine/run-specs.ts).
 *
 * It also installs tame-assertions.ts, so that a failed `expect` on a huge value cannot stall the worker while
 * vitest pretty-prints it, and refuses require() of anything under solutions/ (targets.ts).
 */
import Module from "node:module";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { afterAll, afterEach, beforeAll, beforeEach, chai, expect } from "vitest";
import { repoRoot } from "../core/root.ts";
import { installAssertionTamer, type ChaiLike } from "./tame-assertions.ts";
import { guardRequire } from "./targets.ts";

interface WatchdogState {
  /**
   * [0] heartbeat counter, [1] phase (0 loading, 1 running, 2 done), [2] ms since start of the last busy beat,
   * [3] the process's CPU time (ms) when loading began, [4] how many tests have started.
   */
  shared: Int32Array;
  label: Uint8Array;
  startedAt: number;
}

const LABEL_BYTES = 4096;
const PHASE_LOADING = 0;
const PHASE_RUNNING = 1;
const PHASE_DONE = 2;
/** A heartbeat interval in which the event loop was active at least this fraction of the time counts as busy. */
const BUSY_UTILISATION = 0.05;

const WATCHDOG_SOURCE = `
const { workerData } = require("node:worker_threads");
const { appendFileSync, readFileSync } = require("node:fs");
const { shared, label, startedAt, limits, resultsFile, parentPid } = workerData;
const { stallMs, blockedMs, idleMs, loadMs, testCpuMs, rssMb, growthMb } = limits;
const TICK_MS = 1000 / 100; // clock ticks of /proc/<pid>/stat (USER_HZ, 100 on Linux)
function cpuMs() { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
// The main vitest process: its CPU time (all threads) and whether it is running or waiting for a CPU.
function parentActivity() {
  if (!parentPid) return undefined;
  try {
    const text = readFileSync("/proc/" + parentPid + "/stat", "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0], cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch { return undefined; }
}
let last = Atomics.load(shared, 0);
let cpuAtChange = cpuMs();
let wallAtChange = Date.now();
let rssAtChange = process.memoryUsage.rss() / 1048576;
let testSeq = Atomics.load(shared, 4);
let cpuAtTest = cpuAtChange;
let previousCpu = cpuAtChange;
let previousParent = parentActivity();
let activeAt = Date.now();
function readLabel() {
  const length = Atomics.load(new Int32Array(label.buffer, 0, 1), 0);
  const bytes = new Uint8Array(length);
  bytes.set(label.subarray(4, 4 + length));
  try { return JSON.parse(Buffer.from(bytes).toString("utf8")); } catch { return {}; }
}
setInterval(() => {
  const now = Date.now();
  const cpu = cpuMs();
  const beat = Atomics.load(shared, 0);
  const rss = process.memoryUsage.rss() / 1048576;
  if (beat !== last) { last = beat; cpuAtChange = cpu; wallAtChange = now; rssAtChange = rss; }
  const seq = Atomics.load(shared, 4);
  if (seq !== testSeq) { testSeq = seq; cpuAtTest = cpu; }
  // Activity: this process used CPU since the last tick (beyond the heartbeat's own crumbs), or the main process did.
  const phase = Atomics.load(shared, 1);
  const loading = phase === 0;
  // While a file loads, its imports come from the main process: waiting for it (busy, or starved of CPU) is not
  // idleness. While tests run, nothing is fetched, and only this process counts (so a promise that never settles
  // is reported in 3 s even while the main process serves other workers).
  const parent = loading ? parentActivity() : undefined;
  const parentBusy = parent !== undefined && previousParent !== undefined && (parent.cpuMs > previousParent.cpuMs || parent.state === "R");
  if (cpu - previousCpu > 2 || parentBusy) activeAt = now;
  previousCpu = cpu;
  previousParent = parent;
  const sinceBusy = now - (startedAt + Atomics.load(shared, 2));
  const stalledCpu = cpu - cpuAtChange;
  const stalledWall = now - wallAtChange;
  const grewMb = Math.round(rss - rssAtChange);
  let reason;
  let stalledMs = stalledCpu;
  if (stalledCpu > stallMs) reason = grewMb > growthMb ? "growth" : "stall";
  else if (stalledWall > blockedMs) { reason = "blocked"; stalledMs = stalledWall; }
  else if (rss > rssMb) reason = "memory";
  // Idle means the heartbeat still ticks (the loop is free) but nothing else runs, here or in the main process.
  else if (phase !== 2 && stalledWall < 1000 && sinceBusy > idleMs && now - activeAt > idleMs) {
    reason = loading ? "load-idle" : "idle";
    stalledMs = Math.min(sinceBusy, now - activeAt);
  } else if (loading && cpu - Atomics.load(shared, 3) > loadMs) { reason = "load-slow"; stalledMs = cpu - Atomics.load(shared, 3); }
  else if (phase === 1 && cpu - cpuAtTest > testCpuMs) { reason = "slow"; stalledMs = cpu - cpuAtTest; }
  if (!reason) return;
  const where = readLabel();
  const record = { kind: "killed", reason, file: where.file ?? null, test: where.test ?? null,
                   stalledMs: Math.round(stalledMs), rssMb: Math.round(rss), grewMb, at: now };
  if (resultsFile) { try { appendFileSync(resultsFile, JSON.stringify(record) + "\\n"); } catch {} }
  process.kill(process.pid, "SIGKILL");
}, 50);
`;

const holder = globalThis as typeof globalThis & { __kataWatchdog?: WatchdogState };

/** The defaults (see the module comment); KATA_LIMITS, set by the grader only, may override any of them. */
export const DEFAULT_LIMITS = { stallMs: 3000, blockedMs: 30_000, idleMs: 3000, loadMs: 30_000, testCpuMs: 15_000, rssMb: 512, growthMb: 256 };

function limits(): typeof DEFAULT_LIMITS {
  let given: Record<string, unknown> = {};
  try {
    given = JSON.parse(process.env.KATA_LIMITS ?? "{}") as Record<string, unknown>;
  } catch {
    given = {};
  }
  const chosen = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(chosen) as (keyof typeof DEFAULT_LIMITS)[]) {
    const value = Number(given[key]);
    if (Number.isFinite(value) && value > 0) chosen[key] = value;
  }
  return chosen;
}

function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function start(): WatchdogState {
  const shared = new Int32Array(new SharedArrayBuffer(20));
  const label = new Uint8Array(new SharedArrayBuffer(LABEL_BYTES));
  const startedAt = Date.now();
  const worker = new Worker(WATCHDOG_SOURCE, {
    eval: true,
    workerData: {
      shared,
      label,
      startedAt,
      limits: limits(),
      resultsFile: process.env.KATA_RESULTS_FILE ?? null,
      // Linux only (the watchdog reads /proc/<ppid>/stat); elsewhere the idle rule counts this process alone.
      parentPid: process.platform === "linux" ? process.ppid : 0,
    },
  });
  worker.unref();
  let previous = performance.eventLoopUtilization();
  setInterval(() => {
    const current = performance.eventLoopUtilization();
    if (performance.eventLoopUtilization(current, previous).utilization >= BUSY_UTILISATION) {
      Atomics.store(shared, 2, Date.now() - startedAt);
    }
    previous = current;
    Atomics.add(shared, 0, 1);
  }, 100).unref();
  return { shared, label, startedAt };
}

const state = (holder.__kataWatchdog ??= start());
installAssertionTamer(chai as unknown as ChaiLike);
guardRequire(repoRoot, Module);

function setLabel(file: string | undefined, test: string | null): void {
  const bytes = new TextEncoder().encode(JSON.stringify({ file, test }));
  const length = Math.min(bytes.length, LABEL_BYTES - 4);
  state.label.set(bytes.subarray(0, length), 4);
  Atomics.store(new Int32Array(state.label.buffer, 0, 1), 0, length);
}

function setPhase(phase: number): void {
  const sinceStart = Date.now() - state.startedAt;
  if (phase === PHASE_LOADING) Atomics.store(state.shared, 3, Math.round(processCpuMs()));
  Atomics.store(state.shared, 2, sinceStart); // a new phase starts busy
  Atomics.store(state.shared, 1, phase);
}

setLabel(expect.getState().testPath, null);
setPhase(PHASE_LOADING);

beforeAll(() => setPhase(PHASE_RUNNING));

afterAll(() => setPhase(PHASE_DONE));

beforeEach((context) => {
  Atomics.add(state.shared, 0, 1);
  Atomics.add(state.shared, 4, 1);
  setLabel(context.task.file.filepath, context.task.fullName);
});

afterEach((context) => {
  setLabel(context.task.file.filepath, null);
});
