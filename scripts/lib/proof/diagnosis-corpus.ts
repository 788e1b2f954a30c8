/**
 * The diagnosis corpus: does `grade`'s "This looks like: …" name the right mistake, or none, on attempts whose
 * truth is known? (learner/diagnosis.ts explains the matching.)
 *
 *   singles       each mistake's own failing set: the top answer must be that mistake (or its indistinguishable
 *                 twin, a mistake with the same signature). Measured: top-1 accuracy (target >= 95%).
 *   pairs         every pair of one kata's mistakes combined, modelled as the union of their signatures (a file
 *                 with both bugs fails what either fails): the answer must be one of the two (or a twin), or none.
 *   alternatives  correct solutions and the references (from the honesty run): no diagnosis at all.
 *   trials        real wrong attempts (solutions/<kata>/trials/<name>.ts, run through the grader in the honesty
 *                 batch), each declaring the answer it must get in its header:
 *                 `/** Trial: <what it does>. Expect: <mistake>[ | <mistake>…] | none *\/`; "none" may be among the
 *                 expected answers.
 *
 * False diagnoses (a mistake named that is not among the right answers) are counted over pairs, alternatives and
 * references (target <= 5%). A trial that gets a wrong answer is a failure of the check.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kataPaths } from "../core/katas.ts";
import type { KataMeta } from "../core/manifest.ts";
import { readSignatures } from "../core/signatures.ts";
import { diagnose, explain } from "../learner/diagnosis.ts";
import type { KataVerdict } from "./honesty.ts";

export const MIN_SINGLE_ACCURACY = 0.95;
export const MAX_FALSE_RATE = 0.05;
export const TRIAL_HEADER = /^\/\*\* Trial: .{10,}\. Expect: ([\w-]+(?: \| [\w-]+)*) \*\/$/;

export interface CorpusFigures {
  singles: { right: number; total: number };
  falseDiagnoses: { wrong: number; total: number };
  trials: { right: number; total: number };
}

export interface CorpusResult {
  figures: CorpusFigures;
  problems: string[];
  notes: string[];
}

/** The answers a trial accepts, from its header; undefined when the header is missing or malformed. */
export function trialExpectation(root: string, slug: string, trial: string): string[] | undefined {
  const first = readFileSync(join(kataPaths(root, slug).trialsDir, `${trial}.ts`), "utf8").split("\n")[0] ?? "";
  const match = TRIAL_HEADER.exec(first.trim());
  return match ? match[1]!.split(" | ") : undefined;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
}

export function proveDiagnosis(root: string, katas: readonly KataMeta[], verdicts: readonly KataVerdict[]): CorpusResult {
  const figures: CorpusFigures = { singles: { right: 0, total: 0 }, falseDiagnoses: { wrong: 0, total: 0 }, trials: { right: 0, total: 0 } };
  const problems: string[] = [];
  const misses: string[] = [];
  for (const meta of katas) {
    const signatures = readSignatures(root, meta.slug);
    if (!signatures) continue; // the honesty check already says the file is missing
    const mistakes = signatures.mistakes;
    const names = Object.keys(mistakes).filter((name) => mistakes[name]!.length > 0);
    const key = (name: string) => [...new Set(mistakes[name])].sort().join("\u0000");
    const twins = (name: string) => names.filter((other) => key(other) === key(name));
    for (const name of names) {
      figures.singles.total++;
      const answer = explain(new Set(mistakes[name]), mistakes).names;
      if (answer.includes(name)) figures.singles.right++;
      else misses.push(`${meta.slug}: ${name} alone → ${answer.length > 0 ? answer.join(" / ") : "no diagnosis"}`);
    }
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i]!;
        const b = names[j]!;
        const allowed = new Set([...twins(a), ...twins(b)]);
        const answer = explain(new Set([...mistakes[a]!, ...mistakes[b]!]), mistakes).names;
        figures.falseDiagnoses.total++;
        if (answer.some((n) => !allowed.has(n))) {
          figures.falseDiagnoses.wrong++;
          misses.push(`${meta.slug}: ${a} + ${b} → ${answer.join(" / ")}`);
        }
      }
    }
    const verdict = verdicts.find((v) => v.slug === meta.slug);
    if (!verdict) continue;
    for (const [what, result] of [["the reference", verdict.reference], ...verdict.alternatives.map((a) => [`alternative ${a.name}`, a.result] as const)] as const) {
      figures.falseDiagnoses.total++;
      const diagnosis = diagnose(root, meta, result, signatures);
      if (diagnosis) {
        figures.falseDiagnoses.wrong++;
        misses.push(`${meta.slug}: ${what} → ${diagnosis.matches.map((m) => m.mistake).join(" / ")}`);
      }
    }
    for (const trial of verdict.trials) {
      figures.trials.total++;
      const expected = trialExpectation(root, meta.slug, trial.name);
      const where = `solutions/${meta.slug}/trials/${trial.name}.ts`;
      if (!expected) {
        problems.push(`${where} must start with a one-line header: /** Trial: <what it does>. Expect: <mistake> | none */`);
        continue;
      }
      const unknown = expected.filter((e) => e !== "none" && !(e in mistakes));
      if (unknown.length > 0) problems.push(`${where} expects ${unknown.join(", ")}, which is not a mistake of ${meta.slug}.`);
      const got = diagnose(root, meta, trial.result, signatures)?.matches.map((m) => m.mistake) ?? [];
      const right = got.length === 0 ? expected.includes("none") : got.some((g) => expected.includes(g)) && got.every((g) => expected.includes(g) || twins(g).some((t) => expected.includes(t)));
      if (right) figures.trials.right++;
      else problems.push(`${where}: the diagnosis is ${got.length > 0 ? got.join(" / ") : "none"}, but the trial expects ${expected.join(" | ")}.`);
    }
  }
  const { singles, falseDiagnoses, trials } = figures;
  if (singles.total > 0 && singles.right / singles.total < MIN_SINGLE_ACCURACY) {
    problems.push(`diagnosis: top-1 accuracy on single mistakes is ${percent(singles.right, singles.total)} (target >= ${MIN_SINGLE_ACCURACY * 100}%): see the misses below.`);
  }
  if (falseDiagnoses.total > 0 && falseDiagnoses.wrong / falseDiagnoses.total > MAX_FALSE_RATE) {
    problems.push(`diagnosis: ${percent(falseDiagnoses.wrong, falseDiagnoses.total)} false diagnoses on pairs and correct solutions (target <= ${MAX_FALSE_RATE * 100}%): see the misses below.`);
  }
  const notes = [
    `single mistakes: top-1 ${singles.right}/${singles.total} (${percent(singles.right, singles.total)}); ` +
      `false diagnoses on pairs, references and alternatives: ${falseDiagnoses.wrong}/${falseDiagnoses.total} (${percent(falseDiagnoses.wrong, falseDiagnoses.total)}); ` +
      `trials right: ${trials.right}/${trials.total}`,
    ...misses.slice(0, 12).map((m) => `miss: ${m}`),
    ...(misses.length > 12 ? [`… and ${misses.length - 12} more misses`] : []),
  ];
  return { figures, problems, notes };
}
