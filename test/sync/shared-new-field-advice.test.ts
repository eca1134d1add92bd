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
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { checkSync } from "../../generator/sync/sync-check.js";
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

/** The field's entry as sync wrote it out in a file: its key line and the lines below it. */
const writtenOut = (text: string): string => {
  const found = /^ {4}walletLabel:\n(?: {6}.*\n)+/m.exec(text)?.[0];
  if (found === undefined) throw new Error(`no walletLabel written out in\n${text}`);
  return found;
};

/** The `values: [...]` sync wrote on a field's entry, if any. */
const valuesOf = (written: string): string | undefined => /\n {6}(values: \[[^\]]*\])\n/.exec(written)?.[1];

const textOf = (input: SpecInput, relPath: string): string => {
  const file = input.files.find((f) => f.relPath === relPath);
  if (file === undefined) throw new Error(`no ${relPath}`);
  return file.text;
};

/** What each operation's walletLabel takes: its list's name and the values it takes of it ("" for none). */
async function taken(input: SpecInput): Promise<Record<string, string>> {
  const checked = await checkSync(input);
  if (!checked.ok) throw new Error(checked.diagnostics.map(formatDiagnostic).join("\n"));
  return Object.fromEntries(
    checked.model.operations
      .filter((op) => op.name === "deletePaymentMean" || op.name === "getWalletData")
      .map((op) => {
        const field = op.response.fields.find((f) => f.name === "walletLabel");
        const values = field?.values?.values.map((v) => v.value) ?? [];
        return [op.name, field?.valueList ? `${field.valueList.name}: ${values.join(", ")}` : ""];
      }),
  );
}

/**
 * Each page's values of the new field: none, a part of the list each, values on one page alone (either), and
 * values on both where the later page's are the whole list.
 */
const CASES = [
  { pages: "no values", deletes: [], wallets: [] },
  { pages: "other values each", deletes: ["AA", "BB"], wallets: ["AA", "CC"] },
  // Written without its list, deletePaymentMean's field lost its list.
  { pages: "values on the other page alone", deletes: ["AA", "BB"], wallets: [] },
  // The entry took the list, so deletePaymentMean's field (plain text) gained it, and this reference's values: were
  // the whole list the run made: a values-not-narrowing warning.
  { pages: "values on this page alone", deletes: [], wallets: ["AA", "BB"] },
  // This page's values are every value both pages list: written out, values-not-narrowing.
  { pages: "this page's values the whole list", deletes: ["AA"], wallets: ["AA", "BB"] },
] as const;

test.each(CASES)(
  "two pages adding the same field ($pages): sync's advice says what to write, and written so the spec agrees with no warning and each operation takes what it took",
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
    const advice = report.messages.find((m) => m.includes("writes out a walletLabel too")) ?? "";
    // Without it: "move it to spec/dictionary/fields.yaml, with its type and format, and take it with from: dictionary
    // in both", which said neither what the entry holds nor what each operation keeps.
    const entry = /as (walletLabel: \{ [^}]* \}) with its type and format/.exec(advice)?.[1];
    const reference =
      /here as (walletLabel: \{ from: dictionary, [^}]* \})( with the values: sync wrote on it, if it has some,)? and in deletePaymentMean with its own (presence and since(?:, its valueList: walletLabel)?(?:, and its values: if it has some)?) \(/.exec(
        advice,
      );
    // The entry holds the list where both fields take one; where one alone does, its reference links it.
    const both = deletes.length > 0 && wallets.length > 0;
    expect(entry, advice).toBe(
      `walletLabel: { ${both ? "valueList: walletLabel, " : ""}description: Label of the wallet. }`,
    );
    const linked = !both && wallets.length > 0 ? ", valueList: walletLabel" : "";
    expect(reference?.[1], advice).toBe(`walletLabel: { from: dictionary, presence: optional, since: "2.6"${linked} }`);
    expect(reference?.[2] !== undefined, advice).toBe(wallets.length > 0);
    const own =
      deletes.length === 0
        ? "presence and since"
        : `presence and since, ${both ? "" : "its valueList: walletLabel, "}and its values: if it has some`;
    expect(reference?.[3], advice).toBe(own);
    expect((await checkInMemory(after)).filter((l) => l.includes('"walletLabel"'))).toHaveLength(1);

    // The advice followed to the letter: the entry in the dictionary, each reference as it says, with the values:
    // sync wrote where it says to keep them.
    const follow = (relPath: string, written: string, keys: string, keep: boolean): string => {
      const values = keep ? valuesOf(written) : undefined;
      const line = `    ${keys.slice(0, -2)}${values === undefined ? "" : `, ${values}`} }\n`;
      return textOf(after, relPath).replace(written, line);
    };
    const [walletWritten, deleteWritten] = [WALLET, DELETE].map((f) => writtenOut(textOf(after, f)));
    if (walletWritten === undefined || deleteWritten === undefined) throw new Error("unreachable");
    const deleteKeys = `walletLabel: { from: dictionary, presence: optional, since: "2.5"${reference?.[3]?.includes("valueList") ? ", valueList: walletLabel" : ""} }`;
    const followed = withFiles(
      after,
      [],
      new Map([
        ["dictionary/fields.yaml", `${textOf(after, "dictionary/fields.yaml")}  ${entry}\n`],
        [WALLET, follow(WALLET, walletWritten, reference?.[1] ?? "", reference?.[2] !== undefined)],
        [DELETE, follow(DELETE, deleteWritten, deleteKeys, reference?.[3]?.includes("values") === true)],
      ]),
    );
    expect(textOf(followed, WALLET)).not.toContain(walletWritten);
    expect(textOf(followed, DELETE)).not.toContain(deleteWritten);
    expect((await checkInMemory(followed)).filter((l) => l.includes("walletLabel"))).toEqual([]);
    // Each operation takes what sync gave it from its own page: none gains or loses a value.
    expect(await taken(followed)).toEqual(await taken(after));
    const again = await syncInMemory(followed);
    expect(again.report.ok).toBe(true);
    expect([...again.report.written.keys()]).toEqual([]);
  },
);
