/**
 * Diagnosis: each mistake solution (solutions/<slug>/mistakes/<name>.ts) has a signature, the set of specs it
 * fails (solutions/<slug>/signatures.json, derived by `npm run signatures`). When a learner's failures are
 * explained by a mistake's signature, the grader says so in one line and points to the hint that addresses it
 * (katas/manifest.json, "mistakeHints"). A diagnosis is given only when it explains the failures; otherwise none.
 *
 * Matching weighs each spec by how much it tells mistakes apart: a spec that nearly every known mistake fails
 * (an input check that any rewrite breaks, say) says little about which one this is, and counts little; a spec
 * that one mistake alone fails counts most. For a candidate mistake m with signature S and the learner's failing
 * set F, with W the summed weights:
 *
 *   coverage  = W(F ∩ S) / W(S)   how much of the mistake's signature the learner fails
 *   precision = W(F ∩ S) / W(F)   how much of the learner's failures the mistake explains
 *
 * A candidate needs coverage >= MIN_COVERAGE and precision >= MIN_PRECISION; the best by coverage × precision
 * wins (mistakes with identical signatures, which the specs cannot tell apart, are named together). `npm test`
 * holds this to a corpus: every mistake alone, every pair of one kata's mistakes, the alternatives and the
 * references, and real trial files (proof/diagnosis-corpus.ts), with the accuracy stated in CONTRIBUTING.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pc from "picocolors";
import { kataPaths } from "../core/katas.ts";
import type { KataMeta } from "../core/manifest.ts";
import { readSignatures, type SignatureFile } from "../core/signatures.ts";
import type { KataResult } from "../engine/outcome.ts";

export const MIN_COVERAGE = 0.75;
export const MIN_PRECISION = 0.6;

export interface MistakeMatch {
  mistake: string;
  summary: string;
  /** The hint that addresses it (1-based), when the manifest says. */
  hint?: number;
}

export interface Diagnosis {
  /** The explaining mistakes: one, or several with the same signature (specs that cannot tell them apart). */
  matches: MistakeMatch[];
  /** Weighted coverage and precision of the best match (see the module comment). */
  coverage: number;
  precision: number;
}

/** The one-line name of a mistake, from its `/** Mistake: … *\/` header (without the final full stop). */
export function mistakeSummary(root: string, slug: string, name: string): string {
  const file = join(kataPaths(root, slug).mistakesDir, `${name}.ts`);
  const first = existsSync(file) ? (readFileSync(file, "utf8").split("\n")[0] ?? "") : "";
  const match = /^\/\*\* Mistake: (.*?)\.? \*\/$/.exec(first.trim());
  return match?.[1] ?? name.split("-").join(" ");
}

/** At most this many indistinguishable mistakes are named. */
const MAX_MATCHES = 3;

/**
 * Each spec's weight: ln((N + 1) / (n + 0.5)), N the number of mistakes, n how many of them fail the spec. A spec
 * no mistake fails weighs most: failing it is something no known mistake explains.
 */
export function specWeights(signatures: SignatureFile["mistakes"]): (spec: string) => number {
  const count = new Map<string, number>();
  const mistakes = Object.values(signatures);
  for (const signature of mistakes) for (const spec of new Set(signature)) count.set(spec, (count.get(spec) ?? 0) + 1);
  const n = mistakes.length;
  return (spec) => Math.log((n + 1) / ((count.get(spec) ?? 0) + 0.5));
}

export interface Candidate {
  name: string;
  coverage: number;
  precision: number;
}

/** Coverage and precision of every mistake against a failing set (names only, no rendering). */
export function scoreCandidates(failing: ReadonlySet<string>, signatures: SignatureFile["mistakes"]): Candidate[] {
  const weight = specWeights(signatures);
  const sum = (specs: Iterable<string>) => {
    let total = 0;
    for (const spec of specs) total += weight(spec);
    return total;
  };
  const failingWeight = sum(failing);
  return Object.entries(signatures)
    .filter(([, signature]) => signature.length > 0)
    .map(([name, signature]) => {
      const set = new Set(signature);
      const common = sum([...failing].filter((spec) => set.has(spec)));
      return { name, coverage: common / Math.max(sum(set), 1e-12), precision: failingWeight > 0 ? common / failingWeight : 0 };
    });
}

/**
 * The names of the mistakes that explain a failing set, best first (several when their signatures are the same),
 * or an empty list. Pure: what the corpus checks and `diagnose` renders.
 */
export function explain(failing: ReadonlySet<string>, signatures: SignatureFile["mistakes"]): { names: string[]; best?: Candidate } {
  if (failing.size === 0) return { names: [] };
  const candidates = scoreCandidates(failing, signatures)
    .filter((c) => c.coverage >= MIN_COVERAGE && c.precision >= MIN_PRECISION)
    .sort((a, b) => b.coverage * b.precision - a.coverage * a.precision || a.name.localeCompare(b.name));
  const best = candidates[0];
  if (!best) return { names: [] };
  const key = (name: string) => [...new Set(signatures[name])].sort().join("\u0000");
  const twins = candidates.filter((c) => key(c.name) === key(best.name)).map((c) => c.name);
  return { names: twins.slice(0, MAX_MATCHES), best };
}

/**
 * The known mistakes that explain the specs this result fails, if any. Nothing for a kata that passes or is not
 * started, nor for code that could not run (a syntax error fails every spec, which no mistake explains).
 */
export function diagnose(root: string, meta: KataMeta, result: KataResult, signatures = readSignatures(root, meta.slug)): Diagnosis | undefined {
  if (!signatures || result.status === "passed" || result.status === "not started") return undefined;
  const known = new Set(signatures.specs.map((s) => s.name));
  const failing = new Set(result.specs.filter((s) => !s.passed && (known.size === 0 || known.has(s.name))).map((s) => s.name));
  const { names, best } = explain(failing, signatures.mistakes);
  if (!best) return undefined;
  const matches = names.map((name) => {
    const match: MistakeMatch = { mistake: name, summary: mistakeSummary(root, meta.slug, name) };
    const hint = meta.mistakeHints?.[name];
    if (hint !== undefined) match.hint = hint;
    return match;
  });
  return { matches, coverage: best.coverage, precision: best.precision };
}

/** One line: what it looks like, and which hint addresses it. */
export function renderDiagnosis(slug: string, diagnosis: Diagnosis): string {
  const what = diagnosis.matches.map((m) => m.summary).join(" — or: ");
  const hints = [...new Set(diagnosis.matches.flatMap((m) => (m.hint === undefined ? [] : [m.hint])))].sort((a, b) => a - b);
  const head = `${pc.yellow("This looks like:")} ${what}.`;
  if (hints.length === 0) return head;
  if (hints.length === 1) return `${head} Hint ${hints[0]} addresses it: npm run hint -- ${slug} ${hints[0]}`;
  return `${head} Hints ${hints.slice(0, -1).join(", ")} and ${hints.at(-1)} address these: npm run hint -- ${slug} ${hints[0]}`;
}
