/**
 * A tiny but complete kata for the learner-workflow tests ("mean"), written into a sandbox (never the real
 * katas/): specs, reference, stub, three mistakes with distinct signatures, hints mapped to the mistakes, and
 * comparison workloads. Plus a way to run a command with standard input.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunResult, Sandbox } from "./sandbox.ts";

const SPEC = (slug: string) => `import { expect, it } from "vitest";
import { mean } from "#impl/${slug}";
import { specs } from "../../../scripts/kit/index.ts";
specs("correct", "mean", () => {
  it("averages a few numbers", () => expect(mean([1, 2, 3, 6])).toBe(3));
  it("averages negatives", () => expect(mean([-2, -4])).toBe(-3));
  it("averages one number", () => expect(mean([5])).toBe(5));
});
specs("contract", "mean", () => {
  it("rejects an empty list", () => expect(() => mean([])).toThrow(RangeError));
});
`;

export const MEAN_OK = `export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("the mean of an empty list is undefined");
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
`;

export const MEAN_STUB = `import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";
/** The arithmetic mean. */
export function mean(values: readonly number[]): number {
  throw new NotImplementedError("mean");
}
`;

/** The learner's versions used by the tests. */
export const MEAN_LEARNER = {
  /** Divides by n - 1: the same failing set as the mistake "divides-by-n-minus-one". */
  nMinusOne: `export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("empty");
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total / (values.length - 1);
}
`,
  /** Right, written differently. */
  correct: `export function mean(values: readonly number[]): number {
  if (!values.length) throw new RangeError("no values");
  return values.reduce((a, b) => a + b, 0) / values.length;
}
`,
  /** Right on small lists, hangs on large ones (the scale workload). */
  hangsWhenLarge: `export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("empty");
  while (values.length > 1000) {}
  return values.reduce((a, b) => a + b, 0) / values.length;
}
`,
  /** Ends its own process on large lists. */
  exitsWhenLarge: `export function mean(values: readonly number[]): number {
  if (values.length > 1000) process.exit(7);
  return values.reduce((a, b) => a + b, 0) / values.length;
}
`,
  syntaxError: "export function mean(values: number[] { return 0; }\n",
  /** Loops forever on every call (watch must report it and go on). */
  infiniteLoop: "export function mean(values: readonly number[]): number { while (true) {} }\n",
} as const;

const MISTAKES: Record<string, string> = {
  "divides-by-n-minus-one": `/** Mistake: divides by n - 1 instead of n (the sample variance's correction, misplaced). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("empty");
  return values.reduce((a, b) => a + b, 0) / (values.length - 1);
}
`,
  "no-empty-check": `/** Mistake: returns NaN for an empty list instead of throwing a RangeError. */
export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
`,
  "sum-not-mean": `/** Mistake: returns the sum, forgetting to divide by the count. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("empty");
  return values.reduce((a, b) => a + b, 0);
}
`,
};

export const MEAN_HINTS = [
  "The mean is the sum of the values divided by how many there are.",
  "Divide by n, not n - 1: the n - 1 correction belongs to the sample variance.",
  "An empty list has no mean: throw a RangeError that says so.",
];

const COMPARE = (slug: string) => `import { mean } from "#impl/${slug}";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

export default defineComparison([
  workload({
    name: "mean of 8 numbers",
    kind: "case",
    setup: () => [1, 2, 3, 4, 5, 6, 7, 8],
    run: (values: number[]) => mean(values),
    quality: { name: "mean", better: "higher", of: (m: number) => m },
    agreement: { kind: "exact" },
    plot: (m: number) => ({ type: "bar", title: "The mean of 1..8", x: "what", y: "value", bars: [{ category: "mean", value: m }] }),
  }),
  workload({
    name: "mean of 200,000 numbers",
    kind: "scale",
    setup: () => Array.from({ length: 200_000 }, (_, i) => i % 100),
    run: (values: number[]) => ({ mean: mean(values), n: values.length }),
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 3,
    plot: (out: { mean: number }) => ({ type: "bar", title: "The mean of 200,000 numbers", x: "what", y: "value", bars: [{ category: "mean", value: out.mean }] }),
  }),
]);
`;

const EXAMPLES = (slug: string) => `import * as impl from "#impl/${slug}";
import { defineExamples } from "../../../scripts/kit/examples.ts";

export default defineExamples(impl, [
  { code: "mean([1, 2, 3, 6])", expected: 3 },
  { code: "mean([-2, -4])", expected: -3 },
]);
`;

/** Adds the "mean" kata called `slug` to a sandbox, with the given learner file. */
export function addMeanKata(sandbox: Sandbox, slug: string, learnerCode: string, order: number, options: { compare?: boolean } = {}): void {
  const kataDir = join(sandbox.root, "katas", slug);
  const solutionDir = join(sandbox.root, "solutions", slug);
  mkdirSync(join(kataDir, ".spec"), { recursive: true });
  mkdirSync(join(solutionDir, "mistakes"), { recursive: true });
  writeFileSync(join(kataDir, ".spec", "mean.spec.ts"), SPEC(slug));
  if (options.compare !== false) writeFileSync(join(kataDir, ".spec", "compare.ts"), COMPARE(slug));
  writeFileSync(join(kataDir, ".spec", "examples.ts"), EXAMPLES(slug));
  writeFileSync(join(kataDir, `${slug}.ts`), learnerCode);
  writeFileSync(join(kataDir, "README.md"), `# ${slug}\n\n## Task\n## API\n## Conventions\n## Examples\n## Errors\n## Constraints\n`);
  writeFileSync(join(solutionDir, `${slug}.ts`), MEAN_OK);
  writeFileSync(join(solutionDir, "stub.ts"), MEAN_STUB);
  writeFileSync(join(solutionDir, "NOTES.md"), "# Notes on mean\n\nSum, then divide once: O(n).\n");
  for (const [name, code] of Object.entries(MISTAKES)) writeFileSync(join(solutionDir, "mistakes", `${name}.ts`), code);
  writeFileSync(join(solutionDir, "follow-ups.json"), JSON.stringify({ questions: MEAN_FOLLOW_UPS }, null, 2));
  const manifestPath = join(sandbox.root, "katas", "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { katas: object[] };
  manifest.katas.push({
    slug,
    title: `Mean (${slug})`,
    track: "metrics",
    difficulty: "easy",
    minutes: 10,
    order,
    summary: "Compute the arithmetic mean of a list.",
    hints: MEAN_HINTS,
    mistakeHints: { "divides-by-n-minus-one": 2, "no-empty-check": 3, "sum-not-mean": 1 },
  });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

/** The signatures.json `npm run signatures` derives for the mean kata (spec names are stable). */
/** The mean kata's follow-up questions (what `npm run interview` asks). */
export const MEAN_FOLLOW_UPS = [
  {
    question: "Why divide by n and not by n - 1 here?",
    answer: "The mean of the values given is their sum over their count; n - 1 belongs to the unbiased sample variance, where one degree of freedom is spent on the mean itself.",
  },
  {
    question: "Why sum first and divide once, rather than keep a running mean?",
    answer: "One division at the end is exact up to the rounding of the sum; a running mean rounds at every step. For very long or ill-conditioned data, compensated (Kahan) summation bounds the sum's own error.",
  },
  {
    question: "Why throw on an empty list instead of returning 0 or NaN?",
    answer: "The mean of nothing is undefined: 0 would be a silent lie and NaN spreads through every later computation before anyone notices. A RangeError names the problem where it happens.",
  },
];

export const MEAN_SIGNATURES = {
  "divides-by-n-minus-one": ["mean > averages a few numbers", "mean > averages negatives", "mean > averages one number"],
  "no-empty-check": ["mean > rejects an empty list"],
  "sum-not-mean": ["mean > averages a few numbers", "mean > averages negatives"],
};

/** Runs a script in the sandbox with the given standard input (sandbox.run gives none). */
export function runWithInput(sandbox: Sandbox, script: string, args: string[], input: string): RunResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: sandbox.root,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

export interface LiveProcess {
  output(): string;
  /** Resolves when the output (stdout and stderr) matches, or rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  signal(signal: NodeJS.Signals): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  pid: number;
}

/** Starts a long-running command (watch, compare) in the sandbox, the way a terminal would. */
export function startLive(sandbox: Sandbox, script: string, args: string[]): LiveProcess {
  // Exactly as the npm scripts run it: node --import tsx scripts/<command>.ts.
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: sandbox.root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let text = "";
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    pid: child.pid!,
    output: () => text,
    waitFor(pattern, timeoutMs = 90_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text);
          if (match) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(match[0]);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in:\n${text}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    signal: (signal) => child.kill(signal),
    exited,
  };
}
