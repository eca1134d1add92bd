// The reference index renders again only the rows of its table whose inputs
// changed (emit/index-rows.ts): a save in --watch that edits one operation's
// summary must render one row, and every row must read as the row template
// renders it, the rows of the run before included. A new process takes the
// rows of the run before from the memo (keptText), and uses what the memo
// holds only when it is rows: anything else renders them all.
import { expect, test } from "vitest";
import { render } from "../../generator/emit/handlebars-env.js";
import { indexRows, type IndexRow } from "../../generator/emit/index-rows.js";
import { withPrintMemo } from "../../generator/emit/ts/print-memo.js";

const row = (name: string, summary: string): IndexRow => ({
  name,
  family: "Office",
  effect: "reads",
  errorField: "",
  summary,
  prefix: "IR_WS_",
  recommended: "IR_WS_3.4",
  path: `/rs-services/v2/office/${name}`,
});

const ROWS = [row("getWalletData", "Read a wallet"), row("cashManagement", "Refund | cancel"), row("a_b", "`x`")];

/** The rows template, listing the rows of each render. */
function counted() {
  const rendered: string[][] = [];
  const renderRows = (rows: readonly IndexRow[]) => {
    rendered.push(rows.map((r) => r.name));
    return render("reference-index-rows.md", { rows });
  };
  return { rendered, renderRows };
}

const alone = (r: IndexRow) => render("reference-index-rows.md", { rows: [r] }).replace(/\n$/, "");

test("each row is the rows template's line for it, without its line end, all rendered at once", () => {
  const first = counted();
  expect(indexRows(ROWS, first.renderRows)).toEqual([
    "| [getWalletData](getWalletData.md) | Office | reads |  | Read a wallet | `IR_WS_` `IR_WS_3.4` | `/rs-services/v2/office/getWalletData` |",
    "| [cashManagement](cashManagement.md) | Office | reads |  | Refund \\| cancel | `IR_WS_` `IR_WS_3.4` | `/rs-services/v2/office/cashManagement` |",
    "| [a_b](a_b.md) | Office | reads |  | \\`x\\` | `IR_WS_` `IR_WS_3.4` | `/rs-services/v2/office/a_b` |",
  ]);
  expect(first.rendered).toEqual([["getWalletData", "cashManagement", "a_b"]]);
});

test("a run after one summary's edit renders that row alone, and gives what rendering every row gives", () => {
  indexRows(ROWS, counted().renderRows);
  const edited = [ROWS[0], row("cashManagement", "Refund or cancel"), ROWS[2]] as IndexRow[];
  const second = counted();
  const rows = indexRows(edited, second.renderRows);
  expect(second.rendered).toEqual([["cashManagement"]]);
  expect(rows).toEqual(edited.map(alone));
  // Only the last run's rows are kept: the summary before that is rendered again.
  const third = counted();
  indexRows(ROWS, third.renderRows);
  expect(third.rendered).toEqual([["cashManagement"]]);
});

test("rows whose text is not a line each are rendered one by one, as they are", () => {
  const broken = (rows: readonly IndexRow[]) => rows.map((r) => `${r.name}\nmore`).join("\n");
  expect(indexRows([row("x", "1"), row("y", "2")], broken)).toEqual(["x\nmore", "y\nmore"]);
});

/**
 * The rows as a new process makes them, with `entries` lent as the printer's memo; and the names of each render.
 * With a memo lent, the rows of the run before are the memo's alone, whatever this process rendered before.
 */
function inNewProcess(rows: readonly IndexRow[], entries: Map<string, string>) {
  const { rendered, renderRows } = counted();
  const memo = {
    get: (key: string) => entries.get(key),
    set: (key: string, text: string) => void entries.set(key, text),
  };
  return { lines: withPrintMemo(memo, () => indexRows(rows, renderRows)), rendered };
}

const KEPT = [row("keptWallet", "Read a wallet"), row("keptRefund", "Refund | cancel"), row("kept_b", "`x`")];

test("a new process renders only the rows the memo's rows of the run before lack", () => {
  const entries = new Map<string, string>();
  const first = inNewProcess(KEPT, entries);
  expect(first.rendered).toEqual([["keptWallet", "keptRefund", "kept_b"]]);
  expect(first.lines).toEqual(KEPT.map(alone));
  // What this process rendered since, without a memo, is not what a new process would know.
  indexRows(ROWS, counted().renderRows);
  const edited = [KEPT[0], row("keptRefund", "Refund or cancel"), KEPT[2]] as IndexRow[];
  const second = inNewProcess(edited, entries);
  expect(second.rendered).toEqual([["keptRefund"]]);
  expect(second.lines).toEqual(edited.map(alone));
  // Unchanged since: nothing rendered.
  expect(inNewProcess(edited, entries).rendered).toEqual([]);
});

test("what the memo holds under the rows' name is used only when it is rows", () => {
  const entries = new Map<string, string>();
  inNewProcess(KEPT, entries);
  const [name] = [...entries.keys()];
  for (const damaged of ["not json", "{}", '[["key"]]', '[["key", 1]]']) {
    entries.set(name as string, damaged);
    const again = inNewProcess(KEPT, entries);
    expect(again.rendered, damaged).toEqual([["keptWallet", "keptRefund", "kept_b"]]);
    expect(again.lines, damaged).toEqual(KEPT.map(alone));
  }
});
