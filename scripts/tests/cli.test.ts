/** The grade command as a learner runs it (child processes on a sandbox copy). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree, makeSandbox, type Sandbox } from "./sandbox.ts";

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = makeSandbox();
});
afterAll(() => sandbox.remove());

describe("npm run grade", () => {
  it("shows the progress table on a fresh clone, writes progress, and changes no learner byte", () => {
    const before = hashTree(`${sandbox.root}/katas`);
    const result = sandbox.run("scripts/grade.ts");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/│ roc-auc +│ metrics +│ 0\/\d+ +│ 0\/\d+ .*│ not started │/);
    expect(result.stdout).toMatch(/Score: 0\/\d+ katas passed/);
    expect(result.stdout).toMatch(/Next: /);
    expect(hashTree(`${sandbox.root}/katas`)).toEqual(before);
    expect(JSON.parse(sandbox.read(".kata/progress.json")).katas["roc-auc"].status).toBe("not started");
  });

  it("grades one kata as JSON, and the references with --target solutions", () => {
    const result = sandbox.run("scripts/grade.ts", ["roc-auc", "--json", "--target", "solutions"]);
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout) as { target: string; katas: { slug: string; status: string; passed: number; total: number }[] };
    expect(data.target).toBe("solutions");
    expect(data.katas).toHaveLength(1);
    expect(data.katas[0]).toMatchObject({ slug: "roc-auc", status: "passed" });
    expect(data.katas[0]!.passed).toBe(data.katas[0]!.total);
  });

  it("answers an unknown kata with a suggestion and exit status 2", () => {
    const result = sandbox.run("scripts/grade.ts", ["roc-acu"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: Unknown kata "roc-acu".');
    expect(result.stderr).toContain('Did you mean "roc-auc"?');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it("answers an unknown flag or value with a suggestion and exit status 2", () => {
    const flag = sandbox.run("scripts/grade.ts", ["--jsn"]);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--jsn'[\s\S]*Did you mean --json\?/);
    const target = sandbox.run("scripts/grade.ts", ["--target", "teacher"]);
    expect(target.status).toBe(2);
    expect(target.stderr).toContain('Unknown --target "teacher".');
  });

  it("explains a broken manifest without a stack trace", () => {
    const manifest = sandbox.read("katas/manifest.json");
    sandbox.write("katas/manifest.json", "{");
    try {
      const result = sandbox.run("scripts/grade.ts");
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/katas\/manifest.json is not valid JSON/);
    } finally {
      sandbox.write("katas/manifest.json", manifest);
    }
  });
});
