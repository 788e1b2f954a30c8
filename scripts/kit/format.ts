/**
 * Pure formatting and comparison helpers of the spec kit (no vitest): the CLI side (compare, try, the grader's
 * messages) renders values exactly as the specs do.
 */
const MAX_ITEMS = 8;
const MAX_CHARS = 240;

export function formatNumber(x: number): string {
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

/** "a string", "an array", "null"...: for messages about a value of the wrong type. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (value instanceof Promise) return "a Promise (is the function async?)";
  const type = typeof value;
  return type === "undefined" ? "undefined" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

export function sameData(a: unknown, b: unknown): boolean {
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
