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

/**
 * Each page's values of the field: none, listed by one page alone (either), each page its own part of the list, and
 * the second page's the whole list.
 */
const LISTED = [
  { pages: "none", cancels: [], deletes: [] },
  { pages: "the first page's alone", cancels: ["AA", "BB"], deletes: [] },
  // The entry took the list, so cancel's field (plain text) gained it, and deletePaymentMean's values: were the whole
  // list: a values-not-narrowing warning.
  { pages: "the second page's alone", cancels: [], deletes: ["AA", "BB"] },
  { pages: "each page's own", cancels: ["AA", "BB"], deletes: ["AA", "CC"] },
  { pages: "the second page's the whole list", cancels: ["AA"], deletes: ["AA", "BB"] },
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
    const reference = new RegExp(
      `here as (${NAME}: \\{ from: dictionary, [^}]* \\})( with the values: sync wrote on it, if it has some,)? and in cancel`,
    ).exec(advice);
    // The entry holds the list where both fields take one; where one alone does, its reference links it, and the
    // other keeps its plain text. Without it: cancel's field, followed so, lost its list, or gained deletePaymentMean's.
    const both = cancels.length > 0 && deletes.length > 0;
    expect(entry, advice).toBe(`${NAME}: { ${both ? `valueList: ${NAME}, ` : ""}description: A name of the shop. }`);
    const linked = !both && deletes.length > 0 ? `, valueList: ${NAME}` : "";
    expect(reference?.[1], advice).toBe(`${NAME}: { from: dictionary, presence: optional, since: "2.0"${linked} }`);
    expect(reference?.[2] !== undefined, advice).toBe(deletes.length > 0);
    const cancelKeeps =
      cancels.length === 0
        ? "presence and since"
        : `presence and since, ${both ? "" : `its valueList: ${NAME}, `}and its values: if it has some`;
    expect(advice).toContain(`and in cancel with its own ${cancelKeeps} (`);
    const textOf = (relPath: string) => after.files.find((f) => f.relPath === relPath)?.text ?? "";
    const CANCEL = "operations/office/cancel.yaml";
    const DELETE = "operations/office/deletePaymentMean.yaml";
    const [cancelWritten, deleteWritten] = [CANCEL, DELETE].map((f) => WRITTEN.exec(textOf(f))?.[0] ?? "");
    expect(cancelWritten).not.toBe("");
    expect(deleteWritten).not.toBe("");
    // Each reference as the advice gives it, with the values: sync wrote where it says to keep them.
    const keptValues = (written: string | undefined) => {
      const kept = /\n {6}(values: \[[^\]]*\])\n/.exec(written ?? "")?.[1];
      return kept === undefined ? "" : `, ${kept}`;
    };
    const cancelReference = `${NAME}: { from: dictionary, presence: optional, since: "2.0"${cancels.length > 0 && !both ? `, valueList: ${NAME}` : ""}${cancels.length > 0 ? keptValues(cancelWritten) : ""} }`;
    const deleteReference = `${(reference?.[1] ?? "").slice(0, -2)}${deletes.length > 0 ? keptValues(deleteWritten) : ""} }`;
    const followed = withFiles(
      after,
      [],
      new Map([
        ["dictionary/fields.yaml", `${textOf("dictionary/fields.yaml")}  ${entry}\n`],
        [CANCEL, textOf(CANCEL).replace(WRITTEN, `    ${cancelReference}\n`)],
        [DELETE, textOf(DELETE).replace(WRITTEN, `    ${deleteReference}\n`)],
      ]),
    );
    expect((await checkInMemory(followed)).filter((l) => l.includes(NAME))).toEqual([]);
    const again = await syncInMemory(followed);
    expect(again.report.ok, again.report.messages.join("\n")).toBe(true);
    expect([...again.report.written.keys()]).toEqual([]);
  },
);
