// The description plan on operations written here: a dictionary field's
// description stays where something the pages do not print shows it (an
// operation without a page, a container's field, a callback's field), and is
// otherwise the wording of the pages; a tie the path order broke is said so.
import { expect, test } from "vitest";
import type { SipsPage } from "../../generator/read/page/page-model.js";
import type { RawField, RawOperation } from "../../generator/rules/raw-spec.js";
import { descriptionPlan } from "../../generator/sync/description-plan.js";
import { descriptionDifferences } from "../../generator/sync/description-plan-report.js";
import type { ValuePlan } from "../../generator/sync/value-plan.js";
import { planMessages } from "../../generator/sync/value-plan-messages.js";

const EMPTY_VALUES: ValuePlan = { lists: [], fields: [], containers: [], links: [], moves: [], held: [] };
const dictionary = new Map<string, RawField>([["shopName", { description: "Name of the shop." }]]);
const ref: RawField = { from: "dictionary", presence: "optional", since: "2.0" };

/** A page of `name` that prints shopName in its request, worded `text`, at `line`. */
function page(name: string, text: string, line = 1): SipsPage {
  const at = { file: "page", line, column: 1 };
  const field = {
    name: "shopName",
    section: "optional" as const,
    presence: { value: "optional" as const, at },
    since: { value: "2.0", at },
    container: null,
    description: { value: text, at },
    values: [],
    at,
  };
  return {
    file: "page",
    kind: "operation",
    title: { value: name, at },
    name: { value: name, at },
    summary: null,
    description: null,
    recommended: [],
    readFirst: [],
    endpoints: [],
    request: { fields: [field], at },
    response: { fields: [], at },
    changelog: [],
  } as unknown as SipsPage;
}

const operation = (name: string, extra: Partial<RawOperation> = {}): RawOperation =>
  ({
    operation: name,
    request: { fields: { shopName: ref } },
    response: { fields: {} },
    ...extra,
  }) as unknown as RawOperation;

// Two pages, one with the dictionary's wording, one (whose path sorts first) with its own: a tie.
const plan = (others: RawOperation[]) =>
  descriptionPlan([operation("alpha"), operation("beta"), ...others], dictionary, [
    { relPath: "sources/alpha.page.txt", page: page("alpha", "The shop's name."), operation: "alpha", kept: new Set() },
    { relPath: "sources/beta.page.txt", page: page("beta", "Name of the shop."), operation: "beta", kept: new Set() },
  ]);

test("with no other operation showing it, the dictionary takes the wording of the page whose path sorts first", () => {
  const result = plan([]);
  expect(result.general.map((g) => g.to)).toEqual(["The shop's name."]);
  expect(result.fields.map((f) => [f.operation, f.to])).toEqual([["beta", "Name of the shop."]]);
});

test.each([
  ["an operation without a page", operation("unpaged")],
  [
    "a callback's field",
    operation("withCallback", { request: { fields: {} }, callback: { fields: { shopName: ref } } } as never),
  ],
  [
    "a field of a list's containers",
    operation("listed", {
      request: { fields: { shops: { type: "list", items: { type: "container", fields: { shopName: ref } } } } },
    } as never),
  ],
])("%s that shows the dictionary's description keeps it", (_name, other) => {
  // Without it, a callback's or a container's field took the wording of a page that does not print it there.
  const result = plan([other]);
  expect(result.general).toEqual([]);
  expect(result.fields.map((f) => [f.operation, f.to])).toEqual([["alpha", "The shop's name."]]);
});

test("a tie is said, by sync and by --check, with the page of each wording; most pages is no tie", () => {
  const tied = plan([]);
  // Without it: "(2 pages)", as if both printed the wording the dictionary takes.
  expect(
    descriptionDifferences(tied)
      .filter((d) => d.operation === "")
      .map((d) => d.page),
  ).toEqual([
    `"The shop's name." (2 pages: the description as sources/alpha.page.txt prints it, sources/beta.page.txt wording it otherwise: a tie (one page each), which goes to the page whose path sorts first)`,
  ]);
  expect(planMessages(EMPTY_VALUES, tied).filter((m) => m.startsWith("shopName: dictionary"))).toEqual([
    "shopName: dictionary description set to the wording of sources/alpha.page.txt (a tie with sources/beta.page.txt, which words it otherwise, gone to the page whose path sorts first)",
  ]);
  // Two pages of three print a new wording, the first by path the dictionary's: no tie, said at one of the two.
  const most = descriptionPlan([operation("alpha"), operation("beta"), operation("gamma")], dictionary, [
    {
      relPath: "sources/alpha.page.txt",
      page: page("alpha", "Name of the shop."),
      operation: "alpha",
      kept: new Set(),
    },
    { relPath: "sources/beta.page.txt", page: page("beta", "The shop's name.", 2), operation: "beta", kept: new Set() },
    {
      relPath: "sources/gamma.page.txt",
      page: page("gamma", "The shop's name.", 3),
      operation: "gamma",
      kept: new Set(),
    },
  ]);
  expect(most.general.map((g) => [g.to, g.tie, g.at.line])).toEqual([["The shop's name.", undefined, 2]]);
  expect(
    descriptionDifferences(most)
      .filter((d) => d.operation === "")
      .map((d) => d.page),
  ).toEqual([`"The shop's name." (3 pages)`]);
  expect(planMessages(EMPTY_VALUES, most).filter((m) => m.startsWith("shopName: dictionary"))).toEqual([
    "shopName: dictionary description set to the wording of 3 pages",
  ]);
});
