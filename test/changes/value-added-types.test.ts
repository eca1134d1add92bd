// A value added to a shared list names every type that gains it: the list's,
// and the type an operation exports for what its field takes of the list
// (`<Operation><List>`, which its guard narrows to), where that field takes
// the new value and the type was exported before; a switch over any of them
// meets a new case. A type the same change brings is told as exported instead.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { edited, goldenInput, LISTS, modelOf, modelOfGolden, OP, PAYPAGE, REFUND } from "../support/golden-changes.js";

const ADDED =
  '      "99":\n        name: INTERNAL_ERROR\n        meaning: Internal error\n      "05":\n        name: REFUSED\n        meaning: Refused\n';
const LIST_99 = '      "99":\n        name: INTERNAL_ERROR\n        meaning: Internal error\n';

const addedLine = async (edits: Parameters<typeof edited>[1]): Promise<string | undefined> =>
  compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, edits))).find(
    (c) => c.kind === "shared-value-added",
  )?.summary;

test("an operation's own type that takes the new value is named beside the list's", async () => {
  const summary = await addedLine([
    [LISTS, LIST_99, ADDED],
    [REFUND, 'values: ["00"]', 'values: ["00", "05"]'],
  ]);
  expect(summary).toContain(
    "; its type StatusCode gains it, and so does CardRefundStatusCode, so an exhaustive switch over any of them meets a new case.",
  );
});

test("an own type that does not take it, or that the same change brings, is not named", async () => {
  // cardRefund keeps to 00; cardCheck's field comes to narrow the list in this change, 05 among its values.
  const summary = await addedLine([
    [LISTS, LIST_99, ADDED],
    [OP, "      valueList: statusCode\n", '      valueList: statusCode\n      values: ["00", "05"]\n'],
  ]);
  expect(summary).toContain("; its type StatusCode gains it, so an exhaustive switch over that type meets a new case.");
});

test("each own type that takes the new value is named, a callback's among them, in the operations' order", async () => {
  // Before: cardCheck's response and cardPaymentInit's callback narrow the list to 00, as cardRefund does; all three
  // come to take 05, which the list gains.
  const narrowed = [
    [OP, "      valueList: statusCode\n      description: Outcome.\n", "$&      values: [VALUES]\n"],
    [
      PAYPAGE,
      "      valueList: statusCode\n      description: Outcome of the payment.\n",
      "$&      values: [VALUES]\n",
    ],
  ] as const;
  const taking = (values: string) =>
    narrowed.map(([file, from, to]) => [file, from, to.replace("$&", from).replace("VALUES", values)] as const);
  const before = await modelOf(edited(goldenInput, taking('"00"')));
  const after = await modelOf(
    edited(goldenInput, [
      ...taking('"00", "05"'),
      [LISTS, LIST_99, ADDED],
      [REFUND, 'values: ["00"]', 'values: ["00", "05"]'],
    ]),
  );
  const summary = compareSpecs(before, after).find((c) => c.kind === "shared-value-added")?.summary;
  expect(summary).toContain(
    "; taken by cardCheck, cardPaymentInit, cardRefund; its type StatusCode gains it, and so do CardCheckStatusCode, CardPaymentInitStatusCode and CardRefundStatusCode, so an exhaustive switch over any of them meets a new case.",
  );
});
