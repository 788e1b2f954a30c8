/**
 * Diagnosis end to end on a sandbox: signatures derived from the mistakes (the honesty rounds), stored, checked
 * for staleness, and matched against a learner's failing set by `grade`'s machinery.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnose, mistakeSummary, renderDiagnosis } from "../lib/learner/diagnosis.ts";
import { checkStubHash, readSignatures, signaturesPath } from "../lib/core/signatures.ts";
import { buildSignatures, checkMistakeHints, checkSignatures, generateSignatures, renderSignatures } from "../lib/proof/signatures.ts";
import { emptyKindScores } from "../lib/engine/outcome.ts";
import { loadManifest, parseManifest } from "../lib/core/manifest.ts";
import type { KataResult } from "../lib/engine/outcome.ts";
import { gradeLearner } from "../lib/learner/session.ts";
import { hashTree, makeSandbox, type Sandbox } from "./sandbox.ts";
import { addMeanKata, MEAN_LEARNER, MEAN_SIGNATURES } from "./practice-kata.ts";

const SLUG = "mean-diag";
let sandbox: Sandbox;

beforeAll(() => {
  sandbox = makeSandbox();
  addMeanKata(sandbox, SLUG, MEAN_LEARNER.nMinusOne, 201);
});
afterAll(() => sandbox.remove());

const meta = () => loadManifest(sandbox.root).katas.find((k) => k.slug === SLUG)!;

function failingResult(names: string[], total = 4): KataResult {
  return {
    slug: SLUG,
    status: "failing",
    passed: total - names.length,
    total,
    byKind: emptyKindScores(),
    specs: names.map((name) => ({ name, file: "f", passed: false })),
  };
}

describe("signatures", () => {
  it("are derived from the mistakes and written with the stub's hash", async () => {
    const rounds: string[] = [];
    const [generated] = await generateSignatures(sandbox.root, [SLUG], (done, total) => rounds.push(`${done}/${total}`));
    expect(generated).toMatchObject({ slug: SLUG, changed: true, mistakes: 3, problems: [] });
    expect(rounds.at(-1)).toMatch(/^(\d+)\/\1$/); // progress reports end with every spec file run
    const stored = readSignatures(sandbox.root, SLUG)!;
    expect(stored.mistakes).toEqual(MEAN_SIGNATURES);
    expect(stored.stubSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(checkStubHash(sandbox.root, SLUG)).toBe("pristine");
  });

  it("a stored signature that no longer matches is stale, and says how to fix it", () => {
    const fresh = Object.entries(MEAN_SIGNATURES).map(([name, failing]) => ({ name, failing }));
    const reference = readSignatures(sandbox.root, SLUG)!.specs;
    expect(reference.map((s) => s.kind)).toEqual(["correct", "correct", "correct", "contract"]);
    expect(checkSignatures(sandbox.root, SLUG, fresh, reference)).toEqual([]);
    expect(checkSignatures(sandbox.root, SLUG, fresh, reference.slice(1))[0]).toMatch(/the kata's specs \(names, kinds or files\) changed/);
    const changed = fresh.map((m) => (m.name === "sum-not-mean" ? { ...m, failing: ["mean > averages negatives"] } : m));
    expect(checkSignatures(sandbox.root, SLUG, changed, reference)).toEqual([
      `${SLUG}: stale signature for mistake "sum-not-mean" (solutions/${SLUG}/signatures.json): run npm run signatures -- ${SLUG}`,
    ]);
    const added = [...fresh, { name: "new-mistake", failing: ["mean > averages one number"] }];
    expect(checkSignatures(sandbox.root, SLUG, added, reference)[0]).toMatch(/stale signature for mistake "new-mistake"/);
  });

  it("leaves complexity/scale specs out of the staleness check (their results can depend on the machine's load)", () => {
    const path = signaturesPath(sandbox.root, SLUG);
    const original = readFileSync(path, "utf8");
    const specs = [
      { name: "mean > averages a few numbers", file: `katas/${SLUG}/.spec/mean.spec.ts`, kind: "correct" },
      { name: "scale > a million numbers", file: `katas/${SLUG}/.spec/scale.spec.ts`, kind: "scale" },
      { name: "complexity > linear", file: `katas/${SLUG}/.spec/complexity.spec.ts`, kind: "scale" },
    ];
    const fresh = Object.entries(MEAN_SIGNATURES).map(([name, failing]) => ({ name, failing }));
    try {
      const stored = buildSignatures(sandbox.root, SLUG, fresh.map((m) => (m.name === "sum-not-mean" ? { ...m, failing: [...m.failing, "scale > a million numbers"] } : m)), specs);
      expect(stored.timingSensitive).toEqual(["complexity > linear", "scale > a million numbers"]);
      writeFileSync(path, renderSignatures(stored));
      // On an idle machine the slow mistake finishes in time: not stale.
      expect(checkSignatures(sandbox.root, SLUG, fresh, specs)).toEqual([]);
      // Any other change still is.
      const changed = fresh.map((m) => (m.name === "no-empty-check" ? { ...m, failing: [] } : m));
      expect(checkSignatures(sandbox.root, SLUG, changed, specs)).toEqual([
        `${SLUG}: stale signature for mistake "no-empty-check" (solutions/${SLUG}/signatures.json): run npm run signatures -- ${SLUG}`,
      ]);
      // So is a different set of complexity/scale specs.
      expect(checkSignatures(sandbox.root, SLUG, fresh, specs.slice(0, 2))).toContain(
        `${SLUG}: the complexity/scale specs changed since solutions/${SLUG}/signatures.json was written: run npm run signatures -- ${SLUG}`,
      );
    } finally {
      writeFileSync(path, original);
    }
  });

  it("notices a missing file, a file for another kata and a changed stub", () => {
    const path = signaturesPath(sandbox.root, SLUG);
    const original = readFileSync(path, "utf8");
    const stubPath = join(sandbox.root, "solutions", SLUG, "stub.ts");
    const stub = readFileSync(stubPath, "utf8");
    const fresh = Object.entries(MEAN_SIGNATURES).map(([name, failing]) => ({ name, failing }));
    const reference = readSignatures(sandbox.root, SLUG)!.specs;
    try {
      writeFileSync(stubPath, `${stub}// edited\n`);
      expect(checkStubHash(sandbox.root, SLUG)).toBe("modified");
      expect(checkSignatures(sandbox.root, SLUG, fresh, reference)).toEqual([
        `${SLUG}: solutions/${SLUG}/stub.ts changed since its hash was recorded (solutions/${SLUG}/signatures.json): if intended, run npm run signatures -- ${SLUG}`,
      ]);
      writeFileSync(stubPath, stub);
      writeFileSync(path, JSON.stringify({ ...JSON.parse(original), kata: "other" }));
      expect(checkSignatures(sandbox.root, SLUG, fresh)[0]).toMatch(/belongs to "other"/);
      writeFileSync(path, "{ not json");
      expect(readSignatures(sandbox.root, SLUG)).toBeUndefined();
      rmSync(path);
      expect(checkStubHash(sandbox.root, SLUG)).toBe("unrecorded");
      expect(checkSignatures(sandbox.root, SLUG, fresh)).toEqual([`${SLUG}: solutions/${SLUG}/signatures.json is missing or not valid (version 2): run npm run signatures -- ${SLUG}`]);
    } finally {
      writeFileSync(stubPath, stub);
      writeFileSync(path, original);
    }
  });
});

describe("diagnosis", () => {
  it("grade's machinery names the mistake and the hint that addresses it, and changes no learner byte", async () => {
    const before = hashTree(join(sandbox.root, "katas"));
    const grading = await gradeLearner({ root: sandbox.root, katas: [meta()], command: "grade" });
    const row = grading.rows[0]!;
    expect(row.result).toMatchObject({ status: "failing", passed: 1, total: 4 });
    expect(row.diagnosis).toEqual({
      coverage: 1, precision: 1,
      matches: [{ mistake: "divides-by-n-minus-one", summary: "divides by n - 1 instead of n (the sample variance's correction, misplaced)", hint: 2 }],
    });
    expect(renderDiagnosis(SLUG, row.diagnosis!)).toBe(
      `This looks like: divides by n - 1 instead of n (the sample variance's correction, misplaced). Hint 2 addresses it: npm run hint -- ${SLUG} 2`,
    );
    expect(hashTree(join(sandbox.root, "katas"))).toEqual(before);
    expect(grading.progress.history.at(-1)!.katas[SLUG]).toMatchObject({ status: "failing", passed: 1, total: 4, hintsUsed: 0, byKind: { correct: { passed: 0, total: 3 }, contract: { passed: 1, total: 1 } } });
  });

  it("matches a close failing set, names equally close mistakes together, and stays quiet otherwise", () => {
    const m = meta();
    const signatures = buildSignatures(sandbox.root, SLUG, Object.entries(MEAN_SIGNATURES).map(([name, failing]) => ({ name, failing })));
    // Two of the three specs of divides-by-n-minus-one, which are also exactly sum-not-mean's: sum-not-mean wins.
    expect(diagnose(sandbox.root, m, failingResult(["mean > averages a few numbers", "mean > averages negatives"]), signatures)!.matches.map((x) => x.mistake)).toEqual([
      "sum-not-mean",
    ]);
    // Close, not exact: 3 of 4 failing specs are divides-by-n-minus-one's.
    const close = diagnose(sandbox.root, m, failingResult([...MEAN_SIGNATURES["divides-by-n-minus-one"], "mean > rejects an empty list"]), signatures)!;
    expect(close.matches[0]!.mistake).toBe("divides-by-n-minus-one");
    expect(close.coverage).toBe(1);
    // Nothing close: a spec no mistake fails.
    expect(diagnose(sandbox.root, m, failingResult(["mean > something else"]), signatures)).toBeUndefined();
    // Passing, not started, or no signatures: no diagnosis.
    expect(diagnose(sandbox.root, m, { ...failingResult([]), status: "passed" }, signatures)).toBeUndefined();
    expect(diagnose(sandbox.root, m, { ...failingResult(["x"]), status: "not started" }, signatures)).toBeUndefined();
    expect(diagnose(sandbox.root, m, failingResult(["x"]), undefined)).toBeUndefined();
    expect(diagnose(sandbox.root, m, { ...failingResult([]), specs: [{ name: "a", file: "f", passed: true }] }, signatures)).toBeUndefined();
    // Two mistakes with the same signature are named together, with both hints.
    const twins = { ...signatures, mistakes: { ...signatures.mistakes, "twin-of-sum": MEAN_SIGNATURES["sum-not-mean"] } };
    const both = diagnose(sandbox.root, { ...m, mistakeHints: { ...m.mistakeHints, "twin-of-sum": 3 } }, failingResult(MEAN_SIGNATURES["sum-not-mean"]), twins)!;
    expect(both.matches.map((x) => x.mistake)).toEqual(["sum-not-mean", "twin-of-sum"]);
    expect(renderDiagnosis(SLUG, both)).toBe(
      `This looks like: returns the sum, forgetting to divide by the count — or: twin of sum. Hints 1 and 3 address these: npm run hint -- ${SLUG} 1`,
    );
    expect(renderDiagnosis(SLUG, { coverage: 1, precision: 1, matches: [{ mistake: "x", summary: "something" }] })).toBe("This looks like: something.");
  });

  it("a mistake's summary comes from its header", () => {
    expect(mistakeSummary(sandbox.root, SLUG, "no-empty-check")).toBe("returns NaN for an empty list instead of throwing a RangeError");
    expect(mistakeSummary(sandbox.root, SLUG, "not-a-file")).toBe("not a file");
  });
});

describe("mistake-to-hint mapping", () => {
  it("every mistake maps to an existing hint, and every mapping names a mistake", () => {
    const m = meta();
    expect(checkMistakeHints(sandbox.root, m)).toEqual([]);
    expect(checkMistakeHints(sandbox.root, { ...m, mistakeHints: { "sum-not-mean": 1, "no-empty-check": 9, ghost: 1 } })).toEqual([
      `${SLUG}: mistake "divides-by-n-minus-one" has no hint: add "divides-by-n-minus-one": <number of the hint that addresses it> to "mistakeHints" of ${SLUG} in katas/manifest.json.`,
      `${SLUG}: mistake "no-empty-check" points to hint 9, but ${SLUG} has 3 hints.`,
      `${SLUG}: "mistakeHints" names "ghost", which is not in solutions/${SLUG}/mistakes/: remove it or fix the name.`,
    ]);
    const { mistakeHints: _none, ...withoutMapping } = m;
    expect(checkMistakeHints(sandbox.root, withoutMapping)).toHaveLength(3);
  });

  it("the manifest rejects a hint number past the kata's hints", () => {
    const entry = { ...meta(), order: 1 };
    expect(() => parseManifest({ katas: [{ ...entry, mistakeHints: { "sum-not-mean": 4 } }] })).toThrow(/mistakeHints.sum-not-mean: hint 4 does not exist \(mean-diag has 3 hints\)/);
    expect(() => parseManifest({ katas: [{ ...entry, mistakeHints: { "bad name!": 1 } }] })).toThrow(/mistakeHints\.bad name!: Invalid key/);
  });

});
