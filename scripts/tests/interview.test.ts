/**
 * Interview mode, driven for real in a pseudo-terminal (tmux send-keys / capture-pane): a mock interview where the
 * kata passes mid-way, one that times out, one interrupted with Ctrl-C, and one with no terminal at all. Each
 * asserts the screen, the progress file and that no process is left. The review schedule's arithmetic is tested
 * in-process with an injected clock (review.test.ts).
 *
 * tmux is installed by .ci/run; without it the terminal cases are skipped, loudly.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateSignatures } from "../lib/proof/signatures.ts";
import type { Progress } from "../lib/learner/progress.ts";
import { addMeanKata, MEAN_FOLLOW_UPS, MEAN_STUB } from "./practice-kata.ts";
import { hashTree, makeSandbox, processesMentioning, waitFor, type Sandbox } from "./sandbox.ts";

const SLUG = "mean-iv";
const hasTmux = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0;
if (!hasTmux) {
  process.stderr.write("\n*** interview.test.ts: tmux is not installed, so the terminal cases are SKIPPED (apt-get install tmux; .ci/run does) ***\n\n");
}

let sandbox: Sandbox;
const socket = `kata-test-${process.pid}`;

function tmux(...args: string[]): string {
  return spawnSync("tmux", ["-L", socket, ...args], { encoding: "utf8" }).stdout;
}

function screen(session: string): string {
  return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);
}

async function screenShows(session: string, pattern: RegExp, timeoutMs = 90_000): Promise<void> {
  await waitFor(() => pattern.test(screen(session)), timeoutMs, `${pattern} on the screen:\n${screen(session)}`);
}

/** Starts `npm run interview` (its node command) in a fresh tmux session in the sandbox. */
function startInterview(session: string, args: string[]): void {
  // A learner's terminal: no CI variable (CI runners set it, and the interview then draws no live status line).
  const command = `cd ${sandbox.root} && env -u CI -u NO_COLOR FORCE_COLOR=0 ${process.execPath} --import tsx scripts/interview.ts ${args.join(" ")}; echo "EXITED $?"; sleep 600`;
  tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "60", command);
}

function progress(): Progress {
  return JSON.parse(sandbox.read(".kata/progress.json")) as Progress;
}

function setLearner(file: string): void {
  copyFileSync(join(sandbox.root, file), join(sandbox.root, "katas", SLUG, `${SLUG}.ts`));
}

/** The interview's processes (not tmux's own server, whose command line names the sandbox too). */
function interviewProcesses(): number[] {
  return processesMentioning(sandbox.root).filter((pid) => {
    try {
      return !readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("tmux");
    } catch {
      return false;
    }
  });
}

async function noProcessLeft(session: string): Promise<void> {
  tmux("kill-session", "-t", session);
  await waitFor(() => interviewProcesses().length === 0, 5_000, "every process of the interview to end");
}

beforeAll(async () => {
  sandbox = makeSandbox({ katas: [] });
  addMeanKata(sandbox, SLUG, MEAN_STUB, 300);
  await generateSignatures(sandbox.root, [SLUG]);
}, 120_000);

// A failed case must not leave its interview running into the next one (its processes would be counted there).
afterEach(async () => {
  if (!hasTmux) return;
  tmux("kill-server");
  await waitFor(() => interviewProcesses().length === 0, 10_000, "the last case's processes to end").catch(() => undefined);
});

afterAll(() => {
  if (hasTmux) tmux("kill-server");
  sandbox.remove();
});

describe.skipIf(!hasTmux)("a mock interview in a terminal", () => {
  it("passes mid-way: follow-ups answered, model answers shown, rating saved, review scheduled, nothing left running", async () => {
    const before = hashTree(join(sandbox.root, "katas"));
    setLearner(`solutions/${SLUG}/mistakes/divides-by-n-minus-one.ts`);
    const session = "pass";
    startInterview(session, [SLUG, "--minutes", "5"]);
    await screenShows(session, /Mock interview: mean-iv .*: the kata you named\./);
    await screenShows(session, /not yet: correct 0\/3 · contract 1\/1/);
    // The interviewer does not read out the failing case.
    expect(screen(session)).not.toMatch(/expected|input:/);
    await screenShows(session, /⏱ \d+:\d\d left · correct 0\/3 · contract 1\/1 · h hint · q finish/);
    tmux("send-keys", "-t", session, "h");
    await screenShows(session, /mean-iv, hint 1 of 3:/);
    setLearner(`solutions/${SLUG}/${SLUG}.ts`);
    await screenShows(session, /✓ passes: correct 3\/3 · contract 1\/1/);
    await screenShows(session, /Q1\/3: Why divide by n and not by n - 1 here\?/);
    tmux("send-keys", "-t", session, "the sample variance needs n - 1, the mean does not", "Enter");
    await screenShows(session, /Model answer: The mean of the values given/);
    await screenShows(session, /Q2\/3:/);
    tmux("send-keys", "-t", session, "", "Enter");
    await screenShows(session, /Q3\/3:/);
    tmux("send-keys", "-t", session, "it is undefined", "Enter");
    await screenShows(session, /How did it go\?/);
    tmux("send-keys", "-t", session, "meh", "Enter");
    await screenShows(session, /"meh" is not a rating/);
    tmux("send-keys", "-t", session, "easy", "Enter");
    await screenShows(session, /EXITED 0/);
    const text = screen(session);
    expect(text).toMatch(/Interview summary: mean-iv/);
    expect(text).toMatch(/result: +passed after \d+ (min \d+ )?s \(budget 5 min; ended by pass\)/);
    expect(text).toMatch(/specs: +4\/4 \(correct 3\/3 · contract 1\/1\)/);
    expect(text).toMatch(/hints: +1\n/);
    expect(text).toMatch(/questions: +2 answered of 3 asked/);
    expect(text).toMatch(/rating: +easy/);
    expect(text).toMatch(/next review: \d{4}-\d\d-\d\d/);
    const interview = progress().interviews.at(-1)!;
    expect(interview).toMatchObject({ slug: SLUG, endedBy: "pass", status: "passed", passed: 4, total: 4, hints: [1], rating: "easy" });
    expect(interview.passedAfterSeconds).toBeGreaterThan(0);
    expect(interview.answers.map((a) => a.answer)).toEqual(["the sample variance needs n - 1, the mean does not", null, "it is undefined"]);
    expect(interview.answers.map((a) => a.question)).toEqual(MEAN_FOLLOW_UPS.map((q) => q.question));
    expect(progress().katas[SLUG]!.review!.reps).toBe(1);
    expect(progress().history.some((g) => g.command === "interview")).toBe(true);
    await noProcessLeft(session);
    // Nothing under katas/ was written by the interview (only by this test, through setLearner).
    const after = hashTree(join(sandbox.root, "katas"));
    after.delete(`${SLUG}/${SLUG}.ts`);
    before.delete(`${SLUG}/${SLUG}.ts`);
    expect(after).toEqual(before);
  }, 240_000);

  it("times out: the questions still come, the result is 'did not pass'", async () => {
    setLearner(`solutions/${SLUG}/mistakes/no-empty-check.ts`);
    const repsBefore = existsSync(join(sandbox.root, ".kata", "progress.json")) ? (progress().katas[SLUG]?.review?.reps ?? 0) : 0;
    const session = "timeout";
    startInterview(session, [SLUG, "--minutes", "0.25"]);
    await screenShows(session, /the algorithm works, the contract is incomplete: correct 3\/3 · contract 0\/1/);
    await screenShows(session, /Time is up\./, 120_000);
    await screenShows(session, /Q1\/3:/);
    for (let i = 0; i < 3; i++) {
      tmux("send-keys", "-t", session, "", "Enter");
      if (i < 2) await screenShows(session, new RegExp(`Q${i + 2}/3:`));
    }
    await screenShows(session, /How did it go\?/);
    tmux("send-keys", "-t", session, "", "Enter");
    await screenShows(session, /EXITED 0/);
    expect(screen(session)).toMatch(/result: +did not pass \(budget 0\.25 min; ended by timeout\)/);
    expect(screen(session)).toMatch(/rating: +again \(from the result: no rating given\)/);
    const interview = progress().interviews.at(-1)!;
    expect(interview).toMatchObject({ endedBy: "timeout", passedAfterSeconds: null, rating: null, status: "contract incomplete" });
    expect(progress().katas[SLUG]!.review!.reps).toBe(repsBefore + 1);
    await noProcessLeft(session);
  }, 240_000);

  it("Ctrl-C ends the coding part, a second Ctrl-C ends the questions: what was answered is saved, no process left", async () => {
    setLearner(`solutions/${SLUG}/mistakes/sum-not-mean.ts`);
    const session = "interrupt";
    startInterview(session, [SLUG, "--minutes", "5"]);
    await screenShows(session, /not yet: correct 1\/3 · contract 1\/1/);
    tmux("send-keys", "-t", session, "C-c");
    await screenShows(session, /Coding stopped\./);
    await screenShows(session, /Q1\/3:/);
    tmux("send-keys", "-t", session, "one answer", "Enter");
    await screenShows(session, /Q2\/3:/);
    tmux("send-keys", "-t", session, "C-c");
    await screenShows(session, /EXITED 0/);
    const interview = progress().interviews.at(-1)!;
    expect(interview).toMatchObject({ endedBy: "interrupt", passedAfterSeconds: null, status: "failing" });
    expect(interview.answers).toEqual([{ question: MEAN_FOLLOW_UPS[0]!.question, answer: "one answer" }]);
    await noProcessLeft(session);
  }, 240_000);
});

describe("a mock interview with no terminal", () => {
  it("skips the questions with a note, ends at the time limit, saves the attempt and leaves no process", async () => {
    setLearner(`solutions/${SLUG}/mistakes/no-empty-check.ts`);
    const count = existsSync(join(sandbox.root, ".kata", "progress.json")) ? progress().interviews.length : 0;
    const result = await sandbox.start("scripts/interview.ts", [SLUG, "--minutes", "0.1"], { timeoutMs: 120_000 }).done;
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Not a terminal: no keys, and the follow-up questions will be skipped.");
    expect(result.stdout).toMatch(/Time is up\./);
    expect(result.stdout).toContain("Not a terminal: the 3 follow-up questions are skipped.");
    expect(result.stdout).not.toContain("\x1b[2K"); // plain lines, no status line redrawn in place
    const interview = progress().interviews.at(-1)!;
    expect(progress().interviews.length).toBe(count + 1);
    expect(interview).toMatchObject({ endedBy: "timeout", answers: [], rating: null });
    await waitFor(() => interviewProcesses().length === 0, 5_000, "every process to end");
  }, 180_000);
});
