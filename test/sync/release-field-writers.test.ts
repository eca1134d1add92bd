// A release of a saved page adding a field that another operation writes out in
// a container: sync names that operation, as it does making an operation from a
// page (one name is one field, at any depth). In memory: no file is written.
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/deletePaymentMean.page.txt";

/** The page with one more Optional response field after `after` (a field of its Response), and its changelog row. */
function withResponseField(page: string, after: string, name: string): string {
  const field = `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\nCard number, masked.\n`;
  const at = page.indexOf("\n-\n", page.indexOf(`\n${after}\n- presence`)) + 1;
  const rows = page.indexOf("---|---|---|---|\n") + "---|---|---|---|\n".length;
  const row = `2.0 |\n${name}\n|\nResponse | |\n`;
  return page.slice(0, at) + field + page.slice(at, rows) + row + page.slice(rows);
}

test("a field a release adds that another operation writes out in a container is said to be the same field", async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const page = fixturePage("deletePaymentMean.page.txt");
  const made = (await syncInMemory(withFiles(base, [[PAGE, page]]), "Office")).after;
  // getWalletData writes out maskedPan in its payment means (walletPaymentMeanDataList's items), not at its top.
  const released = withResponseField(page, "walletActionDateTime", "maskedPan");
  const { report } = await syncInMemory(withFiles(made, [[PAGE, released]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Without it: only "give its type and format", the release path looking at other operations' top-level fields;
  // a line naming the other operation named neither this one nor the message, and in other words than a new one's.
  expect(report.messages).toContain(
    'deletePaymentMean: response field maskedPan: getWalletData writes out a maskedPan too, and one name is one field: move it to spec/dictionary/fields.yaml, as maskedPan: { description: "Card number, masked." } with its type and format, and take it with from: dictionary in both, here as maskedPan: { from: dictionary, presence: optional, since: "2.0" } and in getWalletData with its own presence and since (each with a description: of its own where it words it otherwise)',
  );
  expect(report.messages).toContain(
    "deletePaymentMean: response field maskedPan added (optional, 2.0); give its type and format from the data dictionary",
  );
});
