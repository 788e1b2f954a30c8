/**
 * Scaffolding for the one-hot mistakes (not a mistake itself): an encoder whose category order per column is
 * given by `order`, otherwise like the reference.
 */
import type { Category, CategoryRows, OneHotEncoder } from "../../feature-prep.ts";

export function encoderWithOrder(
  rows: CategoryRows,
  options: { handleUnknown?: "error" | "ignore" } | undefined,
  order: (values: Category[]) => Category[],
): OneHotEncoder {
  const d = rows[0]!.length;
  const categories = Array.from({ length: d }, (_, j) => order([...new Set(rows.map((r) => r[j]!))]));
  const width = categories.reduce((s, c) => s + c.length, 0);
  return {
    categories,
    transform(input: CategoryRows): number[][] {
      return input.map((row, i) => {
        if (!Array.isArray(row) || row.length !== d) throw new RangeError(`rows[${i}] has the wrong length (expected ${d} columns)`);
        const out = new Array<number>(width).fill(0);
        let offset = 0;
        row.forEach((v, j) => {
          const k = categories[j]!.indexOf(v);
          if (k >= 0) out[offset + k] = 1;
          else if ((options?.handleUnknown ?? "error") === "error") throw new RangeError(`unknown category ${String(v)} in column ${j}`);
          offset += categories[j]!.length;
        });
        return out;
      });
    },
  };
}
