/**
 * Vitest setup file (runs inside every test worker). Vitest cannot interrupt synchronous code: a `while (true)`
 * in learner code would hang the run forever; nor does it time out the loading of a spec file: a top-level
 * `await` that never settles would hang it too. So each worker gets a watchdog thread:
 *
 *  - the worker's event loop bumps a shared counter every 100 ms, and notes whether it was busy (event-loop
 *    utilisation) since the last bump;
 *  - if the counter stops moving for KATA_STALL_MS (default 3000 ms): "stall";
 *  - if the process's resident memory passes KATA_RSS_MB (default 512 MB): "memory"; and if the counter stopped
 *    moving while memory grew by more than KATA_GROWTH_MB (default 256 MB): "growth", a loop that keeps
 *    allocating, reported as the memory problem it is even while garbage collection keeps it under the limit;
 *  - if the event loop has been idle for KATA_IDLE_MS (default 3000 ms) while the spec file loads or runs, it
 *    waits on a promise that never settles (nothing in a kata spec waits that long on a timer or I/O): "idle"
 *    while a hook or test runs, "load-idle" while the file is being imported (e.g. a top-level await);
 *  - if loading the file has taken KATA_LOAD_MS (default 30 s) while busy: "load-slow".
 *
 * Then the watchdog appends one JSON line naming the file, the running test and the reason to KATA_RESULTS_FILE,
 * and kills its own process. The grader reads that line and reports the kata as "did not finish" / "ran out of
 * memory"; the other files run in other processes and are unaffected. Vitest's own testTimeout (10 s) stays as
 * the backstop for async code that keeps busy without finishing.
 *
 * It also installs scripts/lib/tame-assertions.ts, so that a failed `expect` on a huge value cannot stall the
 * worker while vitest pretty-prints it, and refuses require() of anything under solutions/ (scripts/lib/targets.ts).
 */
import Module from "node:module";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { afterAll, afterEach, beforeAll, beforeEach, chai, expect } from "vitest";
import { repoRoot } from "./root.ts";
import { installAssertionTamer, type ChaiLike } from "./tame-assertions.ts";
import { guardRequire } from "./targets.ts";

interface WatchdogState {
  /** [0] heartbeat counter, [1] phase (0 loading, 1 running, 2 done), [2] ms since start of the last busy beat, [3] ms since start when loading began. */
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
const { appendFileSync } = require("node:fs");
const { shared, label, startedAt, stallMs, idleMs, loadMs, rssMb, growthMb, resultsFile } = workerData;
let last = Atomics.load(shared, 0);
let lastChange = Date.now();
let rssAtChange = process.memoryUsage.rss() / 1048576;
function readLabel() {
  const length = Atomics.load(new Int32Array(label.buffer, 0, 1), 0);
  const bytes = new Uint8Array(length);
  bytes.set(label.subarray(4, 4 + length));
  try { return JSON.parse(Buffer.from(bytes).toString("utf8")); } catch { return {}; }
}
setInterval(() => {
  const now = Date.now();
  const beat = Atomics.load(shared, 0);
  const rss = process.memoryUsage.rss() / 1048576;
  if (beat !== last) { last = beat; lastChange = now; rssAtChange = rss; }
  const phase = Atomics.load(shared, 1);
  const loading = phase === 0;
  const sinceBusy = now - (startedAt + Atomics.load(shared, 2));
  const sinceLoad = now - (startedAt + Atomics.load(shared, 3));
  let reason;
  let stalledMs = now - lastChange;
  const grewMb = Math.round(rss - rssAtChange);
  if (stalledMs > stallMs) reason = grewMb > growthMb ? "growth" : "stall";
  else if (rss > rssMb) reason = "memory";
  // Idle means the heartbeat still ticks (the loop is free) but nothing else runs: not a synchronous stall.
  else if (phase !== 2 && stalledMs < 1000 && sinceBusy > idleMs) { reason = loading ? "load-idle" : "idle"; stalledMs = sinceBusy; }
  else if (loading && sinceLoad > loadMs) { reason = "load-slow"; stalledMs = sinceLoad; }
  if (!reason) return;
  const where = readLabel();
  const record = { kind: "killed", reason, file: where.file ?? null, test: where.test ?? null,
                   stalledMs, rssMb: Math.round(rss), grewMb, at: now };
  if (resultsFile) { try { appendFileSync(resultsFile, JSON.stringify(record) + "\\n"); } catch {} }
  process.kill(process.pid, "SIGKILL");
}, 50);
`;

const holder = globalThis as typeof globalThis & { __kataWatchdog?: WatchdogState };

function limit(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function start(): WatchdogState {
  const shared = new Int32Array(new SharedArrayBuffer(16));
  const label = new Uint8Array(new SharedArrayBuffer(LABEL_BYTES));
  const startedAt = Date.now();
  const worker = new Worker(WATCHDOG_SOURCE, {
    eval: true,
    workerData: {
      shared,
      label,
      startedAt,
      stallMs: limit("KATA_STALL_MS", 3000),
      idleMs: limit("KATA_IDLE_MS", 3000),
      loadMs: limit("KATA_LOAD_MS", 30_000),
      rssMb: limit("KATA_RSS_MB", 512),
      growthMb: limit("KATA_GROWTH_MB", 256),
      resultsFile: process.env.KATA_RESULTS_FILE ?? null,
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
  if (phase === PHASE_LOADING) Atomics.store(state.shared, 3, sinceStart);
  Atomics.store(state.shared, 2, sinceStart); // a new phase starts busy
  Atomics.store(state.shared, 1, phase);
}

setLabel(expect.getState().testPath, null);
setPhase(PHASE_LOADING);

beforeAll(() => setPhase(PHASE_RUNNING));

afterAll(() => setPhase(PHASE_DONE));

beforeEach((context) => {
  Atomics.add(state.shared, 0, 1);
  setLabel(context.task.file.filepath, context.task.fullName);
});

afterEach((context) => {
  setLabel(context.task.file.filepath, null);
});
