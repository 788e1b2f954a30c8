/**
 * A kata's worked examples, as data, in one place: katas/<kata>/.spec/examples.ts. The prompt's "## Examples"
 * section is exactly their rendering (`npm test` checks it, and that the reference returns every expected
 * value); `npm run try -- <kata>` runs them on the learner's code and shows each call, yours and the expected.
 *
 *   import * as impl from "#impl/roc-auc";
 *   import { defineExamples } from "../../../scripts/kit/examples.ts";
 *
 *   export default defineExamples(impl, [
 *     { code: "rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])", expected: 0.75 },
 *     { code: "rocAuc([0, 1, 1, 0], [0.2, 0.5, 0.5, 0.5])", expected: 0.75, note: "each positive ties one negative at 0.5" },
 *     { gap: true },
 *     { comment: "A constant the next examples use:" },
 *     { setup: "const X = [[0], [1], [2]];" },
 *     { code: "kMeans(X, { k: 1 }).inertia", expected: 2 },
 *   ]);
 *
 * `code` is JavaScript as shown to the candidate (no type annotations): an expression, evaluated with the kata's
 * exports (and `options.scope`) in scope, after every `setup` statement above it. `expected` is compared with
 * `tolerance` (default 1e-9) for numbers and exactly for the rest; `show` replaces the rendering of the expected
 * value in the prompt (e.g. "0.6667" for 2/3, or a table); `present` turns a value into plain data first (a
 * DataFrame into its rows).
 */
import { abridge } from "./format.ts";

export type ExampleEntry =
  | {
      /** An expression, as shown in the prompt. */
      code: string;
      /** What the reference returns (compared after `present`). */
      expected: unknown;
      /** Shown instead of the rendered expected value. */
      show?: string;
      /** A short remark shown in parentheses after the value. */
      note?: string;
      tolerance?: number;
    }
  | { setup: string }
  | { comment: string }
  | { gap: true };

export interface ExampleOptions {
  /** Extra names the code uses (a class from a package, say). */
  scope?: Record<string, unknown>;
  /** Turns a returned value into plain data before it is compared or shown (e.g. a DataFrame into rows). */
  present?: (value: unknown) => unknown;
  /** The widest line of the rendered block (default 100). */
  width?: number;
}

export interface Examples {
  impl: Record<string, unknown>;
  entries: ExampleEntry[];
  options: ExampleOptions;
}

export function defineExamples(impl: object, entries: ExampleEntry[], options: ExampleOptions = {}): Examples {
  return { impl: impl as Record<string, unknown>, entries, options };
}

export function isExample(entry: ExampleEntry): entry is Extract<ExampleEntry, { code: string }> {
  return "code" in entry;
}

/** How the prompt shows an example's value (`show`, or the kit's one-line rendering of `expected`). */
export function shownValue(entry: Extract<ExampleEntry, { code: string }>): string {
  const value = entry.show ?? abridge(entry.expected, 400);
  return entry.note ? `${value}  (${entry.note})` : value;
}

/**
 * The prompt's Examples code block (without the fences). Consecutive one-line examples share one comment column;
 * a value that does not fit on the line goes on the lines below, as comments.
 */
export function renderExamples(examples: Examples): string {
  const width = examples.options.width ?? 100;
  const lines: string[] = [];
  const entries = examples.entries;
  for (let i = 0; i < entries.length; ) {
    const entry = entries[i]!;
    if (!isExample(entry)) {
      if ("setup" in entry) lines.push(...entry.setup.split("\n"));
      else if ("comment" in entry) lines.push(...entry.comment.split("\n").map((line) => `// ${line}`));
      else lines.push("");
      i++;
      continue;
    }
    // A run of consecutive examples: align the comments of those that fit on one line.
    const run: Extract<ExampleEntry, { code: string }>[] = [];
    while (i < entries.length && isExample(entries[i]!)) run.push(entries[i++] as Extract<ExampleEntry, { code: string }>);
    const fits = (e: (typeof run)[number], column: number) =>
      !e.code.includes("\n") && !shownValue(e).includes("\n") && column >= `${e.code};`.length + 1 && column + 3 + shownValue(e).length <= width;
    // The shared column: the one that lines up the most examples (the leftmost of those), up to MAX_COLUMN.
    const MAX_COLUMN = 60;
    let column = 0;
    let aligned = 0;
    for (const c of [...new Set(run.map((e) => `${e.code};`.length + 1))].filter((c) => c <= MAX_COLUMN).sort((a, b) => a - b)) {
      const count = run.filter((e) => fits(e, c)).length;
      if (count > aligned) [column, aligned] = [c, count];
    }
    for (const e of run) {
      const statement = `${e.code};`;
      if (fits(e, column)) {
        lines.push(`${statement.padEnd(column)}// ${shownValue(e)}`);
      } else if (fits(e, statement.length + 1)) {
        lines.push(`${statement} // ${shownValue(e)}`);
      } else {
        lines.push(...statement.split("\n"), ...shownValue(e).split("\n").map((line) => `// ${line}`));
      }
    }
  }
  return lines.join("\n");
}
