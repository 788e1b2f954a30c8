/**
 * npm run grade [-- <kata...>] [--all] [--no-cache] [--json] [--target learner|solutions]
 *
 * Runs each kata's hidden specs against your files and prints a progress table with the score by kind of spec,
 * the simplest failing case of each failing kata (with a diagnosis when it looks like a known mistake), its type
 * errors, the hints you used, your score and what to do next. A kata still at its pristine stub is "not started"
 * without running its specs, and one whose inputs did not change since its last grading is shown as it was
 * ("unchanged since HH:MM"); `--no-cache` re-runs everything. Each grading is recorded in .kata/progress.json.
 * Exit status 0 whenever grading completed, 2 for a usage error. `npm run -s grade -- --json` gives clean JSON.
 */
import { createProgram, runMain } from "./lib/core/cli.ts";
import { UserError } from "./lib/core/errors.ts";
import { listSpecFiles, selectKatas } from "./lib/core/katas.ts";
import { repoRoot } from "./lib/core/root.ts";
import { startWarmGrader, type WarmGrader } from "./lib/engine/warm.ts";
import type { Target } from "./lib/engine/targets.ts";
import type { Change, OtherKata, ReportRow } from "./lib/learner/report.ts";

/**
 * Started first, before the rest of the command loads: vitest's own start-up (~0.5 s) then overlaps with ours, and a
 * grading with one kata to run (the candidate's loop) runs in it (session.ts closes it unused otherwise). The katas
 * named on the command line are warmed up in it. Not for --target solutions, help or a usage error.
 */
function startEarly(argv: readonly string[]): WarmGrader | undefined {
  const args = argv.slice(2);
  if (args.some((arg) => arg === "--target" || arg.startsWith("--target=") || arg === "-h" || arg === "--help")) return undefined;
  const named = args.filter((arg) => /^[a-z0-9][a-z0-9-]*$/.test(arg));
  return startWarmGrader(repoRoot, { "*": "learner" }, named.flatMap((slug) => listSpecFiles(repoRoot, slug)));
}

const early = startEarly(process.argv);

const TARGET_CHOICES: Record<string, Target> = { learner: "learner", solutions: "reference" };

async function main(): Promise<number> {
  try {
    return await grade();
  } finally {
    await early?.close();
  }
}

async function grade(): Promise<number> {
  // Loaded while the early vitest starts (see startEarly).
  const [{ loadManifest }, { knownSpecs }, { gradeKatas }, { renderReport, reportJson }, { gradeLearner, otherKatas }] =
    await Promise.all([
      import("./lib/core/manifest.ts"),
      import("./lib/core/signatures.ts"),
      import("./lib/engine/grading.ts"),
      import("./lib/learner/report.ts"),
      import("./lib/learner/session.ts"),
    ]);
  const program = createProgram("grade", "Grade your kata solutions against the hidden specs.")
    .argument("[katas...]", "katas to grade (default: all)")
    .option("--all", "list every failing case of each kata, simplest first (default: the simplest one)")
    .option("--no-cache", "re-run every kata's specs, even those whose inputs did not change")
    .option("--no-typecheck", "do not typecheck your files (the type errors are shown beside the score otherwise)")
    .option("--json", "print machine-readable results (use `npm run -s grade -- --json`: -s keeps npm's banner out)")
    .option("--target <target>", "whose code to grade: learner (yours) or solutions (the references)", "learner")
    .parse(process.argv);
  const options = program.opts<{ json?: boolean; all?: boolean; cache: boolean; typecheck: boolean; target: string }>();
  const target = TARGET_CHOICES[options.target];
  if (!target) {
    throw new UserError(`Unknown --target "${options.target}".`, "Use --target learner (default) or --target solutions.");
  }
  const manifest = loadManifest(repoRoot);
  const katas = selectKatas(manifest, program.args);

  let rows: ReportRow[];
  let changes: Change[] = [];
  let others: OtherKata[] = [];
  if (target === "learner") {
    const grading = await gradeLearner({
      root: repoRoot,
      katas,
      command: "grade",
      noCache: !options.cache,
      typecheck: options.typecheck,
      ...(early ? { early } : {}),
    });
    if (grading.warning) process.stderr.write(`warning: ${grading.warning}\n`);
    rows = grading.rows;
    changes = grading.changes;
    others = otherKatas(manifest.katas, katas, grading.progress);
  } else {
    const slugs = katas.map((k) => k.slug);
    const results = await gradeKatas({ root: repoRoot, slugs, targets: { "*": target }, known: (slug) => knownSpecs(repoRoot, slug) });
    rows = katas.map((meta, i) => ({ meta, result: results[i]! }));
  }
  if (options.json) {
    process.stdout.write(`${reportJson(rows, options.target, others)}\n`);
  } else {
    const heading = target === "learner" ? "Kata progress" : "Reference solutions";
    process.stdout.write(`${renderReport(rows, { heading, changes, others, ...(options.all ? { all: true } : {}) })}\n`);
  }
  return 0;
}

await runMain(main);
