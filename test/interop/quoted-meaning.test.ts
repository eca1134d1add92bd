// A value of a shared list may carry one meaning per operation ("In response
// to paymentWebInit: …", "In response to cardCheckEnrollment: …"), and an
// operation that takes the whole list keeps them all. What quotes one meaning
// of a value (the mock's refusal) quotes the ones that name the operation in
// hand, never the first alone, which may be another operation's. Held on the
// repository's registry: every response field value whose meanings name
// operations is refused with as the operation's code.
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import type { OperationDescriptor, ValueDescriptor } from "../../generated/runtime/descriptor.js";
import { mockRefusal } from "../../generated/runtime/mock-refusal.js";
import { meaningFor } from "../../generated/runtime/status-value.js";

const names = Object.keys(operations);
/** The operations of the registry a meaning names as a word of its own. */
const named = (meaning: string): string[] => names.filter((name) => new RegExp(`\\b${name}\\b`).test(meaning));

test("the mock refuses with the meanings of its code that name the operation, not another operation's first", () => {
  let quoted = 0;
  for (const op of Object.values(operations) as OperationDescriptor<unknown, unknown>[])
    for (const field of op.response.fields)
      for (const value of field.valueList?.values ?? []) {
        if (value.meanings.length < 2 || !value.meanings.some((m) => named(m).length > 0)) continue;
        // The operation refusing with this value, its meaning sent in a message field beside it.
        const refusing = {
          ...op,
          status: {
            field: field.name,
            messageField: "statusMessage",
            errorField: null,
            accepted: null,
            formatError: value.value,
            signatureError: null,
          },
        };
        const answer = mockRefusal(refusing, "formatError", null, undefined, { error: "undocumented" });
        const own = value.meanings.filter((m) => named(m).includes(op.name));
        const want = (own.length > 0 ? own : value.meanings).join("; ");
        expect(answer.body.statusMessage, `${op.name} ${field.name} ${value.value}`).toBe(want);
        if (own.length > 0 && own.length < value.meanings.length) quoted++;
      }
  // The registry has such values (cardCheckEnrollment's redirectionStatusCode 00 and 94): the check above is not idle.
  expect(quoted).toBeGreaterThan(0);
});

const value = (...meanings: string[]): ValueDescriptor => ({ value: "00", meanings });

test("a meaning names an operation as a word of its own, not inside a longer name", () => {
  const both = value("In response to cardCheckEnrollment: enrolled", "In response to cardCheck: checked");
  expect(meaningFor(both, "cardCheck")).toBe("In response to cardCheck: checked");
  expect(meaningFor(both, "cardCheckEnrollment")).toBe("In response to cardCheckEnrollment: enrolled");
  // None names it: every meaning, as none is known to be another's alone.
  expect(meaningFor(both, "walletCheckEnrollment")).toBe(
    "In response to cardCheckEnrollment: enrolled; In response to cardCheck: checked",
  );
  expect(meaningFor(value("Accepted"), "cardCheck")).toBe("Accepted");
  expect(meaningFor(value(), "cardCheck")).toBeUndefined();
  expect(meaningFor(undefined, "cardCheck")).toBeUndefined();
});
