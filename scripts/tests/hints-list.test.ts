/** Hints, the list and the solution gate, in-process. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chooseHint, parseHintNumber, renderHint, takeHint, wrap } from "../lib/learner/hints.ts";
import { listEntries, renderList, trend } from "../lib/learner/list.ts";
import type { KataMeta } from "../lib/core/manifest.ts";
import { emptyKindScores, type KataResult } from "../lib/engine/outcome.ts";
import { emptyProgress, loadProgress, recordHint, recordResults } from "../lib/learner/progress.ts";
import { MEAN_HINTS } from "./practice-kata.ts";

const meta: KataMeta = {
  slug: "mean",
  title: "Mean",
  track: "metrics",
  difficulty: "easy",
  minutes: 10,
  order: 7,
  summary: "Compute the mean.",
  hints: MEAN_HINTS,
};
const result = (status: KataResult["status"], passed: number): KataResult => ({ slug: "mean", status, passed, total: 4, byKind: emptyKindScores(), specs: [] });

describe("hints", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "kata-hints-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("shows the next hint each time, remembers it, and says when there are no more", () => {
    const first = takeHint(root, meta);
    expect(first.text).toContain("mean, hint 1 of 3:\n  The mean is the sum");
    expect(first.text).toContain("Hints used: 1 of 3 (shown in `npm run grade`). Next hint: `npm run hint -- mean`.");
    expect(takeHint(root, meta).text).toContain("hint 2 of 3");
    expect(takeHint(root, meta).text).toContain("Hints used: 3 of 3: that was the last one.");
    const none = takeHint(root, meta).text;
    expect(none).toContain("you have seen all 3 hints");
    expect(loadProgress(root).progress.katas.mean!.hintsShown.length).toBe(3);
  });

  it("shows a given hint, counting only the hints actually shown, and says 'seen before' only for those", () => {
    expect(takeHint(root, meta, 2).text).toContain("hint 2 of 3:");
    expect(loadProgress(root).progress.katas.mean!.hintsShown).toEqual([2]);
    // Hint 1 was never shown: not "seen before", and the next hint is 1, not 3.
    expect(takeHint(root, meta, 1).text).toContain("hint 1 of 3:\n");
    expect(takeHint(root, meta, 2).text).toContain("hint 2 of 3 (seen before):");
    expect(loadProgress(root).progress.katas.mean!.hintsShown).toEqual([1, 2]);
    expect(takeHint(root, meta).text).toContain("hint 3 of 3:");
  });

  it("after a hint asked for by number, the next hint is the first one not shown", () => {
    takeHint(root, meta, 3);
    expect(takeHint(root, meta).text).toContain("hint 1 of 3:");
    expect(takeHint(root, meta).text).toContain("hint 2 of 3:");
    expect(takeHint(root, meta).text).toContain("you have seen all 3 hints");
  });

  it("answers a bad hint number as a usage error", () => {
    expect(() => chooseHint(meta, [], 4)).toThrow(/mean has 3 hints: there is no hint "4"/);
    expect(() => chooseHint(meta, [], 0)).toThrow(/there is no hint "0"/);
    expect(() => parseHintNumber("two")).toThrow(/"two" is not a hint number/);
    expect(parseHintNumber("2")).toBe(2);
    expect(parseHintNumber(undefined)).toBeUndefined();
    expect(chooseHint(meta, [1, 2, 3])).toEqual({ kind: "no more", total: 3 });
    expect(renderHint(meta, { kind: "no more", total: 3 }, 3)).toContain("npm run hint -- mean <1-3>");
  });

  it("wraps long hints", () => {
    expect(wrap("aaa bbb ccc", 9, "  ")).toBe("  aaa bbb\n  ccc");
    expect(wrap("", 9)).toBe("");
  });
});

describe("list", () => {
  it("shows every kata with status, hints used, first-passed date and recent scores", () => {
    let progress = recordHint(emptyProgress(), "mean", 2);
    for (const [i, passed] of [0, 1, 1, 3, 4].entries()) {
      progress = recordResults(progress, [result(passed === 4 ? "passed" : "failing", passed)], { now: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    }
    const other = { ...meta, slug: "other", order: 8 };
    const text = renderList([meta, other], progress);
    expect(text).toMatch(/│ 7 │ mean +│ metrics │ easy +│ 10 +│ passed +│ 4\/4 +│ — · — · — · — +│ 1\/3 +│ 2026-01-01 \d\d:04:00 │ 0 → 1 → 3 → 4 │ +│/);
    expect(text).toMatch(/│ 8 │ other +│ .*│ not graded │ +│ +│ 0\/3 +│ +│ +│ +│/);
    expect(text).toContain("1/2 katas passed.");
    const entries = listEntries([meta, other], progress);
    expect(entries[0]).toMatchObject({ slug: "mean", status: "passed", passed: 4, total: 4, hintsUsed: 1, gradings: 5, nextReview: null });
    expect(entries[1]).toMatchObject({ status: "not graded", passed: null, firstPassedAt: null });
    expect(trend(progress, "mean", 2)).toBe("… 3 → 4");
    expect(trend(progress, "other")).toBe("");
  });
});
