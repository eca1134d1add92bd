// The one line said of fields a release adds from pages whose changelog prints no rows counts every page sync
// compares: a callback's own page and a page about to be attached to an operation, beside the pages operations
// cite; and it names the pages in path order, whichever order they were compared in. In memory: the golden
// fixture with a callback page made here, the sync-many fixture with a page its operation does not cite yet.
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import type { SyncSubject } from "../../generator/sync/page-difference.js";
import { fieldsOfRowlessChangelogs } from "../../generator/sync/unlogged-field.js";
import { CALLBACK_PAGE, CITE_CALLBACK_PAGE, callbackPage } from "../support/callback-page.js";
import { edited, goldenInput, PAYPAGE } from "../support/golden-changes.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, withFiles } from "../support/sync-memory.js";

/** A page's text cut at its changelog's heading, as most saved copies are. */
const rowless = (text: string): string => text.slice(0, text.indexOf("\nChangelog\n") + "\nChangelog\n".length);
const said = (lines: readonly string[]) => lines.filter((l) => l.includes(" page-changelog-no-rows "));
const ONE = (page: string) =>
  `info page-changelog-no-rows 1 field a release adds comes from a page whose changelog prints no rows (${page}), so its version is its field list's alone: check it`;

test("a field a callback's page adds, its changelog printing no rows, is said", async () => {
  const cited = edited(goldenInput, [[PAYPAGE, ...CITE_CALLBACK_PAGE]]);
  // The callback has amount and responseCode; its page adds templateName.
  const page = rowless(callbackPage(["amount", "responseCode", "templateName"]));
  const lines = said(await checkInMemory(withFiles(cited, [[CALLBACK_PAGE, page]])));
  // Without it: nothing said, the callbacks' pages left out of the count.
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(ONE(path.posix.basename(CALLBACK_PAGE)));
});

test("a field a page being attached adds, its changelog printing no rows, is said", async () => {
  const fixture = path.join(fixturesDir, "sync-many", "spec");
  const base = await readSpecInput(fixture, path.dirname(fixture));
  // getWalletData cites no page yet: its saved page, cut at its changelog's heading, prints one field more.
  const added = "-\ncustomerIpAddress\n- presence\n- Optional\n- Interface version\n- 2.0\nBuyer’s IP address.\n";
  const page = rowless(fixturePage("getWalletData.page.txt")).replace(
    "\nRequest sample\n",
    `\n${added}Request sample\n`,
  );
  const lines = said(await checkInMemory(withFiles(base, [["sources/getWalletData.page.txt", page]])));
  // Without it: nothing said, the pages to attach left out of the count.
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(ONE("getWalletData.page.txt"));
});

/** A subject whose page, at `file`, prints no changelog rows and adds one field. */
const subject = (file: string): SyncSubject =>
  ({
    page: { file, changelog: [] },
    differences: [{ about: "request.fields.added", fix: { kind: "add-field" }, pageAt: { file, line: 1, column: 1 } }],
  }) as unknown as SyncSubject;

test("the pages are named in path order, whichever was compared first", () => {
  const files = ["spec/sources/b.page.txt", "spec/sources/c.page.txt", "spec/sources/a.page.txt"];
  const lines = [files, [...files].reverse()].map((order) => {
    const d = fieldsOfRowlessChangelogs(order.map(subject));
    return d === null ? null : formatDiagnostic(d).split(" page-changelog-no-rows ")[1];
  });
  // Without it: the pages in the order they were compared, which differs between the two runs.
  expect(lines[0]).toContain("(a.page.txt, b.page.txt, c.page.txt)");
  expect(lines[1]).toBe(lines[0]);
});
