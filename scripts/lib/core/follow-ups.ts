/**
 * solutions/<kata>/follow-ups.json: the interviewer's follow-up questions of a kata, as data ("why X and not Y?"),
 * each with a model answer. `npm run interview` asks them one at a time after the coding part and shows the
 * answer; NOTES.md discusses them at length. `npm test` validates every file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { kataPaths } from "./katas.ts";

export const MIN_FOLLOW_UPS = 3;

export const FollowUpsSchema = z
  .object({
    $comment: z.string().optional(),
    questions: z
      .array(
        z
          .object({
            question: z.string().min(15).regex(/\?$/, "a question ends with a question mark"),
            answer: z.string().min(80, "a model answer says why, in a few sentences (80 characters at least)"),
          })
          .strict(),
      )
      .min(MIN_FOLLOW_UPS, `give at least ${MIN_FOLLOW_UPS} follow-up questions`),
  })
  .strict();

export type FollowUp = z.infer<typeof FollowUpsSchema>["questions"][number];

export function followUpsPath(root: string, slug: string): string {
  return join(kataPaths(root, slug).solutionDir, "follow-ups.json");
}

/** The kata's follow-up questions, or a list of what is wrong with the file. */
export function readFollowUps(root: string, slug: string): { questions: FollowUp[] } | { problems: string[] } {
  const path = followUpsPath(root, slug);
  const where = `solutions/${slug}/follow-ups.json`;
  if (!existsSync(path)) return { problems: [`${where} is missing: write the interviewer's follow-up questions with model answers (at least ${MIN_FOLLOW_UPS}).`] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { problems: [`${where} is not valid JSON (${(error as Error).message}).`] };
  }
  const parsed = FollowUpsSchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${where}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`) };
  }
  return { questions: parsed.data.questions };
}
