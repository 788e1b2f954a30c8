/**
 * The grader end to end on a sandbox copy: isolation of broken learner code (syntax error, throw at import,
 * synchronous infinite loop), the honesty proof on a small kata, and no process left behind.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeKatas } from "../lib/engine/grading.ts";
import { honestyProblems, proveHonesty } from "../lib/proof/honesty.ts";
import { checkKataFiles, checkManifestMatchesFolders, learnerFileState } from "../lib/proof/layout.ts";
import { loadManifest } from "../lib/core/manifest.ts";
import { repoRoot } from "../lib/core/root.ts";
import { addEchoKata, ECHO_OK, FAULTS } from "./fake-katas.ts";
import { makeSandbox, processesMentioning, type Sandbox } from "./sandbox.ts";

let sandbox: Sandbox;

beforeAll(() => {
  sandbox = makeSandbox();
  // The learner solved roc-auc (the reference, copied into the sandbox's learner file).
  sandbox.write("katas/roc-auc/roc-auc.ts", readFileSync(join(repoRoot, "solutions/roc-auc/roc-auc.ts"), "utf8"));
  addEchoKata(sandbox, "echo-syntax", FAULTS.syntaxError, 101);
  addEchoKata(sandbox, "echo-import", FAULTS.throwAtImport, 102);
  addEchoKata(sandbox, "echo-loop", FAULTS.infiniteLoop, 103);
  addEchoKata(sandbox, "echo-ok", ECHO_OK, 104);
});

afterAll(() => sandbox.remove());

describe("grading isolates broken learner code", () => {
  it("reports each fault with its reason and still grades the others, quickly, leaving no process", async () => {
    const started = performance.now();
    const slugs = ["roc-auc", "echo-syntax", "echo-import", "echo-loop", "echo-ok"];
    const results = await gradeKatas({ root: sandbox.root, slugs, targets: {} });
    const seconds = (performance.now() - started) / 1000;
    const bySlug = Object.fromEntries(results.map((r) => [r.slug, r]));

    expect(bySlug["roc-auc"]).toMatchObject({ status: "passed" });
    expect(bySlug["echo-ok"]).toMatchObject({ status: "passed", passed: 2, total: 2 });
    expect(bySlug["echo-syntax"]!.problem).toMatch(/^does not compile/);
    expect(bySlug["echo-import"]!.problem).toBe("crashed while loading: boom at import");
    expect(bySlug["echo-loop"]!.problem).toMatch(/^did not finish: an infinite loop or very slow code/);
    expect(bySlug["echo-loop"]!.firstFailure!.name).toBe("echo > returns its argument");
    expect(seconds).toBeLessThan(30);
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });
});

describe("a kata without specs", () => {
  it("is failing with a message that says where the specs go", async () => {
    const [result] = await gradeKatas({ root: sandbox.root, slugs: ["no-specs-here"], targets: {} });
    expect(result).toMatchObject({ status: "failing", total: 0, problem: "has no spec files (expected katas/no-specs-here/.spec/*.spec.ts)" });
  });
});

describe("the proof's own checks", () => {
  it("proves a small kata honest and finds a dishonest one", async () => {
    mkdirSync(join(sandbox.root, "solutions/echo-ok/alternatives"), { recursive: true });
    sandbox.write("solutions/echo-ok/alternatives/spread.ts", "export function echo<T>(x: T): T { return [x][0]!; }\n");
    sandbox.write("solutions/echo-ok/alternatives/wrong.ts", "export function echo<T>(x: T): T { return x === 1 ? x : (null as T); }\n");
    const verdicts = await proveHonesty({ root: sandbox.root, slugs: ["echo-ok"] });
    expect(verdicts[0]!.alternatives.map((a) => [a.name, a.result.status])).toEqual([["identity", "passed"], ["spread", "passed"], ["wrong", "failing"]]);
    expect(honestyProblems(verdicts[0]!)).toEqual([
      'echo-ok: alternative "wrong" (a correct solution written differently) fails 1 spec(s) (first: "echo > returns strings too": expected null to be \'a\' // Object.is equality). A spec that tests the method instead of the answer is a defect: fix the spec, or the alternative.',
    ]);
    verdicts[0]!.alternatives.pop();
    expect(verdicts[0]!.reference.status).toBe("passed");
    expect(verdicts[0]!.stub.status).toBe("not started");
    expect(verdicts[0]!.mistakes.map((m) => [m.name, m.failing])).toEqual([
      ["numbers-only", ["echo > returns strings too"]],
      ["off-by-one", ["echo > returns its argument"]],
      ["returns-null", ["echo > returns its argument", "echo > returns strings too"]],
    ]);
    expect(honestyProblems(verdicts[0]!)).toEqual([]);

    const dishonest = { ...verdicts[0]!, stub: verdicts[0]!.reference, reference: verdicts[0]!.mistakes[0]!.result };
    dishonest.mistakes = [{ ...verdicts[0]!.mistakes[0]!, failing: [] }];
    const problems = honestyProblems(dishonest);
    expect(problems[0]).toMatch(/the reference fails 1 of 2 specs \(first: "echo > returns strings too"/);
    expect(problems[1]).toMatch(/every spec passes on the pristine stub/);
    expect(problems[2]).toMatch(/mistake "numbers-only" passes every spec/);
    const halfStub = { ...verdicts[0]!, stub: { ...verdicts[0]!.stub, passed: 1, specs: [{ name: "x", file: "f", passed: true }] } };
    expect(honestyProblems(halfStub)[0]).toMatch(/1 spec\(s\) pass on the pristine stub \("x"\)/);
  });

  it("layout checks say what to fix", () => {
    expect(checkKataFiles(sandbox.root, "echo-ok")).toEqual([]);
    expect(learnerFileState(sandbox.root, "echo-ok")).toBe("modified");
    expect(learnerFileState(sandbox.root, "nope")).toBe("missing");
    sandbox.write("solutions/echo-ok/mistakes/bad.ts", "// no header\n");
    sandbox.write("katas/echo-ok/README.md", "# echo\n## Task\n");
    const problems = checkKataFiles(sandbox.root, "echo-ok");
    expect(problems).toContain("solutions/echo-ok/mistakes/bad.ts must start with a one-line header: /** Mistake: <what is wrong> */");
    expect(problems.some((p) => p.includes('has no "## API" section'))).toBe(true);
    expect(checkKataFiles(sandbox.root, "ghost")).toEqual(
      expect.arrayContaining([expect.stringMatching(/katas\/ghost\/README.md is missing/), expect.stringMatching(/has 0 mistake/)]),
    );
    const manifest = loadManifest(sandbox.root);
    expect(checkManifestMatchesFolders(sandbox.root, { ...manifest, katas: manifest.katas.filter((k) => k.slug !== "echo-ok") })).toContain(
      "katas/echo-ok/ is not in katas/manifest.json: add an entry for it, or remove the folder.",
    );
    expect(checkManifestMatchesFolders(sandbox.root, { ...manifest, katas: [...manifest.katas, { ...manifest.katas[0]!, slug: "ghost" }] })).toContain(
      'katas/manifest.json lists "ghost" but katas/ghost/ does not exist.',
    );
  });
});
