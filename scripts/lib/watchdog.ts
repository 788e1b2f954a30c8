/**
 * Vitest setup file (runs inside every test worker). Vitest cannot interrupt synchronous code: a `while (true)`
 * in learner code would hang the run forever. So each worker gets a watchdog thread:
 *
 *  - the worker's event loop bumps a shared counter every 100 ms;
 *  - if the counter stops moving for KATA_STALL_MS (default 3000 ms), or the process's resident memory passes
 *    KATA_RSS_MB (default 512 MB), the watchdog appends one JSON line naming the file, the running test and the
 *    reason to KATA_RESULTS_FILE, then kills its own process.
 *
 * The grader reads that line and reports the kata as "did not finish" / "ran out of memory"; the other files
 * run in other processes and are unaffected.
 */
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, expect } from "vitest";

interface WatchdogState {
  heartbeat: Int32Array;
  label: Uint8Array;
}

const LABEL_BYTES = 4096;

const WATCHDOG_SOURCE = `
const { workerData } = require("node:worker_threads");
const { appendFileSync } = require("node:fs");
const { heartbeat, label, stallMs, rssMb, resultsFile } = workerData;
let last = Atomics.load(heartbeat, 0);
let lastChange = Date.now();
function readLabel() {
  const length = Atomics.load(new Int32Array(label.buffer, 0, 1), 0);
  const bytes = new Uint8Array(length);
  bytes.set(label.subarray(4, 4 + length));
  try { return JSON.parse(Buffer.from(bytes).toString("utf8")); } catch { return {}; }
}
setInterval(() => {
  const now = Date.now();
  const beat = Atomics.load(heartbeat, 0);
  if (beat !== last) { last = beat; lastChange = now; }
  const rss = process.memoryUsage.rss() / 1048576;
  let reason;
  if (now - lastChange > stallMs) reason = "stall";
  else if (rss > rssMb) reason = "memory";
  if (!reason) return;
  const where = readLabel();
  const record = { kind: "killed", reason, file: where.file ?? null, test: where.test ?? null,
                   stalledMs: now - lastChange, rssMb: Math.round(rss) };
  if (resultsFile) { try { appendFileSync(resultsFile, JSON.stringify(record) + "\\n"); } catch {} }
  process.kill(process.pid, "SIGKILL");
}, 50);
`;

const holder = globalThis as typeof globalThis & { __kataWatchdog?: WatchdogState };

function start(): WatchdogState {
  const heartbeat = new Int32Array(new SharedArrayBuffer(4));
  const label = new Uint8Array(new SharedArrayBuffer(LABEL_BYTES));
  const worker = new Worker(WATCHDOG_SOURCE, {
    eval: true,
    workerData: {
      heartbeat,
      label,
      stallMs: Number(process.env.KATA_STALL_MS ?? 3000),
      rssMb: Number(process.env.KATA_RSS_MB ?? 512),
      resultsFile: process.env.KATA_RESULTS_FILE ?? null,
    },
  });
  worker.unref();
  setInterval(() => Atomics.add(heartbeat, 0, 1), 100).unref();
  return { heartbeat, label };
}

const state = (holder.__kataWatchdog ??= start());

function setLabel(file: string | undefined, test: string | null): void {
  const bytes = new TextEncoder().encode(JSON.stringify({ file, test }));
  const length = Math.min(bytes.length, LABEL_BYTES - 4);
  state.label.set(bytes.subarray(0, length), 4);
  Atomics.store(new Int32Array(state.label.buffer, 0, 1), 0, length);
}

const currentFile = expect.getState().testPath;
setLabel(currentFile, null);

beforeEach((context) => {
  Atomics.add(state.heartbeat, 0, 1);
  setLabel(context.task.file.filepath, context.task.fullName);
});

afterEach((context) => {
  setLabel(context.task.file.filepath, null);
});
