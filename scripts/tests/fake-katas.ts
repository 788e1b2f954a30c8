/** Tiny throw-away katas for grader tests, written into a sandbox (never into the real katas/). */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Sandbox } from "./sandbox.ts";

const SPEC = (slug: string) => `import { expect, it } from "vitest";
import { echo } from "#impl/${slug}";
import { specs } from "../../../scripts/kit/index.ts";
specs("correct", "echo", () => {
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
  mkdirSync(join(solutionDir, "alternatives"), { recursive: true });
  writeFileSync(join(solutionDir, "alternatives", "identity.ts"), "export function echo<T>(x: T): T { const y = x; return y; }\n");
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

/**
 * A "total" kata (sum of a list of numbers) whose spec reads like a real one: the kit's `given` and
 * `expectClose`, one case that awaits the result (so a promise that never settles hangs it) and one plain vitest
 * `expect` (so vitest's own rendering of a bad value is exercised too).
 */
const TOTAL_SPEC = (slug: string) => `import { expect, it } from "vitest";
import { total } from "#impl/${slug}";
import { expectClose, given, specs } from "../../../scripts/kit/index.ts";

specs("correct", "total", () => {
  it("adds a few numbers", async () => {
    const values = [3, 1, 2];
    await given({ values }, async () => expectClose(await total(values), 6, 0, "total"));
  });
  it("adds a thousand numbers", () => {
    const values = Array.from({ length: 1000 }, (_, i) => i);
    given({ values }, () => expectClose(total(values), 499_500, 0, "total"));
  });
});

specs("edge", "total", () => {
  it("is 0 for an empty list", () => {
    given({ values: [] }, () => expect(total([])).toBe(0));
  });
});
`;

export const TOTAL_OK = "export function total(values: number[]): number {\n  return values.reduce((sum, x) => sum + x, 0);\n}\n";

/**
 * Prepended to a faulty learner file: `faultStarts()` appends the time to KATA_FAULT_LOG, so that a test can
 * measure the time from the fault to its report.
 */
export const FAULT_CLOCK = `import { appendFileSync } from "node:fs";
function faultStarts(): void {
  const log = process.env.KATA_FAULT_LOG;
  if (log) appendFileSync(log, JSON.stringify({ file: import.meta.url, at: Date.now() }) + "\\n");
}
`;

/**
 * Adds a "total" kata called `slug` with the given learner code (FAULT_CLOCK is prepended), and any extra files
 * (paths relative to the kata folder, "SLUG" replaced by the slug).
 */
export function addTotalKata(sandbox: Sandbox, slug: string, learnerCode: string, order: number, extraFiles: Record<string, string> = {}): void {
  const kataDir = join(sandbox.root, "katas", slug);
  mkdirSync(join(kataDir, ".spec"), { recursive: true });
  writeFileSync(join(kataDir, ".spec", "total.spec.ts"), TOTAL_SPEC(slug));
  writeFileSync(join(kataDir, `${slug}.ts`), `${FAULT_CLOCK}${learnerCode.replaceAll("SLUG", slug)}`);
  for (const [path, contents] of Object.entries(extraFiles)) writeFileSync(join(kataDir, path), contents.replaceAll("SLUG", slug));
  writeFileSync(join(kataDir, "README.md"), `# ${slug}\n\n## Task\n## API\n## Conventions\n## Examples\n## Errors\n## Constraints\n`);
  const solutionDir = join(sandbox.root, "solutions", slug);
  mkdirSync(join(solutionDir, "mistakes"), { recursive: true });
  writeFileSync(join(solutionDir, `${slug}.ts`), TOTAL_OK);
  writeFileSync(join(solutionDir, "stub.ts"), 'import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";\nexport function total(values: number[]): number { throw new NotImplementedError("total"); }\n');
  writeFileSync(join(solutionDir, "NOTES.md"), "# notes\n");
  const manifestPath = join(sandbox.root, "katas", "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { katas: object[] };
  manifest.katas.push({
    slug,
    title: `Total ${slug}`,
    track: "metrics",
    difficulty: "easy",
    minutes: 5,
    order,
    summary: "Add up a list of numbers.",
    hints: ["Start from zero and add each number.", "values.reduce((sum, x) => sum + x, 0)"],
  });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

/** Faulty implementations of `total`, one per kind of fault a learner's code can have; each calls faultStarts(). */
export const TOTAL_FAULTS = {
  "syntax-error": "export function total(values: number[] { return 0; }\n",
  "runtime-type-error": "export function total(values: number[]): number {\n  faultStarts();\n  return (values as unknown as { sum(): number }).sum();\n}\n",
  "throw-at-import": 'faultStarts();\nthrow new Error("boom at import");\nexport function total(values: number[]): number { return 0; }\n',
  "infinite-loop": "export function total(values: number[]): number {\n  faultStarts();\n  while (true) {}\n}\n",
  "heap-growth": "export function total(values: number[]): number {\n  faultStarts();\n  const kept: number[][] = [];\n  for (;;) kept.push(new Array(100_000).fill(Math.random()));\n}\n",
  "buffer-growth": "export function total(values: number[]): number {\n  faultStarts();\n  const kept: Buffer[] = [];\n  for (;;) kept.push(Buffer.alloc(16 << 20, 1));\n}\n",
  "exit-0": "export function total(values: number[]): number {\n  faultStarts();\n  process.exit(0);\n}\n",
  "exit-3-at-import": "faultStarts();\nprocess.exit(3);\nexport function total(values: number[]): number { return 0; }\n",
  "unhandled-rejection": 'export function total(values: number[]): number {\n  faultStarts();\n  void Promise.reject(new Error("lost promise"));\n  return values.reduce((sum, x) => sum + x, 0);\n}\n',
  "uncaught-in-timer": 'export function total(values: number[]): number {\n  faultStarts();\n  setTimeout(() => { throw new Error("late throw"); }, 0);\n  return values.reduce((sum, x) => sum + x, 0);\n}\n',
  "never-settles": "export function total(values: number[]): number {\n  faultStarts();\n  return new Promise<number>(() => {}) as unknown as number;\n}\n",
  "never-settles-at-import": "faultStarts();\nawait new Promise(() => {});\nexport function total(values: number[]): number { return 0; }\n",
  "returns-nan": "export function total(values: number[]): number {\n  faultStarts();\n  return NaN;\n}\n",
  "returns-string": "export function total(values: number[]): number {\n  faultStarts();\n  return String(values.reduce((sum, x) => sum + x, 0)) as unknown as number;\n}\n",
  "returns-huge": "export function total(values: number[]): number {\n  faultStarts();\n  return new Array(5_000_000).fill(1) as unknown as number;\n}\n",
  "mutates-input": "export function total(values: number[]): number {\n  faultStarts();\n  values.sort((a, b) => a - b);\n  return values.reduce((sum, x) => sum + x, 0);\n}\n",
  "kills-its-process": 'export function total(values: number[]): number {\n  faultStarts();\n  process.kill(process.pid, "SIGKILL");\n  return 0;\n}\n',
} as const;

export type TotalFault = keyof typeof TOTAL_FAULTS;

/**
 * Learner files that try to pass by running the reference (solutions/SLUG/SLUG.ts, which is correct), each with
 * its extra files: directly, through a helper beside it, through a file in the hidden-spec folder, by a dynamic
 * import() with a computed path, and by absolute path.
 */
export const TOTAL_CHEATS: Record<string, { code: string; files?: Record<string, string> }> = {
  direct: { code: 'export { total } from "../../solutions/SLUG/SLUG.ts";\n' },
  helper: { code: 'export { total } from "./helper.ts";\n', files: { "helper.ts": 'export { total } from "../../solutions/SLUG/SLUG.ts";\n' } },
  "spec-folder": { code: 'export { total } from "./.spec/shared.ts";\n', files: { ".spec/shared.ts": 'export { total } from "../../../solutions/SLUG/SLUG.ts";\n' } },
  dynamic: {
    code: 'const where = ["..", "..", "solutions", "SLUG", "SLUG.ts"].join("/");\nconst reference = (await import(/* @vite-ignore */ where)) as { total(values: number[]): number };\nexport const total = reference.total;\n',
  },
  "dynamic-in-call": {
    code: 'import { createRequire } from "node:module";\nexport function total(values: number[]): number {\n  const load = createRequire(import.meta.url);\n  return (load("../../solutions/SLUG/SLUG.ts") as { total(v: number[]): number }).total(values);\n}\n',
  },
  absolute: { code: 'export { total } from "ROOT/solutions/SLUG/SLUG.ts";\n' },
};
