// A value too long is counted in its limit's unit, which formatIssue reads
// from the issue's message: the messages the package writes are held here to
// it, so that one reworded cannot make a text of digits read in characters.
import { expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/runtime/descriptor.js";
import { formatLengthIssue, formatLengthText, integerFormatIssue, integerFormatTexts } from "../../generated/runtime/formats.js";
import { formatIssue } from "../../generated/runtime/issue-format.js";
import { integerTextIssue } from "../../generated/runtime/paypage-integer-text.js";

const typeIssue = (path: string, received: string) =>
  ({ path, code: "type", message: "must be an integer", received }) as const;

test("an integer left as text, too long for its format or for a number, is counted in digits, its sign left out", () => {
  // As a Paypage response's Data gives them: one integer of a format, one of none.
  const fields = [
    { name: "amount", type: "integer", format: "N12", fields: null, items: null },
    { name: "captureDay", type: "integer", format: null, fields: null, items: null },
  ] as unknown as readonly FieldDescriptor[];
  const sixteen = "1234567890123456";
  expect(formatIssue(integerTextIssue(fields, typeIssue("/amount", sixteen)))).toMatch(/, got 16 digits$/);
  expect(formatIssue(integerTextIssue(fields, typeIssue("/captureDay", sixteen)))).toMatch(/, got 16 digits$/);
  expect(formatIssue(integerTextIssue(fields, typeIssue("/captureDay", `-${sixteen}`)))).toMatch(/, got 16 digits$/);
});

test("a text of a format too long is counted in characters, an integer too long shown as the number it is", () => {
  const text = "\u{1F600}".repeat(4);
  expect(formatIssue(formatLengthIssue("/x", text, 3, formatLengthText("ANSU", 3)) ?? { path: "", code: "", message: "" })).toMatch(
    /, got 4 characters$/,
  );
  const { negative, digits } = integerFormatTexts(2);
  expect(formatIssue(integerFormatIssue("/n", 123, negative, digits))).toMatch(/, got number 123$/);
});
