/**
 * npm run reset -- <kata> [--yes]              back up your file, then restore the pristine stub
 * npm run reset -- <kata> --list               list the backups
 * npm run reset -- <kata> --restore [number]   put a backup back (the latest by default), backing up the current file
 *
 * Backups live in .kata/backups/<kata>/ (gitignored). Nothing is ever lost. Asks before changing your file unless
 * --yes. Exit status 0 when done, 1 when you answered no or the stub failed its hash guard, 2 for a usage error.
 */
import pc from "picocolors";
import { confirm, currentFileState, declined, findBackup, formatWhen, planReset, renderBackups, resetKata, restoreBackup, type CurrentFile } from "./lib/learner/backups.ts";
import { createProgram, runMain } from "./lib/core/cli.ts";
import { UserError } from "./lib/core/errors.ts";
import { selectKatas } from "./lib/core/katas.ts";
import { loadManifest } from "./lib/core/manifest.ts";
import { repoRoot } from "./lib/core/root.ts";

async function main(): Promise<number> {
  const program = createProgram("reset", "Restore a kata's pristine stub (after backing up your file), or restore a backup.")
    .argument("<kata>", "the kata")
    .option("-y, --yes", "do not ask for confirmation")
    .option("--list", "list the backups of your file")
    .option("--restore [backup]", "restore a backup: its number from --list, or the latest")
    .parse(process.argv);
  const options = program.opts<{ yes?: boolean; list?: boolean; restore?: string | true }>();
  const [meta] = selectKatas(loadManifest(repoRoot), [program.args[0]!]);
  const slug = meta!.slug;
  const file = `katas/${slug}/${slug}.ts`;
  if (options.list && options.restore !== undefined) throw new UserError("Use --list or --restore, not both.");

  if (options.list) {
    process.stdout.write(`${renderBackups(repoRoot, slug)}\n`);
    return 0;
  }

  if (options.restore !== undefined) {
    const which = options.restore === true ? undefined : options.restore;
    const backup = findBackup(repoRoot, slug, which);
    const state = currentFileState(repoRoot, slug, backup);
    const first: Record<CurrentFile["kind"], string> = {
      missing: "There is no current file to lose.",
      same: "",
      pristine: "Your current file is the pristine stub: nothing to back up.",
      "backed up": `Your current file is already saved as backup ${state.kind === "backed up" ? state.number : 0}.`,
      unsaved: "Your current file is backed up first.",
    };
    if (!options.yes && state.kind !== "same") {
      const answer = await confirm(`Replace ${file} with backup ${backup.number} (${formatWhen(backup.savedAt)})? ${first[state.kind]}`);
      if (answer !== "yes") {
        process.stdout.write(declined(answer));
        return 1;
      }
    }
    const outcome = restoreBackup(repoRoot, slug, which);
    if (outcome.unchanged) {
      process.stdout.write(`${file} is already the same as backup ${backup.number}; nothing changed.\n`);
      return 0;
    }
    if (outcome.savedCurrent) process.stdout.write(`Saved your current file as backup ${outcome.savedCurrent.number} (.kata/backups/${slug}/${outcome.savedCurrent.id}.ts).\n`);
    else if (outcome.current.kind === "pristine") process.stdout.write("Your file was the pristine stub: no backup was needed.\n");
    else if (outcome.current.kind === "backed up") process.stdout.write(`Your file was already saved as backup ${outcome.current.number}: no new backup was needed.\n`);
    process.stdout.write(`${pc.green("Restored")} ${file} from backup ${backup.number} (${formatWhen(backup.savedAt)}).\n`);
    return 0;
  }

  const plan = planReset(repoRoot, slug);
  if (plan.kind === "already pristine") {
    process.stdout.write(`${file} is already the pristine stub; nothing to do.\n`);
    return 0;
  }
  if (plan.kind === "reset" && !options.yes) {
    const answer = await confirm(`Reset ${file} to the pristine stub? Your ${plan.lines}-line file is saved to .kata/backups/${slug}/ first.`);
    if (answer !== "yes") {
      process.stdout.write(declined(answer));
      return 1;
    }
  }
  const outcome = resetKata(repoRoot, slug);
  if (outcome.backup) {
    process.stdout.write(`Saved your file as backup ${outcome.backup.number}: .kata/backups/${slug}/${outcome.backup.id}.ts\n`);
  }
  process.stdout.write(`${pc.green("Reset")} ${file} to the pristine stub (solutions/${slug}/stub.ts).\n`);
  if (outcome.backup) process.stdout.write(`Undo with \`npm run reset -- ${slug} --restore\`.\n`);
  return 0;
}

await runMain(main);
