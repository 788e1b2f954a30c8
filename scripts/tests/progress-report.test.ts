import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KataMeta } from "../lib/manifest.ts";
import type { KataResult } from "../lib/outcome.ts";
import { emptyProgress, loadProgress, progressFile, recordResults, saveProgress } from "../lib/progress.ts";
import { renderFailure, renderReport, reportJson, summarise } from "../lib/report.ts";

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
    const progress = recordResults(emptyProgress(), [result("a", "passed", 3, 3)], new Date("2026-01-02T03:04:05Z"));
    saveProgress(root, progress);
    expect(loadProgress(root).progress).toEqual(progress);
    expect(readdirSync(join(root, ".kata"))).toEqual(["progress.json"]); // no temporary file left
  });

  it("keeps the first date a kata passed", () => {
    const first = recordResults(emptyProgress(), [result("a", "passed", 3, 3)], new Date("2026-01-01T00:00:00Z"));
    const later = recordResults(first, [result("a", "failing", 2, 4), result("b", "not started", 0, 2)], new Date("2026-02-01T00:00:00Z"));
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
    expect(text).toMatch(/│ a +│ metrics │ easy +│ 3\/3 +│ passed/);
    expect(text).toMatch(/│ b .*│ 1\/3 .*│ failing/);
    expect(text).toContain("b: 1/3 specs pass.");
    expect(text).toContain("Problem: your code did not finish");
    expect(text).toContain("  s > ties\n  AUC off\n  input:    labels = [0, 1]\n            scores = [0.5, 0.5]\n  expected: 0.75\n  actual:   0.5");
    expect(text).toContain("c: not started. Read katas/c/README.md");
    expect(text).toContain("Score: 1/3 katas passed, 4/11 specs.");
    expect(text).toContain("Next: b (The b kata, about 20 min)");
  });

  it("congratulates when everything passes, and picks a not-started kata when none is failing", () => {
    expect(renderReport([rows[0]!])).toMatch(/Every kata passes/);
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
    expect(JSON.parse(readFileSync(progressFile(root), "utf8"))).toEqual({ version: 1, katas: {} });
    rmSync(root, { recursive: true, force: true });
  });
});
