/** Shared by the PSI mistakes: the reference's index with its edges, counts or empty-bin rule swapped. */
import type { PsiOptions, PsiResult } from "../../drift.ts";
import { binCounts, quantileEdge, sortedCopy } from "./parts.ts";
import { populationStabilityIndex as reference } from "../../drift.ts";

export interface PsiParts {
  edges?: (x: Float64Array, y: Float64Array, bins: number) => number[];
  emptyRule?: (share: number, epsilon: number) => number;
}

export function psiWith(parts: PsiParts): (reference: ArrayLike<number>, current: ArrayLike<number>, options?: PsiOptions) => PsiResult {
  return (ref, cur, options = {}) => {
    reference(ref, cur, options); // validates
    const x = sortedCopy(ref, "reference");
    const y = sortedCopy(cur, "current");
    const bins = options.bins ?? 10;
    const epsilon = options.epsilon ?? 1e-4;
    const edges = parts.edges ? parts.edges(x, y, bins) : Array.from({ length: bins - 1 }, (_, k) => quantileEdge(x, k + 1, bins));
    const r = binCounts(x, edges).map((c) => c / x.length);
    const c = binCounts(y, edges).map((v) => v / y.length);
    const rule = parts.emptyRule ?? ((share: number, eps: number) => (share === 0 ? eps : share));
    let psi = 0;
    for (let k = 0; k < bins; k++) {
      const rk = rule(r[k]!, epsilon);
      const ck = rule(c[k]!, epsilon);
      psi += (ck - rk) * Math.log(ck / rk);
    }
    return { psi, edges, reference: r, current: c };
  };
}
