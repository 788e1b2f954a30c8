/**
 * No orphans, through npm: an IDE or a CI runner stops a task by signalling npm's process (not the whole process
 * group, as a terminal's Ctrl-C does). SIGTERM, SIGINT or SIGHUP to `npm run grade | watch | compare | try` or to
 * `npm test`, sent while the learner's code (an infinite loop) is running in their children, must end every child
 * within 1 s and leave no temporary file; the progress file stays whole. (npm runs each script through `sh -c`;
 * the scripts `exec` node, so npm's forwarded signal reaches the command, and the command also notices a parent
 * that died without a word: scripts/lib/core/cli.ts.) interrupt.test.ts sends the same signals to node itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTotalKata, TOTAL_FAULTS } from "./fake-katas.ts";
import { addMeanKata, MEAN_LEARNER } from "./practice-kata.ts";
import { hashTree, makeSandbox, processesMentioning, waitFor, type Sandbox } from "./sandbox.ts";

let sandbox: Sandbox;
const timings: string[] = [];
const LIMIT_MS = 1000;

beforeAll(() => {
  sandbox = makeSandbox({ katas: [] });
  addTotalKata(sandbox, "total-loop", TOTAL_FAULTS["infinite-loop"], 101);
  addMeanKata(sandbox, "mean-loop", MEAN_LEARNER.infiniteLoop, 102);
}, 60_000);

afterAll(() => {
  process.stdout.write(`signals through npm: ${timings.join("; ")}\n`);
  for (const pid of sandbox ? processesMentioning(sandbox.root) : []) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  sandbox?.remove();
});

function entries(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function npm(args: string[], tmp: string): ChildProcess {
  return spawn("npm", args, {
    cwd: sandbox.root,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", TMPDIR: tmp, npm_config_update_notifier: "false" },
    stdio: ["ignore", "ignore", "ignore"],
  });
}

/** The sandbox's processes whose command line names the given program (vitest, a compare child…). */
function running(what: RegExp): number[] {
  return processesMentioning(sandbox.root).filter((pid) => {
    try {
      return what.test(readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "));
    } catch {
      return false;
    }
  });
}

/** A spec worker (vitest.config.ts gives each one this heap cap): the learner's code is running. */
const SPEC_WORKER = /--max-old-space-size=1024/;

const cases: { name: string; args: string[]; signal: NodeJS.Signals; busy: RegExp }[] = [
  { name: "grade", args: ["run", "grade", "--", "total-loop", "--no-cache"], signal: "SIGTERM", busy: SPEC_WORKER },
  { name: "grade", args: ["run", "grade", "--", "total-loop", "--no-cache"], signal: "SIGINT", busy: SPEC_WORKER },
  { name: "grade", args: ["run", "grade", "--", "total-loop", "--no-cache"], signal: "SIGHUP", busy: SPEC_WORKER },
  { name: "watch", args: ["run", "watch", "--", "total-loop"], signal: "SIGTERM", busy: SPEC_WORKER },
  { name: "compare", args: ["run", "compare", "--", "mean-loop"], signal: "SIGTERM", busy: /compare-child\.ts/ },
  { name: "try", args: ["run", "try", "--", "mean-loop"], signal: "SIGINT", busy: /try-child\.ts/ },
  { name: "npm test", args: ["test", "--", "total-loop"], signal: "SIGTERM", busy: /vitest\.mjs|tsc/ },
];

describe("a signal to npm's process ends every child", () => {
  it.each(cases)("$name, $signal", async ({ name, args, signal, busy }) => {
    const tmp = sandbox.folder(`tmp-${name.replace(" ", "-")}-${signal}`);
    const before = hashTree(join(sandbox.root, "katas"));
    const progressBefore = (() => {
      try {
        return sandbox.read(".kata/progress.json");
      } catch {
        return undefined;
      }
    })();
    const child = npm(args, tmp);
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    await waitFor(() => running(busy).length > 0, 90_000, `${name}'s children to start`);
    // Let the learner's infinite loop get going.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sentAt = performance.now();
    child.kill(signal);
    await waitFor(() => processesMentioning(sandbox.root).length === 0, 10_000, "every process to end").catch(() => undefined);
    const ms = performance.now() - sentAt;
    await exited;
    timings.push(`${name} ${signal} ${Math.round(ms)} ms`);
    expect(processesMentioning(sandbox.root)).toEqual([]);
    expect(ms).toBeLessThanOrEqual(LIMIT_MS);
    expect(readdirSync(tmp).filter((entry) => !entry.startsWith("tsx-"))).toEqual([]);
    expect(entries(join(sandbox.root, ".kata", "runs"))).toEqual([]);
    expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
    const after = (() => {
      try {
        return sandbox.read(".kata/progress.json");
      } catch {
        return undefined;
      }
    })();
    if (after !== undefined) expect(() => JSON.parse(after)).not.toThrow();
    if (progressBefore !== undefined && name === "grade") expect(after).toBe(progressBefore);
    expect(entries(join(sandbox.root, ".kata")).filter((entry) => entry.endsWith(".tmp"))).toEqual([]);
  }, 120_000);
});
