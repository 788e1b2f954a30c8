/**
 * Child process of `npm run compare`: imports katas/<kata>/.spec/compare.ts (whose `#impl/<kata>` resolves to the
 * learner's file or, under the `kata-reference` condition, to the reference), runs its workloads from a given
 * index and sends each result to the parent over IPC (structured clone).
 *
 * A helper thread samples resident memory (peak per workload) and kills this process if the parent disappears,
 * so a learner's infinite loop can never outlive `compare`. Runs only as a child (excluded from coverage; the
 * logic lives in compare-runner.ts).
 */
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { asComparison, describeError, runWorkloads, type MemoryProbe, type RunnerMessage } from "./compare-runner.ts";

const [file, fromText, maxRepeatsText, mode] = process.argv.slice(2) as [string, string, string, string | undefined];

const HELPER = `
const { workerData } = require("node:worker_threads");
const { peak, started, parentPid } = workerData;
Atomics.store(started, 0, 1);
setInterval(() => {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  let old = Atomics.load(peak, 0);
  while (kb > old) {
    const seen = Atomics.compareExchange(peak, 0, old, kb);
    if (seen === old) break;
    old = seen;
  }
}, 2);
setInterval(() => {
  let alive = process.ppid === parentPid;
  if (alive) { try { process.kill(parentPid, 0); } catch { alive = false; } }
  if (!alive) process.kill(process.pid, "SIGKILL");
}, 250);
`;

const peak = new Int32Array(new SharedArrayBuffer(4));
const started = new Int32Array(new SharedArrayBuffer(4));
const helper = new Worker(HELPER, { eval: true, execArgv: [], workerData: { peak, started, parentPid: process.ppid } });
helper.unref();
// The helper thread needs this thread's event loop to start: wait for it before any code under test can block it.
for (let waited = 0; Atomics.load(started, 0) === 0 && waited < 10_000; waited += 5) {
  await new Promise((resolve) => setTimeout(resolve, 5));
}

// Peak memory of a run: the larger of resident memory sampled above its level at the start, and the heap grown
// during the run (small runs fit in the heap already reserved, so resident memory alone would say 0).
let baselineKb = 0;
let baselineHeap = 0;
const probe: MemoryProbe = {
  start() {
    baselineKb = Math.round(process.memoryUsage.rss() / 1024);
    baselineHeap = process.memoryUsage().heapUsed;
    Atomics.store(peak, 0, baselineKb);
  },
  stop() {
    const heapMb = (process.memoryUsage().heapUsed - baselineHeap) / 1048576;
    const kb = Math.max(Atomics.load(peak, 0), Math.round(process.memoryUsage.rss() / 1024));
    return Math.max(0, (kb - baselineKb) / 1024, heapMb);
  },
};

function send(message: RunnerMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

let comparison;
try {
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  comparison = asComparison(module.default, file);
} catch (error) {
  await send({ kind: "load-error", message: describeError(error) });
}
if (comparison) {
  // `npm run report` draws pictures: only the workloads that have one.
  const selected = mode === "plots" ? { workloads: comparison.workloads.filter((w) => typeof w.plot === "function") } : comparison;
  await runWorkloads(selected, Number(fromText), send, probe, Number(maxRepeatsText));
}
process.disconnect();
process.exit(0);
