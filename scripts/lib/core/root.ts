import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository this script belongs to (works on temporary copies too). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
