/** Alternative: Mann-Whitney U with average ranks over an index sort (a comparator), not the reference's grouped merge. */
export type Labels = ArrayLike<number | boolean>;
export type Scores = ArrayLike<number>;
export interface RocCurve { fpr: number[]; tpr: number[]; thresholds: number[] }

function check(labels: Labels, scores: Scores): boolean[] {
  if (!Array.isArray(labels) && !ArrayBuffer.isView(labels)) throw new TypeError("labels must be an array");
  if (!Array.isArray(scores) && !ArrayBuffer.isView(scores)) throw new TypeError("scores must be an array");
  if (labels.length !== scores.length) throw new RangeError("length mismatch");
  if (labels.length === 0) throw new RangeError("empty input");
  const pos: boolean[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as unknown;
    if (typeof l !== "number" && typeof l !== "boolean") throw new TypeError(`bad label type at ${i}`);
    if (l !== 0 && l !== 1 && l !== true && l !== false) throw new RangeError(`bad label ${String(l)}`);
    const s = scores[i] as unknown;
    if (typeof s !== "number") throw new TypeError(`score ${i} not a number`);
    if (!Number.isFinite(s)) throw new RangeError(`score ${i} not finite`);
    pos.push(l === 1 || l === true);
  }
  const p = pos.filter(Boolean).length;
  if (p === 0 || p === pos.length) throw new RangeError("need both classes");
  return pos;
}

export function rocAuc(labels: Labels, scores: Scores): number {
  const pos = check(labels, scores);
  const n = pos.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSum = 0, nPos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && scores[idx[j]!] === scores[idx[i]!]) j++;
    const avgRank = (i + 1 + j) / 2; // ranks i+1..j
    for (let t = i; t < j; t++) if (pos[idx[t]!]) { rankSum += avgRank; nPos++; }
    i = j;
  }
  const nNeg = n - nPos;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

export function rocCurve(labels: Labels, scores: Scores): RocCurve {
  const pos = check(labels, scores);
  const n = pos.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const P = pos.filter(Boolean).length, N = n - P;
  const out: RocCurve = { fpr: [0], tpr: [0], thresholds: [Infinity] };
  let tp = 0, fp = 0;
  for (let i = 0; i < n; ) {
    const s = scores[idx[i]!]!;
    while (i < n && scores[idx[i]!] === s) { if (pos[idx[i]!]) tp++; else fp++; i++; }
    out.fpr.push(fp / N); out.tpr.push(tp / P); out.thresholds.push(s);
  }
  return out;
}
