/**
 * The manifest (katas/manifest.json) is the single source of truth for kata metadata.
 * This module reads and validates it; nothing else parses that file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { UserError } from "./errors.ts";

export const TRACKS = ["metrics", "ranking", "algorithms", "deep-learning", "data", "production"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KataSchema = z
  .object({
    slug: z.string().regex(slugPattern, "a slug is lower-case words joined by '-' (e.g. roc-auc)"),
    title: z.string().min(3),
    track: z.enum(TRACKS),
    difficulty: z.enum(DIFFICULTIES),
    minutes: z.number().int().min(5).max(180),
    order: z.number().int().min(1),
    summary: z.string().min(10),
    hints: z.array(z.string().min(10)).min(2, "give at least two progressive hints"),
    /**
     * Which hint (1-based) addresses each mistake solution (solutions/<slug>/mistakes/<name>.ts): the diagnosis
     * points there. The proof checks that every mistake has one.
     */
    mistakeHints: z.record(z.string().regex(/^[\w-]+$/, "a mistake name is its file name without .ts"), z.number().int().min(1)).optional(),
  })
  .strict()
  .superRefine((kata, ctx) => {
    for (const [mistake, hint] of Object.entries(kata.mistakeHints ?? {})) {
      if (hint > kata.hints.length) {
        ctx.addIssue({
          code: "custom",
          path: ["mistakeHints", mistake],
          message: `hint ${hint} does not exist (${kata.slug} has ${kata.hints.length} hints)`,
        });
      }
    }
  });

const ManifestSchema = z
  .object({
    $comment: z.string().optional(),
    katas: z.array(KataSchema).min(1),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    const seenSlugs = new Set<string>();
    const seenOrders = new Set<number>();
    manifest.katas.forEach((kata, i) => {
      if (seenSlugs.has(kata.slug)) {
        ctx.addIssue({ code: "custom", path: ["katas", i, "slug"], message: `duplicate slug "${kata.slug}"` });
      }
      if (seenOrders.has(kata.order)) {
        ctx.addIssue({ code: "custom", path: ["katas", i, "order"], message: `duplicate order ${kata.order}` });
      }
      seenSlugs.add(kata.slug);
      seenOrders.add(kata.order);
    });
  });

export type KataMeta = z.infer<typeof KataSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

export function manifestPath(root: string): string {
  return join(root, "katas", "manifest.json");
}

/** Validates an already-parsed manifest; returns the katas sorted by `order`. */
export function parseManifest(data: unknown, source = "katas/manifest.json"): Manifest {
  const result = ManifestSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  - ${issue.path.join(".") || "(top level)"}: ${issue.message}`)
      .join("\n");
    throw new UserError(`${source} is not valid:\n${problems}`, "Fix the fields named above.");
  }
  return { ...result.data, katas: [...result.data.katas].sort((a, b) => a.order - b.order) };
}

export function loadManifest(root: string): Manifest {
  const path = manifestPath(root);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UserError("katas/manifest.json is missing.", "Restore it with `git checkout -- katas/manifest.json`.");
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `katas/manifest.json is not valid JSON (${(error as Error).message}).`,
      "Restore it with `git checkout -- katas/manifest.json`.",
    );
  }
  return parseManifest(data);
}
