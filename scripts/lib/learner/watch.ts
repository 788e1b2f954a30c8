/**
 * `npm run watch -- <kata>`: re-grades one kata on every save of a .ts file in katas/<kata>/, with the grader's
 * learner-facing output (first failing case, diagnosis; "passes" with the time spent).
 *
 * Each run is a full grading through the grader's engine, kept warm: one vitest child (engine/warm.ts, its own
 * process group) stays up for the whole watch, and each save re-runs the kata's spec files in fresh workers with
 * the watchdog, so a re-grade costs the specs, not vitest's start-up; the type check is one run of TypeScript's
 * native compiler (~0.1 s). An infinite loop in the learner's code is reported and the watch goes on; Ctrl-C kills
 * every child group (cli.ts). File events come from chokidar; `--poll` polls instead, for file systems where
 * change events do not arrive (WSL, network drives). Saves during a run are folded into one re-run after it.
 */
import { watch as chokidarWatch, type FSWatcher } from "chokidar";
import { basename } from "node:path";
import pc from "picocolors";
import { kataPaths } from "../core/katas.ts";
import type { KataMeta } from "../core/manifest.ts";
import { loadProgress, minutesSince, recordStart, updateProgress } from "./progress.ts";
import { renderKataDetail, type ReportRow } from "./report.ts";
import { startWarmGrader } from "../engine/warm.ts";
import { gradeLearner } from "./session.ts";

export interface WatchOptions {
  root: string;
  meta: KataMeta;
  /** Poll the file system instead of waiting for change events. */
  poll?: boolean;
  pollIntervalMs?: number;
  /** Quiet time after a change before grading (editors write in bursts). */
  debounceMs?: number;
  /** Clear the terminal before each run. */
  clear?: boolean;
  write: (text: string) => void;
  /** Called after each grading (tests wait on it). */
  onGraded?: (row: ReportRow, run: number) => void;
  /** How a run is shown (interview mode shows less); default renderWatchRun. */
  render?: (row: ReportRow, minutes: number | undefined, seconds: number) => string;
  /** Print "Watching … Ctrl-C to stop." after each run (default true). */
  footer?: boolean;
  /** The progress-history command of each grading (default "watch"). */
  command?: "watch" | "interview";
  now?: () => Date;
}

export interface Watcher {
  /** Resolves once the first grading is printed and file watching is ready. */
  ready: Promise<void>;
  close(): Promise<void>;
}

function clock(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** The learner-facing text of one watch run. */
export function renderWatchRun(row: ReportRow, minutes: number | undefined, seconds: number): string {
  const { meta, result } = row;
  if (result.status === "passed") {
    const spent = minutes === undefined ? "" : ` Time on this kata: ${Math.round(minutes)} min (budget ${meta.minutes} min).`;
    return [
      `${pc.green("✓")} ${pc.bold(meta.slug)} passed: ${result.passed}/${result.total} specs (graded in ${seconds.toFixed(1)} s).${spent}`,
      `  Next: \`npm run compare -- ${meta.slug}\` (yours against the reference), then \`npm run solution -- ${meta.slug}\`.`,
    ].join("\n");
  }
  return `${renderKataDetail(row)!}\n${pc.dim(`(graded in ${seconds.toFixed(1)} s)`)}`;
}

/**
 * How long a burst of file events (an editor's save: truncate and write, or write a temporary file and rename it)
 * is left to settle before grading: long enough for one save to be one grading, short enough not to be felt.
 */
const DEBOUNCE_MS = 50;

export function startWatch(options: WatchOptions): Watcher {
  const { root, meta } = options;
  const now = options.now ?? (() => new Date());
  const dir = kataPaths(root, meta.slug).dir;
  let running = false;
  let pending = false;
  let closed = false;
  let runs = 0;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const grader = startWarmGrader(root);
  let changed = new Set<string>();

  const warn = updateProgress(root, (progress) => recordStart(progress, meta.slug, now())).warning;
  if (warn) options.write(`warning: ${warn}\n`);

  const gradeOnce = async (reason: string): Promise<void> => {
    running = true;
    const started = performance.now();
    if (options.clear) options.write("\x1Bc");
    options.write(`${pc.dim(`── ${clock(now())} ${meta.slug}: ${reason}, grading…`)}\n`);
    try {
      const saved = [...changed];
      changed = new Set();
      const grading = await gradeLearner({
        root,
        katas: [meta],
        command: options.command ?? "watch",
        noCache: true,
        grader,
        changed: saved,
        now: now(),
      });
      if (closed) return;
      if (grading.warning) options.write(`warning: ${grading.warning}\n`);
      const row = grading.rows[0]!;
      const minutes = minutesSince(loadProgress(root).progress.katas[meta.slug], now());
      options.write(`${(options.render ?? renderWatchRun)(row, minutes, (performance.now() - started) / 1000)}\n`);
      if (options.footer !== false) options.write(pc.dim(`Watching katas/${meta.slug}/ for changes${options.poll ? " (polling)" : ""}. Ctrl-C to stop.\n`));
      runs++;
      options.onGraded?.(row, runs);
    } catch (error) {
      options.write(`${pc.red("grading failed:")} ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      running = false;
    }
    if (pending && !closed) {
      pending = false;
      await gradeOnce("changed during the last run");
    }
  };

  const schedule = (path: string): void => {
    if (closed) return;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) {
        pending = true;
        return;
      }
      current = gradeOnce(`${basename(path)} changed`);
    }, options.debounceMs ?? DEBOUNCE_MS);
  };

  // Watch first, then grade: a save during the first grading is not missed (it queues a re-run).
  const fsWatcher: FSWatcher = chokidarWatch(dir, {
    ignoreInitial: true,
    usePolling: options.poll === true,
    interval: options.pollIntervalMs ?? 300,
    // Hidden files (the specs folder, editors' swap and temporary files) and anything but TypeScript are ignored.
    ignored: (path, stats) => basename(path).startsWith(".") || (stats?.isFile() === true && !path.endsWith(".ts")),
  });
  fsWatcher.on("all", (_event, path) => schedule(path));
  const ready = (async () => {
    await new Promise<void>((resolve) => fsWatcher.once("ready", () => resolve()));
    if (closed) return;
    running = true; // saves from now on queue behind the first grading
    current = gradeOnce("started");
    await current;
  })();

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await fsWatcher.close();
      await grader.close();
      await current.catch(() => undefined);
    },
  };
}
