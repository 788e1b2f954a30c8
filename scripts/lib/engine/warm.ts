/**
 * The parent side of a warm vitest (warm-vitest.mjs): `grade`, `watch` and `interview` grade through it, so that a re-grade
 * after a save pays for running the specs, not for starting vitest. Same isolation as a cold grading: the child
 * runs in its own process group with the grader's environment (the learner's environment cannot choose the
 * target or loosen the watchdog), every spec file in a fresh worker with the watchdog; a run that does not end by
 * the deadline kills the whole group and the next grading starts a fresh one; files a run left without a result
 * are graded once more, cold (run-specs.ts). Results are read from the session's results file, each run taking
 * the lines it added.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listSpecFiles } from "../core/katas.ts";
import { emptyKindScores, summariseKata, type KataResult, type KnownSpec } from "./outcome.ts";
import { foldRecords, graderEnvironment, parseRecords, removeRunDir, runSpecs, type FileOutcome } from "./run-specs.ts";
import { TARGETS_ENV, type TargetMap } from "./targets.ts";
import { RUN_DIR_PREFIX } from "./vitest-reporter.ts";
import { WARMUP_ENV } from "./warmup.ts";

export interface WarmGrader {
  /** Grades these katas; `changed` lists files saved since the last grading (absolute paths). */
  grade(slugs: string[], changed: string[], known?: (slug: string) => readonly KnownSpec[]): Promise<KataResult[]>;
  /** Kills the warm vitest's process group; resolves once its leader has exited (at most 5 s). */
  close(): Promise<void>;
}

interface Session {
  child: ChildProcess;
  tempDir: string;
  resultsFile: string;
  offset: number;
  ready: Promise<boolean>;
  /** Settles when the child has exited. */
  exited: Promise<void>;
  replies: Map<number, (ok: boolean) => void>;
}

const sessions = new Set<Session>();

function killSession(session: Session): void {
  try {
    if (session.child.pid !== undefined) process.kill(-session.child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
  removeRunDir(session.tempDir);
  sessions.delete(session);
}

/** Kills every warm vitest (signal handlers). */
export function stopWarmGraders(): void {
  for (const session of [...sessions]) killSession(session);
}

function startSession(root: string, targets: TargetMap, warmup: readonly string[]): Session {
  const tempDir = mkdtempSync(join(tmpdir(), `${RUN_DIR_PREFIX}${process.pid}-`));
  const resultsFile = join(tempDir, "results.jsonl");
  const child = fork(join(root, "scripts/lib/engine/warm-vitest.mjs"), [], {
    cwd: root,
    detached: true,
    execArgv: [], // plain JavaScript: no tsx (see warm-vitest.mjs)
    stdio: ["ignore", "ignore", "ignore", "ipc"],
    env: {
      ...graderEnvironment(),
      [TARGETS_ENV]: JSON.stringify(targets),
      ...(warmup.length > 0 ? { [WARMUP_ENV]: JSON.stringify(warmup) } : {}),
      KATA_RESULTS_FILE: resultsFile,
      KATA_PARENT_PID: String(process.pid),
      TMPDIR: tempDir,
      TMP: tempDir,
      TEMP: tempDir,
      FORCE_COLOR: "0",
      NODE_OPTIONS: "",
    },
  });
  const replies = new Map<number, (ok: boolean) => void>();
  let markReady: (ok: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => (markReady = resolve));
  child.on("message", (message: { kind: string; id?: number }) => {
    if (message.kind === "ready") markReady(true);
    else if (message.id !== undefined) {
      replies.get(message.id)?.(message.kind === "ran");
      replies.delete(message.id);
    }
  });
  let markExited: () => void = () => {};
  const exited = new Promise<void>((resolve) => (markExited = resolve));
  const session: Session = { child, tempDir, resultsFile, offset: 0, ready, exited, replies };
  child.once("exit", () => {
    markExited();
    markReady(false);
    for (const reply of replies.values()) reply(false);
    replies.clear();
    sessions.delete(session);
  });
  sessions.add(session);
  return session;
}

function newRecords(session: Session): ReturnType<typeof parseRecords> {
  let text = "";
  try {
    text = readFileSync(session.resultsFile, "utf8");
  } catch {
    return [];
  }
  const added = text.slice(session.offset);
  // Only whole lines: a line still being written is read next time.
  const end = added.lastIndexOf("\n") + 1;
  session.offset += end;
  return parseRecords(added.slice(0, end));
}

/**
 * Starts a warm vitest. `warmup`: spec files (relative to root) that its Vite server transforms while it starts, with
 * what they import (warmup.ts), when the caller already knows what it will run first.
 */
export function startWarmGrader(root: string, targets: TargetMap = { "*": "learner" }, warmup: readonly string[] = []): WarmGrader {
  let session: Session | undefined = startSession(root, targets, warmup);
  let next = 0;
  let closed = false;
  const runWarm = async (files: string[], changed: string[]): Promise<Map<string, FileOutcome> | undefined> => {
    session ??= startSession(root, targets, []);
    const current = session;
    if (!(await current.ready)) {
      killSession(current);
      session = undefined;
      return undefined;
    }
    newRecords(current); // anything left from an earlier run
    const id = next++;
    const ok = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000 + 20_000 * files.length);
      current.replies.set(id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
      current.child.send({ kind: "run", id, files, changed });
    });
    const records = newRecords(current);
    if (!ok) {
      killSession(current);
      session = undefined;
    }
    return foldRecords(root, files, records);
  };
  return {
    async grade(slugs, changed, known) {
      const filesBySlug = new Map(slugs.map((slug) => [slug, listSpecFiles(root, slug)]));
      const files = [...filesBySlug.values()].flat();
      let outcomes = files.length > 0 ? await runWarm(files, changed) : new Map<string, FileOutcome>();
      const missing = outcomes ? [...outcomes.values()].filter((o) => o.noResult).map((o) => o.file) : files;
      if (missing.length > 0 && !closed) {
        // The warm run could not give these a result (its worker died without a word, or vitest itself did):
        // grade them cold, which also re-runs alone what never reports.
        const cold = await runSpecs({ root, files: missing, targets });
        outcomes = new Map([...(outcomes ?? new Map()), ...cold]);
      }
      return slugs.map((slug) => {
        const kataFiles = filesBySlug.get(slug) ?? [];
        if (kataFiles.length === 0) {
          return { slug, status: "failing", passed: 0, total: 0, byKind: emptyKindScores(), specs: [], problem: `has no spec files (expected katas/${slug}/.spec/*.spec.ts)` };
        }
        const fileOutcomes = kataFiles.map((file) => outcomes?.get(file) ?? { file, collected: [], tests: [], errors: [], noResult: "stopped" });
        return summariseKata(slug, fileOutcomes, root, known?.(slug) ?? []);
      });
    },
    async close() {
      closed = true;
      const current = session;
      session = undefined;
      if (!current) return;
      killSession(current);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([current.exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, 5_000)))]);
      clearTimeout(timer);
    },
  };
}
