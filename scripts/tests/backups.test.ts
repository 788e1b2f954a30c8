/** reset and its backups, in-process on a sandbox: nothing is ever lost, only the one kata changes. */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  backupsDir,
  confirm,
  countLines,
  declined,
  findBackup,
  formatWhen,
  listBackups,
  planReset,
  renderBackups,
  resetKata,
  restoreBackup,
  writeAtomic,
} from "../lib/learner/backups.ts";
import { signaturesPath } from "../lib/core/signatures.ts";
import { buildSignatures, renderSignatures } from "../lib/proof/signatures.ts";
import { UserError } from "../lib/core/errors.ts";
import { loadProgress, recordStart, saveProgress } from "../lib/learner/progress.ts";
import { hashTree, makeSandbox, type Sandbox } from "./sandbox.ts";
import { addMeanKata, MEAN_LEARNER, MEAN_STUB } from "./practice-kata.ts";

const SLUG = "mean-reset";
let sandbox: Sandbox;
const learner = () => join(sandbox.root, "katas", SLUG, `${SLUG}.ts`);

beforeAll(() => {
  sandbox = makeSandbox();
  addMeanKata(sandbox, SLUG, MEAN_LEARNER.nMinusOne, 202, { compare: false });
});
afterAll(() => sandbox.remove());

describe("reset", () => {
  it("backs up the learner's file, restores the stub, and changes nothing else", () => {
    saveProgress(sandbox.root, recordStart(loadProgress(sandbox.root).progress, SLUG, new Date("2026-01-01T00:00:00Z")));
    const before = hashTree(join(sandbox.root, "katas"));
    expect(planReset(sandbox.root, SLUG)).toEqual({ kind: "reset", lines: 6 });
    const outcome = resetKata(sandbox.root, SLUG, new Date("2026-03-04T05:06:07.089Z"));
    expect(outcome.kind).toBe("reset");
    expect(outcome.backup).toMatchObject({ id: "2026-03-04T05-06-07-089Z", number: 1, lines: 6 });
    expect(readFileSync(outcome.backup!.path, "utf8")).toBe(MEAN_LEARNER.nMinusOne);
    expect(readFileSync(learner(), "utf8")).toBe(MEAN_STUB);
    const after = hashTree(join(sandbox.root, "katas"));
    const changed = [...after.keys()].filter((path) => after.get(path) !== before.get(path));
    expect(changed).toEqual([`${SLUG}/${SLUG}.ts`]);
    expect(loadProgress(sandbox.root).progress.katas[SLUG]!.startedAt).toBeUndefined(); // the clock restarts
    expect(planReset(sandbox.root, SLUG)).toEqual({ kind: "already pristine" });
    expect(resetKata(sandbox.root, SLUG)).toEqual({ kind: "already pristine" });
  });

  it("restores a missing learner file without a backup", () => {
    rmSync(learner());
    expect(planReset(sandbox.root, SLUG)).toEqual({ kind: "missing" });
    expect(resetKata(sandbox.root, SLUG)).toEqual({ kind: "missing" });
    expect(readFileSync(learner(), "utf8")).toBe(MEAN_STUB);
  });

  it("restores a backup, saving the current file first, and lists them", () => {
    writeFileSync(learner(), MEAN_LEARNER.correct);
    const outcome = restoreBackup(sandbox.root, SLUG, undefined, new Date("2026-03-04T06:00:00.000Z"));
    expect(outcome.restored.number).toBe(1);
    expect(outcome.savedCurrent).toMatchObject({ number: 2, id: "2026-03-04T06-00-00-000Z" });
    expect(readFileSync(learner(), "utf8")).toBe(MEAN_LEARNER.nMinusOne);
    expect(readFileSync(outcome.savedCurrent!.path, "utf8")).toBe(MEAN_LEARNER.correct);
    // Restoring the same again changes nothing; restoring #2 does not back up a file that is already backup #1.
    expect(restoreBackup(sandbox.root, SLUG, "1").unchanged).toBe(true);
    const second = restoreBackup(sandbox.root, SLUG, "2026-03-04T06-00-00-000Z");
    expect(second.savedCurrent).toBeUndefined();
    expect(readFileSync(learner(), "utf8")).toBe(MEAN_LEARNER.correct);
    const text = renderBackups(sandbox.root, SLUG);
    expect(text).toContain(`Backups of katas/${SLUG}/${SLUG}.ts, oldest first (in .kata/backups/${SLUG}/):`);
    expect(text).toMatch(/ 1 {2}2026-03-04 \d\d:06:07 {5}6 lines {2}2026-03-04T05-06-07-089Z\n/);
    expect(text).toMatch(/ 2 .* {2}2026-03-04T06-00-00-000Z {2}\(same as your file now\)/);
  });

  it("a backup made in the same millisecond gets its own name", () => {
    const at = new Date("2026-03-04T06:00:00.000Z");
    writeFileSync(learner(), "// another version\n");
    const outcome = resetKata(sandbox.root, SLUG, at);
    expect(outcome.backup!.id).toBe("2026-03-04T06-00-00-000Z-2");
    expect(listBackups(sandbox.root, SLUG).map((b) => b.number)).toEqual([1, 2, 3]);
    expect(findBackup(sandbox.root, SLUG).id).toBe("2026-03-04T06-00-00-000Z-2");
  });

  it("answers unknown backups and an empty list", () => {
    expect(() => findBackup(sandbox.root, SLUG, "9")).toThrow(/There is no backup "9" of mean-reset/);
    rmSync(backupsDir(sandbox.root, SLUG), { recursive: true });
    expect(() => findBackup(sandbox.root, SLUG)).toThrow(UserError);
    expect(renderBackups(sandbox.root, SLUG)).toMatch(/^No backups of katas\/mean-reset\/mean-reset.ts yet/);
    expect(listBackups(sandbox.root, SLUG)).toEqual([]);
  });

  it("refuses to copy a stub that fails its hash guard, and changes nothing", () => {
    writeFileSync(signaturesPath(sandbox.root, SLUG), renderSignatures(buildSignatures(sandbox.root, SLUG, [])));
    writeFileSync(learner(), MEAN_LEARNER.correct);
    const stubPath = join(sandbox.root, "solutions", SLUG, "stub.ts");
    writeFileSync(stubPath, `${MEAN_STUB}export const edited = true;\n`);
    try {
      expect(() => resetKata(sandbox.root, SLUG)).toThrow(/stub.ts is not the pristine stub/);
      expect(readFileSync(learner(), "utf8")).toBe(MEAN_LEARNER.correct);
      expect(existsSync(backupsDir(sandbox.root, SLUG))).toBe(false);
    } finally {
      writeFileSync(stubPath, MEAN_STUB);
    }
    expect(resetKata(sandbox.root, SLUG).kind).toBe("reset");
  });
});

describe("reset helpers", () => {
  it("asks yes or no", async () => {
    const ask = async (text: string | undefined) => {
      const input = new PassThrough();
      const output = new PassThrough();
      const answer = confirm("Go?", input, output);
      if (text === undefined) input.end();
      else input.end(text);
      return answer;
    };
    expect(await ask("y\n")).toBe("yes");
    expect(await ask("YES\n")).toBe("yes");
    expect(await ask("n\n")).toBe("no");
    expect(await ask("\n")).toBe("no");
    expect(await ask(undefined)).toBe("no answer");
    expect(declined("no")).toBe("Nothing changed.\n");
    expect(declined("no answer")).toMatch(/Add --yes/);
  });

  it("counts lines, writes atomically, formats times", () => {
    expect(countLines(Buffer.from(""))).toBe(0);
    expect(countLines(Buffer.from("a\nb"))).toBe(2);
    expect(countLines(Buffer.from("a\nb\n"))).toBe(2);
    const path = join(sandbox.root, "atomic.txt");
    writeAtomic(path, Buffer.from("x"));
    expect(readFileSync(path, "utf8")).toBe("x");
    expect(formatWhen(new Date(2026, 0, 2, 3, 4, 5))).toBe("2026-01-02 03:04:05");
  });
});
