// sync's line for a value whose general meaning changes names the pages that print the meaning chosen, not the
// first page that lists the value: two pages word it anew while the first by path keeps the old wording. --check
// points at one of those pages too. On the golden fixture, whose three fields of the statusCode list (two
// responses and a callback) each get a page made here.
import { expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import type { SipsPage } from "../../generator/read/page/page-model.js";
import { valuePlan } from "../../generator/sync/make-value-plan.js";
import type { PlanPage } from "../../generator/sync/value-plan.js";
import { planMessages } from "../../generator/sync/value-plan-messages.js";
import { planDifferences } from "../../generator/sync/value-plan-report.js";
import { goldenInput } from "../support/golden-changes.js";

const OLD = "Internal error";
const NEW = "Internal error of the platform";

/** A page (for the callback: its Response) whose `field` lists 99 meaning `meaning`. */
function page(relPath: string, operation: string, field: string, meaning: string, callback = false): PlanPage {
  const at = { file: `spec/${relPath}`, line: 7, column: 1 };
  const printed = {
    name: field,
    section: "required" as const,
    presence: null,
    since: null,
    container: null,
    description: { value: "", at },
    values: [{ value: "99", meanings: [meaning], at }],
    at,
  };
  const sips = {
    file: relPath,
    kind: "operation" as const,
    title: { value: operation, at },
    name: { value: operation, at },
    summary: null,
    description: null,
    recommended: [],
    readFirst: [],
    endpoints: [],
    request: { fields: [], at: null },
    response: { fields: [printed], at: null },
    changelog: [],
  } as unknown as SipsPage;
  return { relPath, page: sips, operation, kept: new Set(), ...(callback && { callback }) };
}

test("the general meaning two pages of three print is said to come from them, not from the first page by path", async () => {
  const result = await generateFromInput(goldenInput, []);
  if (!result.ok) throw new Error("the golden fixture does not validate");
  // cardCheck's page sorts first and keeps the list's wording; the two others word it anew: no tie, 2 against 1.
  const pages = [
    page("sources/cardRefund.page.txt", "cardRefund", "statusCode", NEW),
    page("sources/cardPaymentInit-result.page.txt", "cardPaymentInit", "responseCode", NEW, true),
    page("sources/cardCheck.page.txt", "cardCheck", "statusCode", OLD),
  ];
  const plan = valuePlan(result.model, new Map(), pages);
  const none = { general: [], fields: [] };
  // Without it: "general meaning from sources/cardCheck.page.txt", the one page that prints the old wording.
  expect(planMessages(plan, none).filter((m) => m.includes(": general meaning "))).toEqual([
    "value 99 of list statusCode: general meaning from sources/cardPaymentInit-result.page.txt, sources/cardRefund.page.txt (3 pages list it)",
  ]);
  const meaning = planDifferences(plan, none).filter((d) => d.about === "valueLists.statusCode.values.99.meaning");
  // Without it: the line points at cardCheck's page, which prints the meaning the list has now.
  expect(meaning.map((d) => [d.page, d.pageAt?.file])).toEqual([
    [`"${NEW}" (the general meaning the pages give)`, "spec/sources/cardPaymentInit-result.page.txt"],
  ]);
});
