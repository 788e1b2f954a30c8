/**
 * The README's catalog table (between `<!-- catalog:start -->` and `<!-- catalog:end -->`) is rendered from the
 * manifest: `node --import tsx scripts/author/catalog.ts` rewrites it, and `npm test` checks it is up to date.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Manifest } from "../core/manifest.ts";

const START = "<!-- catalog:start -->";
const END = "<!-- catalog:end -->";

export function renderCatalog(manifest: Manifest): string {
  const rows = manifest.katas.map(
    (k) => `| ${k.order} | [${k.slug}](katas/${k.slug}/README.md) | ${k.track} | ${k.difficulty} | ${k.minutes} | ${k.summary.replace(/\|/g, "\\|")} |`,
  );
  const tracks = [...new Set(manifest.katas.map((k) => k.track))];
  const minutes = manifest.katas.reduce((sum, k) => sum + k.minutes, 0);
  return [
    `${manifest.katas.length} katas in ${tracks.length} tracks (${tracks.join(", ")}), about ${Math.round(minutes / 60)} hours of timed practice.`,
    "",
    "| # | kata | track | difficulty | min | what you write |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** README.md with its catalog block replaced (the text unchanged when the markers are missing). */
export function withCatalog(readme: string, manifest: Manifest): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + START.length)}\n${renderCatalog(manifest)}\n${readme.slice(end)}`;
}

export function checkCatalog(root: string, manifest: Manifest): string[] {
  const path = join(root, "README.md");
  if (!existsSync(path)) return ["README.md is missing: it holds the two commands and the catalog."];
  const readme = readFileSync(path, "utf8");
  if (!readme.includes(START) || !readme.includes(END)) return [`README.md has no catalog block (${START} … ${END}).`];
  return withCatalog(readme, manifest) === readme ? [] : ["README.md's catalog is not the manifest's: run `node --import tsx scripts/author/catalog.ts`."];
}
