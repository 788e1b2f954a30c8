/**
 * `npm run try -- <kata>`: runs the prompt's worked examples (katas/<kata>/.spec/examples.ts, kit/examples.ts)
 * on the learner's code and shows each call, the learner's value and the expected one. No hidden case, no spec
 * name: only what the prompt itself shows.
 *
 * The code runs in a child process in its own process group (try-child.ts), watched like `compare`'s children
 * (engine/child-watch.ts: CPU time, not the wall clock): an example that throws shows the error, one that never
 * finishes or crashes the process gets the grader's plain reason, and a fresh child goes on with the next one.
 * Nothing is written anywhere.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import pc from "picocolors";
import { abridge } from "../../kit/format.ts";
import { agree } from "../compare/compare-report.ts";
import { UserError } from "../core/errors.ts";
import { kataPaths } from "../core/katas.ts";
import { watchChild, type ChildStop } from "../engine/child-watch.ts";

export type TryMessage =
  | { kind: "load-error"; message: string }
  | { kind: "loaded"; codes: (string | null)[]; rendered: string; expected: ExpectedValue[] }
  | { kind: "start"; index: number }
  | { kind: "result"; index: number; ok: true; value: unknown }
  | { kind: "result"; index: number; ok: false; error: string }
  | { kind: "setup-error"; message: string }
  | { kind: "done" };

export type Side = "learner" | "reference";

/** An example's expected value as the prompt states it. */
export interface ExpectedValue {
  index: number;
  expected: unknown;
  /** How the prompt shows it. */
  shown: string;
  tolerance: number;
}

export type ExampleOutcome =
  | { ok: true; value: unknown }
  | { ok: false; why: "threw" | "stopped" | "crashed" | "setup"; message: string };

export interface ExamplesRun {
  /** The code of each entry (null for setup lines, comments and gaps). */
  codes: (string | null)[];
  rendered: string;
  expected: ExpectedValue[];
  outcomes: Map<number, ExampleOutcome>;
  loadError?: string;
}

export const TRY_LIMITS = { cpuMs: 3000, idleMs: 3000, wallMs: 60_000 };

export function examplesFile(root: string, slug: string): string {
  return join(kataPaths(root, slug).specDir, "examples.ts");
}

/** Plain data that survives IPC (structured clone): functions and class instances become their rendering. */
export function toCloneable(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") {
    return typeof value === "function" || typeof value === "symbol" ? abridge(value) : value;
  }
  if (depth > 6) return abridge(value);
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((item) => toCloneable(item, depth + 1));
  if (value instanceof Map || value instanceof Set || value instanceof Date || value instanceof Error) return value instanceof Error ? `${value.name}: ${value.message}` : value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return abridge(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCloneable(v, depth + 1)]));
}

const STOP_REASON: Record<ChildStop, string> = {
  stall: `did not finish: an infinite loop or very slow code (no progress in ${TRY_LIMITS.cpuMs / 1000} s of CPU time)`,
  idle: `did not finish: it waits on a promise that never settles (nothing happened for ${TRY_LIMITS.idleMs / 1000} s)`,
  wall: `did not finish within ${TRY_LIMITS.wallMs / 1000} s`,
};

const active = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Kills every running examples child (Ctrl-C). */
export function stopTries(): void {
  for (const child of active) killGroup(child);
  active.clear();
}

function runChild(root: string, slug: string, side: Side, from: number, run: ExamplesRun): Promise<{ done: boolean; current?: number; stop?: ChildStop; exit: string }> {
  return new Promise((resolve) => {
    const child = fork(join(root, "scripts/lib/learner/try-child.ts"), [examplesFile(root, slug), String(from)], {
      cwd: root,
      execArgv: ["--import", "tsx", "--max-old-space-size=1024", ...(side === "reference" ? ["--conditions=kata-reference"] : [])],
      serialization: "advanced",
      detached: true,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...process.env, FORCE_COLOR: "0", NODE_OPTIONS: "" },
    });
    active.add(child);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    let current: number | undefined;
    let done = false;
    let stop: ChildStop | undefined;
    const watch = watchChild({
      pid: child.pid!,
      ...TRY_LIMITS,
      onStop: (why) => {
        stop = why;
        killGroup(child);
      },
    });
    child.on("message", (message: TryMessage) => {
      watch.progress();
      if (message.kind === "loaded") {
        run.codes = message.codes;
        run.rendered = message.rendered;
        run.expected = message.expected;
      } else if (message.kind === "load-error") run.loadError = message.message;
      else if (message.kind === "start") current = message.index;
      else if (message.kind === "result") {
        run.outcomes.set(message.index, message.ok ? { ok: true, value: message.value } : { ok: false, why: "threw", message: message.error });
        current = undefined;
      } else if (message.kind === "setup-error") {
        run.codes.forEach((code, index) => {
          if (code !== null && !run.outcomes.has(index)) run.outcomes.set(index, { ok: false, why: "setup", message: `a setup line above it threw: ${message.message}` });
        });
      } else if (message.kind === "done") done = true;
    });
    child.once("exit", (code, signal) => {
      watch.stop();
      killGroup(child);
      active.delete(child);
      const first = stderr.split("\n").map((l) => l.trim()).find((l) => l && !l.startsWith("at ") && !l.startsWith("Node.js"));
      const exit = signal ? `killed by ${signal}` : `exit status ${code}${first ? ` (${first.slice(0, 160)})` : ""}`;
      resolve({ done, ...(current !== undefined ? { current } : {}), ...(stop ? { stop } : {}), exit });
    });
  });
}

/** Runs every example of a kata on one side, restarting the child after an example that hangs or crashes. */
export async function runExamples(root: string, slug: string, side: Side = "learner"): Promise<ExamplesRun> {
  if (!existsSync(examplesFile(root, slug))) {
    throw new UserError(`${slug} has no runnable examples (katas/${slug}/.spec/examples.ts is missing).`, "This is a defect of the kata: please report it.", 1);
  }
  const run: ExamplesRun = { codes: [], rendered: "", expected: [], outcomes: new Map() };
  let from = 0;
  for (;;) {
    const child = await runChild(root, slug, side, from, run);
    if (child.done || run.loadError) return run;
    if (child.current === undefined) {
      if (run.codes.length === 0) {
        run.loadError = child.stop ? STOP_REASON[child.stop].replace("did not finish", "did not finish loading") : `the process ended while loading (${child.exit})`;
        return run;
      }
      return run;
    }
    run.outcomes.set(child.current, {
      ok: false,
      why: child.stop ? "stopped" : "crashed",
      message: child.stop ? STOP_REASON[child.stop] : `ended the process (${child.exit}): return a value or throw an error instead`,
    });
    from = child.current + 1;
    if (from >= run.codes.length) return run;
  }
}

export interface ExampleCheck {
  index: number;
  code: string;
  expected: unknown;
  shown: string;
  outcome: ExampleOutcome | undefined;
  matches: boolean;
}

/** Lines up each example's value with the expected one the prompt states. */
export function checkExamplesRun(mine: ExamplesRun): ExampleCheck[] {
  return mine.expected.map(({ index, expected: value, shown, tolerance }) => {
    const outcome = mine.outcomes.get(index);
    const matches = outcome?.ok === true && agree(outcome.value, value, { kind: "close", tolerance }).kind !== "differ";
    return { index, code: mine.codes[index] ?? "", expected: value, shown, outcome, matches };
  });
}

function indentLines(text: string, prefix: string): string {
  return text.split("\n").map((line, i) => (i === 0 ? line : `${prefix}${line}`)).join("\n");
}

/** The learner-facing text: each call, yours, the expected value, and a tally. */
export function renderTry(slug: string, checks: ExampleCheck[], loadError?: string): string {
  const lines = [`${pc.bold(slug)}: the prompt's examples, run on your code (katas/${slug}/${slug}.ts).`, ""];
  if (loadError) {
    lines.push(`  ${pc.red("Your file does not load:")} ${loadError}`);
    return lines.join("\n");
  }
  for (const check of checks) {
    lines.push(`  ${indentLines(check.code, "  ")}`);
    const outcome = check.outcome;
    const yours =
      outcome === undefined ? pc.dim("(not run)") : outcome.ok ? abridge(outcome.value, 400) : pc.red(outcome.message);
    lines.push(`    yours:    ${indentLines(yours, "              ")}`);
    lines.push(`    expected: ${indentLines(check.shown, "              ")}  ${check.matches ? pc.green("✓") : pc.red("✗")}`);
    lines.push("");
  }
  const right = checks.filter((c) => c.matches).length;
  lines.push(
    `${right === checks.length ? pc.green(`${right}/${checks.length}`) : `${right}/${checks.length}`} examples give the expected value.` +
      ` The hidden specs check far more: \`npm run grade -- ${slug}\`.`,
  );
  return lines.join("\n");
}
