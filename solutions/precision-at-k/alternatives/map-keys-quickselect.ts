/** Alternative: type-tagged Map keys and first-occurrence flags for the list metrics; topK by a 2k buffer pruned with quickselect. */
// Written independently of the reference (no import from it). topK keeps at most 2k candidates; each time the
// buffer fills, a quickselect moves the best k to the front and drops the rest: O(n) expected time, O(k) space.
export type ItemId = string | number;
export type RelevantIds = ReadonlySet<ItemId> | readonly ItemId[];
export interface Query {
  ranked: readonly ItemId[];
  relevant: RelevantIds;
}
export type Scores = ArrayLike<number>;

function keyOf(id: unknown, what: string): string {
  if (typeof id === "number") return `n:${Object.is(id, -0) ? 0 : id}`;
  if (typeof id === "string") return `s:${id}`;
  throw new TypeError(`${what}: item ids must be strings or numbers, got ${id === null ? "null" : typeof id}`);
}

function validK(k: unknown): number {
  if (typeof k !== "number") throw new TypeError(`k should be a number, got ${typeof k}`);
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`k = ${k} is not allowed: k has to be an integer >= 1`);
  }
  return k;
}

function relevantKeys(relevant: unknown, what = "relevant"): Map<string, true> {
  let items: unknown[];
  if (Array.isArray(relevant)) items = relevant;
  else if (relevant instanceof Set) items = Array.from(relevant);
  else throw new TypeError(`${what} has to be a Set or an array`);
  const keys = new Map<string, true>();
  for (const id of items) keys.set(keyOf(id, what), true);
  return keys;
}

/** For each of the first k slots: 1 if it holds a relevant id seen there for the first time, else 0. */
function newHitFlags(ranked: unknown, relevant: unknown, k: number, prefix = ""): { flags: number[]; relevantTotal: number } {
  if (!Array.isArray(ranked)) throw new TypeError(`${prefix}ranked has to be an array`);
  const keys = ranked.map((id) => keyOf(id, `${prefix}ranked`));
  const wanted = relevantKeys(relevant, `${prefix}relevant`);
  const firstSeen = new Map<string, number>();
  const flags: number[] = [];
  for (let i = 0; i < keys.length && i < k; i++) {
    const key = keys[i]!;
    if (!firstSeen.has(key)) firstSeen.set(key, i);
    flags.push(wanted.has(key) && firstSeen.get(key) === i ? 1 : 0);
  }
  return { flags, relevantTotal: wanted.size };
}

export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const kk = validK(k);
  const { flags } = newHitFlags(ranked, relevant, kk);
  return flags.reduce((a, b) => a + b, 0) / kk;
}

export function recallAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const kk = validK(k);
  const { flags, relevantTotal } = newHitFlags(ranked, relevant, kk);
  if (relevantTotal === 0) return 0;
  return flags.reduce((a, b) => a + b, 0) / relevantTotal;
}

function ap(flags: number[], relevantTotal: number, k: number): number {
  if (relevantTotal === 0) return 0;
  const cumulative: number[] = [];
  flags.forEach((f, i) => cumulative.push((cumulative[i - 1] ?? 0) + f));
  let total = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i] === 1) total += cumulative[i]! / (i + 1);
  return total / Math.min(k, relevantTotal);
}

export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const kk = validK(k);
  const { flags, relevantTotal } = newHitFlags(ranked, relevant, kk);
  return ap(flags, relevantTotal, kk);
}

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  const kk = validK(k);
  if (!Array.isArray(queries)) throw new TypeError("queries has to be an array");
  if (queries.length === 0) throw new RangeError("no queries given (empty array)");
  const aps = queries.map((query: unknown, q) => {
    if (query === null || typeof query !== "object") throw new TypeError(`query ${q} is not an object`);
    const { ranked, relevant } = query as { ranked: unknown; relevant: unknown };
    const { flags, relevantTotal } = newHitFlags(ranked, relevant, kk, `query ${q}: `);
    return ap(flags, relevantTotal, kk);
  });
  return aps.reduce((a, b) => a + b, 0) / aps.length;
}

/** Keeps up to 2k candidates; when full, quickselects the best k to the front and drops the rest. */
export function topK(scores: Scores, k: number): number[] {
  if (!(Array.isArray(scores) || (ArrayBuffer.isView(scores) && !(scores instanceof DataView)))) {
    throw new TypeError("scores has to be an array or a typed array");
  }
  const kk = validK(k);
  const n = scores.length;
  const keep = Math.min(kk, n);
  if (keep === 0) return [];
  const cap = Math.min(2 * keep, n);
  const buf = new Array<number>(cap);
  let size = 0;
  // a before b when a has the higher score, or the same score and the lower index.
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  let seed = 12345;
  const rand = (m: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % m;
  };
  const select = (count: number) => {
    // Rearranges buf[0..size) so that its best `count` entries come first (Hoare-style quickselect).
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const pivot = buf[lo + rand(hi - lo + 1)]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (before(buf[i]!, pivot)) i++;
        while (before(pivot, buf[j]!)) j--;
        if (i <= j) {
          const t = buf[i]!;
          buf[i] = buf[j]!;
          buf[j] = t;
          i++;
          j--;
        }
      }
      if (count - 1 <= j) hi = j;
      else if (count - 1 >= i) lo = i;
      else break;
    }
  };
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (typeof s !== "number") throw new TypeError(`score at ${i} is not a number`);
    if (Number.isNaN(s) || !Number.isFinite(s)) throw new RangeError(`score at ${i} is ${s}`);
    if (size === cap) {
      select(keep);
      size = keep;
    }
    buf[size++] = i;
  }
  select(keep);
  const best = buf.slice(0, keep);
  best.sort((a, b) => (before(a, b) ? -1 : 1));
  return best;
}
