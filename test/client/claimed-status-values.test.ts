// A status a refused reply claims that its field does not list is told by its
// kind and length after the codes the operation's field takes, named as the
// response's validator names them for a value outside the list: on every
// operation of the registry with a status, then on a field with no list and
// on a list whose codes have several meanings, one or none.
import { expect, test } from "vitest";
import { type FieldDescriptor, operations, type StatusDescriptor } from "../../generated/index.js";
import { claimedText } from "../../generated/runtime/client-claimed-status.js";
import { guideText } from "../support/operation-facts.js";

/** A code no status list holds, of a card number's length. */
const CLAIMED = "4970100000000003";

/** What the client's message says of `CLAIMED` as the status of a reply of `fields`. */
const textOf = (status: StatusDescriptor, fields: readonly FieldDescriptor[]): string =>
  claimedText({ statusCode: CLAIMED, statusMessage: null }, status, fields, { [status.field]: CLAIMED });

test("each operation's unlisted status names the codes its response's validator names, never the code", () => {
  let checked = 0;
  for (const [name, descriptor] of Object.entries(operations)) {
    const status = descriptor.status;
    if (status === null) continue;
    const result = descriptor.response.validate({ [status.field]: CLAIMED }, { strict: true });
    const issue = result.ok ? undefined : result.errors.find((e) => e.path === `/${status.field}`);
    if (issue?.code !== "unknown-value") continue;
    const named = /\((.+)\)$/.exec(issue.message)?.[1];
    expect(named, `${name}: ${issue.message}`).toBeTruthy();
    expect(textOf(status, descriptor.response.fields), name).toBe(
      ` (it claims a status its field does not list (${named}), a string of 16 characters)`,
    );
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});

test("the users' guide quotes an unlisted status as paymentWebInit's reply is told", () => {
  const quoted = /`(it claims a status its field does not list \(.+?\), a string of 16 characters)`/.exec(
    guideText(),
  )?.[1];
  expect(quoted).toBeTruthy();
  const { status, response } = operations.paymentWebInit;
  expect(status).not.toBeNull();
  if (status) expect(textOf(status, response.fields)).toBe(` (${quoted})`);
});

test("a status field with no list is told by the code's kind alone", () => {
  const status: StatusDescriptor = {
    field: "code",
    messageField: null,
    errorField: null,
    accepted: null,
    formatError: null,
    signatureError: null,
  };
  const field: FieldDescriptor = {
    name: "code",
    presence: "optional",
    condition: null,
    since: null,
    type: "string",
    format: null,
    description: "code",
    valueList: null,
    fields: null,
    items: null,
  };
  expect(textOf(status, [field])).toBe(" (it claims a status its field does not list, a string of 16 characters)");
});

test("a code of several meanings (one per operation a shared list serves) is named alone, one of one meaning with it; a list of one named too", () => {
  const status: StatusDescriptor = {
    field: "code",
    messageField: null,
    errorField: null,
    accepted: null,
    formatError: null,
    signatureError: null,
  };
  const values = [
    { value: "A", meanings: ["In response to opA: Accepted", "In response to opB: Refused"] },
    { value: "B", meanings: ["Refused by the bank"] },
    { value: "C", meanings: [] },
    ...Array.from({ length: 6 }, (_, i) => ({ value: `D${i}`, meanings: [`Meaning ${i}`] })),
  ];
  const field: FieldDescriptor = {
    name: "code",
    presence: "optional",
    condition: null,
    since: null,
    type: "string",
    format: null,
    description: "code",
    valueList: { name: "Codes", match: "exact", values, vocabulary: values },
    fields: null,
    items: null,
  };
  expect(textOf(status, [field])).toBe(
    " (it claims a status its field does not list (A, B for Refused by the bank, C and 6 others), a string of 16 characters)",
  );
  // A list of one code is named too.
  const one = [{ value: "00", meanings: ["Accepted"] }];
  expect(
    textOf(status, [{ ...field, valueList: { name: "Codes", match: "exact", values: one, vocabulary: one } }]),
  ).toBe(" (it claims a status its field does not list (00), a string of 16 characters)");
});
