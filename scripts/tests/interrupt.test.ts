/**
 * Interruption, for real: SIGINT (Ctrl-C), SIGTERM and SIGKILL sent to the node process of `grade`, `watch` and
 * `compare` while their children are running. Afterwards no process of the sandbox survives, no temporary folder
 * is left, the progress file is the old one or a new one (whole, valid JSON, never partial), and not a byte under
 * katas/ changed.
 *
 * Each command runs with TMPDIR set to a folder of the sandbox, so "no temporary folder left" is checked exactly
 * (tsx keeps its own cache there, tsx-<uid>, which is not ours to remove).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTotalKata, TOTAL_FAULTS, TOTAL_OK } from "./fake-katas.ts";
import { exists, hashTree, makeSandbox, processesMentioning, waitFor, type Sandbox, type Started } from "./sandbox.ts";

let sandbox: Sandbox;
let progressBefore: string;
/** Measured times, printed at the end for the record. */
const timings: string[] = [];

beforeAll(async () => {
  sandbox = makeSandbox({ katas: ["roc-auc"] });
  addTotalKata(sandbox, "total-ok", TOTAL_OK, 100);
  // Keeps a vitest run busy for 3 s, so that a signal lands while vitest and its workers are running.
  addTotalKata(sandbox, "total-loop", TOTAL_FAULTS["infinite-loop"], 101);
  const first = await sandbox.start("scripts/grade.ts", ["total-ok"]).done;
  expect(first.status, first.stderr).toBe(0);
  progressBefore = sandbox.read(".kata/progress.json");
}, 120_000);

afterAll(() => {
  process.stdout.write(`interruption: ${timings.join("; ")}\n`);
  // A failed test may have left its command running: stop it before removing the sandbox.
  for (const pid of sandbox ? processesMentioning(sandbox.root) : []) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  sandbox?.remove();
});

/** Starts a grading command and resolves once vitest is writing results (so the signal lands mid-run). */
async function gradeMidRun(tmp: string, script = "scripts/grade.ts", args: string[] = []): Promise<Started> {
  const started = sandbox.start(script, args, { env: { TMPDIR: tmp } });
  const runDir = () => readdirSync(tmp).find((name) => name.startsWith(`kata-run-${started.child.pid}-`));
  await waitFor(() => {
    const dir = runDir();
    return dir !== undefined && exists(join(tmp, dir, "results.jsonl")) && readFileSync(join(tmp, dir, "results.jsonl"), "utf8").includes('"kind":"collected"');
  }, 60_000, "vitest to collect its first spec file");
  expect(processesMentioning(sandbox.root).length).toBeGreaterThan(1); // the grader, vitest and a worker
  return started;
}

/** SIGKILL is sent to the whole group at once; the kernel may take a moment to tear a big worker down. */
const REAP_MS = 2000;

async function expectNothingLeft(tmp: string, before: Map<string, string>): Promise<void> {
  await waitFor(() => processesMentioning(sandbox.root).length === 0, REAP_MS, "the killed processes to go").catch(() => undefined);
  expect(processesMentioning(sandbox.root)).toEqual([]);
  expect(readdirSync(tmp).filter((name) => !name.startsWith("tsx-"))).toEqual([]);
  expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
  const progress = sandbox.read(".kata/progress.json");
  expect(() => JSON.parse(progress)).not.toThrow();
  expect(progress).toBe(progressBefore); // an interrupted grading records nothing
  expect(readdirSync(join(sandbox.root, ".kata")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
}

describe("interrupting npm run grade", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s stops every child, removes the temporary folder and keeps the progress file whole", async (signal, code) => {
    const tmp = sandbox.folder(`tmp-${signal}`);
    const before = hashTree(join(sandbox.root, "katas"));
    const started = await gradeMidRun(tmp);
    const sentAt = performance.now();
    started.child.kill(signal);
    const result = await started.done;
    const stopMs = performance.now() - sentAt;
    expect(result.status).toBe(code);
    expect(result.stderr).toContain(`Stopped (${signal}). Your files were not changed.`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    timings.push(`grade ${signal}: stopped in ${stopMs.toFixed(0)} ms`);
    expect(stopMs).toBeLessThan(5000);
    await expectNothingLeft(tmp, before);
  }, 120_000);

  it("SIGKILL (no chance to clean up): vitest notices its parent is gone and takes its workers and folder with it", async () => {
    const tmp = sandbox.folder("tmp-SIGKILL");
    const before = hashTree(join(sandbox.root, "katas"));
    const started = await gradeMidRun(tmp);
    const sentAt = performance.now();
    started.child.kill("SIGKILL");
    await started.done;
    await waitFor(() => processesMentioning(sandbox.root).length === 0, 10_000, "the orphaned vitest run to stop");
    await waitFor(() => readdirSync(tmp).every((name) => !name.startsWith("kata-run-")), 5_000, "the orphan to remove its folder");
    timings.push(`grade SIGKILL: orphans gone in ${(performance.now() - sentAt).toFixed(0)} ms`);
    await expectNothingLeft(tmp, before);
  }, 120_000);
});

describe("interrupting npm run watch", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s during a grading stops every child and leaves everything as it was", async (signal, code) => {
    const tmp = sandbox.folder(`tmp-watch-${signal}`);
    const before = hashTree(join(sandbox.root, "katas"));
    // watch records that work on the kata started, before its first grading: that is the "new" progress.
    const started = await gradeMidRun(tmp, "scripts/watch.ts", ["total-loop"]);
    const sentAt = performance.now();
    started.child.kill(signal);
    const result = await started.done;
    timings.push(`watch ${signal}: stopped in ${(performance.now() - sentAt).toFixed(0)} ms`);
    expect(result.status).toBe(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await waitFor(() => processesMentioning(sandbox.root).length === 0, REAP_MS, "the killed processes to go").catch(() => undefined);
    expect(processesMentioning(sandbox.root)).toEqual([]);
    expect(readdirSync(tmp).filter((name) => !name.startsWith("tsx-"))).toEqual([]);
    expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
    const progress = JSON.parse(sandbox.read(".kata/progress.json")) as { katas: Record<string, { startedAt?: string }> };
    expect(progress.katas["total-loop"]?.startedAt).toBeDefined();
    expect(readdirSync(join(sandbox.root, ".kata")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    progressBefore = sandbox.read(".kata/progress.json");
  }, 120_000);
});

describe("interrupting npm run compare", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s while the learner's code runs stops every child and leaves everything as it was", async (signal, code) => {
    const tmp = sandbox.folder(`tmp-compare-${signal}`);
    // The learner's roc-auc never returns: compare waits on it, so the signal lands while a child is busy.
    sandbox.write("katas/roc-auc/roc-auc.ts", "export function rocAuc(): number { while (true) {} }\nexport function rocCurve(): never { while (true) {} }\n");
    const before = hashTree(join(sandbox.root, "katas"));
    const started = sandbox.start("scripts/compare.ts", ["roc-auc"], { env: { TMPDIR: tmp } });
    await waitFor(() => started.stderr().includes("running your code"), 60_000, "compare to run the learner's code");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(processesMentioning(sandbox.root).length).toBeGreaterThan(1);
    const sentAt = performance.now();
    started.child.kill(signal);
    const result = await started.done;
    timings.push(`compare ${signal}: stopped in ${(performance.now() - sentAt).toFixed(0)} ms`);
    expect(result.status).toBe(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expectNothingLeft(tmp, before);
  }, 120_000);
});
