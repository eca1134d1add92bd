// Counts in messages are written as `toLocaleString("en")` writes them, without
// starting Intl (generator/diagnostics/code-definition.ts): the same text for
// every whole number a message can give, a count of characters, fields or values.
import { expect, test } from "vitest";
import { thousands } from "../../generator/diagnostics/code-definition.js";

test("every count below 100,000 as toLocaleString writes it", () => {
  const differ: number[] = [];
  for (let count = 0; count < 100_000; count++) if (thousands(count) !== count.toLocaleString("en")) differ.push(count);
  expect(differ).toEqual([]);
});

test("larger counts, up to the largest safe integer, as toLocaleString writes them", () => {
  const counts = [52_428_803, 2 ** 31 - 1, 2 ** 32, 999_999_999_999, 1e15, Number.MAX_SAFE_INTEGER];
  for (let count = 1; count < Number.MAX_SAFE_INTEGER / 7; count *= 7) counts.push(count, count - 1, count + 1);
  for (const count of counts) expect(thousands(count), String(count)).toBe(count.toLocaleString("en"));
});
