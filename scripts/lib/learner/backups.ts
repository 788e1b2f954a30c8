/**
 * `reset` and its backups. Resetting a kata puts the pristine stub (solutions/<slug>/stub.ts) back in
 * katas/<slug>/<slug>.ts, whatever git says (a learner who committed their work still gets the stub), after
 * saving the current file to .kata/backups/<slug>/<time>.ts (gitignored). Restoring a backup first saves the
 * current file too. Nothing is ever lost: every write into katas/ is preceded by a verified backup of the bytes it
 * replaces, and is atomic (a temporary file, then a rename).
 *
 * Hash guard: solutions/<slug>/signatures.json records the stub's sha256; a stub that no longer matches it (edited
 * by mistake) is refused rather than "restored".
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { basename, join } from "node:path";
import { checkStubHash, sha256 } from "../core/signatures.ts";
import { UserError } from "../core/errors.ts";
import { kataPaths } from "../core/katas.ts";
import { progressDir, recordReset, updateProgress } from "./progress.ts";

export interface Backup {
  /** File name without .ts: the time it was saved, e.g. 2026-11-25T17-50-44-841Z. */
  id: string;
  /** 1 = oldest. */
  number: number;
  path: string;
  savedAt: Date;
  bytes: number;
  lines: number;
  sha256: string;
}

export function backupsDir(root: string, slug: string): string {
  return join(progressDir(root), "backups", slug);
}

function rel(root: string, path: string): string {
  return path.slice(root.length + 1);
}

function idFor(date: Date): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

function dateOf(id: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : new Date(0);
}

/** Backups of a kata's learner file, oldest first. */
export function listBackups(root: string, slug: string): Backup[] {
  const dir = backupsDir(root, slug);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .sort((a, b) => dateOf(a).getTime() - dateOf(b).getTime() || a.length - b.length || a.localeCompare(b))
    .map((name, i) => {
      const path = join(dir, name);
      const bytes = readFileSync(path);
      const id = name.slice(0, -3);
      return {
        id,
        number: i + 1,
        path,
        savedAt: dateOf(id),
        bytes: statSync(path).size,
        lines: countLines(bytes),
        sha256: sha256(bytes),
      };
    });
}

/** Lines in a file (a final newline does not start another line). */
export function countLines(bytes: Buffer): number {
  const text = bytes.toString("utf8");
  if (text.length === 0) return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

/** Writes `bytes` to `path` atomically: a temporary file beside it, then a rename. */
export function writeAtomic(path: string, bytes: Buffer): void {
  const temporary = join(path, "..", `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Saves the learner's current file as a new backup, verified byte for byte. */
export function saveBackup(root: string, slug: string, now = new Date()): Backup {
  const source = kataPaths(root, slug).learnerFile;
  const bytes = readFileSync(source);
  const dir = backupsDir(root, slug);
  mkdirSync(dir, { recursive: true });
  let id = idFor(now);
  for (let n = 2; existsSync(join(dir, `${id}.ts`)); n++) id = `${idFor(now)}-${n}`;
  const path = join(dir, `${id}.ts`);
  writeAtomic(path, bytes);
  if (!readFileSync(path).equals(bytes)) {
    throw new UserError(`Could not save a backup of katas/${slug}/${slug}.ts (${rel(root, path)} differs after writing).`, "Nothing was changed.", 1);
  }
  const backup = listBackups(root, slug).find((b) => b.path === path);
  return backup!;
}

function pristineStub(root: string, slug: string): Buffer {
  const path = kataPaths(root, slug).pristineStub;
  if (!existsSync(path) || checkStubHash(root, slug) === "modified") {
    throw new UserError(
      `solutions/${slug}/stub.ts is not the pristine stub (its sha256 differs from solutions/${slug}/signatures.json), so reset will not copy it.`,
      `Restore it with \`git checkout -- solutions/${slug}/stub.ts\`, then reset again. Your file was not changed.`,
      1,
    );
  }
  return readFileSync(path);
}

export type ResetPlan =
  | { kind: "already pristine" }
  | { kind: "missing" }
  | { kind: "reset"; lines: number };

/** What a reset would do (for the confirmation question); throws if the stub fails its hash guard. */
export function planReset(root: string, slug: string): ResetPlan {
  const stub = pristineStub(root, slug);
  const learner = kataPaths(root, slug).learnerFile;
  if (!existsSync(learner)) return { kind: "missing" };
  const current = readFileSync(learner);
  if (current.equals(stub)) return { kind: "already pristine" };
  return { kind: "reset", lines: countLines(current) };
}

export interface ResetOutcome {
  kind: ResetPlan["kind"];
  backup?: Backup;
}

/** Backs up the learner's file, then restores the pristine stub (and restarts the kata's clock in the progress file). */
export function resetKata(root: string, slug: string, now = new Date()): ResetOutcome {
  const plan = planReset(root, slug);
  const stub = pristineStub(root, slug);
  const learner = kataPaths(root, slug).learnerFile;
  if (plan.kind === "already pristine") return { kind: plan.kind };
  if (plan.kind === "missing") {
    writeAtomic(learner, stub);
    return { kind: plan.kind };
  }
  const backup = saveBackup(root, slug, now);
  writeAtomic(learner, stub);
  updateProgress(root, (progress) => recordReset(progress, slug));
  return { kind: "reset", backup };
}

/** Finds a backup by number (1 = oldest), id, or the latest when none is named. */
export function findBackup(root: string, slug: string, which?: string): Backup {
  const backups = listBackups(root, slug);
  if (backups.length === 0) {
    throw new UserError(`There are no backups of katas/${slug}/${slug}.ts yet.`, `\`npm run reset -- ${slug}\` makes one before resetting.`);
  }
  if (which === undefined) return backups.at(-1)!;
  const found = /^\d+$/.test(which) ? backups.find((b) => b.number === Number(which)) : backups.find((b) => b.id === which || `${b.id}.ts` === which);
  if (!found) {
    throw new UserError(
      `There is no backup "${which}" of ${slug}.`,
      `Pick a number from 1 to ${backups.length} or an id from \`npm run reset -- ${slug} --list\`.`,
    );
  }
  return found;
}

export interface RestoreOutcome {
  restored: Backup;
  /** The backup made of the file that was replaced, unless it was already saved or was the stub. */
  savedCurrent?: Backup;
  unchanged: boolean;
  /** What the file being replaced was. */
  current: CurrentFile;
}

/** What restoring would do with the learner's current file. */
export type CurrentFile =
  | { kind: "missing" }
  | { kind: "same" }
  | { kind: "pristine" }
  | { kind: "backed up"; number: number }
  | { kind: "unsaved" };

/** The state of the learner's file against a backup about to be restored (for the question and the message). */
export function currentFileState(root: string, slug: string, target: Backup): CurrentFile {
  const paths = kataPaths(root, slug);
  if (!existsSync(paths.learnerFile)) return { kind: "missing" };
  const current = readFileSync(paths.learnerFile);
  if (current.equals(readFileSync(target.path))) return { kind: "same" };
  if (existsSync(paths.pristineStub) && current.equals(readFileSync(paths.pristineStub))) return { kind: "pristine" };
  const saved = listBackups(root, slug).find((b) => b.sha256 === sha256(current));
  return saved ? { kind: "backed up", number: saved.number } : { kind: "unsaved" };
}

/** Puts a backup back in katas/<slug>/<slug>.ts, saving the current file first unless it is already safe. */
export function restoreBackup(root: string, slug: string, which?: string, now = new Date()): RestoreOutcome {
  const target = findBackup(root, slug, which);
  const bytes = readFileSync(target.path);
  const paths = kataPaths(root, slug);
  const outcome: RestoreOutcome = { restored: target, unchanged: false, current: currentFileState(root, slug, target) };
  if (outcome.current.kind === "same") return { ...outcome, unchanged: true };
  if (outcome.current.kind === "unsaved") outcome.savedCurrent = saveBackup(root, slug, now);
  writeAtomic(paths.learnerFile, bytes);
  return outcome;
}

/** Local date and time, to the second: 2026-11-25 17:50:44. */
export function formatWhen(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function renderBackups(root: string, slug: string): string {
  const backups = listBackups(root, slug);
  if (backups.length === 0) return `No backups of katas/${slug}/${slug}.ts yet (\`npm run reset -- ${slug}\` makes one before resetting).`;
  const learner = kataPaths(root, slug).learnerFile;
  const current = existsSync(learner) ? sha256(readFileSync(learner)) : undefined;
  const lines = [`Backups of katas/${slug}/${slug}.ts, oldest first (in ${rel(root, backupsDir(root, slug))}/):`];
  for (const b of backups) {
    const same = b.sha256 === current ? "  (same as your file now)" : "";
    lines.push(`  ${String(b.number).padStart(2)}  ${formatWhen(b.savedAt)}  ${String(b.lines).padStart(4)} lines  ${b.id}${same}`);
  }
  lines.push(`Restore one with \`npm run reset -- ${slug} --restore <number>\` (no number: the latest).`);
  return lines.join("\n");
}

export type Answer = "yes" | "no" | "no answer";

/** Asks a yes/no question on the given streams: y/yes is yes; end of input without a line is "no answer". */
export async function confirm(question: string, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<Answer> {
  const rl = createInterface({ input, output, terminal: false });
  try {
    output.write(`${question} [y/N] `);
    const answer = await new Promise<string | undefined>((resolve) => {
      rl.once("line", resolve);
      rl.once("close", () => resolve(undefined));
    });
    if (answer === undefined) {
      output.write("\n");
      return "no answer";
    }
    if (!(input as { isTTY?: boolean }).isTTY) output.write(`${answer}\n`); // a terminal echoes it already
    return /^\s*y(es)?\s*$/i.test(answer) ? "yes" : "no";
  } finally {
    rl.close();
  }
}

/** What to print when the learner did not say yes. */
export function declined(answer: Answer): string {
  return answer === "no answer"
    ? "No answer (standard input is closed), so nothing changed. Add --yes to go ahead without being asked.\n"
    : "Nothing changed.\n";
}
