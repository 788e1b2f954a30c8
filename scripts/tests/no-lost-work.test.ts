/**
 * No lost work, proven: every file under katas/ of a sandbox (the learner's work in progress, a notes file and a
 * helper of their own included) is hashed before and after each command, and must come back byte for byte:
 * grade, watch, compare, hint, list, solution and the proof run. (Runs interrupted by SIGINT, SIGTERM and
 * SIGKILL are checked the same way in interrupt.test.ts.) `reset` is the one command that writes under katas/:
 * it changes only the kata it is given, and the backup it keeps holds the old bytes exactly.
 *
 * The long commands (grade, compare, watch and the proof) run side by side from the start, to save time; each is
 * checked as it ends, the short ones one after the other. The proof (`prove --skip-unit`: the unit tests would
 * recurse) runs on a second sandbox holding one small kata, so that its honesty rounds stay short.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lib/core/root.ts";
import { addTotalKata, TOTAL_OK } from "./fake-katas.ts";
import { hashTree, makeSandbox, processesMentioning, waitFor, type RunResult, type Sandbox, type Started } from "./sandbox.ts";

let sandbox: Sandbox;
let proofSandbox: Sandbox;
let proofBaseline: Map<string, string>;
let katasDir: string;
let baseline: Map<string, string>;
let long: Map<string, Started>;
const MY_ROC_AUC = `// My solution, written during the interview rehearsal.\n${readFileSync(join(repoRoot, "solutions/roc-auc/roc-auc.ts"), "utf8")}`;

beforeAll(() => {
  sandbox = makeSandbox({ katas: ["roc-auc"] });
  katasDir = join(sandbox.root, "katas");
  sandbox.write("katas/roc-auc/roc-auc.ts", MY_ROC_AUC);
  sandbox.write("katas/roc-auc/my-notes.md", "ties count 1/2\n");
  addTotalKata(sandbox, "total-ok", TOTAL_OK, 100);
  sandbox.write("katas/total-ok/helper.ts", "export const ZERO = 0;\n");
  baseline = hashTree(katasDir);
  proofSandbox = makeSandbox({ katas: [] });
  addTotalKata(proofSandbox, "total-ok", `// work in progress\n${TOTAL_OK}`, 1);
  proofBaseline = hashTree(join(proofSandbox.root, "katas"));
  long = new Map([
    ["proof", proofSandbox.start("scripts/prove.ts", ["--skip-unit"], { timeoutMs: 300_000 })],
    ["grade", sandbox.start("scripts/grade.ts", [], { timeoutMs: 200_000 })],
    ["compare", sandbox.start("scripts/compare.ts", ["roc-auc"], { timeoutMs: 200_000 })],
    ["watch", sandbox.start("scripts/watch.ts", ["total-ok"], { timeoutMs: 200_000 })],
  ]);
});

afterAll(() => {
  for (const box of [sandbox, proofSandbox]) {
    for (const pid of box ? processesMentioning(box.root) : []) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    box?.remove();
  }
});

async function run(script: string, args: string[]): Promise<RunResult> {
  const result = await sandbox.start(script, args, { timeoutMs: 120_000 }).done;
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

describe("no command writes under katas/ (except reset)", () => {
  it.each([
    ["hint", "scripts/hint.ts", ["roc-auc"]],
    ["list", "scripts/list.ts", []],
    ["solution", "scripts/solution.ts", ["roc-auc"]],
  ])("%s", async (_name, script, args) => {
    const result = await run(script, args);
    expect(result.status, result.stderr).toBe(0);
    expect(hashTree(katasDir)).toEqual(baseline);
  }, 60_000);

  it.each(["grade", "compare"])("%s", async (name) => {
    const result = await long.get(name)!.done;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(hashTree(katasDir)).toEqual(baseline);
  }, 200_000);

  it("watch (a first grading, then Ctrl-C)", async () => {
    const started = long.get("watch")!;
    await waitFor(() => started.stdout().includes("Watching katas/total-ok/"), 150_000, "watch's first grading");
    started.child.kill("SIGINT");
    const result = await started.done;
    expect(result.status).toBe(130);
    expect(result.stdout).toMatch(/total-ok passed: 3\/3 specs/);
    expect(hashTree(katasDir)).toEqual(baseline);
  }, 200_000);

  it("the proof run", async () => {
    const result = await long.get("proof")!.done;
    expect(result.stdout).toMatch(/proof: \d+ passed, \d+ failed/);
    expect(hashTree(join(proofSandbox.root, "katas"))).toEqual(proofBaseline);
  }, 300_000);
});

describe("reset", () => {
  it("changes only the kata it is given, and its backup holds the old bytes exactly", async () => {
    const result = await run("scripts/reset.ts", ["roc-auc", "--yes"]);
    expect(result.status, result.stderr).toBe(0);
    const after = hashTree(katasDir);
    const changed = [...after.keys()].filter((path) => after.get(path) !== baseline.get(path));
    expect(changed).toEqual(["roc-auc/roc-auc.ts"]);
    expect([...baseline.keys()].filter((path) => !after.has(path))).toEqual([]);
    expect(sandbox.read("katas/roc-auc/roc-auc.ts")).toBe(sandbox.read("solutions/roc-auc/stub.ts"));
    const backups = readdirSync(join(sandbox.root, ".kata/backups/roc-auc")).filter((name) => name.endsWith(".ts"));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(sandbox.root, ".kata/backups/roc-auc", backups[0]!))).toEqual(Buffer.from(MY_ROC_AUC));
  }, 60_000);

  it("restores the file it kept, byte for byte", async () => {
    const result = await run("scripts/reset.ts", ["roc-auc", "--restore", "--yes"]);
    expect(result.status, result.stderr).toBe(0);
    expect(hashTree(katasDir)).toEqual(baseline);
  }, 60_000);
});
