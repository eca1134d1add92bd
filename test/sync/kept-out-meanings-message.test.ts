// What sync says of a field whose values it writes, where some values have no
// meaning because a deviation keeps out the meanings their page prints (they
// name other operations): that, and not that the page gives them none, which
// it says of the values whose page prints no meaning at all.
import { expect, test } from "vitest";
import type { FieldPlan, ValuePlan } from "../../generator/sync/value-plan.js";
import type { PageList } from "../../generator/sync/value-plan-pages.js";
import { planMessages } from "../../generator/sync/value-plan-messages.js";

const page: PageList = {
  operation: "paymentTokenInitialize",
  message: "response",
  field: "redirectionStatusCode",
  page: "sources/paymentTokenInitialize.page.txt",
  partial: false,
  values: new Map<string, readonly string[]>([
    ["00", ["In response to paymentWebInit: transaction initialized"]],
    ["01", ["In response to cardCheckEnrollment: card not enrolled"]],
    ["30", []],
  ]),
  at: new Map(),
  keptMeanings: new Set(["00", "01"]),
};

const said = (kept: ReadonlySet<string>): string[] => {
  const none = new Map<string, readonly string[]>([
    ["00", []],
    ["01", []],
    ["30", []],
  ]);
  const field: FieldPlan = {
    operation: page.operation,
    message: "response",
    field: page.field,
    list: "redirectionStatusCode",
    page: { ...page, keptMeanings: kept },
    pageless: false,
    link: false,
    values: { from: null, to: ["00", "01", "30"] },
    meanings: { from: none, to: none },
  };
  const plan: ValuePlan = { lists: [], fields: [field], containers: [], links: [], moves: [], held: [] };
  return planMessages(plan, { general: [], fields: [] });
};

test("values whose printed meanings a deviation keeps out are said kept out, those its page gives none said so", () => {
  expect(said(page.keptMeanings)).toEqual([
    "paymentTokenInitialize: response field redirectionStatusCode takes 3 values of redirectionStatusCode (00, 01, 30), no meaning for 30 (its page gives none), no meaning for 00, 01 (its page prints some, which source.deviations keep out)",
  ]);
});

test("a value whose page prints no meaning is said to have none, kept out or not", () => {
  expect(said(new Set(["30"]))[0]).toContain(", no meaning for 00, 01, 30 (its page gives none)");
});

test("a field without a saved page has no meaning as the spec writes it, not as a page gives it", () => {
  const none = new Map<string, readonly string[]>([["00", []]]);
  const field: FieldPlan = {
    operation: "walletManagementInit",
    message: "response",
    field: "redirectionStatusCode",
    list: "redirectionStatusCode",
    page: null,
    pageless: true,
    link: false,
    values: { from: null, to: ["00", "30"] },
    meanings: { from: none, to: none },
  };
  const plan: ValuePlan = { lists: [], fields: [field], containers: [], links: [], moves: [], held: [] };
  // Without it: "(its page gives none)" beside "it has no saved page" in the line of the value added.
  expect(planMessages(plan, { general: [], fields: [] })[0]).toContain(
    ", no meaning for 00 (as the spec writes it: it has no saved page)",
  );
});
