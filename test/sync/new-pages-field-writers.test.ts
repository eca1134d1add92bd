// sync making two operations from their saved pages in one run (test/fixtures/pages/:
// cancel, deletePaymentMean) beside the fixture spec of sync-many, both pages
// printing a field that neither the dictionary nor another operation has: the
// operation made second writes it out as the first did, and is told so, as it
// would be were the first in the spec already. In memory: no file is written.
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const NAME = "merchantNickname";

/** The page with one more Optional request field, last of its Request, and its changelog row. */
function withRequestField(page: string, name = NAME, description = "A name of the shop."): string {
  const field = `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\n${description}\n`;
  const at = page.indexOf("Request sample\n");
  const rows = page.indexOf("---|---|---|---|\n") + "---|---|---|---|\n".length;
  const row = `2.0 |\n${name}\n|\nRequest | |\n`;
  return page.slice(0, at) + field + page.slice(at, rows) + row + page.slice(rows);
}

test("a field two pages synced in one run write out is said, of the second, to be the first's", async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const pages = ["cancel", "deletePaymentMean"].map(
    (name) => [`sources/${name}.page.txt`, withRequestField(fixturePage(`${name}.page.txt`))] as const,
  );
  const { report } = await syncInMemory(withFiles(base, pages), "Office");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const said = report.messages.filter((m) => m.includes(`field ${NAME} is written out`));
  // Without it: both only "give its type and format", the second page's as if no operation had the field.
  expect(said).toEqual([
    `cancel: request field ${NAME} is written out; give its type and format from the data dictionary`,
    `deletePaymentMean: request field ${NAME} is written out; give its type and format from the data dictionary; cancel writes out a ${NAME} too, and one name is one field: move it to spec/dictionary/fields.yaml, as ${NAME}: { description: A name of the shop. } with its type and format, and take it with from: dictionary in both, here as ${NAME}: { from: dictionary, presence: optional, since: "2.0" } and in cancel with its own presence and since (each with a description: of its own where it words it otherwise)`,
  ]);
});

test("a field another operation writes out as carrying a secret is written out so by a new page's operation", async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const wallet = "operations/office/getWalletData.yaml";
  const text = base.files.find((f) => f.relPath === wallet)?.text ?? "";
  const alias = "          paymentMeanAlias:\n            presence: undocumented\n            since: undocumented\n";
  expect(text).toContain(alias);
  const marked = text.replace(alias, `${alias}            sensitive: a name the buyer keeps to himself\n`);
  const page = withRequestField(
    fixturePage("deletePaymentMean.page.txt"),
    "paymentMeanAlias",
    "Name of the payment mean.",
  );
  const input = withFiles(base, [["sources/deletePaymentMean.page.txt", page]], new Map([[wallet, marked]]));
  const { report, after } = await syncInMemory(input, "Office");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const made = after.files.find((f) => f.relPath === "operations/office/deletePaymentMean.yaml")?.text ?? "";
  // Without it: written out plain, and the new operation's issues carried the value getWalletData's keep out.
  expect(made).toMatch(/paymentMeanAlias:\n(\s+\w+: .*\n)*\s+sensitive: a name the buyer keeps to himself\n/);
  expect(report.messages.filter((m) => m.includes("paymentMeanAlias is written out"))).toEqual([
    "deletePaymentMean: request field paymentMeanAlias is written out with the type and format getWalletData gives its paymentMeanAlias, and as carrying the secret it says (one name is one field); check them against the data dictionary, or move the field there",
  ]);
});

/** The page with one more Optional request field, listing `values`, and its changelog row. */
const withListedField = (page: string, values: readonly string[]): string =>
  withRequestField(
    page,
    NAME,
    `A name of the shop.\n${values.length === 0 ? "" : `List of values\n${values.map((v) => `${v}\n- Kind ${v}\n`).join("")}`}`,
  );

/** The field as sync wrote it out in an operation's file, its keys one a line. */
const WRITTEN = new RegExp(`^ {4}${NAME}:\\n(?: {6}.*\\n)+`, "m");

/** Each page's values of the field: none, listed by the first page alone, or each page its own part of the list. */
const LISTED = [
  { pages: "none", cancels: [], deletes: [] },
  { pages: "the first page's alone", cancels: ["AA", "BB"], deletes: [] },
  { pages: "each page's own", cancels: ["AA", "BB"], deletes: ["AA", "CC"] },
] as const;

test.each(LISTED)(
  "a field two new pages write out with values ($pages): the advice followed to the letter keeps each page's values",
  async ({ cancels, deletes }) => {
    const base = await readSpecInput(fixture, path.dirname(fixture));
    const pages = [
      ["sources/cancel.page.txt", withListedField(fixturePage("cancel.page.txt"), cancels)],
      ["sources/deletePaymentMean.page.txt", withListedField(fixturePage("deletePaymentMean.page.txt"), deletes)],
    ] as const;
    const { report, after } = await syncInMemory(withFiles(base, pages), "Office");
    expect(report.ok, report.messages.join("\n")).toBe(true);
    const advice = report.messages.find((m) => m.includes(`cancel writes out a ${NAME} too`)) ?? "";
    const entry = new RegExp(`as (${NAME}: \\{ [^}]* \\}) with its type and format`).exec(advice)?.[1];
    const reference = new RegExp(`here as (${NAME}: \\{ from: dictionary, [^}]* \\}) and in cancel`).exec(advice)?.[1];
    // Without it: the entry had no list where the second page lists none, and cancel's field, followed so, lost its.
    const listed = cancels.length > 0 || deletes.length > 0;
    expect(entry, advice).toBe(`${NAME}: { ${listed ? `valueList: ${NAME}, ` : ""}description: A name of the shop. }`);
    expect(advice).toContain(
      `and in cancel with its own ${cancels.length > 0 ? "presence and since, and its values: if it has some" : "presence and since"} (`,
    );
    const textOf = (relPath: string) => after.files.find((f) => f.relPath === relPath)?.text ?? "";
    const CANCEL = "operations/office/cancel.yaml";
    const DELETE = "operations/office/deletePaymentMean.yaml";
    const written = WRITTEN.exec(textOf(CANCEL))?.[0] ?? "";
    expect(written).not.toBe("");
    // cancel's reference: from the dictionary with its presence and version, and its values: where sync wrote some.
    const kept = /\n {6}(values: \[[^\]]*\])\n/.exec(written)?.[1];
    const cancelReference = `${NAME}: { from: dictionary, presence: optional, since: "2.0"${kept === undefined ? "" : `, ${kept}`} }`;
    const followed = withFiles(
      after,
      [],
      new Map([
        ["dictionary/fields.yaml", `${textOf("dictionary/fields.yaml")}  ${entry}\n`],
        [CANCEL, textOf(CANCEL).replace(WRITTEN, `    ${cancelReference}\n`)],
        [DELETE, textOf(DELETE).replace(WRITTEN, `    ${reference}\n`)],
      ]),
    );
    expect((await checkInMemory(followed)).filter((l) => l.includes(NAME))).toEqual([]);
    const again = await syncInMemory(followed);
    expect(again.report.ok, again.report.messages.join("\n")).toBe(true);
    expect([...again.report.written.keys()]).toEqual([]);
  },
);
