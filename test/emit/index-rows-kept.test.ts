// A new process takes the reference index's rows of the run before from the
// memo (emit/index-rows.ts, keptText): after one summary's edit it renders
// that row alone, and every row reads as the rows template renders it. What
// the memo holds is used only when it is rows: anything else renders them all.
import { expect, test } from "vitest";
import { render } from "../../generator/emit/handlebars-env.js";
import { indexRows, type IndexRow } from "../../generator/emit/index-rows.js";
import { withPrintMemo } from "../../generator/emit/ts/print-memo.js";

const row = (name: string, summary: string): IndexRow => ({
  name,
  family: "Office",
  summary,
  prefix: "IR_WS_",
  recommended: "IR_WS_3.4",
  path: `/rs-services/v2/office/${name}`,
});

const ROWS = [row("keptWallet", "Read a wallet"), row("keptRefund", "Refund | cancel"), row("kept_b", "`x`")];
const EDITED = [ROWS[0], row("keptRefund", "Refund or cancel"), ROWS[2]] as IndexRow[];

const alone = (r: IndexRow) => render("reference-index-rows.md", { rows: [r] }).replace(/\n$/, "");

/**
 * The rows as a new process makes them, with `entries` lent as the printer's memo; and the names of each render.
 * With a memo lent, the rows of the run before are the memo's alone, whatever this process rendered before.
 */
async function inNewProcess(rows: readonly IndexRow[], entries: Map<string, string>) {
  const rendered: string[][] = [];
  const renderRows = (given: readonly IndexRow[]) => {
    rendered.push(given.map((r) => r.name));
    return render("reference-index-rows.md", { rows: given });
  };
  const memo = {
    get: (key: string) => entries.get(key),
    set: (key: string, text: string) => void entries.set(key, text),
  };
  return { lines: withPrintMemo(memo, () => indexRows(rows, renderRows)), rendered };
}

test("a new process renders only the rows the memo's rows of the run before lack", async () => {
  const entries = new Map<string, string>();
  const first = await inNewProcess(ROWS, entries);
  expect(first.rendered).toEqual([["keptWallet", "keptRefund", "kept_b"]]);
  expect(first.lines).toEqual(ROWS.map(alone));
  const second = await inNewProcess(EDITED, entries);
  expect(second.rendered).toEqual([["keptRefund"]]);
  expect(second.lines).toEqual(EDITED.map(alone));
  // Unchanged since: nothing rendered.
  expect((await inNewProcess(EDITED, entries)).rendered).toEqual([]);
});

test("what the memo holds under the rows' name is used only when it is rows", async () => {
  const entries = new Map<string, string>();
  await inNewProcess(ROWS, entries);
  const [name] = [...entries.keys()];
  for (const damaged of ["not json", "{}", '[["key"]]', '[["key", 1]]']) {
    entries.set(name as string, damaged);
    const again = await inNewProcess(ROWS, entries);
    expect(again.rendered, damaged).toEqual([["keptWallet", "keptRefund", "kept_b"]]);
    expect(again.lines, damaged).toEqual(ROWS.map(alone));
  }
});
