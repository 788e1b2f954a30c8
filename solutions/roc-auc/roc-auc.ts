/**
 * Reference solution: ROC AUC and the ROC curve in O(n log n).
 *
 * Idea: AUC = P(score of a random positive > score of a random negative), a tied pair counting 1/2
 * (the Mann-Whitney U statistic divided by n_pos * n_neg). Sort once, walk the distinct scores in order and,
 * for each group of equal scores, credit its positives with every negative strictly below plus half the
 * negatives inside the group. Grouping equal scores is what makes ties exact.
 */

export type Labels = ArrayLike<number | boolean>;
export type Scores = ArrayLike<number>;

export interface RocCurve {
  fpr: number[];
  tpr: number[];
  thresholds: number[];
}

/** Distinct scores in ascending order with how many positives and negatives carry each. */
interface ScoreGroups {
  values: Float64Array;
  positives: Uint32Array;
  negatives: Uint32Array;
  totalPositives: number;
  totalNegatives: number;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function isPositive(label: unknown, index: number): boolean {
  if (label === 1 || label === true) return true;
  if (label === 0 || label === false) return false;
  if (typeof label !== "number" && typeof label !== "boolean") {
    throw new TypeError(`labels[${index}] is ${typeof label}; each label must be 0, 1, true or false`);
  }
  throw new RangeError(`labels[${index}] is ${String(label)}; each label must be 0, 1, true or false`);
}

/** Validates the contract and groups the scores; never modifies the inputs. */
function groupScores(labels: Labels, scores: Scores): ScoreGroups {
  if (!isArrayLike(labels)) throw new TypeError("labels must be an array or a typed array");
  if (!isArrayLike(scores)) throw new TypeError("scores must be an array or a typed array");
  const n = labels.length;
  if (n !== scores.length) {
    throw new RangeError(`labels and scores must have the same length (got ${n} and ${scores.length})`);
  }
  if (n === 0) throw new RangeError("labels and scores are empty; ROC AUC needs at least one of each class");

  // Copy into typed arrays: the native numeric sort is fast and leaves the caller's arrays untouched.
  const all = new Float64Array(n);
  let totalPositives = 0;
  for (let i = 0; i < n; i++) {
    const score = scores[i];
    if (typeof score !== "number") throw new TypeError(`scores[${i}] is ${typeof score}; scores must be finite numbers`);
    if (!Number.isFinite(score)) throw new RangeError(`scores[${i}] is ${score}; scores must be finite numbers`);
    all[i] = score;
    if (isPositive(labels[i], i)) totalPositives++;
  }
  const totalNegatives = n - totalPositives;
  if (totalPositives === 0 || totalNegatives === 0) {
    throw new RangeError(
      `ROC AUC is undefined when only one class is present (got ${totalPositives} positives and ${totalNegatives} negatives)`,
    );
  }

  const positiveScores = new Float64Array(totalPositives);
  for (let i = 0, j = 0; i < n; i++) if (labels[i] === 1 || labels[i] === true) positiveScores[j++] = all[i]!;
  all.sort();
  positiveScores.sort();

  // Walk the sorted scores; `p` follows the sorted positive scores in step (they are a subset).
  const values: number[] = [];
  const positives: number[] = [];
  const negatives: number[] = [];
  let p = 0;
  for (let i = 0; i < n; ) {
    const value = all[i]!;
    let groupSize = 0;
    while (i < n && all[i] === value) {
      i++;
      groupSize++;
    }
    let groupPositives = 0;
    while (p < totalPositives && positiveScores[p] === value) {
      p++;
      groupPositives++;
    }
    values.push(value);
    positives.push(groupPositives);
    negatives.push(groupSize - groupPositives);
  }
  return {
    values: Float64Array.from(values),
    positives: Uint32Array.from(positives),
    negatives: Uint32Array.from(negatives),
    totalPositives,
    totalNegatives,
  };
}

/**
 * Area under the ROC curve; equals scikit-learn's roc_auc_score. A tied positive/negative pair counts 1/2.
 * O(n log n) time, O(n) extra space.
 */
export function rocAuc(labels: Labels, scores: Scores): number {
  const groups = groupScores(labels, scores);
  let negativesBelow = 0;
  let wins = 0; // pairs won by the positive, ties counted as 1/2
  for (let g = 0; g < groups.values.length; g++) {
    const negativesHere = groups.negatives[g]!;
    wins += groups.positives[g]! * (negativesBelow + negativesHere / 2);
    negativesBelow += negativesHere;
  }
  // Divide once at the end: the counts are exact integers (and halves) up to 2^53.
  return wins / (groups.totalPositives * groups.totalNegatives);
}

/**
 * ROC curve: one point per distinct score, thresholds descending, starting at (0, 0) with threshold +Infinity.
 * Equals scikit-learn's roc_curve(..., drop_intermediate=False). O(n log n).
 */
export function rocCurve(labels: Labels, scores: Scores): RocCurve {
  const groups = groupScores(labels, scores);
  const fpr = [0];
  const tpr = [0];
  const thresholds = [Number.POSITIVE_INFINITY];
  let truePositives = 0;
  let falsePositives = 0;
  for (let g = groups.values.length - 1; g >= 0; g--) {
    truePositives += groups.positives[g]!;
    falsePositives += groups.negatives[g]!;
    fpr.push(falsePositives / groups.totalNegatives);
    tpr.push(truePositives / groups.totalPositives);
    thresholds.push(groups.values[g]!);
  }
  return { fpr, tpr, thresholds };
}
