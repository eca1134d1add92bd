// What sync says of a field whose values it writes: a value given no meaning
// (meanings: { "00": [] }) is said to have none, not a meaning of its own; of
// a field whose page prints none of its values, as the spec writes it.
import { expect, test } from "vitest";
import type { FieldPlan, ValuePlan } from "../../generator/sync/value-plan.js";
import { planMessages } from "../../generator/sync/value-plan-messages.js";

const plan = (meanings: ReadonlyMap<string, readonly string[]>): ValuePlan => {
  const field: FieldPlan = {
    operation: "cardCheck",
    message: "response",
    field: "statusCode",
    list: "statusCode",
    page: null,
    pageless: false,
    link: false,
    values: { from: null, to: ["00", "30", "99"] },
    meanings: { from: meanings, to: meanings },
  };
  return { lists: [], fields: [field], containers: [], links: [], moves: [], held: [] };
};
const said = (meanings: ReadonlyMap<string, readonly string[]>): string[] =>
  planMessages(plan(meanings), { general: [], fields: [] });

test("values the page gives no meaning are said to have none, apart from those worded its own way", () => {
  // Without it: "its own meaning for 00, 30, 99", where the operation shows no meaning for any of them.
  expect(
    said(
      new Map([
        ["00", []],
        ["30", ["Format error"]],
        ["99", []],
      ]),
    ),
  ).toEqual([
    "cardCheck: response field statusCode takes 3 values of statusCode (00, 30, 99), its own meaning for 30, no meaning for 00, 99 (as the spec writes it: its page prints none of this field's values), written out so that values other pages add do not reach it",
  ]);
  expect(
    said(
      new Map([
        ["00", []],
        ["30", []],
        ["99", []],
      ]),
    ),
  ).toEqual([
    "cardCheck: response field statusCode takes 3 values of statusCode (00, 30, 99), no meaning for 00, 30, 99 (as the spec writes it: its page prints none of this field's values), written out so that values other pages add do not reach it",
  ]);
  expect(said(new Map([["30", ["Format error"]]]))).toEqual([
    "cardCheck: response field statusCode takes 3 values of statusCode (00, 30, 99), its own meaning for 30, written out so that values other pages add do not reach it",
  ]);
});
