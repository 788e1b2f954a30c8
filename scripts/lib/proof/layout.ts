/**
 * Structural checks of the repository: the manifest against the folders, and each kata folder's files.
 * Each check returns problems phrased as what to fix (rustlings' check.rs style); no check depends on another.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { kataPaths, listAlternatives, listMistakes, listSpecFiles } from "../core/katas.ts";
import type { Manifest } from "../core/manifest.ts";

/** Headings every kata prompt has, so that all prompts read the same way. */
export const PROMPT_HEADINGS = ["## Task", "## API", "## Conventions", "## Examples", "## Errors", "## Constraints"];
export const MIN_MISTAKES = 3;
/** At least one correct solution written differently from the reference: the specs must test the answer only. */
export const MIN_ALTERNATIVES = 1;
/** The first line of every mistake file: a one-line name of the mistake. */
export const MISTAKE_HEADER = /^\/\*\* Mistake: .{10,} \*\/$/;

/** Kata folders and manifest entries agree. */
export function checkManifestMatchesFolders(root: string, manifest: Manifest): string[] {
  const problems: string[] = [];
  const slugs = new Set(manifest.katas.map((k) => k.slug));
  const folders = readdirSync(join(root, "katas")).filter(
    (name) => !name.startsWith(".") && statSync(join(root, "katas", name)).isDirectory(),
  );
  for (const folder of folders) {
    if (!slugs.has(folder)) problems.push(`katas/${folder}/ is not in katas/manifest.json: add an entry for it, or remove the folder.`);
  }
  for (const slug of slugs) {
    if (!folders.includes(slug)) problems.push(`katas/manifest.json lists "${slug}" but katas/${slug}/ does not exist.`);
  }
  return problems;
}

function rel(root: string, path: string): string {
  return relative(root, path).split("\\").join("/");
}

/** One kata folder has every file in its place. */
export function checkKataFiles(root: string, slug: string): string[] {
  const problems: string[] = [];
  const paths = kataPaths(root, slug);
  const required: [string, string][] = [
    [paths.prompt, "the prompt"],
    [paths.learnerFile, "the learner's file (a copy of the pristine stub)"],
    [paths.reference, "the reference solution"],
    [paths.pristineStub, "the pristine stub"],
    [paths.notes, "the reference's notes (why, complexity, follow-up questions)"],
  ];
  for (const [path, what] of required) {
    if (!existsSync(path)) problems.push(`${rel(root, path)} is missing: create ${what}.`);
  }
  if (listSpecFiles(root, slug).length === 0) {
    problems.push(`katas/${slug}/.spec/ has no *.spec.ts file: add the hidden specs there.`);
  }
  if (listAlternatives(root, slug).length < MIN_ALTERNATIVES) {
    problems.push(
      `solutions/${slug}/alternatives/ is empty: add a correct solution written differently from the reference (the specs must pass it).`,
    );
  }
  const mistakes = listMistakes(root, slug);
  if (mistakes.length < MIN_MISTAKES) {
    problems.push(
      `solutions/${slug}/mistakes/ has ${mistakes.length} mistake solution(s): add at least ${MIN_MISTAKES} (common interview errors).`,
    );
  }
  for (const mistake of mistakes) {
    const file = join(paths.mistakesDir, `${mistake}.ts`);
    const firstLine = readFileSync(file, "utf8").split("\n")[0] ?? "";
    if (!MISTAKE_HEADER.test(firstLine)) {
      problems.push(`${rel(root, file)} must start with a one-line header: /** Mistake: <what is wrong> */`);
    }
  }
  if (existsSync(paths.prompt)) {
    const prompt = readFileSync(paths.prompt, "utf8");
    for (const heading of PROMPT_HEADINGS) {
      if (!prompt.split("\n").some((line) => line.trim() === heading)) {
        problems.push(`katas/${slug}/README.md has no "${heading}" section: every prompt has ${PROMPT_HEADINGS.join(", ")}.`);
      }
    }
  }
  if (existsSync(paths.pristineStub)) {
    const stub = readFileSync(paths.pristineStub, "utf8");
    if (!stub.includes("NotImplementedError")) {
      problems.push(`solutions/${slug}/stub.ts must throw NotImplementedError in each function, so the grader can say "not started".`);
    }
  }
  return problems;
}

export type StubState = "pristine" | "modified" | "missing";

/** Whether the learner's file is still the pristine stub. */
export function learnerFileState(root: string, slug: string): StubState {
  const paths = kataPaths(root, slug);
  if (!existsSync(paths.learnerFile) || !existsSync(paths.pristineStub)) return "missing";
  return readFileSync(paths.learnerFile).equals(readFileSync(paths.pristineStub)) ? "pristine" : "modified";
}
