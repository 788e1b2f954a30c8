/**
 * Grades katas: one vitest run over their spec files, folded into one result per kata.
 *
 * One kata's files share their vitest workers (no re-import of vitest, the kit and packages per file: danfojs
 * alone takes a second to load); several katas run isolated, each file in a process of its own, so that one
 * kata's code cannot disturb another's. If the watchdog stops a shared worker, the files left without a result
 * run again, isolated (run-specs.ts).
 */
import { listSpecFiles } from "../core/katas.ts";
import { emptyKindScores, summariseKata, type KataResult, type KnownSpec } from "./outcome.ts";
import { runSpecs, type RunOptions } from "./run-specs.ts";
import type { TargetMap } from "./targets.ts";

export interface GradeOptions {
  root: string;
  slugs: string[];
  targets: TargetMap;
  extraArgs?: string[];
  env?: Record<string, string>;
  /** Each kata's known specs (signatures.json): a file that cannot load still counts its specs. */
  known?: (slug: string) => readonly KnownSpec[];
  limits?: RunOptions["limits"];
}

export async function gradeKatas(options: GradeOptions): Promise<KataResult[]> {
  const filesBySlug = new Map(options.slugs.map((slug) => [slug, listSpecFiles(options.root, slug)]));
  const files = [...filesBySlug.values()].flat();
  const runOptions: RunOptions = { root: options.root, files, targets: options.targets, shareWorkers: options.slugs.length === 1 };
  if (options.limits) runOptions.limits = options.limits;
  if (options.extraArgs) runOptions.extraArgs = options.extraArgs;
  if (options.env) runOptions.env = options.env;
  const outcomes = files.length > 0 ? await runSpecs(runOptions) : new Map();
  return options.slugs.map((slug) => {
    const kataFiles = filesBySlug.get(slug) ?? [];
    if (kataFiles.length === 0) {
      return {
        slug,
        status: "failing",
        passed: 0,
        total: 0,
        byKind: emptyKindScores(),
        specs: [],
        problem: `has no spec files (expected katas/${slug}/.spec/*.spec.ts)`,
      } satisfies KataResult;
    }
    return summariseKata(
      slug,
      kataFiles.map((file) => outcomes.get(file)!),
      options.root,
      options.known?.(slug) ?? [],
    );
  });
}
