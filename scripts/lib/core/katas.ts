/**
 * Where each kata's files live. Every kata has the same shape:
 *
 *   katas/<slug>/README.md              the prompt
 *   katas/<slug>/<slug>.ts              the learner's file (starts as a copy of the pristine stub)
 *   katas/<slug>/.spec/*.spec.ts        hidden specs
 *   solutions/<slug>/<slug>.ts          reference solution
 *   solutions/<slug>/stub.ts            pristine stub (what `reset` restores; what the proof runs as "stub")
 *   solutions/<slug>/NOTES.md           why, complexity, follow-up questions
 *   solutions/<slug>/mistakes/<name>.ts known-wrong solutions the specs must catch
 *   solutions/<slug>/alternatives/<name>.ts correct solutions written differently: they must pass every spec
 *   solutions/<slug>/trials/<name>.ts   realistic wrong attempts, each with the diagnosis it must get (or none)
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { UserError } from "./errors.ts";
import type { KataMeta, Manifest } from "./manifest.ts";

export interface KataPaths {
  dir: string;
  prompt: string;
  learnerFile: string;
  specDir: string;
  solutionDir: string;
  reference: string;
  pristineStub: string;
  notes: string;
  mistakesDir: string;
  alternativesDir: string;
  trialsDir: string;
}

export function kataPaths(root: string, slug: string): KataPaths {
  const dir = join(root, "katas", slug);
  const solutionDir = join(root, "solutions", slug);
  return {
    dir,
    prompt: join(dir, "README.md"),
    learnerFile: join(dir, `${slug}.ts`),
    specDir: join(dir, ".spec"),
    solutionDir,
    reference: join(solutionDir, `${slug}.ts`),
    pristineStub: join(solutionDir, "stub.ts"),
    notes: join(solutionDir, "NOTES.md"),
    mistakesDir: join(solutionDir, "mistakes"),
    alternativesDir: join(solutionDir, "alternatives"),
    trialsDir: join(solutionDir, "trials"),
  };
}

/** Names of the kata's mistake solutions (file names without `.ts`), sorted. */
export function listMistakes(root: string, slug: string): string[] {
  return listTs(kataPaths(root, slug).mistakesDir);
}

/** Names of the kata's trial attempts for the diagnosis corpus (file names without `.ts`), sorted. */
export function listTrials(root: string, slug: string): string[] {
  return listTs(kataPaths(root, slug).trialsDir);
}

/** Names of the kata's alternative correct solutions (file names without `.ts`), sorted. */
export function listAlternatives(root: string, slug: string): string[] {
  return listTs(kataPaths(root, slug).alternativesDir);
}

function listTs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => name.slice(0, -3))
    .sort();
}

/** Spec files of one kata, relative to the repository root, sorted. */
export function listSpecFiles(root: string, slug: string): string[] {
  const dir = kataPaths(root, slug).specDir;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".spec.ts"))
    .sort()
    .map((name) => `katas/${slug}/.spec/${name}`);
}

/** Closest known name, for "did you mean" messages; undefined when nothing is reasonably close. */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(name, [...candidates]);
  const prefixMatch = candidates.find((c) => c.startsWith(name) || name.startsWith(c));
  if (prefixMatch) return prefixMatch;
  return levenshteinOk(name, best) ? best : undefined;
}

/** Accept a suggestion that differs in at most a third of its letters (and always in up to two). */
function levenshteinOk(a: string, b: string): boolean {
  return distance(a, b) <= Math.max(2, Math.ceil(b.length / 3));
}

/** Looks up kata names given on the command line; unknown or unsafe names are a usage error. */
export function selectKatas(manifest: Manifest, names: readonly string[]): KataMeta[] {
  if (names.length === 0) return manifest.katas;
  const slugs = manifest.katas.map((k) => k.slug);
  return names.map((name) => {
    if (/[\\/]|\.\./.test(name)) {
      throw new UserError(
        `"${name}" is not a kata name (kata names have no path separators).`,
        `Known katas: ${slugs.join(", ")}.`,
      );
    }
    const kata = manifest.katas.find((k) => k.slug === name);
    if (!kata) {
      const guess = suggest(name, slugs);
      throw new UserError(
        `Unknown kata "${name}".`,
        guess ? `Did you mean "${guess}"? Known katas: ${slugs.join(", ")}.` : `Known katas: ${slugs.join(", ")}.`,
      );
    }
    return kata;
  });
}
