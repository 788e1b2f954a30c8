/**
 * The swap: specs import the code under test as `#impl/<slug>`. Which file that is depends on the target:
 *
 *   learner          katas/<slug>/<slug>.ts          (default; what `npm run grade` runs)
 *   reference        solutions/<slug>/<slug>.ts
 *   stub             solutions/<slug>/stub.ts         (the pristine stub)
 *   mistake:<name>   solutions/<slug>/mistakes/<name>.ts
 *   alternative:<name> solutions/<slug>/alternatives/<name>.ts (a correct solution written differently)
 *   trial:<name>     solutions/<slug>/trials/<name>.ts (a realistic attempt the diagnosis corpus checks)
 *
 * At run time the choice travels in the KATA_TARGETS environment variable, a JSON object from slug (or "*")
 * to target, read by the Vite plugin below. Nothing is ever copied or renamed in katas/.
 * For the type checker the same mapping is package.json#imports with the conditions kata-reference / kata-stub.
 */
import { existsSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Plugin } from "vite";
import { kataPaths } from "../core/katas.ts";

export type Target = "learner" | "reference" | "stub" | `mistake:${string}` | `alternative:${string}` | `trial:${string}`;
export type TargetMap = Record<string, Target>;

export const TARGETS_ENV = "KATA_TARGETS";
const IMPL_PREFIX = "#impl/";

export function isTarget(value: string): value is Target {
  return value === "learner" || value === "reference" || value === "stub" || /^(mistake|alternative|trial):[\w-]+$/.test(value);
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
  if (target.startsWith("trial:")) return join(paths.trialsDir, `${target.slice("trial:".length)}.ts`);
  return join(paths.mistakesDir, `${target.slice("mistake:".length)}.ts`);
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** Message used when code outside solutions/ (the learner's file, a helper beside it) reaches into solutions/. */
export const CHEATING_MESSAGE = "imports from solutions/: the grader runs your own code only";

/** What to say when the file behind `#impl/<slug>` is missing; for the learner's file, how to get it back. */
export function missingImplMessage(root: string, slug: string, target: Target): string {
  const file = relative(root, implFile(root, slug, target)).split(sep).join("/");
  if (target !== "learner") return `#impl/${slug}: ${file} does not exist`;
  return (
    `${file} is missing: restore the stub with \`npm run reset -- ${slug}\` ` +
    `(or copy solutions/${slug}/stub.ts to ${file})`
  );
}

function withoutQuery(id: string): string {
  return id.split("?")[0] ?? id;
}

/**
 * Who imported: the importing file relative to the root, or, for an import() whose importer Vite does not know
 * (a computed path), the import itself.
 */
export function importerName(root: string, importer: string, source: string): string {
  const file = withoutQuery(importer);
  if (existsSync(file)) return relative(root, file).split(sep).join("/");
  return `your code (import of "${source}")`;
}

/**
 * Vite plugin: resolves `#impl/<slug>` by the target map, and refuses any other import that lands in solutions/
 * from a module outside solutions/ (the learner's file, a helper file next to it, a dynamic import()). Only the
 * swap itself loads a reference, a stub or a mistake.
 */
export function implSwap(root: string, map: TargetMap = parseTargetMap(process.env[TARGETS_ENV])): Plugin {
  const solutionsDir = join(root, "solutions");
  return {
    name: "kata-impl-swap",
    enforce: "pre",
    async resolveId(source, importer) {
      if (source.startsWith(IMPL_PREFIX)) {
        const slug = source.slice(IMPL_PREFIX.length);
        const target = targetFor(map, slug);
        const file = implFile(root, slug, target);
        if (!existsSync(file)) throw new Error(missingImplMessage(root, slug, target));
        return file;
      }
      if (importer && !isInside(solutionsDir, withoutQuery(importer))) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (resolved && isInside(solutionsDir, withoutQuery(resolved.id))) {
          throw new Error(`${importerName(root, importer, source)} ${CHEATING_MESSAGE}`);
        }
      }
      return null;
    },
  };
}

type ResolveFilename = (request: string, parent: unknown, ...rest: unknown[]) => string;
const REQUIRE_GUARDED = Symbol.for("kata.requireGuard");

/**
 * In a test worker, Node's own require() (createRequire) bypasses Vite and the plugin above: refuse it any file
 * under solutions/ too. The swap never loads a solution that way, so nothing legitimate is refused.
 */
export function guardRequire(root: string, moduleClass: unknown): void {
  const loader = moduleClass as { _resolveFilename: ResolveFilename; [REQUIRE_GUARDED]?: true };
  if (loader[REQUIRE_GUARDED]) return;
  const solutionsDir = join(root, "solutions");
  const original = loader._resolveFilename;
  loader._resolveFilename = function guardedResolve(this: unknown, request: string, parent: unknown, ...rest: unknown[]): string {
    const resolved = original.call(this, request, parent, ...rest);
    if (isInside(solutionsDir, resolved)) throw new Error(`your code (require of "${request}") ${CHEATING_MESSAGE}`);
    return resolved;
  };
  loader[REQUIRE_GUARDED] = true;
}

/** The query that carries a target on a proof batch's spec import: `<spec>.spec.ts?kata-target=mistake%3Ax`. */
export const TARGET_QUERY = "kata-target";

function queryTarget(id: string): Target | undefined {
  const query = id.split("?")[1];
  if (!query) return undefined;
  const value = new URLSearchParams(query).get(TARGET_QUERY);
  return value !== null && isTarget(value) ? value : undefined;
}

/**
 * Vite plugin for the proof's batches (scripts/lib/proof/batch.ts): many targets in one vitest run. Each
 * generated wrapper imports a real spec file with `?kata-target=<target>`; inside that import, `#impl/<slug>`
 * resolves to the target's file, and the spec folder's own helper modules get the same query, so that each
 * (spec file, target) pair is a module of its own while vitest, the kit and node_modules load once per worker.
 */
export function batchSwap(root: string): Plugin {
  const specFolder = /\/katas\/[^/]+\/\.spec\//;
  return {
    name: "kata-batch-swap",
    enforce: "pre",
    async resolveId(source, importer) {
      if (!importer) return null;
      const target = queryTarget(importer);
      if (!target) return null;
      if (source.startsWith(IMPL_PREFIX)) {
        const slug = source.slice(IMPL_PREFIX.length);
        const file = implFile(root, slug, target);
        if (!existsSync(file)) throw new Error(missingImplMessage(root, slug, target));
        return file;
      }
      const resolved = await this.resolve(source, withoutQuery(importer), { skipSelf: true });
      if (resolved && !resolved.external && specFolder.test(resolved.id) && !resolved.id.includes("?")) {
        return `${resolved.id}?${TARGET_QUERY}=${encodeURIComponent(target)}`;
      }
      return resolved;
    },
  };
}
