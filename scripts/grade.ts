/**
 * npm run grade [-- <kata...>] [--json] [--target learner|solutions]
 *
 * Runs each kata's hidden specs against your files and prints a progress table, the first failing case of each
 * failing kata (with a diagnosis when it looks like a known mistake), the hints you used, your score and what to
 * do next. Each grading is recorded in .kata/progress.json. Exit status 0 whenever grading completed, 2 for a
 * usage error.
 */
import { loadManifest } from "./lib/core/manifest.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { createProgram, runMain } from "./lib/core/cli.ts";
import { UserError } from "./lib/core/errors.ts";
import { gradeKatas } from "./lib/engine/grading.ts";
import { renderReport, reportJson, type Change, type ReportRow } from "./lib/learner/report.ts";
import { gradeLearner } from "./lib/learner/session.ts";
import { repoRoot } from "./lib/core/root.ts";
import type { Target } from "./lib/engine/targets.ts";

const TARGET_CHOICES: Record<string, Target> = { learner: "learner", solutions: "reference" };

async function main(): Promise<number> {
  const program = createProgram("grade", "Grade your kata solutions against the hidden specs.")
    .argument("[katas...]", "katas to grade (default: all)")
    .option("--json", "print machine-readable results (use `npm run -s grade -- --json`: -s keeps npm's banner out)")
    .option("--all", "list every failing case of each kata, simplest first (default: the simplest one)")
    .option("--target <target>", "whose code to grade: learner (yours) or solutions (the references)", "learner")
    .parse(process.argv);
  const options = program.opts<{ json?: boolean; all?: boolean; target: string }>();
  const target = TARGET_CHOICES[options.target];
  if (!target) {
    throw new UserError(`Unknown --target "${options.target}".`, "Use --target learner (default) or --target solutions.");
  }
  const manifest = loadManifest(repoRoot);
  const katas = selectKatas(manifest, program.args);

  let rows: ReportRow[];
  let changes: Change[] = [];
  if (target === "learner") {
    const grading = await gradeLearner({ root: repoRoot, katas, command: "grade" });
    if (grading.warning) process.stderr.write(`warning: ${grading.warning}\n`);
    rows = grading.rows;
    changes = grading.changes;
  } else {
    const results = await gradeKatas({ root: repoRoot, slugs: katas.map((k) => k.slug), targets: { "*": target } });
    rows = katas.map((meta, i) => ({ meta, result: results[i]! }));
  }
  if (options.json) {
    process.stdout.write(`${reportJson(rows, options.target)}\n`);
  } else {
    const heading = target === "learner" ? "Kata progress" : "Reference solutions";
    process.stdout.write(`${renderReport(rows, { heading, changes, ...(options.all ? { all: true } : {}) })}\n`);
  }
  return 0;
}

await runMain(main);
