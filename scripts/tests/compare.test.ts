/**
 * compare: agreement of outputs, the workload runner (in-process), and both sides in child processes on a
 * sandbox, including learner code that throws, hangs, exits or does not compile.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineComparison, workload, type ComparisonWorkload } from "../kit/compare.ts";
import { checkComparison, compareKata, pairSides, runSide, stopComparisons, type Side, type SideRun } from "../lib/compare/compare.ts";
import { agree, cellsOf, comparisonJson, compareWorkload, formatMs, formatRatio, overallRatio, renderComparison, type ComparisonReport } from "../lib/compare/compare-report.ts";
import { asComparison, describeError, median, runWorkload, runWorkloads, type RunnerMessage } from "../lib/compare/compare-runner.ts";
import { hashTree, makeSandbox, processesMentioning, type Sandbox } from "./sandbox.ts";
import { addMeanKata, MEAN_LEARNER } from "./practice-kata.ts";

describe("agreement of outputs", () => {
  it("exact, close (with the max abs difference), or where they differ", () => {
    const close = { kind: "close", tolerance: 1e-6 } as const;
    expect(agree({ a: [1, 2], b: "x", c: null }, { a: [1, 2], b: "x", c: null }, close)).toEqual({ kind: "exact" });
    expect(agree([1, NaN, Infinity], [1, NaN, Infinity], { kind: "exact" })).toEqual({ kind: "exact" });
    expect(agree(new Float64Array([1, 2.0000001]), [1, 2], close)).toEqual({ kind: "close", maxAbsDiff: expect.closeTo(1e-7, 12) });
    expect(agree([1, 2.5], [1, 2], close)).toEqual({ kind: "differ", where: "[1]", yours: "2.5", reference: "2" });
    expect(agree([1, 2.0000001], [1, 2], { kind: "exact" })).toMatchObject({ kind: "differ", where: "[1]" });
    expect(agree([1, 2], [1, 2, 3], close)).toEqual({ kind: "differ", where: "(the output)", yours: "length 2", reference: "length 3" });
    expect(agree({ fpr: [0] }, { fpr: [0], tpr: [0] }, close)).toEqual({ kind: "differ", where: "(the output)", yours: 'no "tpr"', reference: "[0]" });
    expect(agree({ fpr: [0], x: 1 }, { fpr: [0] }, close)).toMatchObject({ kind: "differ", reference: 'no "x"' });
    expect(agree({ n: Infinity }, { n: 1 }, close)).toMatchObject({ kind: "differ", where: ".n" });
    expect(agree(1, [1], close)).toMatchObject({ kind: "differ" });
    expect(agree("a", "b", close)).toMatchObject({ kind: "differ" });
  });

  it("formats times and ratios", () => {
    expect(formatMs(0.25)).toBe("0.25 ms");
    expect(formatMs(3.14)).toBe("3.1 ms");
    expect(formatMs(42.4)).toBe("42 ms");
    expect(formatMs(1500)).toBe("1.50 s");
    expect(formatRatio(3)).toBe("3.0× slower");
    expect(formatRatio(250)).toBe("250× slower");
    expect(formatRatio(0.5)).toBe("2.0× faster");
    expect(formatRatio(1.02)).toBe("about the same");
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(overallRatio([])).toBeUndefined();
  });
});

describe("the workload runner", () => {
  const base = { name: "w", kind: "case" as const };

  it("times the runs on fresh copies of the input, and computes the view and quality", async () => {
    const seen: number[][] = [];
    const w = workload({
      ...base,
      setup: () => [3, 1, 2],
      run: (xs: number[]) => {
        seen.push([...xs]);
        xs.sort(); // mutation must not leak into the next run
        return xs.length;
      },
      view: (n: number) => ({ n }),
      quality: { name: "n", better: "higher", of: (n: number) => n * 10 },
      repeats: 3,
    });
    let beats = 0;
    const probe = { start: () => {}, stop: () => 1.5 };
    const outcome = await runWorkload(w, () => void beats++, probe);
    expect(outcome).toMatchObject({ ok: true, view: { n: 3 }, quality: 30, peakMb: 1.5 });
    expect(outcome.ok && outcome.timesMs.length).toBe(3);
    expect(seen).toEqual([[3, 1, 2], [3, 1, 2], [3, 1, 2]]);
    expect(beats).toBe(3);
    expect((await runWorkload(w, () => {}, undefined, 1)).ok && "one run").toBe("one run");
  });

  it("reports what threw, where, and keeps a quality that cannot be computed apart", async () => {
    const boom = () => {
      throw new TypeError("values.sum is not a function");
    };
    expect(await runWorkload(workload({ ...base, setup: boom, run: () => 1 }), () => {})).toEqual({ ok: false, where: "setup", error: "TypeError: values.sum is not a function" });
    expect(await runWorkload(workload({ ...base, setup: () => 1, run: boom }), () => {}, { start: () => {}, stop: () => 0 })).toMatchObject({ ok: false, where: "run" });
    expect(await runWorkload(workload({ ...base, setup: () => 1, run: () => 1, view: boom }), () => {})).toMatchObject({ ok: false, where: "view" });
    const badQuality = await runWorkload(workload({ ...base, setup: () => 1, run: () => 1, quality: { name: "q", better: "lower", of: boom } }), () => {});
    expect(badQuality).toMatchObject({ ok: true, qualityError: "TypeError: values.sum is not a function" });
    const notNumber = await runWorkload(
      workload({ ...base, setup: () => 1, run: () => 1, quality: { name: "q", better: "lower", of: () => "x" as unknown as number } }),
      () => {},
    );
    expect(notNumber).toMatchObject({ ok: true, qualityError: "the quality metric is not a number (string)" });
    // An input that cannot be cloned is built again for each run.
    let setups = 0;
    const fn = () => 1;
    const uncloneable = await runWorkload(workload({ ...base, setup: () => (setups++, { fn }), run: () => 1, repeats: 2 }), () => {});
    expect(uncloneable.ok).toBe(true);
    expect(setups).toBe(3);
  });

  it("stops repeating a slow workload", async () => {
    const slow = workload({
      ...base,
      setup: () => 0,
      run: () => {
        const until = performance.now() + 900;
        while (performance.now() < until) {}
        return 1;
      },
    });
    const outcome = await runWorkload(slow, () => {});
    expect(outcome.ok && outcome.timesMs.length).toBe(1);
  });

  it("sends one message per step", async () => {
    const messages: RunnerMessage[] = [];
    const comparison = defineComparison([workload({ ...base, setup: () => 1, run: () => 2, repeats: 1 }), workload({ ...base, name: "v", setup: () => 1, run: () => 3, repeats: 1 })]);
    await runWorkloads(comparison, 1, (m) => void messages.push(m));
    expect(messages.map((m) => m.kind)).toEqual(["loaded", "start", "beat", "result", "done"]);
    expect(messages[0]).toEqual({
      kind: "loaded",
      workloads: [
        { name: "w", kind: "case", agreement: { kind: "close", tolerance: 1e-9 } },
        { name: "v", kind: "case", agreement: { kind: "close", tolerance: 1e-9 } },
      ],
    });
  });

  it("checks what a compare file exports, and describes errors without paths", () => {
    expect(() => asComparison({ workloads: [{ name: "x" }] }, "c.ts")).toThrow(/c.ts must export default defineComparison/);
    expect(() => asComparison(undefined, "c.ts")).toThrow(/defineComparison/);
    const ok: ComparisonWorkload = workload({ name: "x", kind: "case", setup: () => 1, run: () => 1 });
    expect(asComparison({ workloads: [ok] }, "c.ts").workloads).toHaveLength(1);
    expect(describeError(new Error("cannot read /tmp/kata-sandbox-x/katas/a/a.ts:3:1 here"))).toBe("Error: cannot read <path> here");
    expect(describeError("plain")).toBe('threw "plain"');
    expect(describeError(42)).toBe("threw 42");
  });
});

/** The Outputs cell of each workload, unwrapped. */
const outputs = (report: ComparisonReport) => report.workloads.map((w) => cellsOf(w, report.timeoutMs)[1]);

describe("compare, both sides in child processes", () => {
  const SLUG = "mean-cmp";
  let sandbox: Sandbox;
  const setLearner = (code: string) => writeFileSync(join(sandbox.root, "katas", SLUG, `${SLUG}.ts`), code);

  let reference: SideRun;
  /** Runs only the learner's side against the reference run once (halves the time). */
  const compareWith = async (yours: Side = "learner", timeoutMs = 10_000) =>
    pairSides(SLUG, await runSide(sandbox.root, SLUG, yours, timeoutMs), reference, timeoutMs);

  beforeAll(async () => {
    sandbox = makeSandbox();
    addMeanKata(sandbox, SLUG, MEAN_LEARNER.correct, 203);
    reference = await runSide(sandbox.root, SLUG, "reference");
  });
  afterAll(() => sandbox.remove());

  it("lines up a correct learner with the reference, and writes nothing", async () => {
    const before = hashTree(join(sandbox.root, "katas"));
    const progress: string[] = [];
    const report = await compareKata({ root: sandbox.root, slug: SLUG, onProgress: (m) => progress.push(m) });
    expect(progress).toEqual(["running the reference…", "running your code…"]);
    expect(report.workloads.map((w) => [w.info.name, w.agreement?.kind])).toEqual([
      ["mean of 8 numbers", "exact"],
      ["mean of 200,000 numbers", "exact"],
    ]);
    const first = report.workloads[0]!;
    expect(first.yours.ok && first.yours.quality).toBe(4.5);
    expect(first.yours.ok && first.yours.timesMs.length).toBe(5);
    expect(first.yours.ok && typeof first.yours.peakMb).toBe("number");
    const text = renderComparison(report);
    expect(text).toContain(`${SLUG}: your code against the reference, side by side (2 workloads).`);
    expect(text).toContain("agree (exact match)");
    expect(text).toContain("Outputs agree on 2 of 2 workloads.");
    expect(text).toMatch(/Speed: yours is .* the reference overall/);
    expect(text).not.toContain("sum / values.length"); // never the reference's source
    const json = JSON.parse(comparisonJson(report)) as { workloads: { yours: { ok: boolean; runs: number } }[]; speedRatio: number };
    expect(json.workloads[1]!.yours).toMatchObject({ ok: true, runs: 3 });
    expect(json.speedRatio).toBeGreaterThan(0);
    expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });

  it("reports a stub, a wrong answer, a hang and an exit per workload, and leaves no process", async () => {
    const stub = await compareWith("stub");
    expect(stub.workloads[0]!.yours).toEqual({ ok: false, where: "run", error: "NotImplementedError: mean is not implemented yet" });
    expect(outputs(stub)[0]).toBe("your code threw: NotImplementedError: mean is not implemented yet");
    expect(renderComparison(stub)).toContain("Your code failed on 2");

    setLearner(MEAN_LEARNER.nMinusOne);
    const wrong = await compareWith();
    expect(wrong.workloads[0]!.agreement).toEqual({ kind: "differ", where: "(the output)", yours: "5.142857143", reference: "4.5" });
    expect(outputs(wrong)[0]).toBe("DIFFER at (the output): yours 5.142857143, reference 4.5");
    expect(cellsOf(wrong.workloads[0]!, 0)[2]).toBe("mean (higher is better)\n5.142857 / 4.5 (better)"); // a toy metric

    setLearner(MEAN_LEARNER.hangsWhenLarge);
    const started = performance.now();
    const hang = await compareWith("learner", 2_500);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(hang.workloads[0]!.agreement?.kind).toBe("exact");
    expect(hang.workloads[1]!.yours).toEqual({ ok: false, where: "timeout", error: "no progress in 3 s of CPU time" });
    expect(outputs(hang)[1]).toBe("your code did not finish: no progress in 3 s of CPU time (stopped)");

    setLearner(MEAN_LEARNER.exitsWhenLarge);
    const exits = await compareWith();
    expect(exits.workloads[0]!.agreement?.kind).toBe("exact");
    expect(exits.workloads[1]!.yours).toMatchObject({ ok: false, where: "crash", error: expect.stringMatching(/^exit status 7/) });
    expect(outputs(exits)[1]).toMatch(/^your code crashed the process: exit status 7/);
    expect(processesMentioning(sandbox.root)).toEqual([]);
  });

  it("reports code that does not load on every workload", async () => {
    setLearner(MEAN_LEARNER.syntaxError);
    const broken = await compareWith();
    expect(broken.workloads.every((w) => !w.yours.ok && w.yours.where === "load")).toBe(true);
    expect(outputs(broken)[0]).toMatch(/^your code does not load: /);
    setLearner("process.exit(3);\nexport function mean(values: readonly number[]): number { return 0; }\n");
    const exitAtImport = await compareWith();
    expect(exitAtImport.workloads[0]!.yours).toMatchObject({ where: "load", error: expect.stringMatching(/^the process ended while loading \(exit status 3\)/) });
    setLearner(MEAN_LEARNER.correct);
  });

  it("stopComparisons kills a running child (what Ctrl-C does)", async () => {
    setLearner(MEAN_LEARNER.hangsWhenLarge);
    let started!: () => void;
    const second = new Promise<void>((resolve) => (started = resolve));
    const running = runSide(sandbox.root, SLUG, "learner", 60_000, Infinity, (m) => {
      if (m.kind === "start" && m.index === 1) started();
    });
    await second;
    await new Promise((resolve) => setTimeout(resolve, 300));
    stopComparisons();
    const run = await running;
    expect(run.results.get(1)).toMatchObject({ ok: false, where: "crash", error: "killed by SIGKILL" });
    expect(processesMentioning(sandbox.root)).toEqual([]);
    setLearner(MEAN_LEARNER.correct);
  });

  it("the proof's check: workloads run on the reference; a missing or broken file is a problem", async () => {
    expect(await checkComparison(sandbox.root, SLUG)).toEqual([]);
    const file = join(sandbox.root, "katas", SLUG, ".spec", "compare.ts");
    const original = readFileSync(file, "utf8");
    try {
      writeFileSync(file, original.replace('kind: "scale",', 'kind: "scale",\n    quality: { name: "q", better: "lower", of: () => { throw new Error("no q"); } },'));
      expect(await checkComparison(sandbox.root, SLUG)).toEqual([
        `katas/${SLUG}/.spec/compare.ts: workload "mean of 200,000 numbers": quality "q" is not computable on the reference (Error: no q)`,
      ]);
      writeFileSync(file, original.replace("setup: () => [1, 2, 3, 4, 5, 6, 7, 8]", 'setup: () => { throw new Error("no data"); }'));
      expect(await checkComparison(sandbox.root, SLUG)).toEqual([`katas/${SLUG}/.spec/compare.ts: workload "mean of 8 numbers" fails on the reference (setup): Error: no data`]);
      writeFileSync(file, "export default 42;\n");
      expect((await checkComparison(sandbox.root, SLUG))[0]).toMatch(/does not load with the reference: Error: .*must export default defineComparison/);
      await expect(compareKata({ root: sandbox.root, slug: SLUG })).rejects.toThrow(/do not load with the reference/);
      writeFileSync(file, 'import { defineComparison } from "../../../scripts/kit/compare.ts";\nexport default defineComparison([]);\n');
      expect(await checkComparison(sandbox.root, SLUG)).toEqual([`katas/${SLUG}/.spec/compare.ts declares no workloads.`]);
      rmSync(file);
      expect(await checkComparison(sandbox.root, SLUG)).toEqual([
        `katas/${SLUG}/.spec/compare.ts is missing: declare the kata's comparison workloads (its fixtures and a scale case; see scripts/kit/compare.ts).`,
      ]);
      await expect(compareKata({ root: sandbox.root, slug: SLUG })).rejects.toThrow(/declares no comparison workloads/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it("a side that failed is shown as such in every column", () => {
    const info = { name: "w", kind: "case" as const, agreement: { kind: "exact" as const }, quality: { name: "q", better: "lower" as const } };
    const ok = { ok: true as const, view: 1, timesMs: [1], quality: 2 };
    const refFailed = compareWorkload(info, ok, { ok: false, where: "timeout", error: "x" });
    expect(cellsOf(refFailed, 10_000).slice(1)).toEqual(["the reference did not finish: no progress in 10 s of CPU time (stopped)", "q (lower is better)\n2 / —", "— / —", "? / —"]);
    expect(cellsOf(compareWorkload(info, { ...ok, quality: 1 }, ok), 0)[2]).toBe("q (lower is better)\n1 / 2 (better)");
    expect(cellsOf(compareWorkload({ ...info, quality: undefined } as unknown as typeof info, ok, ok), 0)[2]).toBe("—");
    const { quality: _q, ...noQuality } = ok;
    const unmeasured = compareWorkload(info, { ...noQuality, qualityError: "nope" }, ok);
    expect(unmeasured.agreement).toEqual({ kind: "exact" });
    expect(cellsOf(unmeasured, 0)[2]).toBe("q (lower is better)\n? (nope) / 2");
  });
});
