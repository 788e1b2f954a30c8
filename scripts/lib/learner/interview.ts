/**
 * `npm run interview [-- <kata>]`: a timed mock round.
 *
 *  1. coding: the prompt's path and a countdown of the kata's time budget (one status line updated in place in a
 *     terminal; plain lines otherwise). Every save re-grades like `watch` (the same warm grader), but shows only
 *     the score by kind and whether it passes, never the hidden failing case (an interviewer does not read you the
 *     test); `--reveal` shows watch's full output. Code that misbehaves gets grade's plain reasons. In a terminal,
 *     `h` shows the next hint (recorded against this attempt) and `q` ends the coding part; so does Ctrl-C.
 *  2. follow-ups, at a pass, at time-out or on Ctrl-C: the kata's questions one at a time (solutions/<kata>/
 *     follow-ups.json), each answered in a line (or skipped with an empty line), then its model answer; then a
 *     self-rating (again / hard / good / easy). Without a terminal the questions are skipped, with a note: nothing
 *     waits for input that cannot come.
 *  3. the summary (time to pass, specs by kind at the end, hints, rating), appended to the progress file's
 *     interviews, and the kata's review card rescheduled (review.ts).
 *
 * Nothing under katas/ is written. Ctrl-C during the questions, SIGTERM or SIGHUP at any time: every child ends
 * and what was answered is saved.
 */
import { emitKeypressEvents } from "node:readline";
import { createInterface } from "node:readline/promises";
import pc from "picocolors";
import { interceptSigint, installSignalCleanup } from "../core/cli.ts";
import { readFollowUps, type FollowUp } from "../core/follow-ups.ts";
import type { KataMeta } from "../core/manifest.ts";
import { renderKindScores, type KindScores } from "../engine/outcome.ts";
import { takeHint } from "./hints.ts";
import { hintsShown, loadProgress, updateProgress, type Interview, type Rating } from "./progress.ts";
import { renderKataDetail, type ReportRow } from "./report.ts";
import { impliedRating, schedule } from "./review.ts";
import { renderWatchRun, startWatch } from "./watch.ts";

export interface InterviewIO {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  output: NodeJS.WritableStream;
  /** A terminal to read keys and answers from. */
  interactive: boolean;
  /** Update the status line in place (a terminal, not CI, no NO_COLOR); otherwise plain lines. */
  liveStatus: boolean;
}

export interface InterviewOptions {
  root: string;
  meta: KataMeta;
  /** Why this kata (one line, shown first). */
  why: string;
  minutes: number;
  reveal?: boolean;
  io: InterviewIO;
  now?: () => Date;
  poll?: boolean;
}

const RATINGS: Record<string, Rating> = { a: "again", again: "again", h: "hard", hard: "hard", g: "good", good: "good", e: "easy", easy: "easy" };

export function parseRating(text: string): Rating | undefined {
  return RATINGS[text.trim().toLowerCase()];
}

function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

/** What a grading shows in interview mode: the score by kind and whether it passes; a crash's plain reason. */
export function renderInterviewRun(row: ReportRow, seconds: number): string {
  const { result } = row;
  const kinds = renderKindScores(result.byKind);
  if (result.status === "passed") return `${pc.green("✓ passes")}: ${kinds} ${pc.dim(`(graded in ${seconds.toFixed(1)} s)`)}`;
  const problem = result.problem ? `\n  ${pc.yellow("Your code")} ${result.problem}.` : "";
  const types = row.typeProblems && row.typeProblems.length > 0 ? pc.dim(` · ${row.typeProblems.length} type error(s)`) : "";
  const status = result.status === "contract incomplete" ? pc.yellow("the algorithm works, the contract is incomplete") : result.status === "not started" ? pc.dim("not started") : pc.red("not yet");
  return `${status}: ${kinds}${types} ${pc.dim(`(graded in ${seconds.toFixed(1)} s)`)}${problem}`;
}

/** The status line: time left and the last score. */
function statusLine(leftMs: number, last: ReportRow | undefined): string {
  const score = last ? renderKindScores(last.result.byKind) : "not graded yet: save your file";
  return `⏱ ${formatClock(leftMs)} left · ${score} · h hint · q finish`;
}

interface CodingEnd {
  endedBy: Interview["endedBy"];
  passedAfterSeconds: number | null;
  last: ReportRow | undefined;
  attemptHints: Set<number>;
}

/** The coding part: watch with the interview's rendering, a countdown, and the keys. */
async function coding(options: InterviewOptions, started: number): Promise<CodingEnd> {
  const { io, meta, root } = options;
  const budgetMs = options.minutes * 60_000;
  const attemptHints = new Set<number>();
  let last: ReportRow | undefined;
  let passedAfterSeconds: number | null = null;
  let statusShown = false;
  const clearStatus = () => {
    if (statusShown) io.output.write("\r\x1b[2K");
    statusShown = false;
  };
  const drawStatus = () => {
    if (!io.liveStatus) return;
    io.output.write(`\r\x1b[2K${pc.dim(statusLine(budgetMs - (Date.now() - started), last))}`);
    statusShown = true;
  };
  const write = (text: string) => {
    clearStatus();
    io.output.write(text);
    drawStatus();
  };
  let finish: (endedBy: Interview["endedBy"]) => void = () => {};
  const ended = new Promise<Interview["endedBy"]>((resolve) => (finish = resolve));
  const watcher = startWatch({
    root,
    meta,
    command: "interview",
    footer: false,
    poll: options.poll === true,
    write,
    ...(options.now ? { now: options.now } : {}),
    render: (row, minutes, seconds) => (options.reveal ? renderWatchRun(row, minutes, seconds) : renderInterviewRun(row, seconds)),
    onGraded: (row) => {
      last = row;
      if (row.result.status === "passed" && passedAfterSeconds === null) {
        passedAfterSeconds = (Date.now() - started) / 1000;
        finish("pass");
      }
    },
  });
  const timer = setTimeout(() => finish("timeout"), budgetMs);
  let lastMinute = Math.ceil(budgetMs / 60_000);
  const ticker = setInterval(() => {
    if (io.liveStatus) drawStatus();
    else {
      const left = budgetMs - (Date.now() - started);
      const minute = Math.ceil(left / 60_000);
      if (minute < lastMinute && left > 0) {
        lastMinute = minute;
        io.output.write(`${formatClock(left)} left · ${last ? renderKindScores(last.result.byKind) : "not graded yet"}\n`);
      }
    }
  }, io.liveStatus ? 1000 : 5000);
  interceptSigint(() => finish("interrupt"));
  const onKey = (_: string, key: { name?: string; ctrl?: boolean; sequence?: string } | undefined) => {
    if (!key) return;
    if (key.ctrl && key.name === "c") finish("interrupt");
    else if (key.name === "q") finish("interrupt");
    else if (key.name === "h") {
      const hint = takeHint(root, meta);
      const number = /hint (\d+) of/.exec(hint.text)?.[1];
      if (number) attemptHints.add(Number(number));
      write(`\n${hint.text}\n`);
    }
  };
  if (io.interactive && io.input.setRawMode) {
    emitKeypressEvents(io.input);
    io.input.setRawMode(true);
    io.input.on("keypress", onKey);
    io.input.resume();
  }
  const hintsBefore = new Set(hintsShown(loadProgress(root).progress, meta.slug));
  const endedBy = await ended;
  clearTimeout(timer);
  clearInterval(ticker);
  interceptSigint(undefined);
  if (io.interactive && io.input.setRawMode) {
    io.input.off("keypress", onKey);
    io.input.setRawMode(false);
    io.input.pause();
  }
  await watcher.close();
  clearStatus();
  // Hints shown from another terminal (`npm run hint`) during the attempt count too.
  for (const n of hintsShown(loadProgress(root).progress, meta.slug)) if (!hintsBefore.has(n)) attemptHints.add(n);
  return { endedBy, passedAfterSeconds, last, attemptHints };
}

/** The follow-up questions and the self-rating, one line each; `save` is called after every answer. */
async function followUps(
  options: InterviewOptions,
  questions: FollowUp[],
  record: Interview,
  save: () => void,
): Promise<void> {
  const { io } = options;
  const rl = createInterface({ input: io.input, output: io.output, terminal: true });
  let closed = false;
  rl.once("close", () => (closed = true));
  const ask = async (prompt: string): Promise<string | undefined> => {
    if (closed) return undefined;
    const answer = rl.question(prompt);
    const stop = new Promise<undefined>((resolve) => rl.once("close", () => resolve(undefined)));
    return Promise.race([answer, stop]).catch(() => undefined);
  };
  interceptSigint(() => rl.close());
  try {
    io.output.write(`\n${pc.bold("Follow-up questions")} ${pc.dim("(answer in a line; an empty line skips; Ctrl-C stops and keeps what you answered)")}\n`);
    for (const [i, { question, answer }] of questions.entries()) {
      io.output.write(`\n${pc.bold(`Q${i + 1}/${questions.length}:`)} ${question}\n`);
      const given = await ask("> ");
      if (given === undefined) return;
      record.answers.push({ question, answer: given.trim() === "" ? null : given.trim() });
      save();
      io.output.write(`${pc.dim("Model answer:")} ${answer}\n`);
    }
    for (;;) {
      const text = await ask(`\n${pc.bold("How did it go?")} again / hard / good / easy (a/h/g/e; empty: from the result) > `);
      if (text === undefined) return;
      if (text.trim() === "") break;
      const rating = parseRating(text);
      if (rating) {
        record.rating = rating;
        save();
        break;
      }
      io.output.write(`"${text.trim()}" is not a rating: answer again, hard, good or easy.\n`);
    }
  } finally {
    interceptSigint(undefined);
    rl.close();
  }
}

export function renderSummary(record: Interview, rating: Rating): string {
  const passed = record.passedAfterSeconds === null ? pc.red("did not pass") : `${pc.green("passed")} after ${formatDuration(record.passedAfterSeconds)}`;
  const budget = `budget ${record.budgetMinutes} min`;
  const kinds = record.byKind ? renderKindScores(record.byKind as KindScores) : `${record.passed}/${record.total}`;
  const answered = record.answers.filter((a) => a.answer !== null).length;
  const lines = [
    "",
    pc.bold(`Interview summary: ${record.slug}`),
    `  result:    ${passed} (${budget}; ended by ${record.endedBy})`,
    `  specs:     ${record.passed}/${record.total} (${kinds})`,
    `  hints:     ${record.hints.length === 0 ? "none" : record.hints.join(", ")}`,
    `  questions: ${answered} answered of ${record.answers.length} asked`,
    `  rating:    ${record.rating ?? `${rating} (from the result: no rating given)`}`,
  ];
  return lines.join("\n");
}

/** Runs one mock interview end to end and returns what was saved. */
export async function runInterview(options: InterviewOptions): Promise<Interview> {
  const { io, meta, root } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const started = Date.now();
  const read = readFollowUps(root, meta.slug);
  const questions = "questions" in read ? read.questions : [];
  io.output.write(`${pc.bold(`Mock interview: ${meta.slug}`)} (${meta.title}): ${options.why}.\n`);
  io.output.write(`Prompt: katas/${meta.slug}/README.md. Your file: katas/${meta.slug}/${meta.slug}.ts. Time: ${options.minutes} min.\n`);
  io.output.write(
    io.interactive
      ? pc.dim("Save your file to be graded (score by kind only: the interviewer does not read you the tests). h: a hint, q or Ctrl-C: finish.\n")
      : pc.dim("Save your file to be graded (score by kind only). Not a terminal: no keys, and the follow-up questions will be skipped.\n"),
  );
  const record: Interview = {
    slug: meta.slug,
    startedAt: startedAt.toISOString(),
    endedAt: startedAt.toISOString(),
    budgetMinutes: options.minutes,
    passedAfterSeconds: null,
    endedBy: "interrupt",
    status: "not started",
    passed: 0,
    total: 0,
    hints: [],
    answers: [],
    rating: null,
  };
  let finalised = false;
  const save = (final = false) => {
    if (finalised) return;
    record.endedAt = now().toISOString();
    updateProgress(root, (progress) => {
      const others = progress.interviews.filter((i) => !(i.slug === record.slug && i.startedAt === record.startedAt));
      const next = { ...progress, interviews: [...others, { ...record, answers: [...record.answers], hints: [...record.hints] }] };
      if (!final) return next;
      const rating = record.rating ?? impliedRating(record);
      const entry = next.katas[meta.slug] ?? { status: record.status, passed: record.passed, total: record.total, hintsShown: [] };
      return { ...next, katas: { ...next.katas, [meta.slug]: { ...entry, review: schedule(entry.review, rating, now()) } } };
    });
    if (final) finalised = true;
  };
  // SIGTERM or SIGHUP at any moment: keep what there is, and schedule the review.
  installSignalCleanup(() => save(true));
  const end = await coding(options, started);
  Object.assign(record, {
    endedBy: end.endedBy,
    passedAfterSeconds: end.passedAfterSeconds,
    hints: [...end.attemptHints].sort((a, b) => a - b),
  });
  if (end.last) {
    record.status = end.last.result.status;
    record.passed = end.last.result.passed;
    record.total = end.last.result.total;
    record.byKind = end.last.result.byKind;
  }
  const reason = { pass: "It passes.", timeout: "Time is up.", interrupt: "Coding stopped." }[end.endedBy];
  io.output.write(`\n${pc.bold(reason)} ${end.last ? renderKindScores(end.last.result.byKind) : "(never graded)"}\n`);
  if (end.last && end.last.result.status !== "passed" && !options.reveal) {
    io.output.write(pc.dim(`(\`npm run grade -- ${meta.slug}\` shows the failing case after the interview)\n`));
  } else if (end.last && options.reveal && end.last.result.status !== "passed") {
    io.output.write(`${renderKataDetail(end.last) ?? ""}\n`);
  }
  save();
  if (questions.length === 0) {
    io.output.write(pc.dim(`(${meta.slug} has no follow-up questions on file)\n`));
  } else if (!io.interactive) {
    io.output.write(pc.dim(`Not a terminal: the ${questions.length} follow-up questions are skipped. Run \`npm run interview -- ${meta.slug}\` in a terminal to answer them.\n`));
  } else {
    await followUps(options, questions, record, () => save());
  }
  save(true);
  const rating = record.rating ?? impliedRating(record);
  const card = loadProgress(root).progress.katas[meta.slug]?.review;
  io.output.write(`${renderSummary(record, rating)}\n`);
  if (card) io.output.write(`  next review: ${card.due.slice(0, 10)} (\`npm run review\` lists what is due)\n`);
  return record;
}
