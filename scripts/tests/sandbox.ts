/**
 * Temporary copies of the repository for tests that run commands or break learner files. Tests never touch the
 * real katas/. node_modules is linked, not copied.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Manifest } from "../lib/core/manifest.ts";
import { repoRoot } from "../lib/core/root.ts";
import { withCatalog } from "../lib/proof/catalog.ts";

const COPIED = ["katas", "solutions", "fixtures", "scripts", "package.json", "tsconfig.json", "vitest.config.ts"];

export interface Sandbox {
  root: string;
  write(path: string, contents: string): void;
  read(path: string): string;
  /** Runs an npm script's entry with tsx inside the sandbox. */
  run(script: string, args?: string[], options?: { env?: Record<string, string>; timeoutMs?: number }): RunResult;
  /**
   * Starts an entry point the way `npm run grade` does (node --import tsx), without waiting: for tests that
   * send signals or run commands side by side. `done` settles when it exits.
   */
  start(script: string, args?: string[], options?: { env?: Record<string, string>; timeoutMs?: number }): Started;
  /** A fresh, empty folder inside the sandbox (e.g. to give a command as TMPDIR and check what it leaves). */
  folder(name: string): string;
  remove(): void;
}

export interface Started {
  child: ChildProcess;
  done: Promise<RunResult>;
  /** Output so far. */
  stdout(): string;
  stderr(): string;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

export interface SandboxOptions {
  /**
   * Copy only these katas (their folders, solutions and manifest entries); default: roc-auc alone (no test needs
   * the whole catalog, and grading twenty katas in every sandbox would only slow the suite); "all" for every one.
   */
  katas?: string[] | "all";
}

/** The manifest as written (a sandbox may hold no kata yet, which the manifest's schema refuses). */
function readManifestRaw(root: string): Manifest {
  const manifest = JSON.parse(readFileSync(join(root, "katas", "manifest.json"), "utf8")) as Manifest;
  return { ...manifest, katas: [...manifest.katas].sort((a, b) => a.order - b.order) };
}

export function makeSandbox(options: SandboxOptions = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), "kata-sandbox-"));
  const only = options.katas === "all" ? undefined : (options.katas ?? ["roc-auc"]);
  const skipped = (source: string): boolean => {
    if (!only) return false;
    const rel = relative(repoRoot, source).split("\\").join("/");
    const match = /^(katas|solutions)\/([^/]+)/.exec(rel);
    return match !== null && match[2] !== "manifest.json" && !only.includes(match[2]!);
  };
  for (const entry of COPIED) {
    cpSync(join(repoRoot, entry), join(root, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${join(repoRoot, "katas")}/.kata`) && !skipped(source),
    });
  }
  if (only) {
    const manifestPath = join(root, "katas", "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { katas: { slug: string }[] };
    manifest.katas = manifest.katas.filter((kata) => only.includes(kata.slug));
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  // The README with the catalog of the katas copied (the proof checks the one against the other).
  writeFileSync(join(root, "README.md"), withCatalog(readFileSync(join(repoRoot, "README.md"), "utf8"), readManifestRaw(root)));
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
    start(script, args = [], options = {}) {
      const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 180_000);
      const done = new Promise<RunResult>((resolve) => {
        child.once("close", (status, signal) => {
          clearTimeout(timer);
          resolve({ status, signal, stdout, stderr });
        });
      });
      return { child, done, stdout: () => stdout, stderr: () => stderr };
    },
    folder(name) {
      const path = join(root, name);
      rmSync(path, { recursive: true, force: true });
      mkdirSync(path, { recursive: true });
      return path;
    },
    // Retried: a child that is still ending may write one last file while the tree is removed.
    remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }),
  };
}

/** Resolves once `predicate` holds (polled every 50 ms), or rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether a path exists (for polling). */
export function exists(path: string): boolean {
  return existsSync(path);
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
