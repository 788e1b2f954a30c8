/**
 * Scale spec of interleavingVerdict, in its own file (a solution stopped by the watchdog on the interleaving's scale
 * spec does not take this one down with it).
 *
 * 1,000,000 queries. Measured on the project machine (2 cores, Node 20, loaded): the reference 25-65 ms of CPU (the
 * binomial tail summed by ratios from pmf(k), with ln C(n, k) as 499,000 compensated logarithms); the ln Gamma
 * alternative ~20 ms; n! overflows to NaN past 170 (factorial-overflow fails on the value, and its O(n k) loop is
 * stopped by the watchdog); an exact BigInt sum of C(n, i) for i <= 499,000 is thousands of times slower.
 * Bound: 1,500 ms of CPU (process.cpuUsage): a 23-60x margin for the correct solutions.
 */
import { it } from "vitest";
import { interleavingVerdict } from "#impl/interleaving";
import { expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const BOUND_MS = 1_500;

specs("scale", "scale: verdict", () => {
  it("interleavingVerdict over 1,000,000 queries (501,000 to 499,000): p = 0.0456", () => {
    // binomtest(501000, 1000000, 0.5).pvalue -> 0.0456082998653896
    const credits = Array.from({ length: 1_000_000 }, (_, i) => (i % 1000 < 501 ? { a: 1, b: 0 } : { a: 0, b: 1 }));
    given({ credits: "1,000,000 credits, 501 of every 1,000 a win for A" }, () => {
      const start = process.cpuUsage();
      const value = interleavingVerdict(credits);
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      expectClose(value.pValue, 0.0456082998653896, 1e-7 * 0.0456082998653896, "pValue");
      if (ms > BOUND_MS) fail(`interleavingVerdict took ${Math.round(ms)} ms of CPU; it needs well under ${BOUND_MS} ms`, `< ${BOUND_MS} ms`, `${Math.round(ms)} ms`);
    });
  });
});
