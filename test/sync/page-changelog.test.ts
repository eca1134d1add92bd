// The changelog a page prints against the one the operation's fields derive:
// rows are known by their container and their field, as the page's lists are.
import { expect, test } from "vitest";
import type { ChangelogRowModel } from "../../generator/model/operation-model.js";
import type { SipsPage } from "../../generator/read/page/page-model.js";
import { compareChangelog } from "../../generator/sync/compare-page.js";

const at = { file: "page", line: 1, column: 1 };
const version = { text: "2.0", major: 2, minor: 0 };
const row = (field: string, container = ""): ChangelogRowModel => ({
  version,
  field,
  attendance: "Response",
  container,
});

/** A page whose response lists `fields` (name and container) with a changelog row each. */
function page(fields: readonly (readonly [string, string])[]): SipsPage {
  return {
    request: { fields: [], at },
    response: {
      fields: fields.map(([name, container]) => ({ name, container: container ? { value: container, at } : null, at })),
      at,
    },
    changelog: fields.map(([field, container]) => ({ version: "2.0", field, attendance: "Response", container, at })),
  } as unknown as SipsPage;
}

test("a container's field the page does not print is not asked a row because a top field bears its name", () => {
  // The spec's list holds paymentMeanBrand in each item; the page prints paymentMeanBrand at the top only.
  const rows = [row("paymentMeanBrand"), row("walletList"), row("paymentMeanBrand", "walletList")];
  const differences = compareChangelog(
    rows,
    page([
      ["paymentMeanBrand", ""],
      ["walletList", ""],
    ]),
    at,
    () => ({
      in: "operation",
      path: ["response"],
    }),
  );
  // Without it: "changelog.paymentMeanBrand: the spec says a Response row, the page says no row".
  expect(differences.map((d) => `${d.about}: ${d.spec} / ${d.page}`)).toEqual([]);
});

test("a field the page lists at that place without a row is still reported", () => {
  const printed = page([
    ["paymentMeanBrand", ""],
    ["walletList", ""],
    ["paymentMeanBrand", "walletList"],
  ]);
  const withoutRow = { ...printed, changelog: printed.changelog.slice(0, 2) } as SipsPage;
  const rows = [row("paymentMeanBrand"), row("walletList"), row("paymentMeanBrand", "walletList")];
  const differences = compareChangelog(rows, withoutRow, at, () => ({ in: "operation", path: ["response"] }));
  expect(differences.map((d) => `${d.about}: ${d.spec} / ${d.page}`)).toEqual([
    "changelog.paymentMeanBrand: a Response row / no row",
  ]);
});
