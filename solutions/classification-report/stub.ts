/**
 * Kata: Classification report and PR-AUC. Read README.md in this folder first.
 *
 * Implement the five functions below, then run `npm run grade -- classification-report`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

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

/**
 * Confusion matrix: rows are the true labels, columns the predicted ones, in the order of `labels` (default: every
 * label of yTrue and yPred, sorted). With explicit labels, samples with another label are left out.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function confusionMatrix(yTrue: Labels, yPred: Labels, labels?: readonly Label[]): ConfusionMatrix {
  throw new NotImplementedError("confusionMatrix");
}

/**
 * Per-class precision, recall, F1 and support, the accuracy, and the micro, macro and weighted averages, as
 * scikit-learn's classification_report. A 0/0 ratio gives options.zeroDivision (default 0).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function classificationReport(yTrue: Labels, yPred: Labels, options?: ReportOptions): ClassificationReport {
  throw new NotImplementedError("classificationReport");
}

/**
 * Precision-recall curve as scikit-learn's precision_recall_curve: one point per distinct score t (predicted
 * positive when score >= t), thresholds increasing, then the point (precision 1, recall 0). O(n log n).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function precisionRecallCurve(yTrue: BinaryLabels, scores: Scores): PrecisionRecallCurve {
  throw new NotImplementedError("precisionRecallCurve");
}

/**
 * Average precision as scikit-learn's average_precision_score: the sum of (R_n - R_(n-1)) * P_n over the
 * thresholds from the highest down. O(n log n).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function averagePrecision(yTrue: BinaryLabels, scores: Scores): number {
  throw new NotImplementedError("averagePrecision");
}

/**
 * The threshold of the PR curve with the highest F1 (predicted positive when score >= threshold); among equal
 * F1 values, the highest threshold. O(n log n).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function bestF1Threshold(yTrue: BinaryLabels, scores: Scores): BestThreshold {
  throw new NotImplementedError("bestF1Threshold");
}
