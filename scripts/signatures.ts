/**
 * npm run signatures [-- <kata...>]
 *
 * Runs each mistake solution through the grader and stores the set of specs it fails (its signature) in
 * solutions/<kata>/signatures.json, with the pristine stub's sha256. `grade` and `watch` use the signatures to say
 * "This looks like: <mistake>"; `npm test` fails when they are stale. Run it after changing specs or mistakes.
 */
import { relative } from "node:path";
import pc from "picocolors";
import { createProgram, runMain } from "./lib/core/cli.ts";
import { generateSignatures } from "./lib/proof/signatures.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";

async function main(): Promise<number> {
  const program = createProgram("signatures", "Derive each mistake's signature (the specs it fails) and store it.")
    .argument("[katas...]", "katas (default: all)")
    .parse(process.argv);
  const katas = selectKatas(loadManifest(repoRoot), program.args);
  const generated = await generateSignatures(
    repoRoot,
    katas.map((k) => k.slug),
    (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(pc.dim(`… ${done}/${total} spec files run\r`));
    },
  );
  for (const g of generated) {
    const state = g.changed ? pc.green("written") : pc.dim("unchanged");
    process.stdout.write(`${g.slug}: ${g.mistakes} mistake signatures ${state} (${relative(repoRoot, g.path)})\n`);
    for (const problem of g.problems) process.stdout.write(`  ${pc.yellow("warning:")} ${problem}\n`);
  }
  return 0;
}

await runMain(main);
