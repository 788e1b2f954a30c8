/**
 * Authors' tool: adds or replaces one kata's entry in katas/manifest.json, from a JSON file holding the entry.
 *
 *   node --import tsx scripts/author/upsert-manifest.ts path/to/entry.json
 *
 * Several authors (or helpers) may write katas at once: the read-modify-write happens under a lock folder
 * (katas/.manifest.lock) and the file is replaced atomically, so no entry is lost. The entry is validated with
 * the manifest's own schema before anything is written; katas stay sorted by `order`.
 */
import { mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseManifest } from "../lib/core/manifest.ts";
import { repoRoot } from "../lib/core/root.ts";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node --import tsx scripts/author/upsert-manifest.ts <entry.json>\n");
  process.exit(2);
}
const entry = JSON.parse(readFileSync(file, "utf8")) as { slug: string };
const manifestPath = join(repoRoot, "katas", "manifest.json");
const lock = join(repoRoot, "katas", ".manifest.lock");
const started = Date.now();
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() - started > 30_000) {
      process.stderr.write(`katas/.manifest.lock has been held for 30 s: remove it if no author tool is running.\n`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
try {
  const data = JSON.parse(readFileSync(manifestPath, "utf8")) as { $comment?: string; katas: { slug: string; order: number }[] };
  data.katas = [...data.katas.filter((k) => k.slug !== entry.slug), entry as { slug: string; order: number }].sort((a, b) => a.order - b.order);
  parseManifest(data); // throws a clear message when the entry is not valid
  const temporary = `${manifestPath}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temporary, manifestPath);
  process.stdout.write(`katas/manifest.json: ${entry.slug} written (${data.katas.length} katas).\n`);
} finally {
  rmdirSync(lock);
}
