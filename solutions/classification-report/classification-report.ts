/**
 * Reference solution: confusion matrix, classification report (per-class precision / recall / F1 / support with
 * micro, macro and weighted averages), the precision-recall curve, average precision and the F1-optimal threshold,
 * as scikit-learn computes them (confusion_matrix, precision_recall_fscore_support, classification_report,
 * precision_recall_curve, average_precision_score; scikit-learn 1.9.1).
 *
 * Two ideas carry everything:
 *   1. Every classification score is a ratio of three counts per class: TP (true and predicted), predicted and
 *      actual. Count them in one pass over the samples; FP = predicted - TP and FN = actual - TP. F1 is
 *      2 TP / (actual + predicted), one division of integers, so it never goes through a rounded P and R.
 *   2. Every point of the PR curve is a prefix of the samples sorted by score, highest first: sort once, walk the
 *      distinct scores down, and carry the cumulative TP and FP. Grouping equal scores is what makes a threshold
 *      mean "score >= t" for every sample at once.
 */

/** A class label: a number (not NaN) or a string. One call uses numbers only or strings only. */
export type Label = number | string;
/** Labels of a classification: a plain array or a typed array. */
export type Labels = ArrayLike<Label>;
/** Binary ground truth for the scoring functions: 0/1 or false/true; 1 / true is the positive class. */
export type BinaryLabels = ArrayLike<number | boolean>;
/** Finite numbers, higher means "more likely positive". */
export type Scores = ArrayLike<number>;

export interface ConfusionMatrix {
  /** The order of the rows and the columns. */
  labels: Label[];
  /** matrix[i][j]: samples whose true label is labels[i] and whose predicted label is labels[j]. */
  matrix: number[][];
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Samples whose true label is the class (for an average: the sum over its classes). */
  support: number;
}

export interface ReportOptions {
  /** The classes to report, in this order (default: every label of yTrue and yPred, sorted). */
  labels?: readonly Label[];
  /** What a 0/0 ratio gives (scikit-learn's zero_division): 0 (the default) or 1. */
  zeroDivision?: 0 | 1;
}

export interface ClassificationReport {
  labels: Label[];
  /** perClass[i] belongs to labels[i]. */
  perClass: ClassScores[];
  /** Fraction of all samples with yTrue[i] === yPred[i]. */
  accuracy: number;
  micro: ClassScores;
  macro: ClassScores;
  weighted: ClassScores;
}

export interface PrecisionRecallCurve {
  /** precision[i] at thresholds[i]; one more entry than thresholds, the last being 1. */
  precision: number[];
  /** recall[i] at thresholds[i]; one more entry than thresholds, the last being 0. */
  recall: number[];
  /** Every distinct score, increasing. */
  thresholds: number[];
}

export interface BestThreshold {
  threshold: number;
  f1: number;
  precision: number;
  recall: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

type LabelKind = "number" | "string";

/** Checks one label and returns its kind; `where` names it in the message ("yTrue[3]", "options.labels[0]"). */
function labelKind(value: unknown, where: string): LabelKind {
  if (typeof value === "string") return "string";
  if (typeof value === "number") {
    if (Number.isNaN(value)) throw new RangeError(`${where} is NaN; a label must be a number (not NaN) or a string`);
    return "number";
  }
  throw new TypeError(`${where} is ${value === null ? "null" : typeof value}; a label must be a number or a string`);
}

/** Remembers the kind of the first label seen and rejects a mix (scikit-learn's unique_labels does too). */
class KindCheck {
  private kind: LabelKind | undefined;
  check(value: unknown, where: string): void {
    const kind = labelKind(value, where);
    if (this.kind === undefined) this.kind = kind;
    else if (kind !== this.kind) {
      throw new TypeError(`${where} is a ${kind} but other labels are ${this.kind}s; a mix of label types is ambiguous`);
    }
  }
}

/** Numbers ascending, strings by UTF-16 code units: scikit-learn's unique_labels order (sorted). */
function compareLabels(a: Label, b: Label): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkPair(yTrue: unknown, yPred: unknown): asserts yTrue is Labels {
  if (!isArrayLike(yTrue)) throw new TypeError("yTrue must be an array or a typed array of labels");
  if (!isArrayLike(yPred)) throw new TypeError("yPred must be an array or a typed array of labels");
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`yTrue and yPred must have the same length (got ${yTrue.length} and ${yPred.length})`);
  }
  if (yTrue.length === 0) throw new RangeError("yTrue and yPred are empty; there is nothing to score");
}

/**
 * The label order and an index per label. With `requested`, exactly those labels in that order; otherwise every
 * label of yTrue and yPred, sorted. Map keys compare like SameValueZero, so -0 and 0 are one label.
 */
function labelIndex(yTrue: Labels, yPred: Labels, requested: unknown, requestedName: string): { labels: Label[]; index: Map<Label, number> } {
  const kinds = new KindCheck();
  for (let i = 0; i < yTrue.length; i++) {
    kinds.check(yTrue[i], `yTrue[${i}]`);
    kinds.check(yPred[i], `yPred[${i}]`);
  }
  const index = new Map<Label, number>();
  if (requested !== undefined) {
    if (!Array.isArray(requested)) throw new TypeError(`${requestedName} must be an array of labels`);
    if (requested.length === 0) throw new RangeError(`${requestedName} is empty; give at least one label`);
    const labels: Label[] = [];
    requested.forEach((label: unknown, i) => {
      kinds.check(label, `${requestedName}[${i}]`);
      const key = label as Label;
      if (index.has(key)) throw new RangeError(`${requestedName}[${i}] (${String(key)}) is a duplicate label`);
      index.set(key, labels.length);
      labels.push(typeof key === "number" ? key + 0 : key); // + 0 turns -0 into 0, as the Map does
    });
    return { labels, index };
  }
  const seen = new Set<Label>();
  for (let i = 0; i < yTrue.length; i++) {
    seen.add(yTrue[i]!);
    seen.add(yPred[i]!);
  }
  const labels = [...seen].sort(compareLabels); // a comparator: the default sort would put 10 before 9
  labels.forEach((label, i) => index.set(label, i));
  return { labels, index };
}

// ---------------------------------------------------------------------------------------------------------------
// Confusion matrix and report

/**
 * matrix[i][j] counts the samples with true label labels[i] and predicted label labels[j] (scikit-learn's
 * confusion_matrix: rows are the truth). With explicit labels, a sample whose true or predicted label is not
 * among them is left out. O(n + L^2).
 */
export function confusionMatrix(yTrue: Labels, yPred: Labels, labels?: readonly Label[]): ConfusionMatrix {
  checkPair(yTrue, yPred);
  const { labels: order, index } = labelIndex(yTrue, yPred, labels, "labels");
  const matrix = order.map(() => new Array<number>(order.length).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const row = index.get(yTrue[i]!);
    const column = index.get(yPred[i]!);
    if (row !== undefined && column !== undefined) matrix[row]![column]!++;
  }
  return { labels: order, matrix };
}

function checkOptions(options: unknown): { labels: unknown; zeroDivision: 0 | 1 } {
  if (options === undefined) return { labels: undefined, zeroDivision: 0 };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError("options must be an object { labels?, zeroDivision? }");
  }
  const { labels, zeroDivision = 0 } = options as Record<string, unknown>;
  if (typeof zeroDivision !== "number") throw new TypeError(`options.zeroDivision must be 0 or 1 (got ${typeof zeroDivision})`);
  if (zeroDivision !== 0 && zeroDivision !== 1) throw new RangeError(`options.zeroDivision must be 0 or 1 (got ${zeroDivision})`);
  return { labels, zeroDivision };
}

/** Precision, recall and F1 from the three counts; a 0/0 ratio gives `zeroDivision`. */
function scoresOf(tp: number, predicted: number, actual: number, zeroDivision: number): ClassScores {
  return {
    precision: predicted === 0 ? zeroDivision : tp / predicted,
    recall: actual === 0 ? zeroDivision : tp / actual,
    // 2PR / (P + R) = 2 TP / (2 TP + FP + FN) = 2 TP / (actual + predicted): exact, and defined whenever a class
    // was predicted or present (P = 0 and R = 0 give 0, not 0/0).
    f1: actual + predicted === 0 ? zeroDivision : (2 * tp) / (actual + predicted),
    support: actual,
  };
}

/**
 * Per-class precision, recall, F1 and support, with the accuracy and the micro, macro and weighted averages
 * (scikit-learn's classification_report(..., output_dict=True)). The counts of a class are taken over all
 * samples, also those whose other label is not among `options.labels`. O(n + L).
 */
export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  checkPair(yTrue, yPred);
  const { labels: requested, zeroDivision } = checkOptions(options);
  const { labels, index } = labelIndex(yTrue, yPred, requested, "options.labels");
  const L = labels.length;
  const tp = new Float64Array(L);
  const predicted = new Float64Array(L);
  const actual = new Float64Array(L);
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = index.get(yTrue[i]!);
    const p = index.get(yPred[i]!);
    if (t !== undefined) actual[t]!++;
    if (p !== undefined) predicted[p]!++;
    if (yTrue[i] === yPred[i]) { // (-0 === 0, as for the Map: one label)
      correct++;
      if (t !== undefined) tp[t]!++;
    }
  }

  const perClass: ClassScores[] = [];
  let tpSum = 0;
  let predictedSum = 0;
  let support = 0;
  const macro = { precision: 0, recall: 0, f1: 0 };
  const weighted = { precision: 0, recall: 0, f1: 0 };
  for (let c = 0; c < L; c++) {
    const scores = scoresOf(tp[c]!, predicted[c]!, actual[c]!, zeroDivision);
    perClass.push(scores);
    tpSum += tp[c]!;
    predictedSum += predicted[c]!;
    support += actual[c]!;
    for (const key of ["precision", "recall", "f1"] as const) {
      macro[key] += scores[key] / L;
      weighted[key] += scores[key] * actual[c]!;
    }
  }
  // The weighted average of nothing (no class has support) is a 0/0 too.
  for (const key of ["precision", "recall", "f1"] as const) weighted[key] = support === 0 ? zeroDivision : weighted[key] / support;

  return {
    labels,
    perClass,
    accuracy: correct / yTrue.length,
    // Micro pools the counts: with every label reported, every sample is one TP or one FP and one FN, so micro
    // precision = recall = F1 = accuracy.
    micro: scoresOf(tpSum, predictedSum, support, zeroDivision),
    macro: { ...macro, support },
    weighted: { ...weighted, support },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scores: the precision-recall curve

function isPositive(label: unknown, index: number): boolean {
  if (label === 1 || label === true) return true;
  if (label === 0 || label === false) return false;
  if (typeof label !== "number" && typeof label !== "boolean") {
    throw new TypeError(`yTrue[${index}] is ${label === null ? "null" : typeof label}; each label must be 0, 1, true or false`);
  }
  throw new RangeError(`yTrue[${index}] is ${String(label)}; each label must be 0, 1, true or false`);
}

/** The distinct scores from the highest down, with the cumulative TP and FP of "score >= that threshold". */
interface Prefixes {
  thresholds: Float64Array;
  tp: Float64Array;
  fp: Float64Array;
  positives: number;
}

/** Validates and sorts once: O(n log n) time, O(n) extra space; the caller's arrays are never touched. */
function prefixes(yTrue: BinaryLabels, scores: Scores): Prefixes {
  if (!isArrayLike(yTrue)) throw new TypeError("yTrue must be an array or a typed array of 0/1 labels");
  if (!isArrayLike(scores)) throw new TypeError("scores must be an array or a typed array of numbers");
  const n = yTrue.length;
  if (n !== scores.length) throw new RangeError(`yTrue and scores must have the same length (got ${n} and ${scores.length})`);
  if (n === 0) throw new RangeError("yTrue and scores are empty; there is nothing to score");
  const all = new Float64Array(n);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const score = scores[i];
    if (typeof score !== "number") throw new TypeError(`scores[${i}] is ${typeof score}; scores must be finite numbers`);
    if (!Number.isFinite(score)) throw new RangeError(`scores[${i}] is ${score}; scores must be finite numbers`);
    all[i] = score;
    if (isPositive(yTrue[i], i)) positives++;
  }
  if (positives === 0) {
    throw new RangeError("yTrue has no positive sample; recall (TP / number of positives) is undefined");
  }
  // Two native numeric sorts (no comparator callback): all scores, and the positives' scores, walked in step.
  const positiveScores = new Float64Array(positives);
  for (let i = 0, j = 0; i < n; i++) if (yTrue[i] === 1 || yTrue[i] === true) positiveScores[j++] = all[i]!;
  all.sort();
  positiveScores.sort();

  // At most n distinct scores: preallocate, fill m of them, and return views (no growing arrays, no copies).
  const thresholds = new Float64Array(n);
  const tp = new Float64Array(n);
  const fp = new Float64Array(n);
  let m = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let p = positives - 1;
  for (let i = n - 1; i >= 0; ) {
    const value = all[i]!;
    let group = 0;
    while (i >= 0 && all[i] === value) { // === groups -0 with 0
      i--;
      group++;
    }
    let groupPositives = 0;
    while (p >= 0 && positiveScores[p] === value) {
      p--;
      groupPositives++;
    }
    truePositives += groupPositives;
    falsePositives += group - groupPositives;
    thresholds[m] = value;
    tp[m] = truePositives;
    fp[m] = falsePositives;
    m++;
  }
  return { thresholds: thresholds.subarray(0, m), tp: tp.subarray(0, m), fp: fp.subarray(0, m), positives };
}

/**
 * scikit-learn's precision_recall_curve (drop_intermediate=False): one point per distinct score t, where a sample
 * is predicted positive when score >= t; thresholds increasing, then the point (precision 1, recall 0) with no
 * threshold. O(n log n).
 */
export function precisionRecallCurve(yTrue: BinaryLabels, scores: Scores): PrecisionRecallCurve {
  const { thresholds, tp, fp, positives } = prefixes(yTrue, scores);
  const m = thresholds.length;
  const curve: PrecisionRecallCurve = { precision: new Array(m + 1), recall: new Array(m + 1), thresholds: new Array(m) };
  for (let k = 0; k < m; k++) {
    const i = m - 1 - k; // the walk went from the highest score down; the curve lists thresholds increasing
    curve.thresholds[i] = thresholds[k]!;
    curve.precision[i] = tp[k]! / (tp[k]! + fp[k]!); // never 0/0: the threshold's own samples are predicted
    curve.recall[i] = tp[k]! / positives;
  }
  curve.precision[m] = 1;
  curve.recall[m] = 0;
  return curve;
}

/**
 * scikit-learn's average_precision_score: AP = sum over thresholds, from the highest down, of
 * (R_n - R_(n-1)) * P_n. A step function (each recall gain is paid at the precision where it happens): no
 * trapezoid, no interpolation. O(n log n).
 */
export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  const { tp, fp, positives } = prefixes(yTrue, scores);
  let ap = 0;
  let previousTp = 0;
  for (let k = 0; k < tp.length; k++) {
    const gained = tp[k]! - previousTp; // recall gain = gained / positives
    if (gained > 0) ap += (gained / positives) * (tp[k]! / (tp[k]! + fp[k]!));
    previousTp = tp[k]!;
  }
  return ap;
}

/**
 * The threshold of the PR curve with the highest F1 (predict positive when score >= threshold). Ties go to the
 * highest threshold: the walk goes from the highest score down and only a strictly better F1 replaces the best.
 * F1 = 2 TP / (TP + FP + positives) is one division of integers, so equal F1 values are equal doubles.
 */
export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  const { thresholds, tp, fp, positives } = prefixes(yTrue, scores);
  let best = 0;
  let bestF1 = -1;
  for (let k = 0; k < thresholds.length; k++) {
    const f1 = (2 * tp[k]!) / (tp[k]! + fp[k]! + positives);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = k;
    }
  }
  return {
    threshold: thresholds[best]!,
    f1: bestF1,
    precision: tp[best]! / (tp[best]! + fp[best]!),
    recall: tp[best]! / positives,
  };
}
