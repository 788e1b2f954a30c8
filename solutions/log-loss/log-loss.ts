/**
 * Reference solution: binary log-loss from probabilities (clipped like scikit-learn's log_loss), binary log-loss
 * from logits (softplus, no clipping needed) and multiclass cross-entropy from logits (log-sum-exp), each a
 * weighted mean over the samples, in one pass with O(1) extra memory.
 *
 * Numerics in one paragraph: log(sigmoid(z)) and log(1 - sigmoid(z)) are -softplus(-z) and -softplus(z), and
 * softplus(z) = max(z, 0) + log1p(exp(-|z|)) never overflows (exp of a non-positive number) and never rounds
 * 1 - sigmoid(z) to 0. Likewise log(softmax(z)_y) = z_y - logsumexp(z), and logsumexp(z) = m + log(sum exp(z_j - m))
 * with m = max z: every exponent is <= 0 and the largest term is exactly 1, so the sum lies in [1, k].
 */

export type BinaryLabels = ArrayLike<number | boolean>;
export type ClassLabels = ArrayLike<number>;
export type LogitRows = readonly ArrayLike<number>[];

export interface LossOptions {
  sampleWeight?: ArrayLike<number>;
}

/** numpy's np.finfo(np.float64).eps = 2^-52, the clipping scikit-learn's log_loss uses since version 1.5. */
const EPS = Number.EPSILON;

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function requireArray(value: unknown, name: string): ArrayLike<unknown> {
  if (!isArrayLike(value)) throw new TypeError(`${name} must be an array or a typed array`);
  return value;
}

/** Checks the shared contract: labels and values are arrays of one non-zero length. Returns n. */
function checkLengths(labels: unknown, values: unknown, valuesName: string): number {
  const n = requireArray(labels, "labels").length;
  const m = requireArray(values, valuesName).length;
  if (n !== m) throw new RangeError(`labels and ${valuesName} must have the same length (got ${n} and ${m})`);
  if (n === 0) throw new RangeError(`labels and ${valuesName} are empty; the mean loss of no samples is undefined`);
  return n;
}

/** The weights as given (or undefined for "all 1"), validated: finite, >= 0, one per sample, not all 0. */
function checkWeights(options: LossOptions | undefined, n: number): ArrayLike<number> | undefined {
  const weights = options?.sampleWeight;
  if (weights === undefined) return undefined;
  requireArray(weights, "sampleWeight");
  if (weights.length !== n) throw new RangeError(`sampleWeight must have one weight per sample (length ${n}, got ${weights.length})`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as unknown;
    if (typeof w !== "number") throw new TypeError(`sampleWeight[${i}] is ${typeof w}; each weight must be a finite number >= 0`);
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`sampleWeight[${i}] is ${w}; each weight must be a finite number >= 0`);
    total += w;
  }
  if (total === 0) throw new RangeError("the sample weights sum to zero; a weighted mean needs a positive total weight");
  return weights;
}

function binaryLabel(label: unknown, index: number): 0 | 1 {
  if (label === 1 || label === true) return 1;
  if (label === 0 || label === false) return 0;
  if (typeof label !== "number" && typeof label !== "boolean") {
    throw new TypeError(`labels[${index}] is ${typeof label}; each label must be 0, 1, true or false`);
  }
  throw new RangeError(`labels[${index}] is ${String(label)}; each label must be 0, 1, true or false`);
}

/** Checks logits[i] (or logits[i][j]); the message is built only on failure, never once per element. */
function checkLogit(value: unknown, i: number, j?: number): void {
  if (typeof value === "number" && Number.isFinite(value)) return;
  const where = j === undefined ? `logits[${i}]` : `logits[${i}][${j}]`;
  if (typeof value !== "number") throw new TypeError(`${where} is ${typeof value}; each logit must be a finite number`);
  throw new RangeError(`${where} is ${value}; each logit must be a finite number`);
}

/** softplus(z) = log(1 + e^z), stable for every finite z: never exponentiates a positive number. */
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** sum(w_i * loss_i) / sum(w_i), or the plain mean without weights: the sum is formed once, divided once. */
function weightedMean(n: number, weights: ArrayLike<number> | undefined, lossAt: (i: number) => number): number {
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    // A weight of 0 removes its sample, even when the loss is huge (no 0 * x surprises: the loss is finite).
    total += w * lossAt(i);
    weightSum += w;
  }
  return total / weightSum;
}

/**
 * Binary log-loss: -mean(y log p + (1 - y) log(1 - p)), the probability of the true class clipped to
 * [eps, 1 - eps] first (scikit-learn's log_loss), so a confident wrong answer costs -log(eps) ≈ 36.04, not Infinity.
 */
export function logLoss(labels: BinaryLabels, probabilities: ArrayLike<number>, options?: LossOptions): number {
  const n = checkLengths(labels, probabilities, "probabilities");
  const weights = checkWeights(options, n);
  return weightedMean(n, weights, (i) => {
    const y = binaryLabel(labels[i], i);
    const p = probabilities[i] as unknown;
    if (typeof p !== "number") throw new TypeError(`probabilities[${i}] is ${typeof p}; each probability must be a number in [0, 1]`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`probabilities[${i}] is ${p}; each probability must be in [0, 1]`);
    // The true class's probability, clipped like scikit-learn (which clips the column [1 - p, p]).
    const trueClass = y === 1 ? p : 1 - p;
    return -Math.log(Math.min(Math.max(trueClass, EPS), 1 - EPS));
  });
}

/**
 * Binary log-loss from logits: -log sigmoid(z) for y = 1 and -log(1 - sigmoid(z)) for y = 0, which are
 * softplus(-z) and softplus(z); together softplus(z) - y z. Exact where sigmoid(z) rounds to 0 or 1.
 */
export function logLossFromLogits(labels: BinaryLabels, logits: ArrayLike<number>, options?: LossOptions): number {
  const n = checkLengths(labels, logits, "logits");
  const weights = checkWeights(options, n);
  return weightedMean(n, weights, (i) => {
    const y = binaryLabel(labels[i], i);
    const z = logits[i] as unknown;
    checkLogit(z, i);
    return y === 1 ? softplus(-(z as number)) : softplus(z as number);
  });
}

/**
 * Multiclass cross-entropy: mean of logsumexp(z_i) - z_i[y_i], where z_i is row i of the logits and column j
 * is class j. One pass over the rows (each validated as it is read), O(1) extra memory: the softmax is never
 * materialised, not even for one row.
 */
export function crossEntropyFromLogits(labels: ClassLabels, logits: LogitRows, options?: LossOptions): number {
  const n = checkLengths(labels, logits, "logits");
  const weights = checkWeights(options, n);
  const firstRow = logits[0] as unknown;
  if (!isArrayLike(firstRow)) throw new TypeError("logits[0] is not an array; logits must be an array of rows");
  const k = firstRow.length;
  if (k === 0) throw new RangeError("logits[0] is an empty row; each row needs one logit per class");
  return weightedMean(n, weights, (i) => {
    const row = logits[i] as unknown;
    if (!isArrayLike(row)) throw new TypeError(`logits[${i}] is not an array; logits must be an array of rows`);
    if (row.length !== k) throw new RangeError(`logits[${i}] has length ${row.length}, but row 0 has ${k}: every row needs one logit per class`);
    const label = labels[i] as unknown;
    if (typeof label !== "number") throw new TypeError(`labels[${i}] is ${typeof label}; each label must be an integer class index`);
    if (!Number.isInteger(label) || label < 0 || label >= k) {
      throw new RangeError(`labels[${i}] is ${label}; each label must be an integer class index in [0, ${k - 1}]`);
    }
    const z = row as ArrayLike<number>;
    let max = -Infinity;
    for (let j = 0; j < k; j++) {
      checkLogit(z[j], i, j);
      if (z[j]! > max) max = z[j]!;
    }
    let sum = 0; // in [1, k]: the max's own term is exp(0) = 1
    for (let j = 0; j < k; j++) sum += Math.exp(z[j]! - max);
    // logsumexp(z) - z_y, written as (max - z_y) + log(sum) so that a huge common offset cancels exactly.
    return max - z[label]! + Math.log(sum);
  });
}
