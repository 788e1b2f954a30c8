/**
 * A vitest kept warm between gradings (what `watch` and `interview` use): this child process starts vitest once
 * through its Node API (the configuration loaded, Vite's server and its transform cache alive) and runs the spec
 * files the parent asks for, over IPC, each time after invalidating the files that changed. Every spec file still
 * runs in a fresh worker process with the grader's watchdog and reporter, exactly as in `grade`; only vitest's
 * own start-up is saved. The reporter appends to one results file for the whole session; the parent reads what
 * each run added. The parent (warm.ts) kills this process group if a run does not end, and starts a new one.
 *
 *   parent → child  { kind: "run", id, files: string[] (relative to root), changed: string[] (absolute) }
 *   child → parent  { kind: "ready" } once, then { kind: "ran", id } after each run, or { kind: "failed", id, message }
 *
 * Plain JavaScript, started without tsx: under tsx's loader every module of vitest, Vite and rolldown went through
 * its hooks, and this child took ~0.3 s longer to be ready (grade starts one first thing: scripts/grade.ts). The
 * parent runs it with the repository as its working directory.
 */
import { rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createVitest } from "vitest/node";

const repoRoot = process.cwd();

/** @param {{ kind: "ready" } | { kind: "ran", id: number } | { kind: "failed", id: number, message: string }} message */
function send(message) {
  return new Promise((resolve) => process.send(message, () => resolve()));
}

// Orphaned (the parent was killed outright): remove the session's folder (the grader's kata-run-* folder that holds
// the results file), then end the whole group, workers included, as the reporter's own guard does in a cold run.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid === parentPid) return;
  const folder = dirname(process.env.KATA_RESULTS_FILE ?? "");
  if (basename(folder).startsWith("kata-run-")) rmSync(folder, { recursive: true, force: true });
  process.kill(-process.pid, "SIGKILL");
}, 250).unref();

const vitest = await createVitest(
  "test",
  {
    config: join(repoRoot, "vitest.config.ts"),
    watch: false,
    isolate: false,
    reporters: [join(repoRoot, "scripts/lib/engine/vitest-reporter.ts")],
  },
  { server: { watch: null } },
);

let queue = Promise.resolve();
/** @param {{ kind: "run", id: number, files: string[], changed: string[] }} request */
process.on("message", (request) => {
  if (request.kind !== "run") return;
  queue = queue.then(async () => {
    try {
      for (const file of request.changed) vitest.invalidateFile(file);
      const project = vitest.getRootProject();
      const specifications = request.files.map((file) => project.createSpecification(join(repoRoot, file)));
      await vitest.runTestSpecifications(specifications, false);
      await send({ kind: "ran", id: request.id });
    } catch (error) {
      await send({ kind: "failed", id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
});
await send({ kind: "ready" });
