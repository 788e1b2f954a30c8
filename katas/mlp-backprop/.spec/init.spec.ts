/**
 * initParams: He-normal initialisation. These specs never assume a particular random generator or call order
 * (the prompt suggests Box-Muller on seedrandom, but any seeded normal generator is correct): they check the
 * shapes, the zero biases, that a seed reproduces its parameters, and the statistics of the draws.
 *
 * Statistics (W1 ~ N(0, 2/d), W2 ~ N(0, 2/h), torch's kaiming_normal_(mode="fan_in", nonlinearity="relu")), on
 * initParams(300, 400, 50, seed): W1 holds 120,000 draws, W2 20,000. The sample variance's relative standard
 * error is √(2/N): 0.4% for W1, 1% for W2; the tolerances are 3% and 6% (7 and 6 standard errors). Glorot's
 * 2/(fan_in + fan_out) is 57% off for W1 and 11% off for W2; LeCun's 1/fan_in is 50% off. The share of draws
 * within one standard deviation is 0.6827 for a normal (SE 0.0013 for W1) and 0.5774 for He-uniform; the
 * tolerance is 0.01.
 */
import { it } from "vitest";
import { initParams } from "#impl/mlp-backprop";
import { abridge, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";

function flatten(matrix: unknown, rows: number, columns: number, what: string): number[] {
  if (!Array.isArray(matrix) || matrix.length !== rows) fail(`${what} should have ${rows} rows`, `${rows} × ${columns}`, abridge(matrix));
  const values: number[] = [];
  (matrix as unknown[]).forEach((row, i) => {
    const r = row as ArrayLike<unknown>;
    if ((!Array.isArray(row) && !ArrayBuffer.isView(row)) || r.length !== columns) fail(`${what}[${i}] should have ${columns} values`, `${columns} values`, abridge(row));
    for (let j = 0; j < columns; j++) {
      const v = r[j];
      if (typeof v !== "number" || !Number.isFinite(v)) fail(`${what}[${i}][${j}] should be a finite number`, "a finite number", abridge(v));
      values.push(v);
    }
  });
  return values;
}

function expectHeNormal(values: number[], fanIn: number, varianceTolerance: number, what: string): void {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + v * v, 0) / n; // the second moment about the true mean, 0
  const target = 2 / fanIn;
  const sd = Math.sqrt(target);
  if (Math.abs(mean) > 5 * Math.sqrt(target / n)) fail(`${what}: the mean of the draws should be 0 (within 5 standard errors)`, 0, mean);
  if (Math.abs(variance / target - 1) > varianceTolerance) {
    fail(`${what}: the variance of the draws should be 2 / fan_in = 2/${fanIn} = ${target} (within ${varianceTolerance * 100}%)`, target, variance);
  }
  const within = values.filter((v) => Math.abs(v) < sd).length / n;
  if (Math.abs(within - 0.6827) > 0.01) fail(`${what}: draws should be normal: 68.3% within one standard deviation of 0`, 0.6827, within);
}

specs("correct", "initParams: He-normal initialisation", () => {
  it("has the shapes d × h, h, h × k, k, with biases exactly 0", () => {
    given({ inputSize: 3, hiddenSize: 5, classes: 4, seed: 0 }, () => {
      const p = initParams(3, 5, 4, 0);
      flatten(p.W1, 3, 5, "W1");
      flatten(p.W2, 5, 4, "W2");
      for (const [name, bias, length] of [["b1", p.b1, 5], ["b2", p.b2, 4]] as const) {
        if (!Array.isArray(bias) || bias.length !== length || bias.some((b) => b !== 0)) fail(`${name} should be ${length} zeros`, new Array(length).fill(0), abridge(bias));
      }
    });
  });

  it("W1 ~ N(0, 2/d) and W2 ~ N(0, 2/h) (initParams(300, 400, 50, 7): 120,000 and 20,000 draws)", () => {
    given({ inputSize: 300, hiddenSize: 400, classes: 50, seed: 7 }, () => {
      const p = initParams(300, 400, 50, 7);
      expectHeNormal(flatten(p.W1, 300, 400, "W1"), 300, 0.03, "W1");
      expectHeNormal(flatten(p.W2, 400, 50, "W2"), 400, 0.06, "W2");
    });
  });

  it("the same seed gives the same parameters; other seeds give other ones", () => {
    given({ inputSize: 4, hiddenSize: 6, classes: 3, seeds: [0, 1, 2, 3] }, () => {
      const runs = [0, 1, 2, 3].map((seed) => JSON.stringify(initParams(4, 6, 3, seed)));
      if (JSON.stringify(initParams(4, 6, 3, 2)) !== runs[2]) fail("initParams(4, 6, 3, 2) twice should give the same parameters", runs[2], "different parameters");
      if (new Set(runs).size !== 4) fail("seeds 0, 1, 2, 3 should give four different initialisations", "4 different", `${new Set(runs).size} different`);
    });
  });
});

specs("contract", "initParams: errors name the problem", () => {
  const cases: { name: string; args: [number, number, number, number]; pattern: RegExp }[] = [
    { name: "inputSize 0", args: [0, 4, 3, 0], pattern: /inputSize/ },
    { name: "hiddenSize 2.5", args: [2, 2.5, 3, 0], pattern: /hiddenSize/ },
    { name: "one class", args: [2, 4, 1, 0], pattern: /classes/ },
    { name: "a seed of 0.5", args: [2, 4, 3, 0.5], pattern: /seed/ },
  ];
  for (const c of cases) {
    it(c.name, () => given({ args: c.args }, () => expectError(() => initParams(...c.args), RangeError, c.pattern)));
  }
});
