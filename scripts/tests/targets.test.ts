import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../lib/root.ts";
import { CHEATING_MESSAGE, implFile, implSwap, isTarget, parseTargetMap, targetFor } from "../lib/targets.ts";

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

  it("lets specs and solutions import what they like", async () => {
    const reference = join(repoRoot, "solutions/roc-auc/roc-auc.ts");
    const spec = join(repoRoot, "katas/roc-auc/.spec/roc-auc.spec.ts");
    expect(await resolver({}, reference)("../../../solutions/x.ts", spec)).toBeNull();
    expect(await resolver({}, reference)("./roc-auc.ts", join(repoRoot, "solutions/roc-auc/mistakes/m.ts"))).toBeNull();
    expect(await resolver({}, undefined)("seedrandom", join(repoRoot, "katas/roc-auc/roc-auc.ts"))).toBeNull();
  });
});
