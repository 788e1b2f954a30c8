import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../lib/core/errors.ts";
import { loadManifest, parseManifest } from "../lib/core/manifest.ts";
import { repoRoot } from "../lib/core/root.ts";

const kata = {
  slug: "roc-auc",
  title: "ROC AUC",
  track: "metrics",
  difficulty: "medium",
  minutes: 30,
  order: 1,
  summary: "Compute ROC AUC exactly.",
  hints: ["first hint, long enough", "second hint, long enough"],
};

describe("manifest", () => {
  it("the repository's manifest is valid", () => {
    const manifest = loadManifest(repoRoot);
    expect(manifest.katas.length).toBeGreaterThan(0);
  });

  it("sorts katas by order", () => {
    const manifest = parseManifest({ katas: [{ ...kata, slug: "b", order: 2 }, { ...kata, slug: "a", order: 1 }] });
    expect(manifest.katas.map((k) => k.slug)).toEqual(["a", "b"]);
  });

  it.each([
    ["a bad track", { ...kata, track: "cooking" }, /track/],
    ["a bad slug", { ...kata, slug: "Roc AUC" }, /slug/],
    ["one hint only", { ...kata, hints: ["just one hint here"] }, /hints/],
    ["an unknown field", { ...kata, colour: "red" }, /colour|unrecognized/i],
  ])("rejects %s and names the field", (_name, entry, pattern) => {
    expect(() => parseManifest({ katas: [entry] })).toThrow(pattern);
    expect(() => parseManifest({ katas: [entry] })).toThrow(UserError);
  });

  it("rejects duplicate slugs and orders", () => {
    expect(() => parseManifest({ katas: [kata, { ...kata }] })).toThrow(/duplicate slug "roc-auc"[\s\S]*duplicate order 1/);
  });

  it("explains a missing or corrupt file", () => {
    const root = mkdtempSync(join(tmpdir(), "kata-manifest-"));
    try {
      expect(() => loadManifest(root)).toThrow(/missing/);
      mkdirSync(join(root, "katas"));
      writeFileSync(join(root, "katas", "manifest.json"), "{ not json");
      expect(() => loadManifest(root)).toThrow(/not valid JSON/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
