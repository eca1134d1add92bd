// A validator's unknown field one slip of the keyboard away from exactly one
// field of its message (runtime/field-slips.ts: a character left out, doubled,
// swapped with the next, the name in another case) names that field, in the
// issue's message and as `meant`; no field of the message is ever reported
// unknown, strict or not. The fields are read from the generated descriptors
// of a few real operations: requests, a response with a valid path, responses
// whose facts stop (a field beyond them is a warning that says so).
import fc from "fast-check";
import { expect, test } from "vitest";
import { type MessageDescriptor, operations, type ValidationIssue } from "../../generated/index.js";
import { unknownFieldIssue, UNKNOWN_FIELD_TEXT } from "../../generated/runtime/issues.js";
import { SLIP_KINDS, type SlipKind, slipped } from "../support/name-slips.js";
import { drawOf } from "../support/property-runs.js";

type Message = Pick<MessageDescriptor<unknown>, "fields" | "validate">;
const messages: readonly (readonly [string, Message])[] = [
  ["paymentTokenInitialize.request", operations.paymentTokenInitialize.request],
  ["paymentTokenInitialize.response", operations.paymentTokenInitialize.response],
  ["acceptChallenge.response", operations.acceptChallenge.response],
  ["refund.request", operations.refund.request],
  ["getTransactionData.response", operations.getTransactionData.response],
];


/** Every issue, strict or not: lenient, an unknown field is a warning, and one beyond a message's facts says so. */
const issuesOf = (message: Message, value: unknown, strict = true): ValidationIssue[] => {
  const result = message.validate(value, { strict });
  return result.ok ? [...result.warnings] : [...result.errors, ...result.warnings];
};

const draw = fc.record({
  message: fc.constantFrom(...messages),
  field: fc.nat(),
  kind: fc.constantFrom(...SLIP_KINDS),
  at: fc.nat(),
  others: fc.array(fc.nat(), { maxLength: 4 }),
});

test("each slip of a real field is reported unknown naming that field, and no real field is ever reported unknown", () => {
  const reached = new Map<SlipKind, number>();
  fc.assert(
    fc.property(draw, ({ message: [name, message], field, kind, at, others }) => {
      const names = message.fields.map((f) => f.name);
      const meant = names[field % names.length] as string;
      const near = slipped(meant, kind, at);
      fc.pre(near !== meant && near !== "");
      reached.set(kind, (reached.get(kind) ?? 0) + 1);
      // Real fields beside the slip, any values: whatever else is wrong with them, none is unknown.
      const value: Record<string, unknown> = { [near]: "x" };
      for (const other of others) value[names[other % names.length] as string] = "x";
      for (const strict of [true, false]) {
        const unknown = issuesOf(message, value, strict).filter((issue) => issue.code === "unknown-field");
        expect(unknown, `${name}: ${near} ~ ${meant}`).toEqual([
          expect.objectContaining({ path: `/${near}`, meant, message: expect.stringMatching(`; did you mean ${meant}\\?$`) }),
        ]);
      }
    }),
    drawOf(400, 4000),
  );
  for (const kind of SLIP_KINDS) expect(reached.get(kind) ?? 0, kind).toBeGreaterThan(10);
});

test("a message holding every field of its operation has no unknown field", () => {
  for (const [name, message] of messages) {
    const value = Object.fromEntries(message.fields.map((f) => [f.name, "x"]));
    for (const strict of [true, false])
      expect(issuesOf(message, value, strict).filter((issue) => issue.code === "unknown-field"), name).toEqual([]);
  }
});

test("a name one slip away from two fields names neither: the issue would guess", () => {
  // "Seal" is seal in another case and Seall with one character left out.
  for (const names of [
    ["seal", "Seall"],
    ["Seall", "seal"],
  ]) {
    const issue = unknownFieldIssue("/Seal", "Seal", names);
    expect(issue).toEqual({ path: "/Seal", code: "unknown-field", message: UNKNOWN_FIELD_TEXT });
  }
  const named = unknownFieldIssue("/Seal", "Seal", ["seal", "amount"]);
  // A plain object, its keys in the order of every other issue's, as a literal would be: logs print it alike.
  expect(named).toStrictEqual({
    path: "/Seal",
    code: "unknown-field",
    message: `${UNKNOWN_FIELD_TEXT}; did you mean seal?`,
    meant: "seal",
  });
  expect(Object.getPrototypeOf(named)).toBe(Object.prototype);
  expect(Object.keys(named)).toEqual(["path", "code", "message", "meant"]);
});

test("a name no slip away from any field names none", () => {
  const value = { transactionReferense: "x" };
  const [issue] = issuesOf(operations.refund.request, value).filter((i) => i.code === "unknown-field");
  expect(issue).toEqual({ path: "/transactionReferense", code: "unknown-field", message: UNKNOWN_FIELD_TEXT });
});
