import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../lib/core/root.ts";
import {
  CHEATING_MESSAGE,
  guardRequire,
  implFile,
  implSwap,
  importerName,
  isTarget,
  missingImplMessage,
  parseTargetMap,
  targetFor,
} from "../lib/engine/targets.ts";
import { warmupFiles } from "../lib/engine/warmup.ts";

describe("targets", () => {
  it("recognises targets", () => {
    expect(["learner", "reference", "stub", "mistake:ungrouped-ties"].every(isTarget)).toBe(true);
    expect(isTarget("mistake:../x")).toBe(false);
    expect(isTarget("solutions")).toBe(false);
  });

  it("parses the environment map and rejects bad ones", () => {
    expect(parseTargetMap(undefined)).toEqual({});
    expect(parseTargetMap('{"*":"reference","roc-auc":"stub"}')).toEqual({ "*": "reference", "roc-auc": "stub" });
    expect(() => parseTargetMap("[]")).toThrow(/JSON object/);
    expect(() => parseTargetMap('{"x":"nope"}')).toThrow(/not a target/);
  });

  it("falls back from the slug to '*' to the learner", () => {
    expect(targetFor({ "roc-auc": "stub", "*": "reference" }, "roc-auc")).toBe("stub");
    expect(targetFor({ "*": "reference" }, "kmeans")).toBe("reference");
    expect(targetFor({}, "kmeans")).toBe("learner");
  });

  it("maps each target to its file", () => {
    expect(implFile("/r", "a", "learner")).toBe("/r/katas/a/a.ts");
    expect(implFile("/r", "a", "reference")).toBe("/r/solutions/a/a.ts");
    expect(implFile("/r", "a", "stub")).toBe("/r/solutions/a/stub.ts");
    expect(implFile("/r", "a", "mistake:m")).toBe("/r/solutions/a/mistakes/m.ts");
  });
});

describe("the Vite plugin", () => {
  type Resolve = (source: string, importer?: string) => Promise<string | null>;
  function resolver(map: Record<string, string>, resolved?: string): Resolve {
    const plugin = implSwap(repoRoot, parseTargetMap(JSON.stringify(map)));
    const hook = plugin.resolveId as unknown as (this: unknown, source: string, importer?: string) => Promise<string | null>;
    const context = { resolve: async () => (resolved ? { id: resolved } : null) };
    return (source, importer) => hook.call(context, source, importer);
  }

  it("resolves #impl/<slug> by the map", async () => {
    expect(await resolver({ "*": "reference" })("#impl/roc-auc")).toBe(join(repoRoot, "solutions/roc-auc/roc-auc.ts"));
    expect(await resolver({})("#impl/roc-auc")).toBe(join(repoRoot, "katas/roc-auc/roc-auc.ts"));
  });

  it("fails clearly when the target file does not exist", async () => {
    await expect(resolver({ "*": "mistake:nope" })("#impl/roc-auc")).rejects.toThrow(/mistakes\/nope\.ts does not exist/);
  });

  it("refuses learner code that imports from solutions/", async () => {
    const learner = join(repoRoot, "katas/roc-auc/roc-auc.ts");
    const reference = join(repoRoot, "solutions/roc-auc/roc-auc.ts");
    await expect(resolver({}, reference)("../../solutions/roc-auc/roc-auc.ts", learner)).rejects.toThrow(CHEATING_MESSAGE);
  });

  it("refuses an import into solutions/ from anywhere outside it: a helper, a spec, an unknown importer", async () => {
    const reference = join(repoRoot, "solutions/roc-auc/roc-auc.ts");
    const spec = join(repoRoot, "katas/roc-auc/.spec/roc-auc.spec.ts");
    await expect(resolver({}, reference)("../../../solutions/roc-auc/roc-auc.ts", spec)).rejects.toThrow(
      `katas/roc-auc/.spec/roc-auc.spec.ts ${CHEATING_MESSAGE}`,
    );
    await expect(resolver({}, reference)("/solutions/roc-auc/roc-auc.ts", join(repoRoot, "index.html"))).rejects.toThrow(
      `your code (import of "/solutions/roc-auc/roc-auc.ts") ${CHEATING_MESSAGE}`,
    );
  });

  it("lets solutions import each other, and anything import what is outside solutions/", async () => {
    const reference = join(repoRoot, "solutions/roc-auc/roc-auc.ts");
    expect(await resolver({}, reference)("./roc-auc.ts", join(repoRoot, "solutions/roc-auc/mistakes/m.ts"))).toBeNull();
    expect(await resolver({}, undefined)("seedrandom", join(repoRoot, "katas/roc-auc/roc-auc.ts"))).toBeNull();
    expect(await resolver({}, join(repoRoot, "scripts/kit/index.ts"))("../../scripts/kit/index.ts", join(repoRoot, "katas/roc-auc/roc-auc.ts"))).toBeNull();
    expect(await resolver({}, reference)("x", undefined)).toBeNull();
  });

  it("says how to restore a missing learner file", () => {
    expect(missingImplMessage("/r", "roc-auc", "learner")).toBe(
      "katas/roc-auc/roc-auc.ts is missing: restore the stub with `npm run reset -- roc-auc` (or copy solutions/roc-auc/stub.ts to katas/roc-auc/roc-auc.ts)",
    );
    expect(missingImplMessage("/r", "roc-auc", "stub")).toBe("#impl/roc-auc: solutions/roc-auc/stub.ts does not exist");
    expect(importerName(repoRoot, join(repoRoot, "katas/roc-auc/roc-auc.ts?v=1"), "x")).toBe("katas/roc-auc/roc-auc.ts");
  });
});

describe("the require() guard", () => {
  it("refuses require() of a file under solutions/ and lets the rest through", () => {
    const loader = { _resolveFilename: (request: string) => join(repoRoot, request) };
    guardRequire(repoRoot, loader);
    guardRequire(repoRoot, loader); // installed once
    expect(loader._resolveFilename("scripts/kit/index.ts")).toBe(join(repoRoot, "scripts/kit/index.ts"));
    expect(() => loader._resolveFilename("solutions/roc-auc/roc-auc.ts")).toThrow(
      `your code (require of "solutions/roc-auc/roc-auc.ts") ${CHEATING_MESSAGE}`,
    );
  });
});

describe("warm-up (what Vite transforms at start-up)", () => {
  const specs = JSON.stringify(["katas/roc-auc/.spec/cases.spec.ts", "katas/roc-auc/.spec/golden.spec.ts", "katas/kmeans/.spec/lloyd.spec.ts"]);
  it("lists the run's spec folders, the kit, the watchdog, and the learner's files only where the learner is graded", () => {
    expect(warmupFiles({ KATA_WARMUP: specs, KATA_TARGETS: JSON.stringify({ "*": "learner", kmeans: "reference" }) })).toEqual([
      "scripts/kit/**/*.ts",
      "scripts/lib/engine/watchdog.ts",
      "katas/roc-auc/.spec/*.ts",
      "katas/roc-auc/*.ts",
      "katas/kmeans/.spec/*.ts",
    ]);
  });
  it("lists nothing for a run it cannot read, or for files that are not spec files", () => {
    expect(warmupFiles({})).toEqual([]);
    expect(warmupFiles({ KATA_WARMUP: "not json" })).toEqual([]);
    expect(warmupFiles({ KATA_WARMUP: JSON.stringify(["../outside/x.ts", "scripts/tests/a.test.ts"]) })).toEqual([]);
    expect(warmupFiles({ KATA_WARMUP: specs, KATA_TARGETS: "{bad" })).toEqual([]);
  });
});
