// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a value a page adds to a
// shared list reaches no field that no page gives values for; that field keeps its values, written out.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { check, fixture, OP, PAGE, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile, writeFiles } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

/**
 * The page adds CHARGE to the list cardKind, and beside its operation stands a copy without a page (cardVerify),
 * whose field takes the whole list: the spec and that copy's text.
 */
async function chargeAddedBesidePageless(): Promise<{ spec: string; other: string }> {
  const spec = await workspace([["CREDIT\n- Credit card", "CHARGE\n- Charge card\nCREDIT\n- Credit card"]]);
  const other = (await read(spec, OP))
    .replace("source:\n  page: sources/cardCheck.page.txt\n", "")
    .replace("operation: cardCheck", "operation: cardVerify")
    .replaceAll("/cardCheck", "/cardVerify");
  await writeFiles(spec, { "operations/office/cardVerify.yaml": other });
  return { spec, other };
}

test("a value added to a shared list does not reach an operation without a page: its values are written out", async () => {
  const { spec, other } = await chargeAddedBesidePageless();
  const report = await sync(spec);
  expect(report.messages, report.messages.join("\n")).toContain(
    "value CHARGE added to list cardKind (from sources/cardCheck.page.txt); not taken by cardVerify (it has no saved page)",
  );
  expect(await read(spec, "operations/office/cardVerify.yaml")).toBe(
    other.replace("      valueList: cardKind\n", "      valueList: cardKind\n      values: [CREDIT, DEBIT]\n"),
  );
  expect(await check(spec)).toEqual([]);
  expect((await sync(spec)).written.size).toBe(0);
});

test("a field no page gives values for keeps its values, naming the page that added one; its notes are to read again", async () => {
  const { spec } = await chargeAddedBesidePageless();
  // cardVerify has no saved page: no page says anything of it, and the page beside is the one that grew the list.
  expect((await check(spec)).filter((d) => d.includes("cardVerify.yaml"))).toEqual([
    expect.stringMatching(
      /error page-values-kept request\.fields\.cardKind\.values: the spec says every value of cardKind; cardVerify has no saved page, so the field keeps its current 2 values: CREDIT, DEBIT, written out \(sources\/cardCheck\.page\.txt adds CHARGE to the list for its own operation\)\n {2}spec\/sources\/cardCheck\.page\.txt:\d+:\d+ the page that adds to the list$/,
    ),
  ]);
  const report = await sync(spec);
  expect(report.messages).toContain(
    "cardVerify: request field cardKind now takes 2 values of cardKind, no longer the whole list: read its notes again (sync does not edit them)",
  );
  // The field with a page takes the whole list, as before: its notes need no second look.
  expect(report.messages.filter((m) => m.includes("read its notes again"))).toHaveLength(1);
});

test("a field whose own page prints no values keeps its values too: that page says nothing of them", async () => {
  const { spec, other } = await chargeAddedBesidePageless();
  const page = (await read(fixture, PAGE))
    .replace("DEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n", "")
    .replace("List of values\n", "")
    .replace("cardCheck\n", "cardVerify\n")
    .replaceAll("/cardCheck", "/cardVerify");
  await writeFiles(spec, {
    "sources/cardVerify.page.txt": page,
    "operations/office/cardVerify.yaml": other.replace(
      "family: Office\n",
      "family: Office\nsource:\n  page: sources/cardVerify.page.txt\n",
    ),
  });
  expect((await check(spec)).filter((d) => d.includes("cardVerify.yaml"))).toEqual([
    expect.stringContaining(
      "error page-mismatch request.fields.cardKind.values: the spec says every value of cardKind, the page says nothing of this field's values: it keeps its current 2 values: CREDIT, DEBIT, written out (sources/cardCheck.page.txt adds CHARGE to the list for its own operation)",
    ),
  ]);
  expect((await sync(spec)).messages).toContain(
    "value CHARGE added to list cardKind (from sources/cardCheck.page.txt); not taken by cardVerify (its page gives no values for this field)",
  );
});

test("a value a page adds does not reach a callback field no page gives values for: sync writes out what it took", async () => {
  const spec = await workspace([
    ["CREDIT\n- Credit card", "CHARGE\n- Charge card\nCREDIT\n- Credit card"],
    // The POST interface the callback comes through, on the page and in the spec.
    [
      "Recommended interfaceVersion: IR_WS_2.50",
      "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : IR_WS_2.50",
    ],
  ]);
  await editFile(
    path.join(spec, OP),
    "  recommended: IR_WS_2.50\n",
    "  recommended:\n    HP_: HP_3.4\n    IR_WS_: IR_WS_2.50\n",
  );
  const callback = [
    "callback:",
    "  name: cardCheckResult",
    "  summary: What the platform posts back after a check.",
    "  encoding: data",
    "  fields:",
    "    cardKind:",
    "      presence: optional",
    '      since: "2.0"',
    "      valueList: cardKind",
    "      description: Kind of the card checked.",
    "",
  ].join("\n");
  await writeFiles(spec, { [OP]: `${await read(spec, OP)}${callback}` });
  const report = await sync(spec);
  // Before, the callback's field took the whole list, CHARGE and the other page's wording with it.
  expect(report.messages, report.messages.join("\n")).toEqual(
    expect.arrayContaining([
      "value CHARGE added to list cardKind (from sources/cardCheck.page.txt); not taken by cardCheck callback (it has no saved page)",
      "cardCheck: callback field cardKind takes 2 values of cardKind (CREDIT, DEBIT), written out so that values other pages add do not reach it",
    ]),
  );
  const text = await read(spec, OP);
  expect(text.slice(text.indexOf("callback:"))).toContain("      values: [CREDIT, DEBIT]\n");
});
