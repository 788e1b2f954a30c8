/** Grades katas: one vitest run over their spec files, folded into one result per kata. */
import { listSpecFiles } from "../core/katas.ts";
import { emptyKindScores, summariseKata, type KataResult } from "./outcome.ts";
import { runSpecs, type RunOptions } from "./run-specs.ts";
import type { TargetMap } from "./targets.ts";

export interface GradeOptions {
  root: string;
  slugs: string[];
  targets: TargetMap;
  extraArgs?: string[];
  env?: Record<string, string>;
}

export async function gradeKatas(options: GradeOptions): Promise<KataResult[]> {
  const filesBySlug = new Map(options.slugs.map((slug) => [slug, listSpecFiles(options.root, slug)]));
  const files = [...filesBySlug.values()].flat();
  const runOptions: RunOptions = { root: options.root, files, targets: options.targets };
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
    );
  });
}
