/**
 * The proof's diagnosis check (scripts/lib/proof/diagnosis-corpus.ts), in-process on roc-auc's stored signatures:
 * every mistake alone is named, no pair and no correct solution gets a wrong name, and each trial's header is read
 * and held to what the diagnosis says: a right trial counts, a wrong expectation, an unknown mistake and a missing
 * header are problems that say what to fix. No spec runs here: results are built from the signatures.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadManifest, type KataMeta } from "../lib/core/manifest.ts";
import { readSignatures, type SignatureFile } from "../lib/core/signatures.ts";
import { emptyKindScores, type KataResult } from "../lib/engine/outcome.ts";
import { proveDiagnosis, trialExpectation } from "../lib/proof/diagnosis-corpus.ts";
import type { KataVerdict } from "../lib/proof/honesty.ts";
import { makeSandbox, type Sandbox } from "./sandbox.ts";

const SLUG = "roc-auc";
let sandbox: Sandbox;
let meta: KataMeta;
let signatures: SignatureFile;

beforeAll(() => {
  sandbox = makeSandbox();
  meta = loadManifest(sandbox.root).katas.find((kata) => kata.slug === SLUG)!;
  signatures = readSignatures(sandbox.root, SLUG)!;
});
afterAll(() => sandbox.remove());

/** A result of roc-auc in which exactly these specs fail. */
function failing(names: readonly string[]): KataResult {
  const specs = signatures.specs.map((spec) => ({ name: spec.name, file: spec.file, passed: !names.includes(spec.name) }));
  const passed = specs.filter((spec) => spec.passed).length;
  return { slug: SLUG, status: passed === specs.length ? "passed" : "failing", passed, total: specs.length, byKind: emptyKindScores(), specs };
}

function verdict(trials: KataVerdict["trials"] = []): KataVerdict {
  const reference = failing([]);
  return { slug: SLUG, reference, stub: reference, mistakes: [], alternatives: [{ name: "another", result: reference }], trials };
}

describe("proveDiagnosis", () => {
  it("names every stored mistake alone, and no pair or correct solution wrongly", () => {
    const mistakes = Object.keys(signatures.mistakes).filter((name) => signatures.mistakes[name]!.length > 0);
    expect(mistakes.length).toBeGreaterThanOrEqual(4);
    const { figures, problems, notes } = proveDiagnosis(sandbox.root, [meta], [verdict()]);
    expect(figures.singles).toEqual({ right: mistakes.length, total: mistakes.length });
    // every pair, plus the reference and the alternative
    expect(figures.falseDiagnoses).toEqual({ wrong: 0, total: (mistakes.length * (mistakes.length - 1)) / 2 + 2 });
    expect(problems).toEqual([]);
    expect(notes[0]).toBe(
      `single mistakes: top-1 ${mistakes.length}/${mistakes.length} (100.0%); false diagnoses on pairs, references and alternatives: ` +
        `0/${figures.falseDiagnoses.total} (0.0%); trials right: 0/0`,
    );
  });

  it("holds each trial to its header, and says what to fix when it is wrong", () => {
    const [first, second] = Object.keys(signatures.mistakes).filter((name) => signatures.mistakes[name]!.length > 0) as [string, string];
    const trials = join(sandbox.root, "solutions", SLUG, "trials");
    mkdirSync(trials, { recursive: true });
    const header = (answer: string) => `/** Trial: a realistic attempt written for this test. Expect: ${answer} */\nexport {};\n`;
    sandbox.write(`solutions/${SLUG}/trials/right.ts`, header(`${first} | ${second}`));
    sandbox.write(`solutions/${SLUG}/trials/clean.ts`, header("none"));
    sandbox.write(`solutions/${SLUG}/trials/wrong.ts`, header(second));
    sandbox.write(`solutions/${SLUG}/trials/unknown.ts`, header("no-such-mistake | none"));
    sandbox.write(`solutions/${SLUG}/trials/bare.ts`, "export {};\n");
    expect(trialExpectation(sandbox.root, SLUG, "right")).toEqual([first, second]);
    expect(trialExpectation(sandbox.root, SLUG, "bare")).toBeUndefined();

    const asFirst = failing(signatures.mistakes[first]!);
    const result = proveDiagnosis(sandbox.root, [meta], [
      verdict([
        { name: "right", result: asFirst },
        { name: "clean", result: failing([]) },
        { name: "wrong", result: asFirst },
        { name: "unknown", result: failing([]) },
        { name: "bare", result: asFirst },
      ]),
    ]);
    expect(result.figures.trials).toEqual({ right: 3, total: 5 });
    expect(result.problems).toEqual([
      `solutions/${SLUG}/trials/wrong.ts: the diagnosis is ${first}, but the trial expects ${second}.`,
      `solutions/${SLUG}/trials/unknown.ts expects no-such-mistake, which is not a mistake of ${SLUG}.`,
      `solutions/${SLUG}/trials/bare.ts must start with a one-line header: /** Trial: <what it does>. Expect: <mistake> | none */`,
    ]);
  });
});
