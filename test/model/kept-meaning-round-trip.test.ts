// The name sync's check gives a value's own meaning (keptMeaningAbout), which
// a deviation records, is read back by KEPT_MEANING, by the model and by the
// check of a kept fact: whatever the value holds (a prefix list's `IR_WS_2.`,
// dots inside), the name read back is the message, field and value written.
import { expect, test } from "vitest";
import { KEPT_MEANING, keptMeaningAbout } from "../../generator/rules/meanings.js";

test("a kept meaning's name reads back as what it was written from", () => {
  for (const [message, field, value] of [
    ["response", "redirectionStatusCode", "94"],
    ["request", "interfaceVersion", "IR_WS_2."],
    ["callback", "paymentPattern", "ONE_SHOT"],
    ["response", "x", ".a.b."],
    ["request", "y", "meaning"],
  ] as const)
    expect(KEPT_MEANING.exec(keptMeaningAbout(message, field, value))?.slice(1)).toEqual([message, field, value]);
});
