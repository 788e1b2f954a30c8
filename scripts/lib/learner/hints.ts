/**
 * Progressive hints from the manifest. `npm run hint -- <kata>` shows the next one and remembers how many were
 * shown (the highest hint number seen: hints build on each other); `npm run hint -- <kata> 3` shows hint 3.
 */
import pc from "picocolors";
import { UserError } from "../core/errors.ts";
import type { KataMeta } from "../core/manifest.ts";
import { hintsShown, hintsUsed, recordHint, updateProgress } from "./progress.ts";

export type HintChoice =
  | { kind: "hint"; number: number; total: number; text: string; seenBefore: boolean }
  | { kind: "no more"; total: number };

/**
 * Which hint to show: the requested one, or the first not yet shown. `shown` lists the hints actually shown
 * (a hint asked for by number, say hint 4, does not make hints 1 to 3 "seen").
 */
export function chooseHint(meta: KataMeta, shown: readonly number[], requested?: number): HintChoice {
  const total = meta.hints.length;
  const seen = new Set(shown);
  if (requested !== undefined) {
    if (!Number.isInteger(requested) || requested < 1 || requested > total) {
      throw new UserError(`${meta.slug} has ${total} hints: there is no hint "${requested}".`, `Ask for a number from 1 to ${total}, or none for the next hint.`);
    }
    return { kind: "hint", number: requested, total, text: meta.hints[requested - 1]!, seenBefore: seen.has(requested) };
  }
  const next = meta.hints.findIndex((_, i) => !seen.has(i + 1));
  if (next < 0) return { kind: "no more", total };
  return { kind: "hint", number: next + 1, total, text: meta.hints[next]!, seenBefore: false };
}

/** Parses the optional hint number argument; anything else is a usage error. */
export function parseHintNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UserError(`"${text}" is not a hint number.`, "Give a number, e.g. `npm run hint -- roc-auc 2`.");
  return Number(text);
}

/** Word-wraps a paragraph to `width` columns, each line starting with `prefix`. */
export function wrap(text: string, width = 100, prefix = "  "): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(prefix + line);
  return lines.join("\n");
}

export function renderHint(meta: KataMeta, choice: HintChoice, usedAfter: number): string {
  const slug = meta.slug;
  if (choice.kind === "no more") {
    return [
      `${pc.bold(slug)}: you have seen all ${choice.total} hints.`,
      `Read one again with \`npm run hint -- ${slug} <1-${choice.total}>\`. Once it passes, \`npm run compare -- ${slug}\` and \`npm run solution -- ${slug}\`.`,
    ].join("\n");
  }
  const lines = [`${pc.bold(slug)}, hint ${choice.number} of ${choice.total}${choice.seenBefore ? pc.dim(" (seen before)") : ""}:`, wrap(choice.text), ""];
  const left = choice.total - usedAfter;
  lines.push(
    left > 0
      ? pc.dim(`Hints used: ${usedAfter} of ${choice.total} (shown in \`npm run grade\`). Next hint: \`npm run hint -- ${slug}\`.`)
      : pc.dim(`Hints used: ${usedAfter} of ${choice.total}: that was the last one.`),
  );
  return lines.join("\n");
}

/** Shows a hint and records it in the progress file; returns the text to print and any progress warning. */
export function takeHint(root: string, meta: KataMeta, requested?: number, now = new Date()): { text: string; warning?: string } {
  let choice: HintChoice | undefined;
  const saved = updateProgress(root, (progress) => {
    choice = chooseHint(meta, hintsShown(progress, meta.slug), requested);
    return choice.kind === "hint" ? recordHint(progress, meta.slug, choice.number, now) : progress;
  });
  const text = renderHint(meta, choice!, hintsUsed(saved.progress, meta.slug));
  return saved.warning ? { text, warning: saved.warning } : { text };
}
