/**
 * Kata: log-loss and cross-entropy, stable. Read README.md in this folder first.
 *
 * Implement the three functions below, then run `npm run grade -- log-loss`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** 0/1 numbers or booleans; 1 / true is the positive class. Plain arrays or typed arrays. */
export type BinaryLabels = ArrayLike<number | boolean>;
/** Integer class labels 0..k-1: label j is column j of its row of logits. */
export type ClassLabels = ArrayLike<number>;
/** An n × k matrix of logits: one row per sample (each a plain array or a typed array), all of length k. */
export type LogitRows = readonly ArrayLike<number>[];

export interface LossOptions {
  /** One finite weight >= 0 per sample; the loss is then sum(w_i * loss_i) / sum(w_i). Default: all 1. */
  sampleWeight?: ArrayLike<number>;
}

/**
 * Mean binary log-loss (natural log) of the probabilities of class 1, each clipped to [eps, 1 - eps] with
 * eps = Number.EPSILON (scikit-learn's log_loss).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  throw new NotImplementedError("logLoss");
}

/**
 * Mean binary log-loss from logits z (p = sigmoid(z)), computed stably and without clipping
 * (torch's binary_cross_entropy_with_logits).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  throw new NotImplementedError("logLossFromLogits");
}

/**
 * Mean multiclass cross-entropy from rows of logits, with a stable log-sum-exp (torch's cross_entropy).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  throw new NotImplementedError("crossEntropyFromLogits");
}
