/**
 * The swap: specs import the code under test as `#impl/<slug>`. Which file that is depends on the target:
 *
 *   learner          katas/<slug>/<slug>.ts          (default; what `npm run grade` runs)
 *   reference        solutions/<slug>/<slug>.ts
 *   stub             solutions/<slug>/stub.ts         (the pristine stub)
 *   mistake:<name>   solutions/<slug>/mistakes/<name>.ts
 *   alternative:<name> solutions/<slug>/alternatives/<name>.ts (a correct solution written differently)
 *
 * At run time the choice travels in the KATA_TARGETS environment variable, a JSON object from slug (or "*")
 * to target, read by the Vite plugin below. Nothing is ever copied or renamed in katas/.
 * For the type checker the same mapping is package.json#imports with the conditions kata-reference / kata-stub.
 */
import { existsSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Plugin } from "vite";
import { kataPaths } from "./katas.ts";

export type Target = "learner" | "reference" | "stub" | `mistake:${string}` | `alternative:${string}`;
export type TargetMap = Record<string, Target>;

export const TARGETS_ENV = "KATA_TARGETS";
const IMPL_PREFIX = "#impl/";

export function isTarget(value: string): value is Target {
  return value === "learner" || value === "reference" || value === "stub" || /^(mistake|alternative):[\w-]+$/.test(value);
}

export function targetFor(map: TargetMap, slug: string): Target {
  return map[slug] ?? map["*"] ?? "learner";
}

export function parseTargetMap(text: string | undefined): TargetMap {
  if (!text) return {};
  const data: unknown = JSON.parse(text);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new TypeError(`${TARGETS_ENV} must be a JSON object from kata slug to target`);
  }
  const map: TargetMap = {};
  for (const [slug, value] of Object.entries(data)) {
    if (typeof value !== "string" || !isTarget(value)) {
      throw new TypeError(
        `${TARGETS_ENV}: "${String(value)}" is not a target (learner, reference, stub, mistake:<name>, alternative:<name>)`,
      );
    }
    map[slug] = value;
  }
  return map;
}

/** The file that implements `slug` under `target`. */
export function implFile(root: string, slug: string, target: Target): string {
  const paths = kataPaths(root, slug);
  if (target === "learner") return paths.learnerFile;
  if (target === "reference") return paths.reference;
  if (target === "stub") return paths.pristineStub;
  if (target.startsWith("alternative:")) return join(paths.alternativesDir, `${target.slice("alternative:".length)}.ts`);
  return join(paths.mistakesDir, `${target.slice("mistake:".length)}.ts`);
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Message used when a learner's file reaches into solutions/. */
export const CHEATING_MESSAGE = "imports from solutions/: the grader runs your own code only";

/** Vite plugin: resolves `#impl/<slug>` by the target map, and refuses learner code that imports the reference. */
export function implSwap(root: string, map: TargetMap = parseTargetMap(process.env[TARGETS_ENV])): Plugin {
  const katasDir = join(root, "katas");
  const solutionsDir = join(root, "solutions");
  return {
    name: "kata-impl-swap",
    enforce: "pre",
    async resolveId(source, importer) {
      if (source.startsWith(IMPL_PREFIX)) {
        const slug = source.slice(IMPL_PREFIX.length);
        const file = implFile(root, slug, targetFor(map, slug));
        if (!existsSync(file)) {
          throw new Error(`#impl/${slug}: ${relative(root, file)} does not exist`);
        }
        return file;
      }
      // Learner code (anything under katas/ except the hidden specs) may not import from solutions/.
      if (importer && isInside(katasDir, importer) && !importer.includes(`${sep}.spec${sep}`)) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (resolved && isInside(solutionsDir, resolved.id.split("?")[0] ?? "")) {
          throw new Error(`${relative(root, importer)} ${CHEATING_MESSAGE}`);
        }
      }
      return null;
    },
  };
}
