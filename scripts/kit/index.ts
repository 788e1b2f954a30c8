/**
 * The spec kit: small helpers every hidden spec uses so that a failure reads as a case, not as code.
 *
 *   given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.75, 1e-12));
 *
 * On failure the grader shows the spec name, the input (abridged), the expected and the actual value.
 * The fields travel on the thrown error: kataInput, kataExpected, kataActual (plain strings), and kataKind when
 * the kit knows what kind of failure it is ("changed-input").
 *
 * `given` also guards its inputs: the plain data it is handed (arrays, typed arrays, plain objects, through
 * nesting) is copied before the call and compared after it, so a solution that sorts or edits its input in
 * place fails with "changed its input" on the first case where it does, whatever the spec checks next. Inputs
 * the code under test is meant to change must not be listed in `given` (list a description instead).
 */
export { NotImplementedError } from "./not-implemented.ts";

export interface CaseError extends Error {
  kataInput?: string;
  kataExpected?: string;
  kataActual?: string;
  kataKind?: string;
}

/** kataKind of a failure caused by the code under test modifying its input. */
export const CHANGED_INPUT = "changed-input";

const MAX_ITEMS = 8;
const MAX_CHARS = 240;

function formatNumber(x: number): string {
  if (Object.is(x, -0)) return "-0";
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(10)));
}

function formatValue(value: unknown, depth: number): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null || value === undefined || typeof value === "boolean") return String(value);
  if (typeof value === "function") return `[function ${value.name || "anonymous"}]`;
  if (value instanceof Set) return `Set ${formatList([...value], depth)}`;
  if (value instanceof Map) return `Map(${value.size})`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const typed = value as unknown as ArrayLike<number> & { constructor: { name: string } };
    return `${typed.constructor.name} ${formatList(Array.from(typed.length > MAX_ITEMS * 2 ? Array.prototype.slice.call(typed, 0, MAX_ITEMS) : typed), depth, typed.length)}`;
  }
  if (Array.isArray(value)) return formatList(value, depth);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === "object") {
    if (depth > 2) return "{…}";
    const entries = Object.entries(value as Record<string, unknown>);
    const shown = entries.slice(0, MAX_ITEMS).map(([k, v]) => `${k}: ${formatValue(v, depth + 1)}`);
    if (entries.length > MAX_ITEMS) shown.push(`… ${entries.length - MAX_ITEMS} more keys`);
    return `{ ${shown.join(", ")} }`;
  }
  return String(value);
}

function formatList(items: readonly unknown[], depth: number, length = items.length): string {
  if (depth > 2) return `[…${length} items]`;
  const shown = items.slice(0, MAX_ITEMS).map((item) => formatValue(item, depth + 1));
  if (length > MAX_ITEMS) shown.push(`… ${(length - MAX_ITEMS).toLocaleString("en-US")} more (length ${length.toLocaleString("en-US")})`);
  return `[${shown.join(", ")}]`;
}

/** A short, stable, one-line rendering of any value: long arrays are cut after a few items. */
export function abridge(value: unknown, maxChars = MAX_CHARS): string {
  const text = formatValue(value, 0);
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

/** Renders named inputs as `labels = [...], scores = [...]`. */
export function describeInput(input: Record<string, unknown>): string {
  return Object.entries(input)
    .map(([name, value]) => `${name} = ${abridge(value)}`)
    .join("\n");
}

function attachInput(error: unknown, inputText: string): unknown {
  if (error instanceof Error) {
    const caseError = error as CaseError;
    caseError.kataInput ??= inputText;
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
  const copies = guardInputs(input);
  const settle = (error: unknown, failed: boolean): unknown => {
    // A modified input explains most wrong answers that follow it: report it first (but "not started" stays).
    const changed = isNotImplemented(error) ? undefined : changedInput(input, copies);
    if (changed) return attachInput(changed, inputText);
    return failed ? attachInput(error, inputText) : undefined;
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

/** "a string", "an array", "null"...: for messages about a value of the wrong type. */
function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (value instanceof Promise) return "a Promise (is the function async?)";
  const type = typeof value;
  return type === "undefined" ? "undefined" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((item) => b.has(item));
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([key, value]) => b.has(key) && sameData(value, b.get(key)));
  }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (
      keysA.length === keysB.length &&
      keysA.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}
