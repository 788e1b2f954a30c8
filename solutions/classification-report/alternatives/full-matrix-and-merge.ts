/**
 * Alternative: the report read off a full confusion matrix (every label that occurs, plus the requested ones), and
 * the PR walk as a merge of the positives' and the negatives' scores, each sorted apart; not the reference's
 * per-class counters and single sort of all scores.
 */
export type Label = number | string;
export type Labels = ArrayLike<Label>;
export type BinaryLabels = ArrayLike<number | boolean>;
export type Scores = ArrayLike<number>;
export interface ConfusionMatrix { labels: Label[]; matrix: number[][] }
export interface ClassScores { precision: number; recall: number; f1: number; support: number }
export interface ReportOptions { labels?: readonly Label[]; zeroDivision?: 0 | 1 }
export interface ClassificationReport {
  labels: Label[];
  perClass: ClassScores[];
  accuracy: number;
  micro: ClassScores;
  macro: ClassScores;
  weighted: ClassScores;
}
export interface PrecisionRecallCurve { precision: number[]; recall: number[]; thresholds: number[] }
export interface BestThreshold { threshold: number; f1: number; precision: number; recall: number }

const arrayLike = (v: unknown): v is ArrayLike<unknown> => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

function kindOf(v: unknown, where: string): "number" | "string" {
  if (typeof v === "string") return "string";
  if (typeof v !== "number") throw new TypeError(`${where}: a label must be a number or a string`);
  if (v !== v) throw new RangeError(`${where}: a label cannot be NaN`);
  return "number";
}

/** Validates the pair and the requested labels; returns the label kind seen. */
function validate(yTrue: unknown, yPred: unknown, requested: unknown, name: string): void {
  if (!arrayLike(yTrue)) throw new TypeError("yTrue is not an array");
  if (!arrayLike(yPred)) throw new TypeError("yPred is not an array");
  if (yTrue.length !== yPred.length) throw new RangeError("yTrue and yPred differ in length");
  if (yTrue.length === 0) throw new RangeError("empty input");
  let kind: string | undefined;
  const see = (v: unknown, where: string) => {
    const k = kindOf(v, where);
    if (kind && k !== kind) throw new TypeError(`${where}: mix of numbers and strings`);
    kind = k;
  };
  for (let i = 0; i < yTrue.length; i++) {
    see(yTrue[i], `yTrue[${i}]`);
    see(yPred[i], `yPred[${i}]`);
  }
  if (requested === undefined) return;
  if (!Array.isArray(requested)) throw new TypeError(`${name} is not an array`);
  if (requested.length === 0) throw new RangeError(`${name} is empty`);
  const seen = new Set<unknown>();
  requested.forEach((v: unknown, i) => {
    see(v, `${name}[${i}]`);
    if (seen.has(v)) throw new RangeError(`${name}: duplicate label ${String(v)}`);
    seen.add(v);
  });
}

/** Every label that occurs, then the requested ones not seen, with a square count table over them all. */
function fullMatrix(yTrue: Labels, yPred: Labels, extra: readonly Label[]): { all: Label[]; at: Map<Label, number>; m: number[][] } {
  const at = new Map<Label, number>();
  const all: Label[] = [];
  const add = (l: Label) => {
    if (!at.has(l)) {
      at.set(l, all.length);
      all.push(typeof l === "number" ? l + 0 : l);
    }
  };
  for (let i = 0; i < yTrue.length; i++) {
    add(yTrue[i]!);
    add(yPred[i]!);
  }
  extra.forEach(add);
  const m = all.map(() => new Array<number>(all.length).fill(0));
  for (let i = 0; i < yTrue.length; i++) m[at.get(yTrue[i]!)!]![at.get(yPred[i]!)!]!++;
  return { all, at, m };
}

function sortedLabels(all: Label[]): Label[] {
  return [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function confusionMatrix(yTrue: Labels, yPred: Labels, labels?: readonly Label[]): ConfusionMatrix {
  validate(yTrue, yPred, labels, "labels");
  const { all, at, m } = fullMatrix(yTrue, yPred, labels ?? []);
  const order = labels ? labels.map((l) => (typeof l === "number" ? l + 0 : l)) : sortedLabels(all);
  const idx = order.map((l) => at.get(l)!);
  return { labels: order, matrix: idx.map((r) => idx.map((c) => m[r]![c]!)) };
}

export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new TypeError("options must be an object");
  }
  const zd: unknown = options?.zeroDivision === undefined ? 0 : options.zeroDivision;
  if (typeof zd !== "number") throw new TypeError("zeroDivision must be 0 or 1");
  if (zd !== 0 && zd !== 1) throw new RangeError("zeroDivision must be 0 or 1");
  validate(yTrue, yPred, options?.labels, "options.labels");
  const { all, at, m } = fullMatrix(yTrue, yPred, options?.labels ?? []);
  const order = options?.labels ? options.labels.map((l) => (typeof l === "number" ? l + 0 : l)) : sortedLabels(all);
  const div = (a: number, b: number) => (b === 0 ? zd : a / b);
  let tpAll = 0, predAll = 0, trueAll = 0, diagonal = 0;
  for (let i = 0; i < all.length; i++) diagonal += m[i]![i]!;
  const perClass = order.map((label) => {
    const c = at.get(label)!;
    const tp = m[c]![c]!;
    let actual = 0, predicted = 0;
    for (let j = 0; j < all.length; j++) {
      actual += m[c]![j]!; // row: the truth
      predicted += m[j]![c]!; // column: the prediction
    }
    tpAll += tp;
    predAll += predicted;
    trueAll += actual;
    return { precision: div(tp, predicted), recall: div(tp, actual), f1: div(2 * tp, actual + predicted), support: actual };
  });
  const mean = (k: "precision" | "recall" | "f1") => perClass.reduce((s, c) => s + c[k], 0) / perClass.length;
  const wmean = (k: "precision" | "recall" | "f1") => div(perClass.reduce((s, c) => s + c[k] * c.support, 0), trueAll);
  return {
    labels: order,
    perClass,
    accuracy: diagonal / yTrue.length,
    micro: { precision: div(tpAll, predAll), recall: div(tpAll, trueAll), f1: div(2 * tpAll, trueAll + predAll), support: trueAll },
    macro: { precision: mean("precision"), recall: mean("recall"), f1: mean("f1"), support: trueAll },
    weighted: { precision: wmean("precision"), recall: wmean("recall"), f1: wmean("f1"), support: trueAll },
  };
}

/** The positives' and negatives' scores, each sorted descending (validated). */
function split(yTrue: BinaryLabels, scores: Scores): { pos: Float64Array; neg: Float64Array } {
  if (!arrayLike(yTrue)) throw new TypeError("yTrue is not an array");
  if (!arrayLike(scores)) throw new TypeError("scores is not an array");
  if (yTrue.length !== scores.length) throw new RangeError("yTrue and scores differ in length");
  if (yTrue.length === 0) throw new RangeError("empty input");
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < yTrue.length; i++) {
    const l: unknown = yTrue[i];
    const s: unknown = scores[i];
    if (typeof l !== "number" && typeof l !== "boolean") throw new TypeError(`yTrue[${i}]: a label must be 0/1 or a boolean`);
    if (l !== 0 && l !== 1 && typeof l === "number") throw new RangeError(`yTrue[${i}]: a label must be 0 or 1`);
    if (typeof s !== "number") throw new TypeError(`scores[${i}]: a score must be a number`);
    if (!Number.isFinite(s)) throw new RangeError(`scores[${i}]: a score must be finite`);
    (l === 1 || l === true ? pos : neg).push(s);
  }
  if (pos.length === 0) throw new RangeError("no positive sample: recall is undefined");
  const desc = (xs: number[]) => Float64Array.from(xs).sort().reverse();
  return { pos: desc(pos), neg: desc(neg) };
}

/** Calls visit(threshold, tp, fp) for each distinct score, highest first, merging the two sorted lists. */
function merge(pos: Float64Array, neg: Float64Array, visit: (t: number, tp: number, fp: number) => void): void {
  let i = 0, j = 0;
  while (i < pos.length || j < neg.length) {
    const t = j >= neg.length || (i < pos.length && pos[i]! >= neg[j]!) ? pos[i]! : neg[j]!;
    while (i < pos.length && pos[i] === t) i++;
    while (j < neg.length && neg[j] === t) j++;
    visit(t, i, j);
  }
}

export function precisionRecallCurve(yTrue: BinaryLabels, scores: Scores): PrecisionRecallCurve {
  const { pos, neg } = split(yTrue, scores);
  const p: number[] = [], r: number[] = [], t: number[] = [];
  merge(pos, neg, (threshold, tp, fp) => {
    t.push(threshold);
    p.push(tp / (tp + fp));
    r.push(tp / pos.length);
  });
  return { precision: [...p.reverse(), 1], recall: [...r.reverse(), 0], thresholds: t.reverse() };
}

export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  const { pos, neg } = split(yTrue, scores);
  let ap = 0, lastTp = 0;
  merge(pos, neg, (_, tp, fp) => {
    ap += ((tp - lastTp) / pos.length) * (tp / (tp + fp));
    lastTp = tp;
  });
  return ap;
}

export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  const { pos, neg } = split(yTrue, scores);
  let best: BestThreshold = { threshold: Number.NaN, f1: -1, precision: 0, recall: 0 };
  merge(pos, neg, (threshold, tp, fp) => {
    const f1 = (2 * tp) / (tp + fp + pos.length);
    if (f1 > best.f1) best = { threshold, f1, precision: tp / (tp + fp), recall: tp / pos.length };
  });
  return best;
}
