// A page first saved for an operation the spec has without one: a field the
// spec holds from other sources (no version) that the page does not print is
// removed, and sync says why in words that fit, since the page never listed it;
// sync --check says the same, and its advice names factsStop before it says to
// run sync (so for a page an operation cites). In memory: no file is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { checkAdvice } from "../../generator/sync/check-advice.js";
import { checkSync } from "../../generator/sync/sync-check.js";
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

test("sync --check's advice names the fields no page gave and factsStop before it says to run sync, which removes them", async () => {
  const checked = await checkSync(await withoutSealAlgorithm());
  if (!checked.ok) throw new Error("the fixture spec is valid");
  // Without it: "run `npm run sync` to bring the spec in line with its pages" alone, and sync then removes the field
  // that a factsStop would have kept (a page whose public copy stops early, saved for an operation written by hand).
  expect(checkAdvice(checked)).toBe(
    "where a saved page stops before its public page, first set factsStop (after: the last field it prints; no after in a message it prints no field of) and keep after that field the fields no page printed (getWalletData request: sealAlgorithm): `npm run sync` removes them; then run `npm run sync` to bring the spec in line with its pages",
  );
});

test("sync --check's advice names factsStop for a field no page gave in an operation that cites its page", async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const relPath = "operations/in-app/paymentTokenInitialize.yaml";
  const yaml = readFileSync(path.join(fixture, relPath), "utf8");
  // An operation written by hand for a page whose copy stops early, a field of an SDK added without factsStop.
  const last = '    sealAlgorithm: { from: dictionary, presence: optional, since: "2.37" }\n';
  if (!yaml.includes(last)) throw new Error("the fixture's request ends otherwise");
  const added = `${last}    amount: { from: dictionary, presence: undocumented, since: undocumented }\n`;
  const checked = await checkSync(withFiles(base, [], new Map([[relPath, yaml.replace(last, added)]])));
  if (!checked.ok) throw new Error("the fixture spec is valid");
  expect(checkAdvice(checked)).toContain(
    "first set factsStop (after: the last field it prints; no after in a message it prints no field of) and keep after that field the fields no page printed (paymentTokenInitialize request: amount): `npm run sync` removes them; then run",
  );
});

test("sync --check's advice for a page release that drops a field of a version does not speak of factsStop", async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const relPath = "sources/paymentTokenInitialize.page.txt";
  const page = readFileSync(path.join(fixture, relPath), "utf8");
  // customerIpAddress is 2.37 in the fixture's spec and page: a release that drops it is no page stopping early.
  const field = "-\ncustomerIpAddress\n- presence\n- Optional\n- Interface version\n- 2.37\nBuyer’s IP address.\n";
  const row = "2.37 |\ncustomerIpAddress\n|\nRequest | |\n";
  if (!page.includes(field) || !page.includes(row))
    throw new Error("the fixture page prints customerIpAddress otherwise");
  const checked = await checkSync(withFiles(base, [[relPath, page.replace(field, "").replace(row, "")]]));
  if (!checked.ok) throw new Error("the fixture spec is valid");
  expect(checkAdvice(checked)).toBe("run `npm run sync` to bring the spec in line with its pages");
});

test("sync --check's advice names a message's fields no page gave together, the first few of a long list", async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const relPath = "operations/in-app/paymentTokenInitialize.yaml";
  const yaml = readFileSync(path.join(fixture, relPath), "utf8");
  const last = '    sealAlgorithm: { from: dictionary, presence: optional, since: "2.37" }\n';
  if (!yaml.includes(last)) throw new Error("the fixture's request ends otherwise");
  // Eight fields of an SDK, as an operation written by hand holds them for a page that prints none of them.
  const names = [
    "sdkFieldA",
    "sdkFieldB",
    "sdkFieldC",
    "sdkFieldD",
    "sdkFieldE",
    "sdkFieldF",
    "sdkFieldG",
    "sdkFieldH",
  ];
  const sdk = names
    .map((n) => `    ${n}: { presence: undocumented, since: undocumented, type: string, description: Of the SDK. }\n`)
    .join("");
  const checked = await checkSync(withFiles(base, [], new Map([[relPath, yaml.replace(last, `${last}${sdk}`)]])));
  if (!checked.ok) throw new Error("the fixture spec is valid");
  // Without it: each named in full, "paymentTokenInitialize request.fields.sdkFieldA, paymentTokenInitialize request.fields.sdkFieldB, ...".
  expect(checkAdvice(checked)).toContain(
    "keep after that field the fields no page printed (paymentTokenInitialize request: sdkFieldA, sdkFieldB, sdkFieldC and 5 more (8 fields, each said above)): `npm run sync` removes them",
  );
});
