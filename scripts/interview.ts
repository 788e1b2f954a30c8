/**
 * npm run interview [-- <kata>] [--minutes N] [--reveal] [--poll]
 *
 * A timed mock round: picks the kata (the one due for review, else an unsolved one from your weakest track) or
 * takes the one named, starts the countdown of its time budget, re-grades on every save showing only the score
 * by kind, then asks the interviewer's follow-up questions, shows the model answers, asks for a self-rating and
 * schedules the kata's next review. Writes nothing under katas/. Exit status 0, 2 for a usage error.
 */
import { InvalidArgumentError } from "commander";
import { createProgram, runMain } from "./lib/core/cli.ts";
import { UserError } from "./lib/core/errors.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";
import { runInterview } from "./lib/learner/interview.ts";
import { loadProgress } from "./lib/learner/progress.ts";
import { pickInterviewKata } from "./lib/learner/review.ts";

function minutesValue(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.05 || n > 600) throw new InvalidArgumentError("expected a number of minutes from 0.05 to 600.");
  return n;
}

async function main(): Promise<number> {
  const program = createProgram("interview", "A timed mock interview on one kata, with the interviewer's follow-up questions.")
    .argument("[kata]", "the kata (default: the one due for review, else an unsolved one from your weakest track)")
    .option("--minutes <n>", "the time budget in minutes (default: the kata's)", minutesValue)
    .option("--reveal", "show the failing case after each grading, as watch does (an interviewer would not)")
    .option("--poll", "poll for changes (WSL, network drives, containers)")
    .parse(process.argv);
  const options = program.opts<{ minutes?: number; reveal?: boolean; poll?: boolean }>();
  const manifest = loadManifest(repoRoot);
  let meta;
  let why;
  if (program.args[0]) {
    [meta] = selectKatas(manifest, [program.args[0]]);
    why = "the kata you named";
  } else {
    const picked = pickInterviewKata(manifest.katas, loadProgress(repoRoot).progress, new Date());
    if (!picked) throw new UserError("There is no kata to interview on.");
    ({ meta, why } = picked);
  }
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const liveStatus = interactive && !process.env.CI && !process.env.NO_COLOR;
  await runInterview({
    root: repoRoot,
    meta: meta!,
    why,
    minutes: options.minutes ?? meta!.minutes,
    ...(options.reveal ? { reveal: true } : {}),
    ...(options.poll ? { poll: true } : {}),
    io: { input: process.stdin, output: process.stdout, interactive, liveStatus },
  });
  return 0;
}

await runMain(main);
