// meaningFor (the mock's refusal quotes it) gives every meaning of a value that
// names the operation, joined, not the first of them alone; and a name inside a
// longer word, before it as after it, is not the operation named. Beside
// quoted-meaning.test.ts, whose registry has no value naming one operation twice.
import { expect, test } from "vitest";
import type { ValueDescriptor } from "../../generated/runtime/descriptor.js";
import { meaningFor } from "../../generated/runtime/status-value.js";

const value = (...meanings: string[]): ValueDescriptor => ({ value: "00", meanings });

test("every meaning naming the operation is quoted, in the value's order", () => {
  const twice = value(
    "In response to cardCheck: checked",
    "In response to walletCheckEnrollment: enrolled",
    "For cardCheck and refund: the card is valid",
  );
  expect(meaningFor(twice, "cardCheck")).toBe(
    "In response to cardCheck: checked; For cardCheck and refund: the card is valid",
  );
  expect(meaningFor(twice, "refund")).toBe("For cardCheck and refund: the card is valid");
});

test("a name with a word character before it is not the operation named", () => {
  const inside = value("In response to precardCheck: enrolled", "Accepted");
  expect(meaningFor(inside, "cardCheck")).toBe("In response to precardCheck: enrolled; Accepted");
  expect(meaningFor(value("In response to x_cardCheck: other", "Accepted"), "cardCheck")).toBe(
    "In response to x_cardCheck: other; Accepted",
  );
});
