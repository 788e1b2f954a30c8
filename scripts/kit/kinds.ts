/** The four kinds of spec (see scripts/kit/index.ts), in the order failing cases are shown. */
export const SPEC_KINDS = ["correct", "edge", "contract", "scale"] as const;
export type SpecKind = (typeof SPEC_KINDS)[number];

export function isSpecKind(value: unknown): value is SpecKind {
  return typeof value === "string" && (SPEC_KINDS as readonly string[]).includes(value);
}
