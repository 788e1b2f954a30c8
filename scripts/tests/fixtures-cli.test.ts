import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { makeSandbox } from "./sandbox.ts";
import { createProgram, runMain, USAGE_EXIT } from "../lib/core/cli.ts";
import { UserError } from "../lib/core/errors.ts";
import { checkFixtures, loadFixtureSets, renderFixtures } from "../fixtures/generate.ts";
import { repoRoot } from "../lib/core/root.ts";
import { runSpecs, stopAllRuns } from "../lib/engine/run-specs.ts";

describe("fixtures", () => {
  it("reports a missing or changed fixture with how to fix it", async () => {
    const sandbox = makeSandbox();
    try {
      rmSync(join(sandbox.root, "fixtures/roc-auc/imbalanced-20k.json"));
      expect(await checkFixtures(sandbox.root)).toContain("fixtures/roc-auc/imbalanced-20k.json is missing: run `npm run fixtures`.");
      sandbox.write("fixtures/roc-auc/imbalanced-20k.json", "{}");
      expect((await checkFixtures(sandbox.root)).find((p) => p.startsWith("fixtures/roc-auc/"))).toMatch(/differs from what its generator produces/);
    } finally {
      sandbox.remove();
    }
  });

  it("renders a README listing every file with its size", async () => {
    const files = renderFixtures(await loadFixtureSets());
    const readme = files.get("README.md")!;
    expect(readme).toMatch(/\| `roc-auc\/imbalanced-20k.json` \| roc-auc \| .* \| 154.1 KiB \|/);
    const tiny = renderFixtures([
      { kata: "t", generated: [{ file: "t/a.txt", description: "tiny", build: () => "abc" }], external: [{ file: "t/none.json", description: "golden" }] },
    ]);
    expect(tiny.get("README.md")).toContain("| `t/a.txt` | t | tiny | 3 B |");
    expect(tiny.get("README.md")).toContain("| `t/none.json` | t | golden | missing |");
  });
});

describe("cli plumbing", () => {
  function capture(): { text: () => string; restore: () => void } {
    let text = "";
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      text += chunk.toString();
      return true;
    });
    return { text: () => text, restore: () => spy.mockRestore() };
  }

  it("a user error prints its message and hint, and sets the exit status", async () => {
    const stderr = capture();
    try {
      await runMain(async () => {
        throw new UserError("Unknown kata \"x\".", "Did you mean \"y\"?");
      });
      expect(stderr.text()).toContain('error: Unknown kata "x".\nDid you mean "y"?\n');
      expect(process.exitCode).toBe(USAGE_EXIT);
    } finally {
      stderr.restore();
      process.exitCode = 0;
    }
  });

  it("an unexpected error is one line plus how to see more, exit status 1", async () => {
    const stderr = capture();
    try {
      await runMain(async () => {
        throw new Error("disk on fire");
      });
      expect(stderr.text()).toContain("internal error: disk on fire\nSet KATA_DEBUG=1");
      expect(process.exitCode).toBe(1);
      process.env.KATA_DEBUG = "1";
      await runMain(async () => {
        throw new Error("again");
      });
      expect(stderr.text()).toMatch(/Error: again\n\s+at /);
    } finally {
      delete process.env.KATA_DEBUG;
      stderr.restore();
      process.exitCode = 0;
    }
  });

  it("a main function's return value becomes the exit status", async () => {
    await runMain(async () => 3);
    expect(process.exitCode).toBe(3);
    await runMain(async () => undefined);
    expect(process.exitCode).toBe(0);
  });

  it("usage errors exit with status 2", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => {
      throw new Error("exit called");
    }) as never);
    const stderr = capture();
    try {
      const program = createProgram("t", "test").option("--json").configureOutput({ writeErr: () => {}, outputError: () => {} });
      expect(() => program.parse(["node", "t", "--jsn"])).toThrow("exit called");
      expect(exit).toHaveBeenCalledWith(USAGE_EXIT);
      expect(() => createProgram("t", "test").configureOutput({ writeOut: () => {} }).parse(["node", "t", "--help"])).toThrow("exit called");
      expect(exit).toHaveBeenLastCalledWith(0);
    } finally {
      exit.mockRestore();
      stderr.restore();
    }
  });
});

describe("run-specs limits", () => {
  const files = ["katas/roc-auc/.spec/roc-auc.spec.ts"];

  it("a run past its deadline is killed and reported, after one solo retry", async () => {
    const outcomes = await runSpecs({ root: repoRoot, files, targets: { "*": "reference" }, deadlineMs: 150 });
    expect(outcomes.get(files[0]!)!.noResult).toBe("the spec file did not finish before the grader's deadline");
  });

  it("stopAllRuns kills a run in progress (what Ctrl-C does)", async () => {
    const running = runSpecs({ root: repoRoot, files, targets: { "*": "reference" }, soloRetry: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    stopAllRuns();
    const outcomes = await running;
    expect(outcomes.get(files[0]!)!.noResult).toBeDefined();
  });
});
