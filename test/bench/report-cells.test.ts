// How bench/RESULTS.md writes its cells, each written once for every section
// (report-cells.ts), and the lookups the sections share: a task found by name
// (stats.ts) and one task over another on the second clock (interleaved.ts).
import { expect, test } from "vitest";
import { cyclesRatio, type Interleaved } from "../../bench/interleaved.js";
import { mark, ms, ratioX } from "../../bench/report-cells.js";
import { byName, type Measured } from "../../bench/stats.js";

test("a verdict is met, or missed in bold", () => {
  expect(mark(true)).toBe("met");
  expect(mark(false)).toBe("**missed**");
});

test("a ratio has two decimals and an x; a time in ms below a second, in s with two decimals from one", () => {
  expect([0.5, 1, 1.004, 1.236, 12.3].map(ratioX)).toEqual(["0.50x", "1.00x", "1.00x", "1.24x", "12.30x"]);
  expect([0, 12.4, 850, 999.4, 1000, 1254, 61_000].map(ms)).toEqual([
    "0 ms",
    "12 ms",
    "850 ms",
    "999 ms",
    "1.00 s",
    "1.25 s",
    "61.00 s",
  ]);
});

test("a task is found by its name, and a name not measured finds none", () => {
  const task = (name: string, median: number): Measured => ({
    name,
    median,
    low: median,
    high: median,
    rounds: [median],
  });
  const results = [task("generated", 10), task("ajv", 30), task("generated", 99)];
  expect(byName(results, "ajv")).toBe(results[1]);
  expect(byName(results, "generated")).toBe(results[0]);
  expect(byName(results, "zod")).toBeUndefined();
});

test("on the second clock, a over b is a's time over b's, from each one's ratio to the first task", () => {
  // Made-up batch times: the first task 1, a 3, b 12 (each firstOver is the first task's time over the task's).
  const times: Record<string, number> = { first: 1, a: 3, b: 12 };
  const firstOver = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, 1 / t]));
  const cycles: Interleaved = { fastest: times, firstOver };
  expect(cyclesRatio(cycles, "a", "b")).toBeCloseTo(3 / 12, 12);
  expect(cyclesRatio(cycles, "b", "first")).toBeCloseTo(12 / 1, 12);
  expect(cyclesRatio(cycles, "a", "missing")).toBeUndefined();
  expect(cyclesRatio(cycles, "missing", "a")).toBeUndefined();
});
