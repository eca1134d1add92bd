// The slips the slip-rule tests draw (name-slips.ts): each kind at every place
// of a name, its last character included, each a name of its own (not the
// name itself, nor another place's slip, where the letters differ).
import { expect, test } from "vitest";
import { slipped } from "./name-slips.js";

const NAME = "orderId";

test("a slip left out, doubled or swapped at each place of a name is a different name at each place", () => {
  const at = [...NAME].map((_, i) => i);
  const omitted = at.map((i) => slipped(NAME, "omitted", i));
  const doubled = at.map((i) => slipped(NAME, "doubled", i));
  // A swap at the last character has no neighbour to take: the name as it is.
  const swapped = at.slice(0, -1).map((i) => slipped(NAME, "swapped", i));
  expect(omitted.at(-1)).toBe("orderI");
  expect(doubled.at(-1)).toBe("orderIdd");
  expect(swapped.at(-1)).toBe("orderdI");
  for (const slips of [omitted, doubled, swapped]) {
    expect(new Set(slips).size).toBe(slips.length);
    expect(slips).not.toContain(NAME);
  }
  expect(omitted.every((s) => s.length === NAME.length - 1)).toBe(true);
  expect(doubled.every((s) => s.length === NAME.length + 1)).toBe(true);
  expect(slipped(NAME, "swapped", NAME.length - 1)).toBe(NAME);
  expect(slipped(NAME, "omitted", NAME.length + 2)).toBe(slipped(NAME, "omitted", 2));
});

test("the name in lower case, or its first letter a capital, whatever the place drawn", () => {
  for (let at = 0; at < NAME.length; at++) {
    expect(slipped(NAME, "lower", at)).toBe("orderid");
    expect(slipped(NAME, "capital", at)).toBe("OrderId");
  }
});
