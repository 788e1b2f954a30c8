/**
 * The spec kit: small helpers every hidden spec uses so that a failure reads as a case, not as code.
 *
 *   given({ labels, scores }, () => expectClose(rocAuc(labels, scores), 0.75, 1e-12));
 *
 * On failure the grader shows the spec name, the input (abridged), the expected and the actual value.
 * The fields travel on the thrown error: kataInput, kataExpected, kataActual (plain strings).
 */
export { NotImplementedError } from "./not-implemented.ts";

export interface CaseError extends Error {
  kataInput?: string;
  kataExpected?: string;
  kataActual?: string;
}

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

/** Runs `body` for one case; a failure inside it carries the case's input to the grader. */
export function given<T>(input: Record<string, unknown>, body: () => T): T {
  // Described before the call, so that an input the code under test modifies is shown as it was given.
  const inputText = describeInput(input);
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw attachInput(error, inputText);
  }
  if (result instanceof Promise) {
    return result.catch((error: unknown) => {
      throw attachInput(error, inputText);
    }) as T;
  }
  return result;
}

/** Fails the current case with an explicit expected/actual pair. */
export function fail(message: string, expected: unknown, actual: unknown): never {
  const error: CaseError = new Error(message);
  error.name = "CaseFailure";
  error.kataExpected = typeof expected === "string" ? expected : abridge(expected);
  error.kataActual = typeof actual === "string" ? actual : abridge(actual);
  throw error;
}

/** |actual - expected| <= tolerance, with a clear message; NaN and non-numbers always fail. */
export function expectClose(actual: unknown, expected: number, tolerance: number, what = "result"): void {
  if (typeof actual !== "number") {
    fail(`${what} should be a number, got ${typeof actual}`, expected, actual);
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
    fail(`${what} should be an array of numbers`, expected, actual);
  }
  const values = actual as unknown as ArrayLike<unknown>;
  if (values.length !== expected.length) {
    fail(`${what} should have length ${expected.length}, got ${values.length}`, expected, actual);
  }
  for (let i = 0; i < expected.length; i++) {
    const a = values[i];
    const e = expected[i]!;
    const ok = typeof a === "number" && (a === e || Math.abs(a - e) <= tolerance);
    if (!ok) fail(`${what}[${i}] should be within ${tolerance} of ${formatNumber(e)}, got ${abridge(a)}`, expected, actual);
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
    fail(`${what} was modified: inputs must not be changed`, before, after);
  }
}

function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
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
