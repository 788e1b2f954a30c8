/**
 * The proof's check of each kata's worked examples (katas/<kata>/.spec/examples.ts, kit/examples.ts): the file
 * exists, the prompt's "## Examples" section is exactly their rendering, and the reference returns every expected
 * value (run the way `npm run try` runs the learner's code).
 */
import { existsSync, readFileSync } from "node:fs";
import { agree } from "../compare/compare-report.ts";
import { kataPaths } from "../core/katas.ts";
import { examplesFile, runExamples } from "../learner/try.ts";

/** The first fenced code block of the prompt's "## Examples" section, without its fences (undefined if none). */
export function promptExamplesBlock(prompt: string): string | undefined {
  const lines = prompt.split("\n");
  const start = lines.findIndex((line) => line.trim() === "## Examples");
  if (start < 0) return undefined;
  let open = -1;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i]!.startsWith("## ")) return undefined;
    if (lines[i]!.startsWith("```")) {
      if (open < 0) open = i;
      else return lines.slice(open + 1, i).join("\n");
    }
  }
  return undefined;
}

function normalise(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

/** The first line where two blocks differ, for the message. */
function firstDifference(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: the prompt has ${JSON.stringify(x[i] ?? "(nothing)")}, the examples render ${JSON.stringify(y[i] ?? "(nothing)")}`;
  }
  return "";
}

export async function checkExamples(root: string, slugs: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const slug of slugs) {
    const where = `katas/${slug}/.spec/examples.ts`;
    if (!existsSync(examplesFile(root, slug))) {
      problems.push(`${where} is missing: declare the prompt's worked examples there (scripts/kit/examples.ts), so that \`npm run try -- ${slug}\` can run them.`);
      continue;
    }
    const run = await runExamples(root, slug, "reference");
    if (run.loadError) {
      problems.push(`${where} does not load with the reference: ${run.loadError}`);
      continue;
    }
    const prompt = readFileSync(kataPaths(root, slug).prompt, "utf8");
    const block = promptExamplesBlock(prompt);
    if (block === undefined) {
      problems.push(`katas/${slug}/README.md: its "## Examples" section has no code block; it must show ${where}, rendered.`);
    } else if (normalise(block) !== normalise(run.rendered)) {
      problems.push(
        `katas/${slug}/README.md: the Examples block differs from ${where} (${firstDifference(normalise(block), normalise(run.rendered))}). ` +
          `Paste the rendering:\n${run.rendered}`,
      );
    }
    if (run.expected.length === 0) problems.push(`${where} has no example with an expected value.`);
    for (const { index, expected, tolerance } of run.expected) {
      const outcome = run.outcomes.get(index);
      const code = run.codes[index] ?? "?";
      if (!outcome) problems.push(`${where}: \`${code}\` did not run on the reference.`);
      else if (!outcome.ok) problems.push(`${where}: \`${code}\` fails on the reference: ${outcome.message}`);
      else {
        const agreement = agree(outcome.value, expected, { kind: "close", tolerance });
        if (agreement.kind === "differ") {
          problems.push(`${where}: \`${code}\` gives ${agreement.yours} at ${agreement.where} on the reference, not the expected ${agreement.reference}.`);
        }
      }
    }
  }
  return problems;
}
