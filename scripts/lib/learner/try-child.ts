/**
 * Child process of `npm run try` (learner/try.ts): imports katas/<kata>/.spec/examples.ts (whose `#impl/<kata>`
 * is the learner's file, or the reference under the `kata-reference` condition), evaluates its examples in order
 * from a given index and sends each value to the parent over IPC. The parent enforces time limits and restarts
 * this process after an example that hangs or crashes. Runs only as a child (excluded from coverage; the logic it
 * relies on is in try.ts and kit/examples.ts).
 */
import { pathToFileURL } from "node:url";
import { isExample, renderExamples, shownValue, type Examples } from "../../kit/examples.ts";
import { describeError } from "../compare/compare-runner.ts";
import { toCloneable, type TryMessage } from "./try.ts";

const [file, fromText] = process.argv.slice(2) as [string, string];
const from = Number(fromText);

function send(message: TryMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

// The parent is gone (killed outright): do not outlive it.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) process.exit(1);
}, 250).unref();

let examples: Examples | undefined;
try {
  const module = (await import(pathToFileURL(file).href)) as { default?: Examples };
  if (!module.default || !Array.isArray(module.default.entries)) throw new Error(`${file} must export default defineExamples(impl, [...])`);
  examples = module.default;
} catch (error) {
  await send({ kind: "load-error", message: describeError(error) });
}

if (examples) {
  const { entries, options } = examples;
  await send({
    kind: "loaded",
    codes: entries.map((e) => (isExample(e) ? e.code : null)),
    rendered: renderExamples(examples),
    expected: entries.flatMap((e, index) =>
      isExample(e) ? [{ index, expected: toCloneable(e.expected), shown: shownValue(e), tolerance: e.tolerance ?? 1e-9 }] : [],
    ),
  });
  const scope: Record<string, unknown> = { ...examples.impl, ...options.scope };
  const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "default");
  const present = options.present ?? ((value: unknown) => value);
  const run = async (index: number, body: () => unknown): Promise<void> => {
    if (index < from) return;
    await send({ kind: "start", index });
    try {
      const value = await body();
      await send({ kind: "result", index, ok: true, value: toCloneable(present(value)) });
    } catch (error) {
      await send({ kind: "result", index, ok: false, error: describeError(error) });
    }
  };
  const lines = [`const { ${names.join(", ")} } = __scope;`];
  entries.forEach((entry, index) => {
    if ("setup" in entry) lines.push(entry.setup);
    else if (isExample(entry)) lines.push(`await __run(${index}, () => (${entry.code}));`);
  });
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  try {
    await new AsyncFunction("__scope", "__run", lines.join("\n"))(scope, run);
  } catch (error) {
    // A setup statement threw (it calls the kata's code): the examples after it cannot run.
    await send({ kind: "setup-error", message: describeError(error) });
  }
}
await send({ kind: "done" });
process.disconnect();
process.exit(0);
