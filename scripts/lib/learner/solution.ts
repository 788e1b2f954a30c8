/**
 * `npm run solution -- <kata>`: the reference and its notes, once your kata passes. If your progress does not
 * say it passed, it is graded first (your file, read only); `--force` shows it anyway, with a warning.
 */
import { existsSync, readFileSync } from "node:fs";
import pc from "picocolors";
import { formatWhen } from "./backups.ts";
import { UserError } from "../core/errors.ts";
import { kataPaths } from "../core/katas.ts";
import type { KataMeta } from "../core/manifest.ts";
import { loadProgress, recordSolutionShown, updateProgress } from "./progress.ts";
import { gradeLearner } from "./session.ts";

export type Gate =
  | { open: true; why: string }
  | { open: false; why: string };

/** Whether the learner has earned the reference: passed before, or passes now. */
export async function solutionGate(root: string, meta: KataMeta, force: boolean): Promise<{ gate: Gate; warnings: string[] }> {
  const warnings: string[] = [];
  const loaded = loadProgress(root);
  if (loaded.warning) warnings.push(loaded.warning);
  const firstPassed = loaded.progress.katas[meta.slug]?.firstPassedAt;
  if (firstPassed) return { gate: { open: true, why: `you first passed ${meta.slug} on ${formatWhen(new Date(firstPassed))}` }, warnings };
  const grading = await gradeLearner({ root, katas: [meta], command: "solution" });
  if (grading.warning) warnings.push(grading.warning);
  const result = grading.rows[0]!.result;
  if (result.status === "passed") return { gate: { open: true, why: `${meta.slug} passes (${result.passed}/${result.total} specs)` }, warnings };
  const score = `${result.passed}/${result.total} specs pass`;
  if (force) {
    warnings.push(
      `${meta.slug} does not pass yet (${score}). Reading the reference now turns the kata into reading practice; it is recorded in your progress.`,
    );
    return { gate: { open: true, why: "--force" }, warnings };
  }
  return { gate: { open: false, why: score }, warnings };
}

export function renderSolution(root: string, slug: string): string {
  const paths = kataPaths(root, slug);
  if (!existsSync(paths.reference)) throw new UserError(`solutions/${slug}/${slug}.ts is missing.`, "Restore it with `git checkout -- solutions/`.", 1);
  const out = [pc.bold(`── solutions/${slug}/${slug}.ts ──`), readFileSync(paths.reference, "utf8").trimEnd(), ""];
  if (existsSync(paths.notes)) out.push(pc.bold(`── solutions/${slug}/NOTES.md ──`), readFileSync(paths.notes, "utf8").trimEnd(), "");
  return out.join("\n");
}

/** Prints nothing itself: returns what to print on stdout and stderr, and the exit status. */
export async function showSolution(root: string, meta: KataMeta, force: boolean): Promise<{ stdout: string; stderr: string; code: number }> {
  const { gate, warnings } = await solutionGate(root, meta, force);
  const stderr = warnings.map((w) => `${pc.yellow("warning:")} ${w}\n`).join("");
  if (!gate.open) {
    return {
      stdout: "",
      stderr:
        stderr +
        `${meta.slug} does not pass yet (${gate.why}), so the reference stays hidden.\n` +
        `Keep going: \`npm run grade -- ${meta.slug}\`, \`npm run hint -- ${meta.slug}\`. To read it anyway: \`npm run solution -- ${meta.slug} --force\`.\n`,
      code: 1,
    };
  }
  updateProgress(root, (progress) => recordSolutionShown(progress, meta.slug));
  const text = renderSolution(root, meta.slug);
  return {
    stdout: `${pc.dim(`Shown because ${gate.why}. Measure yours against it: npm run compare -- ${meta.slug}`)}\n\n${text}`,
    stderr,
    code: 0,
  };
}
