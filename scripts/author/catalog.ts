/** Authors' tool: rewrites README.md's catalog table from katas/manifest.json (scripts/lib/proof/catalog.ts). */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadManifest } from "../lib/core/manifest.ts";
import { repoRoot } from "../lib/core/root.ts";
import { withCatalog } from "../lib/proof/catalog.ts";

const path = join(repoRoot, "README.md");
writeFileSync(path, withCatalog(readFileSync(path, "utf8"), loadManifest(repoRoot)));
process.stdout.write("README.md: catalog rewritten from katas/manifest.json\n");
