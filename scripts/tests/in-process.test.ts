/**
 * The learner commands whose end-to-end tests drive them as child processes (try, report, interview; the
 * examples and follow-ups checks of the proof), called here in-process on a sandbox, so that what they promise
 * is also checked where coverage can see it: the examples run on the reference and agree with the prompt, the
 * report renders every section with inline SVG, and a non-interactive interview on a passing file ends by pass,
 * saves its record and schedules the review.
 */
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadManifest, type KataMeta } from "../lib/core/manifest.ts";
import { readFollowUps } from "../lib/core/follow-ups.ts";
import { collectReport, renderReportHtml } from "../lib/compare/report-html.ts";
import { runInterview } from "../lib/learner/interview.ts";
import { loadProgress } from "../lib/learner/progress.ts";
import { checkExamplesRun, renderTry, runExamples } from "../lib/learner/try.ts";
import { checkExamples } from "../lib/proof/examples.ts";
import { checkFollowUps } from "../lib/proof/follow-ups.ts";
import { hashTree, makeSandbox, type Sandbox } from "./sandbox.ts";
import { join } from "node:path";

let sandbox: Sandbox;
let meta: KataMeta;

beforeAll(() => {
  sandbox = makeSandbox({ katas: ["roc-auc"] });
  meta = loadManifest(sandbox.root).katas.find((k) => k.slug === "roc-auc")!;
});
afterAll(() => sandbox.remove());

describe("try and the examples check, in-process", () => {
  it("runs the prompt's examples on the reference, all agreeing, and on the stub, none", async () => {
    const reference = await runExamples(sandbox.root, "roc-auc", "reference");
    const checks = checkExamplesRun(reference);
    expect(checks.length).toBeGreaterThan(2);
    expect(checks.every((c) => c.matches)).toBe(true);
    expect(renderTry("roc-auc", checks)).toMatch(new RegExp(`${checks.length}/${checks.length} examples give the expected value`));
    const stub = checkExamplesRun(await runExamples(sandbox.root, "roc-auc", "learner"));
    expect(stub.some((c) => c.matches)).toBe(false);
    expect(renderTry("roc-auc", stub)).toMatch(/0\/\d+ examples give the expected value/);
  }, 60_000);

  it("the proof's examples and follow-ups checks find nothing to say on a kata that is right", async () => {
    expect(await checkExamples(sandbox.root, ["roc-auc"])).toEqual([]);
    expect(checkFollowUps(sandbox.root, "roc-auc")).toEqual([]);
    const read = readFollowUps(sandbox.root, "roc-auc");
    expect("questions" in read && read.questions.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it("the follow-ups check names a broken file", () => {
    const original = sandbox.read("solutions/roc-auc/follow-ups.json");
    sandbox.write("solutions/roc-auc/follow-ups.json", JSON.stringify({ questions: [{ question: "Why?", answer: "" }] }));
    try {
      expect(checkFollowUps(sandbox.root, "roc-auc").join("\n")).toMatch(/follow-ups\.json/);
    } finally {
      sandbox.write("solutions/roc-auc/follow-ups.json", original);
    }
  });
});

describe("report, in-process", () => {
  it("collects the kata's workloads on both sides and renders one page of inline SVG", async () => {
    const before = hashTree(join(sandbox.root, "katas"));
    const progress = loadProgress(sandbox.root).progress;
    const sections = await collectReport({ root: sandbox.root, katas: [meta], progress });
    expect(sections).toHaveLength(1);
    const html = await renderReportHtml([meta], progress, sections, new Date("2026-12-02T10:00:00Z"));
    expect(html).toContain('id="kata-roc-auc"');
    expect(html).toContain("<svg");
    expect(html).toMatch(/not started/);
    expect(html).not.toMatch(/<script/);
    expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
  }, 120_000);
});

describe("interview, in-process and without a terminal", () => {
  it("a passing file ends the coding part by pass, saves the record and schedules the review", async () => {
    sandbox.write("katas/roc-auc/roc-auc.ts", sandbox.read("solutions/roc-auc/roc-auc.ts"));
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk: Buffer) => (text += chunk.toString()));
    const record = await runInterview({
      root: sandbox.root,
      meta,
      why: "the kata you named",
      minutes: 2,
      io: { input: new PassThrough(), output, interactive: false, liveStatus: false },
    });
    expect(record).toMatchObject({ slug: "roc-auc", endedBy: "pass", status: "passed", answers: [], rating: null });
    expect(text).toContain("Not a terminal: the");
    expect(text).toMatch(/Interview summary: roc-auc/);
    expect(text).toMatch(/rating: +good \(from the result: no rating given\)/);
    const progress = loadProgress(sandbox.root).progress;
    expect(progress.interviews.at(-1)).toMatchObject({ slug: "roc-auc", endedBy: "pass" });
    expect(progress.katas["roc-auc"]!.review!.reps).toBe(1);
  }, 120_000);
});
