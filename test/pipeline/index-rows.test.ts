// The reference index renders again only the rows of its table whose inputs
// changed (emit/index-rows.ts): a save in --watch that edits one operation's
// summary must render one row, and every row must read as the row template
// renders it, the rows of the run before included.
import { expect, test } from "vitest";
import { render } from "../../generator/emit/handlebars-env.js";
import { indexRows, type IndexRow } from "../../generator/emit/index-rows.js";

const row = (name: string, summary: string): IndexRow => ({
  name,
  family: "Office",
  summary,
  prefix: "IR_WS_",
  recommended: "IR_WS_3.4",
  path: `/rs-services/v2/office/${name}`,
});

const ROWS = [row("getWalletData", "Read a wallet"), row("cashManagement", "Refund | cancel"), row("a_b", "`x`")];

/** The row template, counting the rows it renders. */
function counted() {
  const rendered: string[] = [];
  const renderRow = (r: IndexRow) => {
    rendered.push(r.name);
    return render("reference-index-row.md", r);
  };
  return { rendered, renderRow };
}

test("each row is the row template's line, without its line end", () => {
  expect(indexRows(ROWS, counted().renderRow)).toEqual([
    "| [getWalletData](getWalletData.md) | Office | Read a wallet | `IR_WS_` `IR_WS_3.4` | `/rs-services/v2/office/getWalletData` |",
    "| [cashManagement](cashManagement.md) | Office | Refund \\| cancel | `IR_WS_` `IR_WS_3.4` | `/rs-services/v2/office/cashManagement` |",
    "| [a_b](a_b.md) | Office | \\`x\\` | `IR_WS_` `IR_WS_3.4` | `/rs-services/v2/office/a_b` |",
  ]);
});

test("a run after one summary's edit renders that row alone, and gives what rendering every row gives", () => {
  indexRows(ROWS, counted().renderRow);
  const edited = [ROWS[0], row("cashManagement", "Refund or cancel"), ROWS[2]] as IndexRow[];
  const second = counted();
  const rows = indexRows(edited, second.renderRow);
  expect(second.rendered).toEqual(["cashManagement"]);
  expect(rows).toEqual(edited.map((r) => render("reference-index-row.md", r).replace(/\n$/, "")));
  // Only the last run's rows are kept: the summary before that is rendered again.
  const third = counted();
  indexRows(ROWS, third.renderRow);
  expect(third.rendered).toEqual(["cashManagement"]);
});
