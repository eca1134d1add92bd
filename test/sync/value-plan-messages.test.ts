// What sync says of a field whose values it writes: a value given no meaning
// (meanings: { "00": [] }) is said to have none, not a meaning of its own; of
// a field whose page prints none of its values, as the spec writes it; one whose page comes to list its whole
// list takes "every value" of it, in sync's line and in --check's, the values it
// did not take named.
import { expect, test } from "vitest";
import type { FieldPlan, ValuePlan } from "../../generator/sync/value-plan.js";
import { planMessages } from "../../generator/sync/value-plan-messages.js";
import { planDifferences } from "../../generator/sync/value-plan-report.js";

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

test("a field whose page comes to list every value of its list is said to take the whole list", () => {
  const at = { file: "spec/sources/cardCheck.page.txt", line: 9, column: 1 };
  const values = new Map([
    ["00", ["Accepted"]],
    ["30", ["Format error"]],
    ["99", ["Temporary problem"]],
  ]);
  const field: FieldPlan = {
    operation: "cardCheck",
    message: "response",
    field: "statusCode",
    list: "statusCode",
    page: {
      operation: "cardCheck",
      message: "response",
      field: "statusCode",
      page: "sources/cardCheck.page.txt",
      partial: false,
      values,
      at: new Map([...values.keys()].map((v) => [v, at])),
      keptMeanings: new Set(),
    },
    pageless: false,
    link: false,
    values: { from: ["00", "30"], to: null },
    meanings: { from: new Map(), to: new Map() },
  };
  const whole: ValuePlan = { lists: [], fields: [field], containers: [], links: [], moves: [], held: [] };
  const none = { general: [], fields: [] };
  // Without it: a change of the words ("takes all values", "0 values") or of the case (null read as none) unseen;
  // and the value newly taken (99), which "every value" alone does not name.
  expect(planMessages(whole, none)).toEqual([
    "cardCheck: response field statusCode takes every value of statusCode (99 new)",
  ]);
  expect(planDifferences(whole, none).map((d) => [d.about, d.spec, d.page])).toEqual([
    ["response.fields.statusCode.values", "2 values: 00, 30", "every value of statusCode (99 new)"],
  ]);
});
