/** Shared plumbing for the CLI entry points: error handling, exit codes and signal clean-up. */
import { Command, CommanderError } from "commander";
import pc from "picocolors";
import { UserError } from "./errors.ts";
import { stopAllRuns } from "../engine/run-specs.ts";
import { stopWarmGraders } from "../engine/warm.ts";

/** Exit status for usage errors (unknown kata, unknown flag, bad value). */
export const USAGE_EXIT = 2;

/** A commander program whose usage errors exit with status 2 and suggest the closest flag or command. */
export function createProgram(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .showSuggestionAfterError(true)
    .showHelpAfterError(pc.dim(`(run with --help for usage)`))
    .configureOutput({ outputError: (text, write) => write(pc.red(text)) })
    .exitOverride((error: CommanderError) => {
      runCleanups(); // a child started before the arguments were parsed (grade's early vitest) ends with us
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") process.exit(0);
      process.exit(USAGE_EXIT);
    });
}

let cleanupInstalled = false;
const cleanups = new Set<() => void>();
let sigintHandler: (() => void) | undefined;

/**
 * While set, Ctrl-C (SIGINT) calls `handler` instead of stopping the command (interview mode: Ctrl-C ends the
 * coding part and goes on to the questions). `undefined` restores the default. SIGTERM and SIGHUP always stop.
 */
export function interceptSigint(handler: (() => void) | undefined): void {
  sigintHandler = handler;
}

/** Runs every registered clean-up once (also for commands that end on their own after stopping children). */
export function runCleanups(): void {
  stopAllRuns();
  stopWarmGraders();
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Clean-ups never stop the others.
    }
  }
}

/** Exit status after each signal: 128 + its number. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/**
 * On Ctrl-C, SIGTERM (an IDE or a CI runner stopping the task) or SIGHUP (the terminal closed): stop every child
 * process group, run the registered clean-ups (temporary folders), say so, exit 129 / 130 / 143. `extra` adds a
 * clean-up; calling this again only adds clean-ups.
 */
export function installSignalCleanup(extra?: () => void): void {
  if (extra) cleanups.add(extra);
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // The parent died without telling us (a shell between npm and this process, killed by a signal): stop as on
  // SIGHUP, so that no child outlives the command.
  const parent = process.ppid;
  if (parent > 1) {
    setInterval(() => {
      if (process.ppid === parent) return;
      runCleanups();
      process.exit(129);
    }, 200).unref();
  }
  for (const [signal, code] of Object.entries(SIGNAL_EXIT) as [NodeJS.Signals, number][]) {
    const handler = () => {
      if (signal === "SIGINT" && sigintHandler) {
        sigintHandler();
        return;
      }
      process.off(signal, handler);
      runCleanups();
      if (signal !== "SIGHUP") process.stderr.write(`\nStopped (${signal}). Your files were not changed.\n`);
      process.exit(code);
    };
    process.on(signal, handler);
  }
}

/** Runs a CLI main function: user errors print one clear message (no stack) and set the exit status. */
export async function runMain(main: () => Promise<number | void>): Promise<void> {
  installSignalCleanup();
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (error) {
    stopAllRuns();
    if (error instanceof UserError) {
      process.stderr.write(`${pc.red("error:")} ${error.message}\n`);
      if (error.hint) process.stderr.write(`${error.hint}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${pc.red("internal error:")} ${message}\n`);
    if (process.env.KATA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write("Set KATA_DEBUG=1 to see the stack trace, and please report it.\n");
    process.exitCode = 1;
  }
}
