/**
 * Temporary copies of the repository for tests that run commands or break learner files. Tests never touch the
 * real katas/. node_modules is linked, not copied.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { repoRoot } from "../lib/root.ts";

const COPIED = ["katas", "solutions", "fixtures", "scripts", "package.json", "tsconfig.json", "vitest.config.ts"];

export interface Sandbox {
  root: string;
  write(path: string, contents: string): void;
  read(path: string): string;
  /** Runs an npm script's entry with tsx inside the sandbox. */
  run(script: string, args?: string[], options?: { env?: Record<string, string>; timeoutMs?: number }): RunResult;
  remove(): void;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

export function makeSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), "kata-sandbox-"));
  for (const entry of COPIED) {
    cpSync(join(repoRoot, entry), join(root, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${join(repoRoot, "katas")}/.kata`),
    });
  }
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
  const tsx = join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs");
  return {
    root,
    write: (path, contents) => writeFileSync(join(root, path), contents),
    read: (path) => readFileSync(join(root, path), "utf8"),
    run(script, args = [], options = {}) {
      const result = spawnSync(process.execPath, [tsx, script, ...args], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
        timeout: options.timeoutMs ?? 120_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** sha256 of every file under a folder, by relative path: to prove a command changed no byte. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else hashes.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return hashes;
}

/**
 * Process ids whose working directory or command line is inside `marker` (a sandbox path): to prove nothing was
 * left running. vitest's workers inherit the sandbox as their working directory.
 */
export function processesMentioning(marker: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, "utf8");
      const cwd = readlinkSync(`/proc/${name}/cwd`);
      if (cmdline.includes(marker) || cwd.startsWith(marker)) pids.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}
