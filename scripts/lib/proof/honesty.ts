/**
 * Proves the specs honest with the grader's own machinery: every kata's specs pass on its reference, fail on its
 * pristine stub, each of its mistake solutions fails at least one spec, and each alternative solution (correct,
 * but written differently from the reference) passes every spec — the specs test the answer, not the method.
 * Implementations are swapped by target (engine/targets.ts), never by copying files; every (spec file, target)
 * pair of every kata runs in one batch (batch.ts), and each kata-and-target's results are folded exactly as
 * `grade` folds a learner's.
 */
import { listAlternatives, listMistakes, listSpecFiles, listTrials } from "../core/katas.ts";
import { summariseKata, type KataResult, type KnownSpec } from "../engine/outcome.ts";
import type { FileOutcome, WatchdogLimits } from "../engine/run-specs.ts";
import type { Target } from "../engine/targets.ts";
import { runBatch, type BatchEntry } from "./batch.ts";

export interface MistakeVerdict {
  name: string;
  /** Names of the specs this mistake fails: its signature. */
  failing: string[];
  result: KataResult;
}

export interface KataVerdict {
  slug: string;
  reference: KataResult;
  stub: KataResult;
  mistakes: MistakeVerdict[];
  alternatives: { name: string; result: KataResult }[];
  /** Realistic wrong attempts for the diagnosis corpus (solutions/<kata>/trials/). */
  trials: { name: string; result: KataResult }[];
}

export interface HonestyOptions {
  root: string;
  slugs: string[];
  onProgress?: (done: number, total: number) => void;
  /** Skip the alternative solutions (signatures need only the mistakes). */
  skipAlternatives?: boolean;
  /** The known specs per kata (signatures.json), to count the specs of a file that cannot load. */
  known?: (slug: string) => readonly KnownSpec[];
  limits?: WatchdogLimits;
}

/** Every target the proof runs for one kata, in order: reference, stub, mistakes, alternatives. */
export function targetsOf(root: string, slug: string, skipAlternatives = false): Target[] {
  return [
    "reference",
    "stub",
    ...listMistakes(root, slug).map((name) => `mistake:${name}` as const),
    ...(skipAlternatives ? [] : listAlternatives(root, slug).map((name) => `alternative:${name}` as const)),
    ...(skipAlternatives ? [] : listTrials(root, slug).map((name) => `trial:${name}` as const)),
  ];
}

export async function proveHonesty(options: HonestyOptions): Promise<KataVerdict[]> {
  const { root, slugs } = options;
  const entries: BatchEntry[] = [];
  for (const slug of slugs) {
    const files = listSpecFiles(root, slug);
    for (const target of targetsOf(root, slug, options.skipAlternatives)) {
      for (const file of files) entries.push({ slug, target, file });
    }
  }
  const outcomes = await runBatch({
    root,
    entries,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const grouped = new Map<string, FileOutcome[]>();
  entries.forEach((entry, i) => {
    const key = `${entry.slug}\u0000${entry.target}`;
    grouped.set(key, [...(grouped.get(key) ?? []), outcomes[i]!]);
  });
  const resultOf = (slug: string, target: Target): KataResult =>
    summariseKata(slug, grouped.get(`${slug}\u0000${target}`) ?? [], root, options.known?.(slug) ?? []);
  return slugs.map((slug) => ({
    slug,
    reference: resultOf(slug, "reference"),
    stub: resultOf(slug, "stub"),
    mistakes: listMistakes(root, slug).map((name) => {
      const result = resultOf(slug, `mistake:${name}`);
      return { name, failing: result.specs.filter((s) => !s.passed).map((s) => s.name), result };
    }),
    alternatives: options.skipAlternatives
      ? []
      : listAlternatives(root, slug).map((name) => ({ name, result: resultOf(slug, `alternative:${name}`) })),
    trials: options.skipAlternatives ? [] : listTrials(root, slug).map((name) => ({ name, result: resultOf(slug, `trial:${name}`) })),
  }));
}

/** The problems with one kata's verdict, phrased as what to fix. */
export function honestyProblems(verdict: KataVerdict): string[] {
  const problems: string[] = [];
  const { slug, reference, stub } = verdict;
  if (reference.status !== "passed") {
    const failure = reference.firstFailure;
    problems.push(
      `${slug}: the reference fails ${reference.total - reference.passed} of ${reference.total} specs` +
        (failure ? ` (first: "${failure.name}": ${failure.message})` : "") +
        (reference.problem ? ` [${reference.problem}]` : "") +
        `. Fix the spec or solutions/${slug}/${slug}.ts.`,
    );
  }
  if (stub.total === 0 || stub.passed === stub.total) {
    problems.push(`${slug}: every spec passes on the pristine stub. A spec that cannot fail is a defect.`);
  } else if (stub.passed > 0) {
    const passing = stub.specs.filter((s) => s.passed).map((s) => `"${s.name}"`);
    problems.push(`${slug}: ${passing.length} spec(s) pass on the pristine stub (${passing.slice(0, 3).join(", ")}): make each call the code under test.`);
  }
  for (const alternative of verdict.alternatives ?? []) {
    const { result } = alternative;
    if (result.status !== "passed") {
      problems.push(
        `${slug}: alternative "${alternative.name}" (a correct solution written differently) fails ${result.total - result.passed} spec(s)` +
          (result.firstFailure ? ` (first: "${result.firstFailure.name}": ${result.firstFailure.message})` : "") +
          `. A spec that tests the method instead of the answer is a defect: fix the spec, or the alternative.`,
      );
    }
  }
  for (const mistake of verdict.mistakes) {
    if (mistake.failing.length === 0) {
      problems.push(`${slug}: mistake "${mistake.name}" passes every spec. Add a spec that catches it (solutions/${slug}/mistakes/${mistake.name}.ts).`);
    }
  }
  return problems;
}
