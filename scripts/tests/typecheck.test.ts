/**
 * The type check beside the score (scripts/lib/learner/typecheck.ts): the native compiler's output becomes one
 * problem per error of the learner's own folder, with the file, line, column and the whole message chain; errors in
 * the hidden specs are not the learner's and are left out; `grade --json` carries them; nothing is left in the
 * temporary folder and no learner byte changes.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCompilerOutput, typecheckKatas } from "../lib/learner/typecheck.ts";
import { hashTree, makeSandbox, type Sandbox } from "./sandbox.ts";

const SLUG = "roc-auc";
const LEARNER = `katas/${SLUG}/${SLUG}.ts`;
let sandbox: Sandbox;
let reference: string;

beforeAll(() => {
  sandbox = makeSandbox();
  reference = readFileSync(join(sandbox.root, "solutions", SLUG, `${SLUG}.ts`), "utf8");
});
afterAll(() => sandbox.remove());

describe("parseCompilerOutput", () => {
  it("keeps file, line, column and the message chain; drops diagnostics without a file", () => {
    const output = [
      "katas/a/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "katas/a/a.ts(9,12): error TS2322: Type 'Map<number, string>' is not assignable to type 'Map<string, number>'.",
      "  Type 'number' is not assignable to type 'string'.",
      "error TS2688: Cannot find type definition file for 'node'.",
      "  The file is in the program because:",
      "",
    ].join("\n");
    expect(parseCompilerOutput("/repo", output)).toEqual([
      { file: "katas/a/a.ts", line: 3, column: 7, message: "Type 'string' is not assignable to type 'number'." },
      {
        file: "katas/a/a.ts",
        line: 9,
        column: 12,
        message: "Type 'Map<number, string>' is not assignable to type 'Map<string, number>'. Type 'number' is not assignable to type 'string'.",
      },
    ]);
  });
});

describe("typecheckKatas", () => {
  it("reports the learner's type errors, not the hidden specs', and none for a file that type-checks", async () => {
    sandbox.write(LEARNER, reference);
    expect((await typecheckKatas(sandbox.root, [SLUG]))?.get(SLUG)).toEqual([]);

    const lines = reference.split("\n").length;
    sandbox.write(`katas/${SLUG}/.spec/broken.ts`, 'import "./nothing-here.ts";\nexport const s: string = 1;\n');
    sandbox.write(`katas/${SLUG}/helper.ts`, "export const h: boolean = 0;\n");
    sandbox.write(LEARNER, `${reference}\nimport { h } from "./helper.ts";\nconst wrong: number = "text";\nexport const n = [wrong, h];\n`);
    const problems = (await typecheckKatas(sandbox.root, [SLUG]))?.get(SLUG);
    expect(problems).toEqual([
      { file: `katas/${SLUG}/${SLUG}.ts`, line: lines + 2, column: 7, message: "Type 'string' is not assignable to type 'number'." },
      { file: `katas/${SLUG}/helper.ts`, line: 1, column: 14, message: "Type 'number' is not assignable to type 'boolean'." },
    ]);
    rmSync(join(sandbox.root, "katas", SLUG, ".spec", "broken.ts"));
    rmSync(join(sandbox.root, "katas", SLUG, "helper.ts"));
  });

  it("grade --json carries them, changes no learner byte and leaves nothing in the temporary folder", () => {
    sandbox.write(LEARNER, `${reference}\nconst wrong: number = "text";\nexport { wrong };\n`);
    const before = hashTree(join(sandbox.root, "katas"));
    const tmp = sandbox.folder("tmp-typecheck");
    const result = sandbox.run("scripts/grade.ts", [SLUG, "--json"], { env: { TMPDIR: tmp } });
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout) as { katas: { slug: string; status: string; typeErrors: { file: string; message: string }[] }[] };
    expect(data.katas[0]).toMatchObject({ slug: SLUG, status: "passed" });
    expect(data.katas[0]!.typeErrors).toEqual([expect.objectContaining({ file: LEARNER, message: "Type 'string' is not assignable to type 'number'." })]);
    expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
    expect(readdirSync(tmp).filter((name) => name.startsWith("kata-"))).toEqual([]); // (tsx keeps its cache there)
  });
});
