// A page first saved for an operation the spec has without one: a field the
// spec holds from other sources (no version) that the page does not print is
// removed, and sync says why in words that fit, since the page never listed it;
// sync --check says the same. In memory: no file is written.
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/getWalletData.page.txt";

/** The page without a field its Request prints last, nor that field's changelog row. */
function without(page: string, field: string, next: string): string {
  const start = page.indexOf(`-\n${field}\n- presence`);
  const end = page.indexOf(next, start);
  const row = `2.0 |\n${field}\n|\nRequest | |\n`;
  if (start < 0 || end < 0 || !page.includes(row)) throw new Error(`the fixture page lacks ${field} as written here`);
  return (page.slice(0, start) + page.slice(end)).replace(row, "");
}

const WHY =
  "the page does not print it, and no page did: the spec gives it no version. Where the saved page stops before the public page does, a field beyond its facts is kept after the one request.factsStop.after names";

/** The fixture with its page of getWalletData printing no sealAlgorithm, to which the spec gives no version. */
async function withoutSealAlgorithm() {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const page = without(fixturePage("getWalletData.page.txt"), "sealAlgorithm", "Request sample\n");
  return withFiles(base, [[PAGE, page]]);
}

test("a field no page gave, removed on attaching a page, is not said to be dropped by the page", async () => {
  // The spec's sealAlgorithm has no version (since: undocumented): it came from another source than a page.
  const { report } = await syncInMemory(await withoutSealAlgorithm());
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Without it: "removed (the page no longer lists it)", as if a release had dropped it, and no word of factsStop.
  expect(report.messages).toContain(`getWalletData: request field sealAlgorithm removed (${WHY})`);
});

test("sync --check gives the same reason for a field no page gave as sync does when it removes it", async () => {
  const diagnostics = await checkInMemory(await withoutSealAlgorithm());
  // Without it: "the page says no such field", with no word of why nor of factsStop.
  expect(diagnostics).toContainEqual(
    expect.stringContaining(
      `request.fields.sealAlgorithm: the spec says an optional field, the page says no such field (${WHY})`,
    ),
  );
});
