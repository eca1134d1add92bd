// What sync says of a field it writes whose values have no meaning: where its
// page gives none, "its page gives none"; where its page prints meanings that
// a deviation keeps out (`<message>.fields.<field>.values.<value>.meaning`),
// that the deviation keeps them out, not that the page is silent.
import { expect, test } from "vitest";
import type { FieldPlan, ValuePlan } from "../../generator/sync/value-plan.js";
import type { PageList } from "../../generator/sync/value-plan-pages.js";
import { planMessages } from "../../generator/sync/value-plan-messages.js";

const MEANINGS = new Map<string, readonly string[]>([
  ["00", []],
  ["30", ["Format error"]],
  ["94", []],
  ["99", []],
]);

/** The plan of cardCheck's statusCode, its page printing a meaning for every value, `kept` those a deviation keeps. */
function said(kept: readonly string[]): string[] {
  const page: PageList = {
    operation: "cardCheck",
    message: "response",
    field: "statusCode",
    page: "sources/cardCheck.page.txt",
    partial: false,
    values: new Map([...MEANINGS.keys()].map((v) => [v, [`In response to another operation: ${v}`]])),
    at: new Map(),
    keptMeanings: new Set(kept),
  };
  const field: FieldPlan = {
    operation: "cardCheck",
    message: "response",
    field: "statusCode",
    list: "statusCode",
    page,
    pageless: false,
    link: false,
    values: { from: null, to: [...MEANINGS.keys()] },
    meanings: { from: MEANINGS, to: MEANINGS },
  };
  const plan: ValuePlan = { lists: [], fields: [field], containers: [], links: [], moves: [], held: [] };
  return planMessages(plan, { general: [], fields: [] });
}

test("values whose page's meanings a deviation keeps out are not said to have a silent page", () => {
  expect(said(["00", "94"])).toEqual([
    "cardCheck: response field statusCode takes 4 values of statusCode (00, 30, 94, 99), its own meaning for 30, no meaning for 99 (its page gives none), no meaning for 00, 94 (its page prints some, which source.deviations keep out)",
  ]);
  expect(said(["00", "94", "99"])).toEqual([
    "cardCheck: response field statusCode takes 4 values of statusCode (00, 30, 94, 99), its own meaning for 30, no meaning for 00, 94, 99 (its page prints some, which source.deviations keep out)",
  ]);
  expect(said([])).toEqual([
    "cardCheck: response field statusCode takes 4 values of statusCode (00, 30, 94, 99), its own meaning for 30, no meaning for 00, 94, 99 (its page gives none)",
  ]);
});
