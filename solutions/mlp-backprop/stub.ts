/**
 * Kata: a two-layer perceptron with backpropagation. Read README.md in this folder first.
 *
 * Implement the five functions below, then run `npm run grade -- mlp-backprop`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 *
 * ml-matrix is available where you would reach for numpy: `import { Matrix } from "ml-matrix";`
 * (`new Matrix(rows)`, `a.mmul(b)`, `a.transpose()`, `a.addRowVector(v)`, `a.max("row")`, `a.sum("column")`,
 * `a.to2DArray()`; see README.md for what it gives and what it does not). Plain loops are fine too.
 *
 * Random initialisation: `import seedrandom from "seedrandom";` then `const rng = seedrandom(String(seed));`
 * (rng() is a float in [0, 1)), and a standard normal draw by Box-Muller:
 * `Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng())`. Any other seeded normal generator is
 * fine too; Math.random is not (it has no seed).
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** n rows of d finite numbers each (plain arrays or typed arrays). Never modified. */
export type Rows = ReadonlyArray<ArrayLike<number>>;
/** n class indices, integers in [0, k). Plain array or typed array. */
export type Labels = ArrayLike<number>;

/** The network's parameters, in numpy's layout (x @ W): torch's nn.Linear stores the transpose of each W. */
export interface MlpParams {
  /** d × h: input to hidden. */
  W1: number[][];
  /** h: hidden bias. */
  b1: number[];
  /** h × k: hidden to output. */
  W2: number[][];
  /** k: output bias. */
  b2: number[];
}

/** Gradients of the mean loss, with exactly the shapes of the parameters. */
export type MlpGradients = MlpParams;

/** Everything the forward pass computes, row by row (n rows each). */
export interface ForwardCache {
  /** n × h: pre-activations X·W1 + b1. */
  z1: number[][];
  /** n × h: relu(z1). */
  hidden: number[][];
  /** n × k: hidden·W2 + b2. */
  logits: number[][];
  /** n × k: softmax of each row of logits (each row sums to 1). */
  probs: number[][];
}

/**
 * He-normal initialisation: W1[i][j] ~ N(0, 2/d), W2[i][j] ~ N(0, 2/h), biases 0, all draws from one generator
 * seeded with `seed`. The same seed gives the same parameters.
 *
 * @throws RangeError when a size is not a positive integer (k >= 2) or the seed is not an integer.
 */
export function initParams(inputSize: number, hiddenSize: number, classes: number, seed: number): MlpParams {
  throw new NotImplementedError("initParams");
}

/**
 * The forward pass: z1 = X·W1 + b1, hidden = relu(z1), logits = hidden·W2 + b2, probs = softmax(logits) per row
 * (numerically stable for any finite logits).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function forward(params: MlpParams, X: Rows): ForwardCache {
  throw new NotImplementedError("forward");
}

/**
 * Mean cross-entropy over the rows: (1/n) Σᵢ −log softmax(logitsᵢ)[yᵢ], finite for any finite logits.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function loss(params: MlpParams, X: Rows, y: Labels): number {
  throw new NotImplementedError("loss");
}

/**
 * The gradients of `loss(params, X, y)` with respect to every parameter, by backpropagation (ReLU'(0) = 0).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function backward(params: MlpParams, X: Rows, y: Labels): MlpGradients {
  throw new NotImplementedError("backward");
}

/**
 * One plain SGD step: a new set of parameters p − learningRate · g. `params` and `grads` are not modified.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function sgdStep(params: MlpParams, grads: MlpGradients, learningRate: number): MlpParams {
  throw new NotImplementedError("sgdStep");
}
