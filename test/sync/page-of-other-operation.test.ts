// A cited page whose title names another operation (saved under the wrong file
// name, or an operation Sips renamed): sync refuses it at the page's title, and
// nothing of the page is compared, planned or written.
// In memory: no file is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const CITED = "sources/paymentTokenInitialize.page.txt";
const OPERATION = "operations/in-app/paymentTokenInitialize.yaml";
// A sibling operation's page (the spec does not have it, so no address is another's), saved under the cited name:
// its summary and addresses are its own, which sync would have written into paymentTokenInitialize.
const OTHER = readFileSync(path.join(fixture, CITED), "utf8")
  .replaceAll("paymentTokenInitialize", "paymentTokenRenew")
  .replace("Initialize a payment token generation kinematic", "Renew a payment token");
const ERROR = `spec/${CITED}:1:1 error page-other-operation ${CITED} is the page of paymentTokenRenew, not of paymentTokenInitialize, which cites it: save paymentTokenInitialize's page there, or, where Sips renamed the operation, rename it in the spec first; sync, generate and changes use nothing of the page until the names agree`;

let base: SpecInput;
let wrong: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
  wrong = withFiles(base, [[CITED, OTHER]]);
});

test("sync --check names the page at its title and where the spec cites it, and compares nothing of it", async () => {
  const printed = await checkInMemory(wrong);
  expect(printed).toContain(`${ERROR}\n  spec/${OPERATION}:${citedLine(base)}:9 paymentTokenInitialize cites it`);
  // Without the check, the other operation's summary and addresses were differences of this one.
  expect(printed.filter((l) => l.includes(" page-mismatch "))).toEqual([]);
});

test("sync writes nothing: it would have rewritten the operation into the other one", async () => {
  const { report, after } = await syncInMemory(wrong);
  expect([report.ok, report.written.size]).toEqual([false, 0]);
  expect(specTexts(after)).toEqual(specTexts(base));
});

test("the operation's own page is not refused", async () => {
  expect((await checkInMemory(base)).filter((l) => l.includes("page-other-operation"))).toEqual([]);
});

/** The line of `page:` under `source:` in the operation's file, where the spec cites its page. */
function citedLine(input: SpecInput): number {
  const text = specTexts(input).get(OPERATION) ?? "";
  return text.split("\n").indexOf(`  page: ${CITED}`) + 1;
}

test("a response page (what Sips posts back) saved under an operation's page is refused the same way", async () => {
  const response = fixturePage("paypageResponse.page.txt");
  const printed = await checkInMemory(withFiles(base, [[CITED, response]]));
  expect(printed).toContain(
    `spec/${CITED}:1:1 error page-other-operation ${CITED} is the page of a response alone ("Automatic and Manual response Paypage et InApp"), not of paymentTokenInitialize, which cites it: save paymentTokenInitialize's page there, or, where Sips renamed the operation, rename it in the spec first; sync, generate and changes use nothing of the page until the names agree\n  spec/${OPERATION}:${citedLine(base)}:9 paymentTokenInitialize cites it`,
  );
  // Without it: its fields were added to the operation's response, and the request's reported missing.
  expect(printed.filter((l) => l.includes(" page-mismatch "))).toEqual([]);
  const { report } = await syncInMemory(withFiles(base, [[CITED, response]]));
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a response page is refused even where its title is the citing operation's name", async () => {
  // Its kind, not its title, says it is no operation's page: titled as the operation, it is refused all the same.
  const response = fixturePage("paypageResponse.page.txt").replace(/^.*\n/, "paymentTokenInitialize\n");
  const printed = await checkInMemory(withFiles(base, [[CITED, response]]));
  expect(printed.filter((l) => l.includes(" page-other-operation "))).toEqual([
    expect.stringContaining(
      `is the page of a response alone ("paymentTokenInitialize"), not of paymentTokenInitialize`,
    ),
  ]);
});
