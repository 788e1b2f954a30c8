/**
 * The proof's engine: runs many (spec file, target) pairs in few vitest runs.
 *
 * One vitest run per target (the references, the stubs, mistake #1 of every kata, ...) paid for a vitest start,
 * a forked process per spec file and a fresh import of every package, dozens of times. Here each pair becomes a
 * generated wrapper file (`import "<spec>?kata-target=<target>"`, see batchSwap in engine/targets.ts) and the
 * wrappers run in shared workers, in order: the specs whose outcome cannot depend on speed first, the scale and
 * complexity specs last. The watchdog still stops a stalled file; a worker it kills ends that vitest run, so the
 * batch runs again over the wrappers that have no result yet, and wrappers that still get none are run once more
 * each in a process of its own. Nothing is weakened: every pair runs, through the grader's own watchdog and
 * reporter, and each result is folded exactly as `grade` folds one.
 *
 * The wrappers live in .kata/runs/<this run>/ (gitignored) and are removed when the batch ends or is stopped.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { TIMING_FILE } from "../core/signatures.ts";
import { foldRecords, removeRunDir, runVitestOnce, type FileOutcome, type WatchdogLimits } from "../engine/run-specs.ts";
import { TARGET_QUERY, type Target } from "../engine/targets.ts";

export interface BatchEntry {
  slug: string;
  target: Target;
  /** Spec file relative to the root (katas/<slug>/.spec/<name>.spec.ts). */
  file: string;
}

export interface BatchOptions {
  root: string;
  entries: BatchEntry[];
  /** Wrappers per vitest run: bounds what one shared worker accumulates (default 120). */
  chunkSize?: number;
  limits?: WatchdogLimits;
  onProgress?: (done: number, total: number) => void;
}

const CONFIG = "scripts/lib/proof/batch.config.ts";
/** Folders of running batches, removed by stopBatches() on a signal. */
const folders = new Set<string>();

export function stopBatches(): void {
  for (const dir of folders) removeRunDir(dir);
  folders.clear();
}

function deadline(wrappers: number): number {
  return 120_000 + 10_000 * wrappers;
}

/** Runs every entry; returns one outcome per entry, in the order given, each named by its real spec file. */
export async function runBatch(options: BatchOptions): Promise<FileOutcome[]> {
  const { root, entries } = options;
  const dir = join(root, ".kata", "runs", `batch-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  folders.add(dir);
  try {
    // Speed-independent specs first: a kill (a mistake that never finishes a scale case) then ends a run late.
    const order = entries.map((entry, index) => ({ entry, index })).sort((a, b) => Number(TIMING_FILE.test(a.entry.file)) - Number(TIMING_FILE.test(b.entry.file)) || a.index - b.index);
    const wrappers = new Map<string, number>(); // wrapper path (relative to root) -> entry index
    order.forEach(({ entry, index }, position) => {
      const wrapper = join(dir, `${String(position).padStart(5, "0")}.spec.ts`);
      const spec = `${join(root, entry.file)}?${TARGET_QUERY}=${encodeURIComponent(entry.target)}`;
      writeFileSync(wrapper, `import ${JSON.stringify(spec)};\n`);
      wrappers.set(relative(root, wrapper).split("\\").join("/"), index);
    });
    const outcomes = new Array<FileOutcome | undefined>(entries.length);
    const names = [...wrappers.keys()];
    const chunkSize = options.chunkSize ?? 120;
    let done = 0;
    const settle = (folded: Map<string, FileOutcome>): number => {
      let finished = 0;
      for (const [wrapper, outcome] of folded) {
        if (outcome.noResult) continue;
        const index = wrappers.get(wrapper)!;
        outcomes[index] = { ...outcome, file: entries[index]!.file };
        finished++;
      }
      done += finished;
      options.onProgress?.(done, entries.length);
      return finished;
    };
    const run = async (files: string[], isolate: boolean) => {
      const child = await runVitestOnce(
        {
          root,
          files,
          targets: {},
          config: CONFIG,
          env: { KATA_BATCH_DIR: dir, ...(isolate ? { KATA_BATCH_ISOLATE: "1" } : {}) },
          ...(options.limits ? { limits: options.limits } : {}),
        },
        files,
        deadline(files.length),
      );
      return foldRecords(root, files, child.records);
    };
    for (let start = 0; start < names.length; start += chunkSize) {
      let pending = names.slice(start, start + chunkSize);
      // A killed worker ends the run: go again over what has no result, as long as each run gets somewhere.
      while (pending.length > 0) {
        const finished = settle(await run(pending, false));
        pending = pending.filter((name) => outcomes[wrappers.get(name)!] === undefined);
        if (finished === 0) break;
      }
      // Still nothing: each alone, in a process of its own; what reports nothing even then is a result too.
      for (const name of pending) {
        const folded = await run([name], true);
        const index = wrappers.get(name)!;
        outcomes[index] = { ...folded.get(name)!, file: entries[index]!.file };
        done++;
        options.onProgress?.(done, entries.length);
      }
    }
    return outcomes.map((outcome) => outcome!);
  } finally {
    folders.delete(dir);
    removeRunDir(dir);
  }
}
