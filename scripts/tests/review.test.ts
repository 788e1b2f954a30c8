/** The review schedule (FSRS via ts-fsrs) and the interview's choice of kata, with an injected clock. */
import { describe, expect, it } from "vitest";
import type { KataMeta } from "../lib/core/manifest.ts";
import { emptyKindScores } from "../lib/engine/outcome.ts";
import { parseRating, renderInterviewRun, renderSummary } from "../lib/learner/interview.ts";
import { emptyProgress, recordResults, type Interview, type Progress } from "../lib/learner/progress.ts";
import { dueKatas, impliedRating, pickInterviewKata, reviewReason, schedule, scheduled } from "../lib/learner/review.ts";

const day = 86_400_000;
const t0 = new Date("2026-12-01T09:00:00Z");
const meta = (slug: string, order: number, track: KataMeta["track"] = "metrics"): KataMeta => ({
  slug,
  title: `The ${slug} kata`,
  track,
  difficulty: "easy",
  minutes: 30,
  order,
  summary: "A kata for tests.",
  hints: ["hint one is long", "hint two is long"],
});
const katas = [meta("a", 1), meta("b", 2), meta("c", 3, "ranking"), meta("d", 4, "ranking")];

function interview(slug: string, at: Date, over: Partial<Interview> = {}): Interview {
  return {
    slug,
    startedAt: at.toISOString(),
    endedAt: at.toISOString(),
    budgetMinutes: 30,
    passedAfterSeconds: 600,
    endedBy: "pass",
    status: "passed",
    passed: 4,
    total: 4,
    hints: [],
    answers: [],
    rating: "good",
    ...over,
  };
}

function withReview(progress: Progress, slug: string, rating: "again" | "hard" | "good" | "easy", at: Date, over: Partial<Interview> = {}): Progress {
  const entry = progress.katas[slug] ?? { status: "passed" as const, passed: 4, total: 4, hintsShown: [] };
  return {
    ...progress,
    interviews: [...progress.interviews, interview(slug, at, { rating, ...over })],
    katas: { ...progress.katas, [slug]: { ...entry, review: schedule(entry.review, rating, at) } },
  };
}

describe("the review schedule", () => {
  it("schedules in whole days, longer for easier ratings, and grows with each good review", () => {
    const due = (rating: "again" | "hard" | "good" | "easy") => (new Date(schedule(undefined, rating, t0).due).getTime() - t0.getTime()) / day;
    expect([due("again"), due("hard"), due("good"), due("easy")]).toEqual([1, 2, 3, 8]);
    const first = schedule(undefined, "good", t0);
    const second = schedule(first, "good", new Date(first.due));
    expect(new Date(second.due).getTime() - new Date(first.due).getTime()).toBeGreaterThan(3 * day);
    expect(second.reps).toBe(2);
    const lapse = schedule(second, "again", new Date(second.due));
    expect(lapse.lapses).toBe(1);
  });

  it("lists what is due, most overdue first, with the reason", () => {
    let progress = emptyProgress();
    progress = withReview(progress, "a", "good", t0); // due on day 3
    progress = withReview(progress, "b", "again", t0, { passedAfterSeconds: null, status: "failing", passed: 1 }); // day 1
    progress = withReview(progress, "c", "hard", t0); // day 2
    expect(dueKatas(katas, progress, new Date(t0.getTime() + 0.5 * day))).toEqual([]);
    const now = new Date(t0.getTime() + 2.5 * day);
    const due = dueKatas(katas, progress, now);
    expect(due.map((d) => d.meta.slug)).toEqual(["b", "c"]);
    expect(due[0]!.reason).toBe("failed last time (1/4), last seen 2 days ago");
    expect(due[1]!.reason).toBe("rated hard, last seen 2 days ago");
    expect(reviewReason(progress, "a", now)).toBe("last seen 2 days ago");
    expect(reviewReason(progress, "d", now)).toBe("never interviewed");
    expect(scheduled(katas, progress).map((s) => s.meta.slug)).toEqual(["b", "c", "a"]);
  });

  it("derives a rating from the result when none is given", () => {
    expect(impliedRating({ passedAfterSeconds: null, budgetMinutes: 30, hints: [] })).toBe("again");
    expect(impliedRating({ passedAfterSeconds: 2000, budgetMinutes: 30, hints: [] })).toBe("hard");
    expect(impliedRating({ passedAfterSeconds: 600, budgetMinutes: 30, hints: [2] })).toBe("hard");
    expect(impliedRating({ passedAfterSeconds: 600, budgetMinutes: 30, hints: [] })).toBe("good");
    expect(parseRating(" E ")).toBe("easy");
    expect(parseRating("hrd")).toBeUndefined();
  });
});

describe("which kata an interview takes", () => {
  it("the most overdue review first; else an unsolved kata from the weakest track; else the soonest review", () => {
    let progress = emptyProgress();
    // Nothing done: the weakest track is a tie at 0%, so the first in order.
    expect(pickInterviewKata(katas, progress, t0)).toMatchObject({ meta: { slug: "a" }, why: "not solved yet, from your weakest track (metrics: 0% of its katas passed)" });
    // a passed: metrics is at 50%, ranking at 0%: ranking's first kata.
    progress = recordResults(progress, [{ slug: "a", status: "passed", passed: 4, total: 4, byKind: emptyKindScores(), specs: [] }], { now: t0 });
    expect(pickInterviewKata(katas, progress, t0)!.meta.slug).toBe("c");
    // A review due wins.
    progress = withReview(progress, "a", "again", t0);
    const picked = pickInterviewKata(katas, progress, new Date(t0.getTime() + 1.5 * day))!;
    expect(picked.meta.slug).toBe("a");
    expect(picked.why).toMatch(/^due for review \(rated again, last seen 1 day ago\)$/);
  });
});

describe("what an interview shows", () => {
  it("a grading shows the score by kind only; the summary says how it went", () => {
    const failing = {
      meta: meta("a", 1),
      result: {
        slug: "a",
        status: "failing" as const,
        passed: 1,
        total: 2,
        byKind: { ...emptyKindScores(), correct: { passed: 0, total: 1 }, contract: { passed: 1, total: 1 } },
        specs: [],
        firstFailure: { name: "secret > case", message: "off", input: "x = [1]" },
      },
    };
    const text = renderInterviewRun(failing, 1.25);
    expect(text).toBe("not yet: correct 0/1 · contract 1/1 (graded in 1.3 s)");
    expect(text).not.toContain("secret");
    const summary = renderSummary(interview("a", t0, { hints: [1, 3], answers: [{ question: "q?", answer: "x" }, { question: "r?", answer: null }], rating: null }), "hard");
    expect(summary).toContain("result:    passed after 10 min 0 s (budget 30 min; ended by pass)");
    expect(summary).toContain("hints:     1, 3");
    expect(summary).toContain("questions: 1 answered of 2 asked");
    expect(summary).toContain("rating:    hard (from the result: no rating given)");
  });
});
