// Fields of one container side by side on a line of the Markdown report say the
// container's path once; the JSON gives each field's path whole.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { fieldPathsText } from "../../generator/changes/field-paths.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";

test("fields of one container share its path, said once; top-level fields and other containers keep theirs", () => {
  expect(fieldPathsText(["/list/-/a", "/list/-/b", "/list/-/c", "/seal"])).toBe("`/list/-/{a, b, c}`, `/seal`");
  expect(fieldPathsText(["/a", "/b"])).toBe("`/a`, `/b`");
  expect(fieldPathsText(["/x/a", "/y/b", "/x/c"])).toBe("`/x/a`, `/y/b`, `/x/c`");
  expect(fieldPathsText(["/x/a"])).toBe("`/x/a`");
  // A name the braces would misread keeps its whole path.
  expect(fieldPathsText(["/x/a", "/x/b,c", "/x/d", "/x/e"])).toBe("`/x/a`, `/x/b,c`, `/x/{d, e}`");
});

test("a line of fields added in one container names the container once; the JSON one change a field, its path whole", () => {
  const added = (field: string): Change => ({
    operation: "getWalletData",
    message: "response",
    field: `/walletPaymentMeanDataList/-/${field}`,
    kind: "field-added",
    classes: ["additive"],
    summary: `response field ${field} added.`,
  });
  const changes = ["issuerWalletId", "issuerWalletType", "mandateId"].map(added);
  expect(
    toMarkdown(changesReport(changes), "main")
      .split("\n")
      .filter((l) => l.startsWith("- ")),
  ).toEqual([
    "- **getWalletData** response `/walletPaymentMeanDataList/-/{issuerWalletId, issuerWalletType, mandateId}`: field added. _(field-added; additive)_",
  ]);
  expect(JSON.parse(toJson(changesReport(changes))).changes.map((c: Change) => c.field)).toEqual(
    changes.map((c) => c.field),
  );
});
