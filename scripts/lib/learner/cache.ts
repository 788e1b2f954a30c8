/**
 * What lets `grade` skip work it would only repeat, without ever showing a stale result as fresh:
 *
 *   pristine   a kata whose file is still byte for byte the pristine stub (and has no helper files beside it) is
 *              "not started" without running its specs: every stub fails every spec, and the proof checks it.
 *   unchanged  a kata whose result was computed from exactly the same inputs is shown as it was, labelled
 *              "unchanged since HH:MM". The inputs are hashed: the kata folder (the learner's file, any helper
 *              files, the hidden specs), every repository file the learner's code imports, the spec kit, the
 *              grader's engine, the fixtures, the kata's signatures, vitest's configuration, the lock file, the
 *              Node.js version. `--no-cache` recomputes everything.
 *
 * The cache is .kata/cache/grades.json (gitignored), written atomically; a missing or unreadable file is an empty
 * cache. Nothing here writes under katas/.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { z } from "zod";
import { kataPaths } from "../core/katas.ts";
import type { KnownSpec, KataResult } from "../engine/outcome.ts";
import { emptyKindScores, scoreByKind } from "../engine/outcome.ts";
import { progressDir } from "./progress.ts";
import type { TypeProblem } from "./typecheck.ts";

export const CACHE_VERSION = 1;

function cacheFile(root: string): string {
  return join(progressDir(root), "cache", "grades.json");
}

const EntrySchema = z.object({
  key: z.string(),
  at: z.string(),
  result: z.custom<KataResult>((value) => typeof value === "object" && value !== null),
  typeProblems: z.array(z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string() })).optional(),
});

const CacheSchema = z.object({ version: z.literal(CACHE_VERSION), katas: z.record(z.string(), EntrySchema) });

export type CacheEntry = z.infer<typeof EntrySchema>;
type Cache = z.infer<typeof CacheSchema>;

export function readCache(root: string): Cache {
  try {
    const parsed = CacheSchema.safeParse(JSON.parse(readFileSync(cacheFile(root), "utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or unreadable: an empty cache.
  }
  return { version: CACHE_VERSION, katas: {} };
}

/** Stores fresh results (atomically; a cache that cannot be written is simply not used next time). */
export function writeCache(root: string, entries: Record<string, CacheEntry>): void {
  const cache = readCache(root);
  const next: Cache = { version: CACHE_VERSION, katas: { ...cache.katas, ...entries } };
  const file = cacheFile(root);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(next));
    renameSync(temporary, file);
  } catch {
    // Not fatal: the next grading recomputes.
  } finally {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself is unusable: nothing was written.
    }
  }
}

/** Every file under `dir` (recursively), sorted; empty when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

/** Repository files (not node_modules) that a TypeScript file imports, directly or not, by relative path. */
export function importClosure(root: string, start: string): string[] {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1]!;
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(root + sep) || target.includes(`${sep}node_modules${sep}`)) continue;
      stack.push(target);
    }
  }
  return [...seen].sort();
}

/** The inputs of a kata's grading, hashed (see the module comment). */
export function gradingKey(root: string, slug: string): string {
  const paths = kataPaths(root, slug);
  const files = new Set<string>([
    ...filesUnder(paths.dir),
    ...filesUnder(join(root, "katas", slug)).flatMap((f) => (f.endsWith(".ts") ? importClosure(root, f) : [])),
    ...filesUnder(join(root, "scripts", "kit")),
    ...filesUnder(join(root, "scripts", "lib", "engine")),
    ...filesUnder(join(root, "scripts", "lib", "core")),
    ...filesUnder(join(root, "fixtures", slug)),
    join(paths.solutionDir, "signatures.json"),
    join(root, "vitest.config.ts"),
    join(root, "package-lock.json"),
    join(root, "tsconfig.json"),
  ]);
  const hash = createHash("sha256").update(`${CACHE_VERSION}\u0000${process.version}\u0000`);
  for (const file of [...files].sort()) {
    hash.update(relative(root, file)).update("\u0000");
    hash.update(existsSync(file) ? readFileSync(file) : "(missing)").update("\u0000");
  }
  return hash.digest("hex");
}

/** Whether the kata's folder holds only the pristine stub as its code (helper files mean work has started). */
export function isPristine(root: string, slug: string): boolean {
  const paths = kataPaths(root, slug);
  if (!existsSync(paths.learnerFile) || !existsSync(paths.pristineStub)) return false;
  if (!readFileSync(paths.learnerFile).equals(readFileSync(paths.pristineStub))) return false;
  const others = readdirSync(paths.dir).filter((name) => name.endsWith(".ts") && join(paths.dir, name) !== paths.learnerFile);
  return others.length === 0;
}

/** The result of a pristine stub, without running it: every known spec fails, as the proof guarantees. */
export function notStartedResult(slug: string, known: readonly KnownSpec[]): KataResult {
  const specs = known.map((spec) => ({
    name: spec.name,
    file: spec.file,
    kind: spec.kind,
    passed: false,
    failure: { name: spec.name, message: "not started: the file is still the pristine stub", kind: spec.kind },
  }));
  return {
    slug,
    status: "not started",
    passed: 0,
    total: specs.length,
    byKind: specs.length > 0 ? scoreByKind(specs) : emptyKindScores(),
    specs,
  };
}

export type { TypeProblem };
