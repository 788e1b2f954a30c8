import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KataMeta } from "../lib/core/manifest.ts";
import { emptyKindScores, type KataResult } from "../lib/engine/outcome.ts";
import {
  emptyProgress,
  HISTORY_LIMIT,
  kataHistory,
  loadProgress,
  minutesSince,
  progressFile,
  recordHint,
  recordReset,
  recordResults,
  recordSolutionShown,
  recordStart,
  saveProgress,
  updateProgress,
} from "../lib/learner/progress.ts";
import { renderChanges, renderFailure, renderReport, renderTable, reportJson, summarise } from "../lib/learner/report.ts";

const meta = (slug: string, order: number): KataMeta => ({
  slug,
  title: `The ${slug} kata`,
  track: "metrics",
  difficulty: "easy",
  minutes: 20,
  order,
  summary: "A kata for tests.",
  hints: ["hint one is long", "hint two is long"],
});
const result = (slug: string, status: KataResult["status"], passed: number, total: number): KataResult => ({
  slug,
  status,
  passed,
  total,
  byKind: emptyKindScores(),
  specs: [],
});

describe("progress", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "kata-progress-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("starts empty, saves atomically and reads back", () => {
    expect(loadProgress(root)).toEqual({ progress: emptyProgress() });
    const progress = recordResults(emptyProgress(), [result("a", "passed", 3, 3)], { now: new Date("2026-01-02T03:04:05Z") });
    saveProgress(root, progress);
    expect(loadProgress(root).progress).toEqual(progress);
    expect(readdirSync(join(root, ".kata"))).toEqual(["progress.json"]); // no temporary file left
  });

  it("keeps the first date a kata passed", () => {
    const first = recordResults(emptyProgress(), [result("a", "passed", 3, 3)], { now: new Date("2026-01-01T00:00:00Z") });
    const later = recordResults(first, [result("a", "failing", 2, 4), result("b", "not started", 0, 2)], { now: new Date("2026-02-01T00:00:00Z") });
    expect(later.katas.a).toMatchObject({ status: "failing", firstPassedAt: "2026-01-01T00:00:00.000Z", lastGradedAt: "2026-02-01T00:00:00.000Z" });
    expect(later.katas.b!.firstPassedAt).toBeUndefined();
  });

  it("sets a corrupt file aside with a warning instead of crashing", () => {
    mkdirSync(join(root, ".kata"));
    writeFileSync(progressFile(root), "{ half a file");
    const loaded = loadProgress(root);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.warning).toMatch(/could not be read; it was kept as \.kata\/progress\.json\.corrupt-\d+/);
    expect(existsSync(progressFile(root))).toBe(false);
    writeFileSync(progressFile(root), JSON.stringify({ version: 99, katas: {} }));
    expect(loadProgress(root).warning).toBeDefined();
  });
});

describe("report", () => {
  const rows = [
    { meta: meta("a", 1), result: { ...result("a", "passed", 3, 3) } },
    {
      meta: meta("b", 2),
      result: {
        ...result("b", "failing", 1, 3),
        problem: "did not finish: an infinite loop or very slow code (no progress for 3.0 s)",
        firstFailure: { name: "s > ties", message: "AUC off", input: "labels = [0, 1]\nscores = [0.5, 0.5]", expected: "0.75", actual: "0.5" },
      },
    },
    { meta: meta("c", 3), result: result("c", "not started", 0, 5) },
  ];

  it("prints the table, the first failing case, the score and what to do next", () => {
    const text = renderReport(rows);
    expect(text).toMatch(/│ a +│ metrics │ 3\/3 +│ — +│ — +│ — +│ — +│ passed/);
    expect(text).toMatch(/│ b .*│ 1\/3 .*│ failing/);
    expect(text).toContain("b: 1/3 specs pass.");
    expect(text).toContain("Problem: your code did not finish");
    expect(text).toContain("  s > ties\n  AUC off\n  input:    labels = [0, 1]\n            scores = [0.5, 0.5]\n  expected: 0.75\n  actual:   0.5");
    expect(text).toContain("c: not started. Read katas/c/README.md");
    expect(text).toContain("Score: 1/3 katas passed; specs 4/11.");
    expect(text).toContain("Next: b (The b kata, about 20 min)");
  });

  it("congratulates when everything passes, and picks a not-started kata when none is failing", () => {
    expect(renderReport([rows[0]!])).toMatch(/a passes\. Measure it against the reference/);
    expect(renderReport([rows[0]!, { ...rows[0]!, meta: meta("d", 4) }])).toMatch(/Every kata passes/);
    // A one-kata grading never says "every kata passes" while others were never started.
    const others = [{ meta: meta("c", 3), status: "not graded" as const }];
    expect(renderReport([rows[0]!], { others })).toContain("Next: c (The c kata, about 20 min)");
    expect(summarise([rows[0]!, rows[2]!]).next?.slug).toBe("c");
    expect(renderFailure({ name: "n", message: "m" })).toBe("  n\n  m");
  });

  it("prints machine-readable JSON", () => {
    const data = JSON.parse(reportJson(rows, "learner")) as { katas: { slug: string; status: string; firstFailure: unknown }[]; summary: { katasPassed: number } };
    expect(data.katas.map((k) => [k.slug, k.status])).toEqual([["a", "passed"], ["b", "failing"], ["c", "not started"]]);
    expect(data.katas[0]!.firstFailure).toBeNull();
    expect(data.summary.katasPassed).toBe(1);
  });
});

describe("progress file contents", () => {
  it("is plain, versioned JSON", () => {
    const root = mkdtempSync(join(tmpdir(), "kata-progress-"));
    saveProgress(root, emptyProgress());
    expect(JSON.parse(readFileSync(progressFile(root), "utf8"))).toEqual({ version: 3, katas: {}, history: [], interviews: [] });
    rmSync(root, { recursive: true, force: true });
  });
});

describe("progress, version 3", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "kata-progress-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("records every grading in the history, with hints used", () => {
    let progress = recordHint(emptyProgress(), "a", 2, new Date("2026-01-01T00:00:00Z"));
    progress = recordResults(progress, [result("a", "failing", 1, 3)], { now: new Date("2026-01-01T00:10:00Z"), command: "watch" });
    progress = recordResults(progress, [result("a", "passed", 3, 3), result("b", "not started", 0, 2)], { now: new Date("2026-01-01T00:20:00Z") });
    expect(progress.history).toEqual([
      { at: "2026-01-01T00:10:00.000Z", command: "watch", katas: { a: { status: "failing", passed: 1, total: 3, hintsUsed: 1, byKind: emptyKindScores() } } },
      {
        at: "2026-01-01T00:20:00.000Z",
        command: "grade",
        katas: {
          a: { status: "passed", passed: 3, total: 3, hintsUsed: 1, byKind: emptyKindScores() },
          b: { status: "not started", passed: 0, total: 2, hintsUsed: 0, byKind: emptyKindScores() },
        },
      },
    ]);
    expect(kataHistory(progress, "a").map((h) => h.passed)).toEqual([1, 3]);
    expect(progress.katas.a).toMatchObject({ hintsShown: [2], startedAt: "2026-01-01T00:00:00.000Z", firstPassedAt: "2026-01-01T00:20:00.000Z" });
    expect(progress.katas.b!.startedAt).toBeUndefined(); // "not started" does not start the clock
    expect(minutesSince(progress.katas.a, new Date("2026-01-01T00:30:00Z"))).toBe(30);
    expect(minutesSince(progress.katas.b)).toBeUndefined();
  });

  it("hints count only those shown; start, reset and solution dates are kept once", () => {
    let progress = recordHint(emptyProgress(), "a", 3);
    progress = recordHint(progress, "a", 1);
    progress = recordHint(progress, "a", 3);
    expect(progress.katas.a!.hintsShown).toEqual([1, 3]);
    const started = recordStart(emptyProgress(), "a", new Date("2026-01-01T00:00:00Z"));
    expect(recordStart(started, "a", new Date("2027-01-01T00:00:00Z"))).toBe(started);
    expect(recordReset(started, "a").katas.a!.startedAt).toBeUndefined();
    expect(recordReset(emptyProgress(), "a")).toEqual(emptyProgress());
    const shown = recordSolutionShown(emptyProgress(), "a", new Date("2026-01-01T00:00:00Z"));
    expect(recordSolutionShown(shown, "a")).toBe(shown);
  });

  it("keeps the history bounded", () => {
    let progress = emptyProgress();
    progress = { ...progress, history: Array.from({ length: HISTORY_LIMIT }, (_, i) => ({ at: new Date(i).toISOString(), command: "grade" as const, katas: {} })) };
    progress = recordResults(progress, [result("a", "failing", 1, 2)]);
    expect(progress.history).toHaveLength(HISTORY_LIMIT);
    expect(progress.history.at(-1)!.katas.a).toBeDefined();
  });

  it("upgrades a version 1 file, keeping the old bytes beside it", () => {
    mkdirSync(join(root, ".kata"));
    const v1 = {
      version: 1,
      katas: {
        a: { status: "passed", passed: 3, total: 3, lastGradedAt: "2026-01-01T00:00:00.000Z", firstPassedAt: "2026-01-01T00:00:00.000Z" },
        b: { status: "failing", passed: 1, total: 3, lastGradedAt: "2026-01-01T00:00:00.000Z" },
      },
    };
    writeFileSync(progressFile(root), JSON.stringify(v1));
    const loaded = loadProgress(root);
    expect(loaded.warning).toMatch(/upgraded from version 1 to 3; your results are kept \(the old file is \.kata\/progress\.json\.v1-\d+\)/);
    expect(loaded.progress.katas.a).toEqual({ ...v1.katas.a, hintsShown: [] });
    expect(loaded.progress.history).toEqual([
      {
        at: "2026-01-01T00:00:00.000Z",
        command: "upgrade",
        katas: { a: { status: "passed", passed: 3, total: 3, hintsUsed: 0 }, b: { status: "failing", passed: 1, total: 3, hintsUsed: 0 } },
      },
    ]);
    expect(JSON.parse(readFileSync(progressFile(root), "utf8")).version).toBe(3); // saved upgraded
    expect(loadProgress(root).warning).toBeUndefined();
    const kept = readdirSync(join(root, ".kata")).find((name) => name.startsWith("progress.json.v1-"))!;
    expect(JSON.parse(readFileSync(join(root, ".kata", kept), "utf8"))).toEqual(v1);
  });

  it("upgrades a version 2 file: the highest hint seen becomes hints 1..n, no interviews yet", () => {
    mkdirSync(join(root, ".kata"));
    const v2 = {
      version: 2,
      katas: { a: { status: "failing", passed: 1, total: 3, hintsUsed: 2, lastGradedAt: "2026-01-01T00:00:00.000Z" } },
      history: [{ at: "2026-01-01T00:00:00.000Z", command: "grade", katas: { a: { status: "failing", passed: 1, total: 3, hintsUsed: 2 } } }],
    };
    writeFileSync(progressFile(root), JSON.stringify(v2));
    const loaded = loadProgress(root);
    expect(loaded.warning).toMatch(/upgraded from version 2 to 3; your results are kept \(the old file is \.kata\/progress\.json\.v2-\d+\)/);
    expect(loaded.progress.katas.a).toEqual({ status: "failing", passed: 1, total: 3, hintsShown: [1, 2], lastGradedAt: "2026-01-01T00:00:00.000Z" });
    expect(loaded.progress.history).toEqual(v2.history);
    expect(loaded.progress.interviews).toEqual([]);
  });

  it("reads a version 1 file even when the upgrade cannot be saved", () => {
    mkdirSync(join(root, ".kata"));
    writeFileSync(progressFile(root), JSON.stringify({ version: 1, katas: { a: { status: "failing", passed: 1, total: 3, lastGradedAt: "2026-01-01T00:00:00.000Z" } } }));
    mkdirSync(`${progressFile(root)}.${process.pid}.tmp`); // the temporary file cannot be written (even as root)
    const loaded = loadProgress(root);
    expect(loaded.warning).toMatch(/upgraded file could not be saved \(\w+\)/);
    expect(loaded.progress.katas.a!.passed).toBe(1);
  });

  it("sets aside a file from a newer version, and a version 3 file of the wrong shape", () => {
    mkdirSync(join(root, ".kata"));
    writeFileSync(progressFile(root), JSON.stringify({ version: 4, katas: {}, whatever: true }));
    expect(loadProgress(root).warning).toMatch(/version 4, newer than this repository understands \(3\); it was kept as \.kata\/progress\.json\.v4-\d+/);
    writeFileSync(progressFile(root), JSON.stringify({ version: 3, katas: { a: { status: "done" } }, history: [], interviews: [] }));
    expect(loadProgress(root).warning).toMatch(/could not be read/);
    expect(readdirSync(join(root, ".kata")).filter((n) => n.startsWith("progress.json.")).length).toBe(2);
  });

  it("updateProgress loads, changes and saves", () => {
    const saved = updateProgress(root, (p) => recordHint(p, "a", 1));
    expect(saved.warning).toBeUndefined();
    expect(loadProgress(root).progress.katas.a!.hintsShown.length).toBe(1);
    writeFileSync(progressFile(root), "garbage");
    expect(updateProgress(root, (p) => p).warning).toMatch(/could not be read/);
  });
});

describe("report extras", () => {
  it("shows hints used, a diagnosis, and what changed since the last grading", () => {
    const failing = {
      meta: meta("b", 2),
      result: { ...result("b", "failing", 1, 3), firstFailure: { name: "s > t", message: "off" } },
      hintsUsed: 1,
      diagnosis: { coverage: 1, precision: 1, matches: [{ mistake: "m", summary: "ties are not averaged", hint: 2 }] },
    };
    const text = renderReport([failing], { heading: "Kata progress", changes: [{ slug: "b", before: { passed: 0, total: 3 }, after: { passed: 1, total: 3 } }] });
    expect(text).toMatch(/│ Hints │/);
    expect(text).toMatch(/│ failing │ 1\/2 +│/);
    expect(text).toContain("This looks like: ties are not averaged. Hint 2 addresses it: npm run hint -- b 2");
    expect(text).toContain("Since your last grading: b 0/3 → 1/3.");
    expect(renderChanges([])).toBeUndefined();
    expect(renderChanges([{ slug: "b", before: { passed: 3, total: 3 }, after: { passed: 1, total: 3 } }])).toContain("b 3/3 → 1/3");
    expect(renderTable([{ meta: meta("a", 1), result: result("a", "passed", 1, 1) }])).not.toContain("Hints");
    const json = JSON.parse(reportJson([failing], "learner")) as { katas: { hintsUsed: number; diagnosis: { matches: { mistake: string }[] } }[] };
    expect(json.katas[0]!.hintsUsed).toBe(1);
    expect(json.katas[0]!.diagnosis.matches[0]!.mistake).toBe("m");
  });
});
