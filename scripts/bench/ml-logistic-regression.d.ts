/** Types for the parts of ml-logistic-regression 2.0.0 (which ships none) that the benchmark uses. */
declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    train(X: Matrix, Y: Matrix): void;
    predict(X: Matrix): number[];
  }
}
