// Two pages of one release each bring the same new field (same name, type and
// description): sync writes it out in both operations and says, of the second,
// what to write instead, one name being one field. A maintainer who writes
// exactly that (the dictionary's entry, and each operation's reference with the
// presence and version its own page gives) leaves a spec that agrees with its
// pages, with no warning, whether or not the pages list values for it (each its
// own). In memory: no file is written.
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const DELETE = "operations/office/deletePaymentMean.yaml";
const WALLET = "operations/office/getWalletData.yaml";

/**
 * The page with one more Optional response field, of version `since`, after `after` (its Response's last field
 * where ""), listing `values` where given.
 */
function withResponseField(page: string, after: string, since: string, values: readonly string[]): string {
  const list = values.length === 0 ? "" : `List of values\n${values.map((v) => `${v}\n- Kind ${v}\n`).join("")}`;
  const field = `-\nwalletLabel\n- presence\n- Optional\n- Interface version\n- ${since}\nLabel of the wallet.\n${list}`;
  const at =
    after === ""
      ? page.indexOf("Response sample\n")
      : page.indexOf("\n-\n", page.indexOf(`\n${after}\n- presence`)) + 1;
  const rows = page.indexOf("---|---|---|---|\n") + "---|---|---|---|\n".length;
  const row = `${since} |\nwalletLabel\n|\nResponse | |\n`;
  return page.slice(0, at) + field + page.slice(at, rows) + row + page.slice(rows);
}

/**
 * The field as sync writes it out from a page: to be replaced by the advice's reference. Linked to the list made of
 * both pages' values (`all`), with its own part of it where that is not the whole list.
 */
const writtenOut = (since: string, values: readonly string[], all: readonly string[]) =>
  `    walletLabel:\n      presence: optional\n      since: "${since}"\n${
    values.length === 0
      ? ""
      : `      valueList: walletLabel\n${new Set(all).size > values.length ? `      values: [${values.join(", ")}]\n` : ""}`
  }      description: Label of the wallet.\n`;

const textOf = (input: SpecInput, relPath: string): string => {
  const file = input.files.find((f) => f.relPath === relPath);
  if (file === undefined) throw new Error(`no ${relPath}`);
  return file.text;
};

/** Each page's values of the new field: none, or a part of the list each, not the same part. */
const CASES = [
  { pages: "no values", deletes: [], wallets: [] },
  { pages: "other values each", deletes: ["AA", "BB"], wallets: ["AA", "CC"] },
  // The entry takes the list the other operation's field takes, and its reference keeps its values: written without
  // them, deletePaymentMean's field lost its list.
  { pages: "values on the other page alone", deletes: ["AA", "BB"], wallets: [] },
] as const;

test.each(CASES)(
  "two pages adding the same field ($pages): sync's advice says what to write, and written so the spec agrees with no warning",
  async ({ deletes, wallets }) => {
    const base = await readSpecInput(fixture, path.dirname(fixture));
    const [deletePage, walletPage] = ["deletePaymentMean", "getWalletData"].map((name) =>
      fixturePage(`${name}.page.txt`),
    );
    if (deletePage === undefined || walletPage === undefined) throw new Error("a fixture page is missing");
    const made = (
      await syncInMemory(
        withFiles(base, [
          ["sources/deletePaymentMean.page.txt", deletePage],
          ["sources/getWalletData.page.txt", walletPage],
        ]),
        "Office",
      )
    ).after;
    // Each page gives the field its own version: the references keep them.
    const released = withFiles(made, [
      ["sources/deletePaymentMean.page.txt", withResponseField(deletePage, "walletActionDateTime", "2.5", deletes)],
      ["sources/getWalletData.page.txt", withResponseField(walletPage, "", "2.6", wallets)],
    ]);
    const { report, after } = await syncInMemory(released);
    expect(report.ok, report.messages.join("\n")).toBe(true);
    const advice = report.messages.find((m) => m.includes("writes out a walletLabel too"));
    // Without it: "move it to spec/dictionary/fields.yaml, with its type and format, and take it with from: dictionary
    // in both", which said neither what the entry holds nor what each operation keeps.
    // With values, it left out the entry's list and each reference's values: written so, the field took none, or all.
    const entry = /as (walletLabel: \{ [^}]* \}) with its type and format/.exec(advice ?? "")?.[1];
    const reference = /here as (walletLabel: \{ from: dictionary, [^}]* \}) and in deletePaymentMean/.exec(
      advice ?? "",
    )?.[1];
    const list = deletes.length === 0 ? "" : "valueList: walletLabel, ";
    expect(entry, advice).toBe(`walletLabel: { ${list}description: Label of the wallet. }`);
    const taken = wallets.length === 0 ? "" : `, values: [${wallets.join(", ")}]`;
    expect(reference, advice).toBe(`walletLabel: { from: dictionary, presence: optional, since: "2.6"${taken} }`);
    const own = deletes.length === 0 ? "presence and since" : "presence and since, and its values: if it has some";
    expect(advice).toContain(`and in deletePaymentMean with its own ${own} (`);
    expect((await checkInMemory(after)).filter((l) => l.includes('"walletLabel"'))).toHaveLength(1);

    // The advice followed: the entry in the dictionary, getWalletData's reference as given, deletePaymentMean's with
    // its own version and the values the advice says it keeps.
    // Its values: as sync wrote them, where the advice says to keep them (its own part of the list made of both
    // pages' values, where that is not the whole list).
    const keptValues = advice?.includes("and its values: if it has some")
      ? /\n {6}(values: \[[^\]]*\])\n/.exec(writtenOut("2.5", deletes, [...deletes, ...wallets]))?.[1]
      : undefined;
    const deleteReference = `walletLabel: { from: dictionary, presence: optional, since: "2.5"${keptValues === undefined ? "" : `, ${keptValues}`} }`;
    const followed = withFiles(
      after,
      [],
      new Map([
        ["dictionary/fields.yaml", `${textOf(after, "dictionary/fields.yaml")}  ${entry}\n`],
        [
          WALLET,
          textOf(after, WALLET).replace(writtenOut("2.6", wallets, [...deletes, ...wallets]), `    ${reference}\n`),
        ],
        [
          DELETE,
          textOf(after, DELETE).replace(
            writtenOut("2.5", deletes, [...deletes, ...wallets]),
            `    ${deleteReference}\n`,
          ),
        ],
      ]),
    );
    expect(textOf(followed, WALLET)).not.toContain(writtenOut("2.6", wallets, [...deletes, ...wallets]));
    expect(textOf(followed, DELETE)).not.toContain(writtenOut("2.5", deletes, [...deletes, ...wallets]));
    expect((await checkInMemory(followed)).filter((l) => l.includes("walletLabel"))).toEqual([]);
    const again = await syncInMemory(followed);
    expect(again.report.ok).toBe(true);
    expect([...again.report.written.keys()]).toEqual([]);
  },
);
