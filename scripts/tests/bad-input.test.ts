/**
 * Bad input gets one clear message, never a stack trace: usage errors (unknown kata or flag, a kata name that is
 * a path, a bad number) exit 2 with a suggestion where one helps; a missing or broken manifest is explained; a
 * corrupt progress file is kept aside and replaced, with a warning; an unwritable one is a warning, not a crash;
 * a kata whose file is missing says how to get it back, and the other katas are still graded. Also: grading the
 * references (--target solutions) is never recorded as the learner's progress.
 *
 * The usage errors run side by side (each is a separate process that stops before any grading).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTotalKata, TOTAL_OK } from "./fake-katas.ts";
import { makeSandbox, processesMentioning, type RunResult, type Sandbox } from "./sandbox.ts";

const sandboxes: Sandbox[] = [];
function sandboxFor(katas: string[]): Sandbox {
  const sandbox = makeSandbox({ katas });
  sandboxes.push(sandbox);
  return sandbox;
}

afterAll(() => {
  for (const sandbox of sandboxes) sandbox.remove();
});

/** Any sign of a stack trace or of an error the CLI did not expect. */
function expectNoStack(result: RunResult): void {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/internal error|node:internal|TypeError|ReferenceError/);
}

describe("usage errors: exit status 2, one message, a suggestion", () => {
  let sandbox: Sandbox;
  const results = new Map<string, RunResult>();
  const CASES: [string, string[], RegExp[]][] = [
    ["grade: unknown kata", ["scripts/grade.ts", "roc-acu"], [/^error: Unknown kata "roc-acu"\./m, /Did you mean "roc-auc"\?/]],
    ["grade: unknown kata, nothing close", ["scripts/grade.ts", "zzzzzz"], [/Unknown kata "zzzzzz"\./, /Known katas: roc-auc/]],
    ["grade: unknown flag", ["scripts/grade.ts", "--jsn"], [/unknown option '--jsn'/, /Did you mean --json\?/]],
    ["grade: bad --target", ["scripts/grade.ts", "--target", "teacher"], [/Unknown --target "teacher"\./, /--target learner \(default\) or --target solutions/]],
    ["grade: a path", ["scripts/grade.ts", "../roc-auc"], [/"\.\.\/roc-auc" is not a kata name \(kata names have no path separators\)\./]],
    ["grade: dot-dot", ["scripts/grade.ts", ".."], [/"\.\." is not a kata name/]],
    ["prove: unknown flag", ["scripts/prove.ts", "--skip-unitt"], [/unknown option '--skip-unitt'/, /Did you mean --skip-unit\?/]],
    ["hint: not a number", ["scripts/hint.ts", "roc-auc", "two"], [/^error: "two" is not a hint number\./m, /npm run hint -- roc-auc 2/]],
    ["hint: no such hint", ["scripts/hint.ts", "roc-auc", "0"], [/there is no hint "0"/, /Ask for a number from 1 to \d+/]],
    ["hint: a path", ["scripts/hint.ts", "../../etc/passwd"], [/is not a kata name/]],
    ["watch: bad --interval", ["scripts/watch.ts", "roc-auc", "--interval", "fast"], [/--interval must be a whole number/]],
    ["watch: unknown kata", ["scripts/watch.ts", "roc_auc"], [/Did you mean "roc-auc"\?/]],
    ["compare: bad --timeout", ["scripts/compare.ts", "roc-auc", "--timeout", "-1"], [/--timeout must be a positive number/]],
    ["reset: a path", ["scripts/reset.ts", "../roc-auc", "--yes"], [/is not a kata name/]],
    ["solution: unknown kata", ["scripts/solution.ts", "rocauc"], [/Did you mean "roc-auc"\?/]],
    ["list: unknown flag", ["scripts/list.ts", "--jsonn"], [/unknown option '--jsonn'/, /Did you mean --json\?/]],
  ];

  beforeAll(async () => {
    sandbox = sandboxFor(["roc-auc"]);
    const runs = CASES.map(async ([name, [script, ...args]]) => {
      results.set(name, await sandbox.start(script!, args, { timeoutMs: 60_000 }).done);
    });
    await Promise.all(runs);
  }, 120_000);

  it.each(CASES.map(([name, , patterns]) => [name, patterns] as const))("%s", (name, patterns) => {
    const result = results.get(name)!;
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(2);
    for (const pattern of patterns) expect(result.stderr).toMatch(pattern);
    expectNoStack(result);
  });

  it("touches nothing", () => {
    expect(existsSync(join(sandbox.root, ".kata"))).toBe(false);
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });
});

describe("a missing or broken manifest", () => {
  const MANIFESTS: [string, string | null, RegExp][] = [
    ["missing", null, /^error: katas\/manifest\.json is missing\.\nRestore it with `git checkout -- katas\/manifest\.json`\./m],
    ["not JSON", "{ half", /^error: katas\/manifest\.json is not valid JSON \(.+\)\.\nRestore it with/m],
    ["wrong fields", '{ "katas": [{ "slug": "Roc AUC", "title": "x" }] }', /^error: katas\/manifest\.json is not valid:\n {2}- katas\.0\.slug: a slug is lower-case words/m],
  ];
  const results = new Map<string, RunResult>();

  beforeAll(async () => {
    await Promise.all(
      MANIFESTS.map(async ([name, contents]) => {
        const sandbox = sandboxFor(["roc-auc"]);
        const manifest = join(sandbox.root, "katas/manifest.json");
        if (contents === null) rmSync(manifest);
        else writeFileSync(manifest, contents);
        results.set(name, await sandbox.start("scripts/grade.ts", [], { timeoutMs: 60_000 }).done);
      }),
    );
  }, 120_000);

  it.each(MANIFESTS.map(([name, , pattern]) => [name, pattern] as const))("%s: says what is wrong and how to fix it", (name, pattern) => {
    const result = results.get(name)!;
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expectNoStack(result);
  });
});

describe("broken state around the learner's files", () => {
  let sandbox: Sandbox;

  beforeAll(() => {
    sandbox = sandboxFor(["roc-auc"]);
    addTotalKata(sandbox, "total-ok", TOTAL_OK, 100);
  });

  it("a kata folder missing its file and a corrupt progress file: both explained, the other kata still graded", async () => {
    rmSync(join(sandbox.root, "katas/roc-auc/roc-auc.ts"));
    sandbox.folder(".kata");
    writeFileSync(join(sandbox.root, ".kata/progress.json"), '{ "version": 2, "katas": { "roc-auc": ');
    const result = await sandbox.start("scripts/grade.ts", [], { timeoutMs: 90_000 }).done;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: Your progress file could not be read; it was kept as \.kata\/progress\.json\.corrupt-\d+ and progress starts afresh\./m);
    expect(result.stdout).toContain(
      "katas/roc-auc/roc-auc.ts is missing: restore the stub with `npm run reset -- roc-auc` (or copy solutions/roc-auc/stub.ts to katas/roc-auc/roc-auc.ts)",
    );
    expect(result.stdout).toMatch(/│ total-ok +│.*│ 3\/3 +│.*│ passed/);
    expectNoStack(result);
    const kept = readdirSync(join(sandbox.root, ".kata")).filter((name) => name.startsWith("progress.json.corrupt-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(sandbox.root, ".kata", kept[0]!), "utf8")).toBe('{ "version": 2, "katas": { "roc-auc": ');
    const progress = JSON.parse(sandbox.read(".kata/progress.json")) as { katas: Record<string, { status: string }> };
    expect(progress.katas["total-ok"]!.status).toBe("passed");
    sandbox.write("katas/roc-auc/roc-auc.ts", sandbox.read("solutions/roc-auc/stub.ts"));
  }, 120_000);

  it("--target solutions grades the references but records nothing as the learner's progress", async () => {
    const before = sandbox.read(".kata/progress.json"); // written by the grading above
    const result = await sandbox.start("scripts/grade.ts", ["total-ok", "--target", "solutions", "--json"], { timeoutMs: 90_000 }).done;
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ target: "solutions", katas: [{ slug: "total-ok", status: "passed" }] });
    expect(sandbox.read(".kata/progress.json")).toBe(before);
  }, 120_000);
  it("a progress file that cannot be written: the results are shown, with a warning, exit status 0", async () => {
    rmSync(join(sandbox.root, ".kata"), { recursive: true, force: true });
    writeFileSync(join(sandbox.root, ".kata"), "a file where the progress folder should be\n");
    const result = await sandbox.start("scripts/grade.ts", ["total-ok"], { timeoutMs: 90_000 }).done;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/│ total-ok +│.*│ 3\/3 +│.*│ passed/);
    expect(result.stderr).toMatch(/^warning: Your progress could not be saved to \.kata\/progress\.json \(\w+\); these results are not recorded\./m);
    expectNoStack(result);
    expect(readFileSync(join(sandbox.root, ".kata"), "utf8")).toBe("a file where the progress folder should be\n");
    rmSync(join(sandbox.root, ".kata"));
  }, 120_000);

});
