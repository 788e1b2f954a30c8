/**
 * The spec kit: small helpers every hidden spec uses so that a failure reads as a case, not as code.
 *
 *   specs("correct", "rocAuc: golden cases from scikit-learn", () => {
 *     it("distinct scores", () =>
 *       given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.75, 1e-12)));
 *   });
 *
 * Every spec has exactly one kind, declared once per describe block with `specs(kind, name, body)` (nested
 * `describe` blocks inherit it); `npm test` fails a spec without one. The kinds:
 *
 *   correct   golden and seeded random cases against the trusted library or a brute force
 *   edge      ties, empty clusters, separable data, degenerate inputs, numerical stability
 *   contract  errors, input immutability, output types and shapes
 *   scale     complexity and scale specs (each in its own file named like scale.spec.ts or complexity.spec.ts)
 *
 * On failure the grader shows the spec name, the input (abridged), the expected and the actual value.
 * The fields travel on the thrown error: kataInput, kataExpected, kataActual (plain strings), kataSize (how many
 * values the input holds, so the simplest failing case is shown first), and kataKind when the kit knows what kind
 * of failure it is ("changed-input").
 *
 * `given` also guards its inputs: the plain data it is handed (arrays, typed arrays, plain objects, through
 * nesting) is copied before the call and compared after it, so a solution that sorts or edits its input in
 * place fails with "changed its input" on the first case where it does, whatever the spec checks next. Inputs
 * the code under test is meant to change must not be listed in `given` (list a description instead).
 */
import { describe } from "vitest";
import { abridge, describeInput, describeType, formatNumber, sameData } from "./format.ts";
import { SPEC_KINDS, type SpecKind } from "./kinds.ts";

export { abridge, describeInput } from "./format.ts";
export { SPEC_KINDS, type SpecKind } from "./kinds.ts";
export { NotImplementedError } from "./not-implemented.ts";

export interface CaseError extends Error {
  kataInput?: string;
  kataExpected?: string;
  kataActual?: string;
  kataKind?: string;
  /** Values in the case's input (array elements and object fields, counted through nesting; capped). */
  kataSize?: number;
}

declare module "vitest" {
  interface TaskMeta {
    /** The spec's kind, declared by `specs(kind, ...)` on its describe block. */
    kataKind?: SpecKind;
  }
}

/**
 * A describe block whose specs all have one kind (see the module comment). Nested `describe` blocks inherit it;
 * a nested `specs` block may declare another kind.
 */
export function specs(kind: SpecKind, name: string, body: () => void): void {
  if (!(SPEC_KINDS as readonly string[]).includes(kind)) {
    throw new TypeError(`specs("${String(kind)}", ...): the kind must be one of ${SPEC_KINDS.join(", ")}`);
  }
  describe(name, { meta: { kataKind: kind } }, body);
}

/** Counting stops here: past it, a case is simply "large". */
const SIZE_CAP = 10_000_000;

/** How many values an input holds: array and typed-array elements, object fields, through nesting (capped). */
export function inputSize(value: unknown, budget = { left: SIZE_CAP }): number {
  if (value === null || typeof value !== "object") return 1;
  if (ArrayBuffer.isView(value)) {
    const length = value instanceof DataView ? value.byteLength : (value as unknown as ArrayLike<unknown>).length;
    budget.left -= length;
    return length;
  }
  if (value instanceof Map || value instanceof Set) {
    budget.left -= value.size;
    return value.size;
  }
  const items = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  let size = 0;
  for (const item of items) {
    if (budget.left <= 0) return SIZE_CAP;
    size += inputSize(item, budget);
    budget.left -= 1;
  }
  return Math.max(size, items.length === 0 ? 1 : 0);
}

/** kataKind of a failure caused by the code under test modifying its input. */
export const CHANGED_INPUT = "changed-input";

function attachInput(error: unknown, inputText: string, size: number): unknown {
  if (error instanceof Error) {
    const caseError = error as CaseError;
    caseError.kataInput ??= inputText;
    caseError.kataSize ??= size;
    return caseError;
  }
  return error;
}

/**
 * Largest size of one input that `given` copies to check it was not modified, in parts: an element or key
 * counts 1, a typed-array element 1/8 (copied and compared far faster). Checking costs about a second per two
 * million nested numbers, which a scale spec cannot spare; its small cases catch a modified input anyway.
 */
const GUARD_BUDGET = 200_000;

/** Copies of the plain-data inputs, to compare after the call; other values (class instances...) are skipped. */
function guardInputs(input: Record<string, unknown>): Map<string, unknown> {
  const copies = new Map<string, unknown>();
  for (const [name, value] of Object.entries(input)) {
    if (value === null || typeof value !== "object" || !isPlainData(value, { left: GUARD_BUDGET })) continue;
    copies.set(name, structuredClone(value));
  }
  return copies;
}

function isPlainData(value: unknown, budget: { left: number }): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "function" && typeof value !== "symbol";
  if (ArrayBuffer.isView(value)) {
    if (value instanceof DataView) return false;
    budget.left -= 1 + value.byteLength / 64;
    return budget.left >= 0;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  const values = Array.isArray(value) ? value : Object.values(value);
  budget.left -= values.length;
  if (budget.left < 0) return false;
  return values.every((item) => isPlainData(item, budget));
}

/** The first guarded input that differs from its copy, as a failure to throw; undefined when none changed. */
function changedInput(input: Record<string, unknown>, copies: Map<string, unknown>): CaseError | undefined {
  for (const [name, before] of copies) {
    if (sameData(before, input[name])) continue;
    return caseFailure(`changed its input: ${name} was modified (work on a copy)`, before, input[name], CHANGED_INPUT);
  }
  return undefined;
}

function isNotImplemented(error: unknown): boolean {
  return error instanceof Error && error.name === "NotImplementedError";
}

/**
 * Runs `body` for one case; a failure inside it carries the case's input to the grader. The plain-data inputs
 * must be unchanged after the call (see the module comment).
 */
export function given<T>(input: Record<string, unknown>, body: () => T): T {
  // Described before the call, so that an input the code under test modifies is shown as it was given.
  const inputText = describeInput(input);
  const size = inputSize(input);
  const copies = guardInputs(input);
  const settle = (error: unknown, failed: boolean): unknown => {
    // A modified input explains most wrong answers that follow it: report it first (but "not started" stays).
    const changed = isNotImplemented(error) ? undefined : changedInput(input, copies);
    if (changed) return attachInput(changed, inputText, size);
    return failed ? attachInput(error, inputText, size) : undefined;
  };
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw settle(error, true);
  }
  if (result instanceof Promise) {
    return result.then(
      (value: unknown) => {
        const failure = settle(undefined, false);
        if (failure) throw failure;
        return value;
      },
      (error: unknown) => {
        throw settle(error, true);
      },
    ) as T;
  }
  const failure = settle(undefined, false);
  if (failure) throw failure;
  return result;
}

function caseFailure(message: string, expected: unknown, actual: unknown, kind?: string): CaseError {
  const error: CaseError = new Error(message);
  error.name = "CaseFailure";
  error.kataExpected = typeof expected === "string" ? expected : abridge(expected);
  error.kataActual = typeof actual === "string" ? actual : abridge(actual);
  if (kind) error.kataKind = kind;
  return error;
}

/**
 * Fails the current case with an explicit expected/actual pair. A string is shown as it is (pre-formatted text);
 * pass `abridge(value)` to show a value the code under test returned.
 */
export function fail(message: string, expected: unknown, actual: unknown): never {
  throw caseFailure(message, expected, actual);
}

/** |actual - expected| <= tolerance, with a clear message; NaN and non-numbers always fail. */
export function expectClose(actual: unknown, expected: number, tolerance: number, what = "result"): void {
  if (typeof actual !== "number") {
    fail(`${what} should be a number, got ${describeType(actual)}`, expected, abridge(actual));
  }
  if (Number.isNaN(actual)) fail(`${what} is NaN`, expected, actual);
  if (expected === actual) return;
  if (!(Math.abs(actual - expected) <= tolerance)) {
    fail(`${what} should be within ${tolerance} of ${formatNumber(expected)}`, expected, actual);
  }
}

/** Element-wise closeness of two numeric sequences, naming the first index that differs. */
export function expectAllClose(
  actual: unknown,
  expected: ArrayLike<number>,
  tolerance: number,
  what = "result",
): void {
  if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) {
    fail(`${what} should be an array of numbers, got ${describeType(actual)}`, expected, abridge(actual));
  }
  const values = actual as unknown as ArrayLike<unknown>;
  if (values.length !== expected.length) {
    fail(`${what} should have length ${expected.length}, got ${values.length}`, expected, abridge(actual));
  }
  for (let i = 0; i < expected.length; i++) {
    const a = values[i];
    const e = expected[i]!;
    const ok = typeof a === "number" && (a === e || Math.abs(a - e) <= tolerance);
    if (!ok) fail(`${what}[${i}] should be within ${tolerance} of ${formatNumber(e)}, got ${abridge(a)}`, expected, abridge(actual));
  }
}

/**
 * Calls `fn` and requires it to throw an instance of `errorType` whose message matches `pattern`
 * (the message must name the problem).
 */
export function expectError(
  fn: () => unknown,
  errorType: new (...args: never[]) => Error,
  pattern: RegExp,
): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  const wanted = `${errorType.name} matching ${pattern}`;
  if (thrown === undefined) fail(`should throw ${errorType.name}`, wanted, "returned without throwing");
  if (thrown instanceof Error && thrown.name === "NotImplementedError") throw thrown;
  if (!(thrown instanceof errorType)) {
    fail(`should throw ${errorType.name}`, wanted, thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : abridge(thrown));
  }
  if (!pattern.test(thrown.message)) {
    fail(`the ${errorType.name} message should name the problem`, wanted, `${thrown.name}: ${thrown.message}`);
  }
}

/** Deep copy of plain data (arrays, typed arrays, plain objects) for immutability checks. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** Requires `after` to equal the `before` snapshot taken before calling learner code. */
export function expectUnchanged(before: unknown, after: unknown, what: string): void {
  if (!sameData(before, after)) {
    throw caseFailure(`changed its input: ${what} was modified (work on a copy)`, abridge(before), abridge(after), CHANGED_INPUT);
  }
}

