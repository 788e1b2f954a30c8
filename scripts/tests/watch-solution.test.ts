/** watch and solution, in-process on a sandbox (the CLI tests run them as a learner would). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSignatures } from "../lib/proof/signatures.ts";
import { emptyKindScores } from "../lib/engine/outcome.ts";
import { loadManifest, type KataMeta } from "../lib/core/manifest.ts";
import { loadProgress, recordHint, saveProgress } from "../lib/learner/progress.ts";
import type { ReportRow } from "../lib/learner/report.ts";
import { renderSolution, showSolution } from "../lib/learner/solution.ts";
import { renderWatchRun, startWatch } from "../lib/learner/watch.ts";
import { hashTree, makeSandbox, processesMentioning, waitFor, type Sandbox } from "./sandbox.ts";
import { addMeanKata, MEAN_LEARNER, MEAN_OK } from "./practice-kata.ts";

const SLUG = "mean-watch";
let sandbox: Sandbox;
let meta: KataMeta;
const setLearner = (code: string) => writeFileSync(join(sandbox.root, "katas", SLUG, `${SLUG}.ts`), code);

beforeAll(async () => {
  sandbox = makeSandbox();
  addMeanKata(sandbox, SLUG, MEAN_LEARNER.nMinusOne, 204, { compare: false });
  meta = loadManifest(sandbox.root).katas.find((k) => k.slug === SLUG)!;
  await generateSignatures(sandbox.root, [SLUG]);
});
afterAll(() => sandbox.remove());

/** Waits until `count` gradings have been reported. */
function collector() {
  const rows: ReportRow[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    rows,
    onGraded(row: ReportRow) {
      rows.push(row);
      for (const w of waiting) if (rows.length >= w.count) w.resolve();
    },
    until(count: number) {
      return new Promise<void>((resolve) => (rows.length >= count ? resolve() : waiting.push({ count, resolve })));
    },
  };
}

describe("watch", () => {
  it("grades at start and on every save, with the diagnosis, then says passed with the time spent", async () => {
    saveProgress(sandbox.root, recordHint(loadProgress(sandbox.root).progress, SLUG, 1, new Date(Date.now() - 12 * 60_000)));
    const output: string[] = [];
    const seen = collector();
    const watcher = startWatch({ root: sandbox.root, meta, write: (t) => output.push(t), onGraded: seen.onGraded, debounceMs: 50 });
    try {
      await watcher.ready;
      expect(seen.rows[0]!.result).toMatchObject({ status: "failing", passed: 1 });
      const first = output.join("");
      expect(first).toMatch(/── \d\d:\d\d:\d\d mean-watch: started, grading…/);
      expect(first).toContain("mean-watch: 1/4 specs pass (correct 0/3 · contract 1/1).");
      expect(first).toContain("This looks like: divides by n - 1 instead of n");
      expect(first).toContain(`Watching katas/${SLUG}/ for changes. Ctrl-C to stop.`);
      setLearner(MEAN_LEARNER.correct);
      await seen.until(2);
      const second = output.join("");
      expect(second).toMatch(/── \d\d:\d\d:\d\d mean-watch: mean-watch\.ts changed, grading…/);
      expect(second).toMatch(/✓ mean-watch passed: 4\/4 specs \(graded in \d+\.\d s\)\. Time on this kata: 1[23] min \(budget 10 min\)\./);
    } finally {
      await watcher.close();
    }
    const progress = loadProgress(sandbox.root).progress;
    expect(progress.history.filter((h) => h.command === "watch")).toHaveLength(2);
    expect(progress.katas[SLUG]!.firstPassedAt).toBeDefined();
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });

  it("polls when asked, reports an infinite loop and goes on, and ignores files that are not TypeScript", async () => {
    setLearner(MEAN_LEARNER.infiniteLoop);
    const output: string[] = [];
    const seen = collector();
    const watcher = startWatch({ root: sandbox.root, meta, poll: true, pollIntervalMs: 100, clear: true, write: (t) => output.push(t), onGraded: seen.onGraded, debounceMs: 50 });
    try {
      await watcher.ready;
      expect(seen.rows[0]!.result.problem).toMatch(/^did not finish/);
      expect(output.join("")).toContain("\x1Bc");
      expect(output.join("")).toContain("(polling)");
      writeFileSync(join(sandbox.root, "katas", SLUG, "notes.txt"), "not code\n");
      setLearner(MEAN_LEARNER.correct);
      await seen.until(2);
      expect(seen.rows[1]!.result.status).toBe("passed");
      // Several saves in a burst, some during a run, end in one more grading of the last version.
      setLearner(MEAN_LEARNER.nMinusOne);
      await new Promise((resolve) => setTimeout(resolve, 400));
      setLearner(MEAN_LEARNER.correct);
      const deadline = Date.now() + 90_000;
      while (!(seen.rows.length >= 3 && seen.rows.at(-1)!.result.status === "passed") && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await watcher.close();
    }
    expect(seen.rows.at(-1)!.result.status).toBe("passed");
    // close() waits for the warm vitest; a worker it had killed may take a moment more to be gone.
    await waitFor(() => processesMentioning(sandbox.root).length === 0, 5_000, "every process of watch to end").catch(() => undefined);
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });

  it("renders a passed run without a start time", () => {
    const row: ReportRow = { meta, result: { slug: SLUG, status: "passed", passed: 4, total: 4, byKind: emptyKindScores(), specs: [] } };
    expect(renderWatchRun(row, undefined, 1.23)).toMatch(/^✓ mean-watch passed: 4\/4 specs \(graded in 1\.2 s\)\.\n/);
  });
});

describe("solution", () => {
  it("stays hidden while the kata fails, shows with --force and a warning, and shows once it passes", async () => {
    const fresh = makeSandbox();
    try {
      addMeanKata(fresh, SLUG, MEAN_LEARNER.nMinusOne, 204, { compare: false });
      const before = hashTree(join(fresh.root, "katas"));
      const hidden = await showSolution(fresh.root, meta, false);
      expect(hidden.code).toBe(1);
      expect(hidden.stdout).toBe("");
      expect(hidden.stderr).toContain("mean-watch does not pass yet (1/4 specs pass), so the reference stays hidden.");
      expect(hidden.stderr).toContain("npm run solution -- mean-watch --force");
      const forced = await showSolution(fresh.root, meta, true);
      expect(forced.code).toBe(0);
      expect(forced.stderr).toMatch(/warning: mean-watch does not pass yet \(1\/4 specs pass\)/);
      expect(forced.stdout).toContain(MEAN_OK.trimEnd());
      expect(forced.stdout).toContain("── solutions/mean-watch/NOTES.md ──\n# Notes on mean");
      expect(loadProgress(fresh.root).progress.katas[SLUG]!.solutionShownAt).toBeDefined();
      writeFileSync(join(fresh.root, "katas", SLUG, `${SLUG}.ts`), MEAN_LEARNER.correct);
      const earned = await showSolution(fresh.root, meta, false);
      expect(earned.code).toBe(0);
      expect(earned.stdout).toMatch(/^Shown because mean-watch passes \(4\/4 specs\)/);
      const again = await showSolution(fresh.root, meta, false); // from the progress file, no grading
      expect(again.stdout).toMatch(/^Shown because you first passed mean-watch on \d{4}-\d\d-\d\d/);
      const after = hashTree(join(fresh.root, "katas"));
      expect([...after.keys()].filter((k) => after.get(k) !== before.get(k))).toEqual([`${SLUG}/${SLUG}.ts`]); // only the edit above
      expect(() => renderSolution(fresh.root, "ghost")).toThrow(/solutions\/ghost\/ghost.ts is missing/);
    } finally {
      fresh.remove();
    }
  });
});
