/**
 * What Vite transforms as soon as vitest's server starts, before a worker asks for it (vitest.config.ts,
 * `server.warmup.ssrFiles`): the spec files of the run, the helpers beside them, the spec kit, the watchdog and,
 * where the learner's code is under test, the learner's files. Without it each module is transformed only when a
 * worker first imports it, one level of imports after another while the worker waits: a one-kata grading of
 * click-logs spent ~0.4 s in transforms (83 ms with the warm-up) and its vitest run took 2.83 s (2.65 s with it).
 *
 * Only the order of the work changes: the same server, with the same plugin (the swap) and environment, transforms
 * the same files, and nothing is kept between runs. A file in the list that no spec imports is transformed for
 * nothing, which is why the list is the run's own files (KATA_WARMUP, set by run-specs.ts), not every kata's.
 */
import { dirname } from "node:path";
import { parseTargetMap, targetFor, TARGETS_ENV, type TargetMap } from "./targets.ts";

/** The spec files of the run (JSON array, relative to the root), as run-specs.ts passes them to vitest. */
export const WARMUP_ENV = "KATA_WARMUP";

/** Globs (relative to the root) for Vite to transform at start-up; none when the variable is unset or unreadable. */
export function warmupFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  let files: unknown;
  try {
    files = JSON.parse(env[WARMUP_ENV] ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(files)) return [];
  const specs = files.filter((file): file is string => typeof file === "string" && /^katas\/[\w-]+\/\.spec\/[\w./-]+\.ts$/.test(file));
  if (specs.length === 0) return [];
  let targets: TargetMap;
  try {
    targets = parseTargetMap(env[TARGETS_ENV]);
  } catch {
    return [];
  }
  const globs = new Set<string>(["scripts/kit/**/*.ts", "scripts/lib/engine/watchdog.ts"]);
  for (const spec of specs) {
    globs.add(`${dirname(spec)}/*.ts`);
    const slug = spec.split("/")[1]!;
    if (targetFor(targets, slug) === "learner") globs.add(`katas/${slug}/*.ts`);
  }
  return [...globs];
}
