import { describe, expect, it } from "vitest";
import { UserError } from "../lib/core/errors.ts";
import { kataPaths, listMistakes, listSpecFiles, selectKatas, suggest } from "../lib/core/katas.ts";
import { loadManifest } from "../lib/core/manifest.ts";
import { repoRoot } from "../lib/core/root.ts";

describe("katas", () => {
  const manifest = loadManifest(repoRoot);

  it("selects all katas by default, or the named ones", () => {
    expect(selectKatas(manifest, [])).toEqual(manifest.katas);
    expect(selectKatas(manifest, ["roc-auc"]).map((k) => k.slug)).toEqual(["roc-auc"]);
  });

  it("suggests the closest kata for a typo", () => {
    try {
      selectKatas(manifest, ["roc-acu"]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe('Unknown kata "roc-acu".');
      expect((error as UserError).hint).toMatch(/Did you mean "roc-auc"\?/);
    }
  });

  it("refuses names with path separators", () => {
    expect(() => selectKatas(manifest, ["../solutions"])).toThrow(/not a kata name/);
    expect(() => selectKatas(manifest, ["roc-auc/x"])).toThrow(UserError);
  });

  it("suggest: prefix matches, close matches, and nothing for far names", () => {
    expect(suggest("roc", ["roc-auc", "kmeans"])).toBe("roc-auc");
    expect(suggest("kmaens", ["roc-auc", "kmeans"])).toBe("kmeans");
    expect(suggest("zzzzzzzzzz", ["roc-auc", "kmeans"])).toBeUndefined();
    expect(suggest("x", [])).toBeUndefined();
  });

  it("knows each kata's files", () => {
    const paths = kataPaths(repoRoot, "roc-auc");
    expect(paths.learnerFile.endsWith("katas/roc-auc/roc-auc.ts")).toBe(true);
    expect(paths.pristineStub.endsWith("solutions/roc-auc/stub.ts")).toBe(true);
    expect(listSpecFiles(repoRoot, "roc-auc")).toContain("katas/roc-auc/.spec/roc-auc.spec.ts");
    expect(listMistakes(repoRoot, "roc-auc")).toContain("ungrouped-ties");
    expect(listMistakes(repoRoot, "no-such-kata")).toEqual([]);
    expect(listSpecFiles(repoRoot, "no-such-kata")).toEqual([]);
  });
});
