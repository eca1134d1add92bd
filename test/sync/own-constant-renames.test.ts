// A meaning a page rewords, of a value whose constant the operation names
// from its own meaning (03, no identifier by itself): sync says the constant
// is renamed with it, which `npm run changes` classes as breaking; a value
// named by itself (ABC), or a field without meanings of its own, says nothing.
import { expect, test } from "vitest";
import type { ValueListModel } from "../../generator/model/value-list-model.js";
import { ownConstantRenames } from "../../generator/sync/own-constant-renames.js";
import type { FieldPlan, ValuePlan } from "../../generator/sync/value-plan.js";

const list: ValueListModel = {
  name: "statusCode",
  typeName: "StatusCode",
  description: null,
  match: "exact",
  notes: [],
  sourceFile: "dictionary/value-lists.yaml",
  values: [
    { value: "00", prefix: null, key: "ACCEPTED", meanings: ["Accepted"] },
    { value: "03", prefix: null, key: "INVALID_MERCHANT_CONTRACT", meanings: ["Invalid merchant contract"] },
    { value: "ABC", prefix: null, key: "ABC", meanings: ["A code"] },
  ],
};

const said = (from: [string, string[]][], to: [string, string[]][]): string[] => {
  const field: FieldPlan = {
    operation: "cardCheck",
    message: "response",
    field: "statusCode",
    list: list.name,
    page: null,
    pageless: false,
    link: false,
    values: { from: null, to: null },
    meanings: { from: new Map(from), to: new Map(to) },
  };
  const plan: ValuePlan = { lists: [], fields: [field], containers: [], links: [], moves: [], held: [] };
  return ownConstantRenames(plan, [list]);
};

test("a reworded own meaning renames its value's own constant, and sync says so", () => {
  expect(said([["03", ["Merchant contract invalid"]]], [["03", ["Merchant contract invalid or closed"]]])).toEqual([
    "cardCheck: response field statusCode: its own constants renamed with their meanings (03 MERCHANT_CONTRACT_INVALID → MERCHANT_CONTRACT_INVALID_OR_CLOSED): code importing the old names stops compiling (npm run changes classes it breaking)",
  ]);
});

test("a value named by itself, or a field without own meanings, renames nothing", () => {
  expect(said([["ABC", ["One wording"]]], [["ABC", ["Another wording"]]])).toEqual([]);
  expect(said([], [])).toEqual([]);
});

test("a field's first own meanings say the constants they name, which the package exports", () => {
  expect(said([], [["03", ["Merchant contract closed"]]])).toEqual([
    "cardCheck: response field statusCode: its own constants, named from its own meanings (03 MERCHANT_CONTRACT_CLOSED): the package exports them, so review them before a release (a page that rewords the meaning renames its constant, which breaks importers)",
  ]);
  // A value named by itself keeps its shared name: nothing to review.
  expect(said([], [["ABC", ["Another wording"]]])).toEqual([]);
});
