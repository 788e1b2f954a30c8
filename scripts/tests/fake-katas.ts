/** Tiny throw-away katas for grader tests, written into a sandbox (never into the real katas/). */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Sandbox } from "./sandbox.ts";

const SPEC = (slug: string) => `import { describe, expect, it } from "vitest";
import { echo } from "#impl/${slug}";
describe("echo", () => {
  it("returns its argument", () => expect(echo(1)).toBe(1));
  it("returns strings too", () => expect(echo("a")).toBe("a"));
});
`;

export const ECHO_OK = "export function echo<T>(x: T): T { return x; }\n";
export const ECHO_STUB = `import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";
export function echo<T>(x: T): T { throw new NotImplementedError("echo"); }
`;

/** Adds an "echo" kata called `slug` with the given learner code (and a reference, stub and mistakes). */
export function addEchoKata(sandbox: Sandbox, slug: string, learnerCode: string, order: number): void {
  const kataDir = join(sandbox.root, "katas", slug);
  const solutionDir = join(sandbox.root, "solutions", slug);
  mkdirSync(join(kataDir, ".spec"), { recursive: true });
  mkdirSync(join(solutionDir, "mistakes"), { recursive: true });
  writeFileSync(join(kataDir, ".spec", "echo.spec.ts"), SPEC(slug));
  writeFileSync(join(kataDir, `${slug}.ts`), learnerCode);
  writeFileSync(join(kataDir, "README.md"), `# ${slug}\n\n## Task\n## API\n## Conventions\n## Examples\n## Errors\n## Constraints\n`);
  writeFileSync(join(solutionDir, `${slug}.ts`), ECHO_OK);
  writeFileSync(join(solutionDir, "stub.ts"), ECHO_STUB);
  writeFileSync(join(solutionDir, "NOTES.md"), "# notes\n");
  writeFileSync(join(solutionDir, "mistakes", "returns-null.ts"), "/** Mistake: returns null instead of its argument. */\nexport function echo<T>(x: T): T { return null as T; }\n");
  writeFileSync(join(solutionDir, "mistakes", "numbers-only.ts"), "/** Mistake: only numbers come back, strings are lost. */\nexport function echo<T>(x: T): T { return (typeof x === \"number\" ? x : undefined) as T; }\n");
  writeFileSync(join(solutionDir, "mistakes", "off-by-one.ts"), "/** Mistake: adds one to numbers before returning them. */\nexport function echo<T>(x: T): T { return (typeof x === \"number\" ? x + 1 : x) as T; }\n");
  const manifestPath = join(sandbox.root, "katas", "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { katas: object[] };
  manifest.katas.push({
    slug,
    title: `Echo ${slug}`,
    track: "metrics",
    difficulty: "easy",
    minutes: 5,
    order,
    summary: "Return the argument unchanged.",
    hints: ["Return what you are given.", "Literally: return x."],
  });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

/** Learner files with typical faults. */
export const FAULTS = {
  syntaxError: "export function echo(x: number { return x; }\n",
  throwAtImport: 'throw new Error("boom at import");\nexport function echo<T>(x: T): T { return x; }\n',
  infiniteLoop: "export function echo<T>(x: T): T { while (true) {} }\n",
} as const;
