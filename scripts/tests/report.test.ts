/**
 * `npm run report` opened in a real browser: headless Chromium (the system's package, driven by playwright-core
 * with its path: no browser download). One report holds a passing kata, a kata still at its stub and a kata whose
 * code hangs. The page must load with no console error and no request leaving the file, show every section, and
 * give every chart an SVG with data marks and an accessible title; a screenshot of each section is written to the
 * test's temporary folder. `.ci/run` installs Chromium; without it these tests are skipped, loudly.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lib/core/root.ts";
import { addMeanKata, MEAN_LEARNER } from "./practice-kata.ts";
import { hashTree, makeSandbox, processesMentioning, type Sandbox } from "./sandbox.ts";

const CHROMIUM = process.env.KATA_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  process.stderr.write(`\n*** report.test.ts: Chromium is not at ${CHROMIUM}, so the browser tests are SKIPPED (apt-get install chromium; .ci/run does) ***\n\n`);
}

let sandbox: Sandbox;
let browser: Browser | undefined;
let reportPath: string;
let output: string;
let seconds: number;

beforeAll(async () => {
  sandbox = makeSandbox({ katas: ["roc-auc", "precision-at-k"] });
  // roc-auc passes (the reference as the learner's file); precision-at-k is the pristine stub; mean-hang hangs.
  sandbox.write("katas/roc-auc/roc-auc.ts", readFileSync(join(repoRoot, "solutions/roc-auc/roc-auc.ts"), "utf8"));
  addMeanKata(sandbox, "mean-hang", MEAN_LEARNER.hangsWhenLarge, 300);
  const before = hashTree(join(sandbox.root, "katas"));
  reportPath = join(sandbox.folder("out"), "report.html");
  const started = performance.now();
  const result = sandbox.run("scripts/report.ts", ["--out", reportPath, "--timeout", "3"], { timeoutMs: 180_000 });
  seconds = (performance.now() - started) / 1000;
  output = result.stdout + result.stderr;
  expect(result.status, output).toBe(0);
  expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
  if (hasChromium) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  sandbox.remove();
});

describe("npm run report", () => {
  it("writes one page, says where, leaves no process behind and never writes under katas/", () => {
    expect(output).toMatch(/Report written to .*report\.html \(3 katas, [\d.]+ s\)/);
    expect(statSync(reportPath).size).toBeGreaterThan(10_000);
    expect(processesMentioning(sandbox.root)).toEqual([]);
    const html = readFileSync(reportPath, "utf8");
    expect(html).not.toMatch(/<script|https?:\/\/(?!vega\.github\.io|www\.w3\.org)/); // no script, nothing remote
    process.stdout.write(`report of 3 katas written in ${seconds.toFixed(1)} s\n`);
  });

  it("refuses to write under katas/", () => {
    const result = sandbox.run("scripts/report.ts", ["--out", "katas/report.html"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/inside katas\//);
  });
});

describe.skipIf(!hasChromium)("the report in a real browser", () => {
  it("loads offline with no console error, shows every section, and every chart has data marks and a title", async () => {
    const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`file://${reportPath}`);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("file://") && !url.startsWith("data:"))).toEqual([]);
    const sections = ["progress", "kata-roc-auc", "kata-precision-at-k", "kata-mean-hang"];
    for (const id of sections) expect(await page.locator(`#${id}`).count(), id).toBe(1);
    const charts = await page.locator("figure svg").evaluateAll((svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector("title")?.textContent ?? "",
        label: svg.getAttribute("aria-label") ?? "",
        marks: svg.querySelectorAll("g[class*='mark-'] path, g[class*='mark-'] rect, g[class*='mark-'] circle").length,
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      expect(chart.title.length, JSON.stringify(chart)).toBeGreaterThan(5);
      expect(chart.label).toBe(chart.title);
      expect(chart.marks, chart.title).toBeGreaterThan(0);
    }
    // A passing kata: both sides drawn and measured; a stub: "not started"; a hang: the plain reason.
    const roc = await page.locator("#kata-roc-auc").innerText();
    expect(roc).toMatch(/ROC curve on imbalanced-20k\.json/);
    expect(roc).toMatch(/yours\s+area under your curve 0\.96\d+ · [\d.]+ (ms|s)/);
    expect(roc).toMatch(/reference\s+area under your curve 0\.96\d+/);
    expect(await page.locator("#kata-precision-at-k").innerText()).toMatch(/Not started: your file is still the pristine stub/);
    expect(await page.locator("#kata-mean-hang").innerText()).toMatch(/Yours: your code did not finish: no progress in 3 s of CPU time \(stopped\)/);
    const shots = sandbox.folder("screenshots");
    for (const id of sections) {
      const path = join(shots, `${id}.png`);
      await page.locator(`#${id}`).screenshot({ path });
      expect(statSync(path).size, path).toBeGreaterThan(5_000);
    }
    process.stdout.write(`report screenshots: ${shots}\n`);
    await page.close();
  }, 120_000);
});
