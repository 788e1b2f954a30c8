/** The proof's check of each kata's follow-up questions (core/follow-ups.ts). */
import { readFollowUps } from "../core/follow-ups.ts";

export function checkFollowUps(root: string, slug: string): string[] {
  const read = readFollowUps(root, slug);
  if ("problems" in read) return read.problems;
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { question } of read.questions) {
    if (seen.has(question)) problems.push(`solutions/${slug}/follow-ups.json asks "${question}" twice.`);
    seen.add(question);
  }
  return problems;
}
