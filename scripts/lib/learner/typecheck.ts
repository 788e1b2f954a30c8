/** Type errors in a learner's kata file (placeholder type; the checker follows). */
export interface TypeProblem {
  /** Relative to the repository root. */
  file: string;
  line: number;
  column: number;
  message: string;
}
