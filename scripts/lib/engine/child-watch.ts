/**
 * Deadlines for a child process that runs the learner's code outside vitest (`compare`, `try`), measured like the
 * grader's watchdog: on the child's CPU time, so that a busy machine never turns correct code into "did not
 * finish". The child sends a message at every step; `progress()` restarts the clock. The child is stopped when,
 * since its last message:
 *
 *   stall  it used `cpuMs` of CPU time (code that never finishes);
 *   idle   it used no CPU and was not waiting for a processor for `idleMs` (a promise that never settles, a
 *          blocked wait);
 *   wall   `wallMs` went by, whatever it did (a backstop, and the only rule where /proc is not available).
 *
 * Linux reads the child's CPU time and state from /proc/<pid>/stat; elsewhere only the wall-clock rule applies.
 */
import { readFileSync } from "node:fs";

export type ChildStop = "stall" | "idle" | "wall";

export interface ChildWatchOptions {
  pid: number;
  cpuMs: number;
  idleMs: number;
  wallMs: number;
  onStop: (why: ChildStop) => void;
  /** How often to look (default 100 ms). */
  intervalMs?: number;
}

export interface ChildWatch {
  /** The child made progress (a message arrived). */
  progress(): void;
  stop(): void;
}

const TICK_MS = 10; // USER_HZ = 100 on Linux

interface Sample {
  cpuMs: number;
  state: string;
}

export function sampleProcess(pid: number): Sample | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "?", cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return undefined;
  }
}

export function watchChild(options: ChildWatchOptions): ChildWatch {
  let stopped = false;
  let since = Date.now();
  let cpuAtProgress = sampleProcess(options.pid)?.cpuMs ?? 0;
  let lastCpu = cpuAtProgress;
  let activeAt = since;
  const timer = setInterval(() => {
    if (stopped) return;
    const now = Date.now();
    const sample = sampleProcess(options.pid);
    let why: ChildStop | undefined;
    if (sample) {
      if (sample.cpuMs > lastCpu || sample.state === "R") activeAt = now;
      lastCpu = sample.cpuMs;
      if (sample.cpuMs - cpuAtProgress > options.cpuMs) why = "stall";
      else if (now - activeAt > options.idleMs) why = "idle";
    }
    if (!why && now - since > options.wallMs) why = "wall";
    if (why) {
      stopped = true;
      clearInterval(timer);
      options.onStop(why);
    }
  }, options.intervalMs ?? 100);
  timer.unref();
  return {
    progress() {
      since = Date.now();
      activeAt = since;
      cpuAtProgress = sampleProcess(options.pid)?.cpuMs ?? cpuAtProgress;
    },
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
