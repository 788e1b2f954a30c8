/**
 * The practice commands as a learner runs them (child processes, `node --import tsx scripts/<command>.ts`) on a
 * sandbox copy: signatures, grade (hints and diagnosis), hint, list, compare, solution, reset (with backups, even
 * over committed work), watch (Ctrl-C leaves no process). Every command but reset changes no byte under katas/.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree, makeSandbox, processesMentioning, type Sandbox } from "./sandbox.ts";
import { addMeanKata, MEAN_LEARNER, MEAN_OK, MEAN_STUB, runWithInput, startLive } from "./practice-kata.ts";

const SLUG = "mean-cli";
let sandbox: Sandbox;
const learnerPath = () => join(sandbox.root, "katas", SLUG, `${SLUG}.ts`);
const setLearner = (code: string) => writeFileSync(learnerPath(), code);
const katas = () => hashTree(join(sandbox.root, "katas"));

beforeAll(() => {
  sandbox = makeSandbox();
  addMeanKata(sandbox, SLUG, MEAN_LEARNER.nMinusOne, 205);
});
afterAll(() => sandbox.remove());

/** Runs a command and checks that it changed no byte under katas/. */
function runReadOnly(script: string, args: string[]) {
  const before = katas();
  const result = sandbox.run(script, args);
  expect(katas(), `${script} ${args.join(" ")} changed katas/`).toEqual(before);
  return result;
}

describe("signatures, grade and hint", () => {
  it("npm run signatures derives and stores the mistakes' signatures", () => {
    const result = runReadOnly("scripts/signatures.ts", [SLUG]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${SLUG}: 3 mistake signatures written (solutions/${SLUG}/signatures.json)`);
    expect(runReadOnly("scripts/signatures.ts", [SLUG]).stdout).toContain("3 mistake signatures unchanged");
  });

  it("grade shows the diagnosis and the hints used", () => {
    const result = runReadOnly("scripts/grade.ts", [SLUG]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/│ mean-cli +│ metrics +│ 1\/4 +│ 0\/3 +│ — +│ 1\/1 +│ — +│ failing +│ 0\/3 +│/);
    expect(result.stdout).toContain(
      "This looks like: divides by n - 1 instead of n (the sample variance's correction, misplaced). Hint 2 addresses it: npm run hint -- mean-cli 2",
    );
  });

  it("hint shows the next hint, then the one named; grade counts them", () => {
    const first = runReadOnly("scripts/hint.ts", [SLUG]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("mean-cli, hint 1 of 3:\n  The mean is the sum of the values divided by how many there are.");
    expect(runReadOnly("scripts/hint.ts", [SLUG, "2"]).stdout).toContain("hint 2 of 3:\n  Divide by n, not n - 1");
    const graded = runReadOnly("scripts/grade.ts", [SLUG, "--json"]);
    const data = JSON.parse(graded.stdout) as { katas: { hintsUsed: number; diagnosis: { matches: { hint: number }[] } }[] };
    expect(data.katas[0]!.hintsUsed).toBe(2);
    expect(data.katas[0]!.diagnosis.matches[0]!.hint).toBe(2);
  });

  it("commands answer an unknown kata, flag or value with a suggestion and exit status 2", () => {
    for (const script of ["hint", "reset", "compare", "solution", "watch"]) {
      const result = runReadOnly(`scripts/${script}.ts`, ["mean-clj"]);
      expect(result.status, script).toBe(2);
      expect(result.stderr, script).toContain('Did you mean "mean-cli"?');
    }
    expect(runReadOnly("scripts/hint.ts", [SLUG, "7"]).stderr).toContain('mean-cli has 3 hints: there is no hint "7".');
    expect(runReadOnly("scripts/list.ts", ["--jsno"]).stderr).toMatch(/unknown option '--jsno'[\s\S]*Did you mean --json\?/);
    expect(runReadOnly("scripts/reset.ts", [SLUG, "--restore", "9", "--yes"]).stderr).toContain("There are no backups");
    expect(runReadOnly("scripts/compare.ts", [SLUG, "--timeout", "soon"]).status).toBe(2);
    expect(runReadOnly("scripts/watch.ts", [SLUG, "--interval", "1"]).status).toBe(2);
    expect(runReadOnly("scripts/signatures.ts", ["nope-nope-nope"]).status).toBe(2);
  });
});

describe("list, compare and solution", () => {
  it("list shows status, hints used, first-passed date and recent scores", () => {
    const result = runReadOnly("scripts/list.ts", []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/│ 205 │ mean-cli +│ metrics +│ easy +│ 10 +│ failing +│ 1\/4 +│ 0\/3 · — · 1\/1 · — +│ 2\/3 +│ +│ 1 +│ +│/);
    expect(result.stdout).toMatch(/│ roc-auc +│ metrics +│ medium +│ 35 +│ not graded │/);
    const json = JSON.parse(runReadOnly("scripts/list.ts", ["--json"]).stdout) as { katas: { slug: string; gradings: number }[] };
    // Two gradings of the same file: the second re-used the first's result ("unchanged"), which is recorded once.
    expect(json.katas.find((k) => k.slug === SLUG)!.gradings).toBe(1);
  });

  it("compare runs while specs fail, shows where outputs differ, and never prints the reference", () => {
    const result = runReadOnly("scripts/compare.ts", [SLUG]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${SLUG}: your code against the reference, side by side (2 workloads).`);
    expect(result.stdout).toContain("DIFFER at (the output)");
    expect(result.stdout).toContain("Outputs agree on 0 of 2 workloads.");
    expect(result.stdout).not.toContain("let sum = 0;");
    const json = JSON.parse(runReadOnly("scripts/compare.ts", [SLUG, "--json"]).stdout) as { workloads: { agreement: { kind: string } }[] };
    expect(json.workloads.map((w) => w.agreement.kind)).toEqual(["differ", "differ"]);
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });

  it("solution stays hidden until the kata passes (exit 1), unless --force", () => {
    const hidden = runReadOnly("scripts/solution.ts", [SLUG]);
    expect(hidden.status).toBe(1);
    expect(hidden.stdout).toBe("");
    expect(hidden.stderr).toContain("mean-cli does not pass yet (1/4 specs pass), so the reference stays hidden.");
    const forced = runReadOnly("scripts/solution.ts", [SLUG, "--force"]);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toMatch(/warning: mean-cli does not pass yet/);
    expect(forced.stdout).toContain(MEAN_OK.trimEnd());
  });
});

describe("reset", () => {
  it("restores the pristine stub over committed work, keeping a byte-exact backup, and can restore it", () => {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: sandbox.root, stdio: "pipe", encoding: "utf8" });
    git("init", "-q");
    git("-c", "user.email=l@example.com", "-c", "user.name=Learner", "add", "katas");
    git("-c", "user.email=l@example.com", "-c", "user.name=Learner", "commit", "-qm", "my work");
    const mine = readFileSync(learnerPath());
    const before = katas();

    const asked = sandbox.run("scripts/reset.ts", [SLUG]); // no standard input: nothing changes
    expect(asked.status).toBe(1);
    expect(asked.stdout).toContain("No answer (standard input is closed), so nothing changed. Add --yes");
    const declined = runWithInput(sandbox, "scripts/reset.ts", [SLUG], "n\n");
    expect(declined.stdout).toContain("Nothing changed.");
    expect(katas()).toEqual(before);

    const reset = runWithInput(sandbox, "scripts/reset.ts", [SLUG], "y\n");
    expect(reset.status).toBe(0);
    expect(reset.stdout).toContain(`Reset katas/${SLUG}/${SLUG}.ts to the pristine stub? Your 6-line file is saved to .kata/backups/${SLUG}/ first. [y/N]`);
    expect(reset.stdout).toMatch(/Saved your file as backup 1: \.kata\/backups\/mean-cli\/[\dTZ-]+\.ts/);
    expect(readFileSync(learnerPath(), "utf8")).toBe(MEAN_STUB);
    const after = katas();
    expect([...after.keys()].filter((k) => after.get(k) !== before.get(k))).toEqual([`${SLUG}/${SLUG}.ts`]);
    const backups = readdirSync(join(sandbox.root, ".kata", "backups", SLUG));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(sandbox.root, ".kata", "backups", SLUG, backups[0]!)).equals(mine)).toBe(true);
    expect(git("status", "--porcelain")).toContain(`katas/${SLUG}/${SLUG}.ts`); // git says modified: the stub, not the commit

    expect(runReadOnly("scripts/reset.ts", [SLUG, "--yes"]).stdout).toContain("already the pristine stub; nothing to do");
    const listed = runReadOnly("scripts/reset.ts", [SLUG, "--list"]);
    expect(listed.stdout).toMatch(/ 1 {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {5}6 lines/);
    const restored = sandbox.run("scripts/reset.ts", [SLUG, "--restore", "--yes"]);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/Restored katas\/mean-cli\/mean-cli\.ts from backup 1/);
    expect(readFileSync(learnerPath()).equals(mine)).toBe(true);
    expect(sandbox.run("scripts/reset.ts", [SLUG, "--list", "--restore"]).status).toBe(2);
  });

  it("refuses an edited stub (hash guard) and changes nothing", () => {
    const stubPath = join(sandbox.root, "solutions", SLUG, "stub.ts");
    writeFileSync(stubPath, `${MEAN_STUB}// my notes\n`);
    const before = katas();
    try {
      const result = sandbox.run("scripts/reset.ts", [SLUG, "--yes"]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`solutions/${SLUG}/stub.ts is not the pristine stub`);
      expect(result.stderr).toContain(`git checkout -- solutions/${SLUG}/stub.ts`);
      expect(katas()).toEqual(before);
    } finally {
      writeFileSync(stubPath, MEAN_STUB);
    }
  });
});

describe("watch", () => {
  it("re-grades on save, and Ctrl-C during a grading of an infinite loop leaves no process", async () => {
    setLearner(MEAN_LEARNER.nMinusOne);
    const before = katas();
    const watch = startLive(sandbox, "scripts/watch.ts", [SLUG, "--poll", "--interval", "100"]);
    try {
      await watch.waitFor(/Watching katas\/mean-cli\/ for changes \(polling\)/);
      expect(katas()).toEqual(before);
      setLearner(MEAN_LEARNER.correct);
      await watch.waitFor(/✓ mean-cli passed: 4\/4 specs/);
      setLearner(MEAN_LEARNER.infiniteLoop);
      await watch.waitFor(/mean-cli\.ts changed, grading…[\s\S]*mean-cli\.ts changed, grading…/);
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // inside the grading now
    } finally {
      watch.signal("SIGINT");
      await watch.exited;
    }
    const exit = await watch.exited;
    expect(exit.code).toBe(130);
    expect(watch.output()).toContain("Stopped (SIGINT). Your files were not changed.");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });

  it("compare stopped with Ctrl-C on an infinite loop leaves no process", async () => {
    setLearner(MEAN_LEARNER.hangsWhenLarge);
    const compare = startLive(sandbox, "scripts/compare.ts", [SLUG]);
    await compare.waitFor(/running your code…/);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    compare.signal("SIGINT");
    expect((await compare.exited).code).toBe(130);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });

  it("compare killed outright (SIGKILL) still leaves no process: the child notices its parent is gone", async () => {
    const compare = startLive(sandbox, "scripts/compare.ts", [SLUG]);
    await compare.waitFor(/running your code…/);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    compare.signal("SIGKILL");
    await compare.exited;
    const deadline = Date.now() + 5_000;
    while (processesMentioning(sandbox.root).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(processesMentioning(sandbox.root)).toEqual([]);
    setLearner(MEAN_LEARNER.nMinusOne);
  });
});
