/**
 * Type errors in the learner's kata files, as an interviewer would read them: `grade` and `watch` typecheck each
 * graded kata's file (strict, with the repository's tsconfig.json) and print its errors under the kata, without
 * changing the spec score.
 *
 * It must not slow grading down: the checker runs in a worker thread, started when the grading starts and working
 * while vitest runs; a one-shot `grade` pays for loading the compiler once, and `watch` keeps the same worker
 * alive and hands the previous program back to the compiler, so a re-check after a save only re-reads the files
 * that changed. Only diagnostics in the kata's own folder (not its hidden specs) are reported.
 */
import { Worker } from "node:worker_threads";
import { kataPaths } from "../core/katas.ts";

export interface TypeProblem {
  /** Relative to the repository root. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The worker: plain JavaScript, so that it needs no TypeScript loader of its own. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const path = require("node:path");
const { root } = workerData;
const ts = createRequire(path.join(root, "package.json"))("typescript");
const configFile = path.join(root, "tsconfig.json");
const read = ts.readConfigFile(configFile, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
const options = { ...parsed.options, noEmit: true, skipLibCheck: true };
const host = ts.createCompilerHost(options, true);
let previous;
parentPort.on("message", ({ id, files, folders }) => {
  try {
    const program = ts.createProgram(files, options, host, previous);
    previous = program;
    const problems = [];
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      if (!diagnostic.file || diagnostic.start === undefined) continue;
      const file = path.resolve(diagnostic.file.fileName);
      const folder = folders.find((f) => file.startsWith(f + path.sep) && !file.includes(path.sep + ".spec" + path.sep));
      if (!folder) continue;
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      problems.push({
        folder,
        file: path.relative(root, file).split(path.sep).join("/"),
        line: line + 1,
        column: character + 1,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, " ").replace(/\\s+/g, " ").trim(),
      });
    }
    parentPort.postMessage({ id, problems });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

export interface TypeChecker {
  /** Type problems per kata slug (an empty list when its files type-check). */
  check(slugs: readonly string[]): Promise<Map<string, TypeProblem[]>>;
  close(): Promise<void>;
}

/** Starts a type checker for the repository at `root` (a worker thread; `close` ends it). */
export function startTypeChecker(root: string): TypeChecker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { root }, execArgv: [], stdout: true, stderr: true });
  worker.unref();
  let next = 0;
  const waiting = new Map<number, { resolve: (value: (TypeProblem & { folder: string })[]) => void; reject: (error: Error) => void }>();
  worker.on("message", (message: { id: number; problems?: (TypeProblem & { folder: string })[]; error?: string }) => {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (!pending) return;
    if (message.error !== undefined) pending.reject(new Error(message.error));
    else pending.resolve(message.problems ?? []);
  });
  worker.on("error", (error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  });
  return {
    async check(slugs) {
      const files = slugs.map((slug) => kataPaths(root, slug).learnerFile);
      const folders = slugs.map((slug) => kataPaths(root, slug).dir);
      const id = next++;
      const problems = await new Promise<(TypeProblem & { folder: string })[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, files, folders });
      });
      const bySlug = new Map<string, TypeProblem[]>(slugs.map((slug) => [slug, []]));
      for (const { folder, ...problem } of problems) {
        const slug = slugs[folders.indexOf(folder)];
        if (slug !== undefined) bySlug.get(slug)!.push(problem);
      }
      return bySlug;
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** One-shot check (a `grade`): the worker ends afterwards. Never throws: a checker failure reports nothing. */
export async function typecheckKatas(root: string, slugs: readonly string[]): Promise<Map<string, TypeProblem[]> | undefined> {
  if (slugs.length === 0) return new Map();
  const checker = startTypeChecker(root);
  try {
    return await checker.check(slugs);
  } catch {
    return undefined;
  } finally {
    await checker.close();
  }
}
