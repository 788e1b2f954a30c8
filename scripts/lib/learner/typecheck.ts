/**
 * Type errors in the learner's kata files, as an interviewer would read them: `grade` and `watch` typecheck each
 * graded kata's file (strict, with the repository's tsconfig.json) and print its errors under the kata, without
 * changing the spec score.
 *
 * It must not slow grading down. The checker is TypeScript 7's native compiler (`tsc` of the typescript package, a
 * compiled binary), run as a child process while vitest runs: a check of click-logs (danfojs' declarations pull in
 * TensorFlow.js' and Node's, ~200 files) takes ~0.12 s and ~0.2 s of CPU, where TypeScript 5's compiler in a
 * worker thread took ~1.5 s and ~2.2 s of CPU, taken from the spec run on a 2-core machine. Each check writes a
 * tsconfig.json in a temporary folder that extends the repository's and lists only the kata files; the child runs
 * in its own process group, registered with run-specs.ts, so a signal to the command ends it and removes the
 * folder. Only diagnostics in the kata's own folder (not its hidden specs) are reported.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { kataPaths } from "../core/katas.ts";
import { removeRunDir, trackRun } from "../engine/run-specs.ts";

export interface TypeProblem {
  /** Relative to the repository root. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A check that has not ended after this long is stopped (and reports nothing). */
const CHECK_DEADLINE_MS = 60_000;

/** The native compiler's executable, found the way the typescript package's own `tsc` finds it. */
async function compilerPath(root: string): Promise<string> {
  const packageJson = createRequire(join(root, "package.json")).resolve("typescript/package.json");
  const module = (await import(pathToFileURL(join(dirname(packageJson), "lib", "getExePath.js")).href)) as { default: () => string };
  return module.default();
}

/** One diagnostic of `tsc --pretty false`: `file(line,col): error TS1234: message`, its chain indented below it. */
const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error TS\d+: (.*)$/;

/** Parses tsc's plain output into problems with the file relative to `root` (diagnostics without a file are dropped). */
export function parseCompilerOutput(root: string, output: string): TypeProblem[] {
  const problems: TypeProblem[] = [];
  let last: TypeProblem | undefined;
  for (const line of output.split(/\r?\n/)) {
    const match = DIAGNOSTIC.exec(line);
    if (match) {
      const file = resolve(root, match[1]!);
      last = { file: relative(root, file).split(sep).join("/"), line: Number(match[2]), column: Number(match[3]), message: match[4]!.trim() };
      problems.push(last);
    } else if (last && /^\s+\S/.test(line)) {
      last.message = `${last.message} ${line.trim()}`; // the chain of a message ("Type 'x' is not assignable...")
    } else {
      last = undefined; // a diagnostic without a file (e.g. a missing type library) and its chain
    }
  }
  return problems.map((problem) => ({ ...problem, message: problem.message.replace(/\s+/g, " ").trim() }));
}

/** Runs the compiler over `files` (absolute paths); resolves to its output, rejects when it cannot run or gets stopped. */
async function runCompiler(root: string, files: readonly string[]): Promise<string> {
  const executable = await compilerPath(root);
  const tempDir = mkdtempSync(join(tmpdir(), "kata-typecheck-"));
  const config = join(tempDir, "tsconfig.json");
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, "tsconfig.json"),
      // typeRoots: the default is the node_modules/@types next to this file's folder, which is not the repository.
      compilerOptions: { noEmit: true, skipLibCheck: true, typeRoots: [join(root, "node_modules", "@types")] },
      files,
      include: [],
    }),
  );
  const child = spawn(executable, ["-p", config, "--pretty", "false"], { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const untrack = trackRun(child, tempDir);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.resume();
  const timer = setTimeout(() => child.kill("SIGKILL"), CHECK_DEADLINE_MS);
  try {
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done, fail) => {
      child.once("error", fail);
      child.once("exit", (exitCode, exitSignal) => done({ code: exitCode, signal: exitSignal }));
    });
    // 0: no errors; 1 and 2: errors were reported (with or without output files).
    if (signal !== null || code === null || code > 2) throw new Error(`tsc ended with ${signal ?? `exit status ${code}`}`);
    return output;
  } finally {
    clearTimeout(timer);
    untrack();
    removeRunDir(tempDir);
  }
}

/**
 * Type problems per kata slug (an empty list when its files type-check): one run of the compiler over the katas'
 * files. Nothing stays running between checks (watch checks again after each save); a check in progress is stopped
 * with the command (run-specs.ts). Never throws: a checker failure reports nothing (undefined).
 */
export async function typecheckKatas(root: string, slugs: readonly string[]): Promise<Map<string, TypeProblem[]> | undefined> {
  const bySlug = new Map<string, TypeProblem[]>(slugs.map((slug) => [slug, []]));
  if (slugs.length === 0) return bySlug;
  let output: string;
  try {
    output = await runCompiler(
      root,
      slugs.map((slug) => kataPaths(root, slug).learnerFile),
    );
  } catch {
    return undefined;
  }
  const folders = slugs.map((slug) => relative(root, kataPaths(root, slug).dir).split(sep).join("/"));
  for (const problem of parseCompilerOutput(root, output)) {
    const i = folders.findIndex((folder) => problem.file.startsWith(`${folder}/`) && !problem.file.includes("/.spec/"));
    if (i >= 0) bySlug.get(slugs[i]!)!.push(problem);
  }
  // The compiler's order follows its imports; the learner reads the kata's own file first, then line by line.
  for (const [slug, problems] of bySlug) {
    const own = `katas/${slug}/${slug}.ts`;
    const rank = (p: TypeProblem) => (p.file === own ? "" : p.file);
    problems.sort((a, b) => rank(a).localeCompare(rank(b)) || a.line - b.line || a.column - b.column);
  }
  return bySlug;
}
