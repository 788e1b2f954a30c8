/**
 * Proves the specs honest with the grader's own machinery: every kata's specs pass on its reference, fail on its
 * pristine stub, each of its mistake solutions fails at least one spec, and each alternative solution (correct,
 * but written differently from the reference) passes every spec — the specs test the answer, not the method. Implementations are swapped through
 * KATA_TARGETS, never by copying files. One vitest run per round: the references, the stubs, then mistake #1 of
 * every kata, mistake #2 of every kata, and so on.
 */
import { listAlternatives, listMistakes } from "./katas.ts";
import { gradeKatas } from "./grading.ts";
import type { KataResult } from "./outcome.ts";
import type { Target, TargetMap } from "./targets.ts";

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
}

export interface HonestyOptions {
  root: string;
  slugs: string[];
  /** Extra vitest arguments for the reference round (coverage). */
  referenceArgs?: string[];
  onRound?: (label: string) => void;
  /** Skip the alternative solutions' rounds (signatures need only the mistakes). */
  skipAlternatives?: boolean;
}

async function round(
  options: HonestyOptions,
  slugs: string[],
  targetOf: (slug: string) => Target,
  extraArgs?: string[],
): Promise<Map<string, KataResult>> {
  const targets: TargetMap = Object.fromEntries(slugs.map((slug) => [slug, targetOf(slug)]));
  const gradeOptions = { root: options.root, slugs, targets, ...(extraArgs ? { extraArgs } : {}) };
  const results = await gradeKatas(gradeOptions);
  return new Map(results.map((r) => [r.slug, r]));
}

export async function proveHonesty(options: HonestyOptions): Promise<KataVerdict[]> {
  const { slugs } = options;
  options.onRound?.("references");
  const references = await round(options, slugs, () => "reference", options.referenceArgs);
  options.onRound?.("stubs");
  const stubs = await round(options, slugs, () => "stub");
  const mistakesBySlug = new Map(slugs.map((slug) => [slug, listMistakes(options.root, slug)]));
  const rounds = Math.max(0, ...[...mistakesBySlug.values()].map((m) => m.length));
  const mistakeResults = new Map<string, MistakeVerdict[]>(slugs.map((slug) => [slug, []]));
  for (let i = 0; i < rounds; i++) {
    const inRound = slugs.filter((slug) => mistakesBySlug.get(slug)!.length > i);
    options.onRound?.(`mistakes, round ${i + 1} of ${rounds}`);
    const results = await round(options, inRound, (slug) => `mistake:${mistakesBySlug.get(slug)![i]!}`);
    for (const slug of inRound) {
      const result = results.get(slug)!;
      mistakeResults.get(slug)!.push({
        name: mistakesBySlug.get(slug)![i]!,
        failing: result.specs.filter((s) => !s.passed).map((s) => s.name),
        result,
      });
    }
  }
  const alternativesBySlug = new Map(slugs.map((slug) => [slug, options.skipAlternatives ? [] : listAlternatives(options.root, slug)]));
  const alternativeRounds = Math.max(0, ...[...alternativesBySlug.values()].map((a) => a.length));
  const alternativeResults = new Map<string, KataVerdict["alternatives"]>(slugs.map((slug) => [slug, []]));
  for (let i = 0; i < alternativeRounds; i++) {
    const inRound = slugs.filter((slug) => alternativesBySlug.get(slug)!.length > i);
    options.onRound?.(`alternatives, round ${i + 1} of ${alternativeRounds}`);
    const results = await round(options, inRound, (slug) => `alternative:${alternativesBySlug.get(slug)![i]!}`);
    for (const slug of inRound) {
      alternativeResults.get(slug)!.push({ name: alternativesBySlug.get(slug)![i]!, result: results.get(slug)! });
    }
  }
  return slugs.map((slug) => ({
    slug,
    reference: references.get(slug)!,
    stub: stubs.get(slug)!,
    mistakes: mistakeResults.get(slug)!,
    alternatives: alternativeResults.get(slug)!,
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
