// A release whose page leaves a value out of a field's list: `sync --check` names the value left out beside the
// values the page lists, which a long list hides, and the values it adds. On the
// fixture spec whose operation cites a page (test/support/sync-workspace.ts).
import { afterEach, expect, test } from "vitest";
import { check, removeWorkspaces, workspace } from "../support/sync-workspace.js";

afterEach(removeWorkspaces);

const valuesLine = (lines: readonly string[]) =>
  lines
    .filter((l) => l.includes(" request.fields.cardKind.values:"))
    .map((l) => l.split("\n")[0]?.replace(/^\S+ /, ""));

test("a value the page no longer lists is named", async () => {
  const spec = await workspace([["DEBIT\n- Debit card\n", ""]]);
  // Without it: "the page says 1 value: CREDIT", the value gone said nowhere.
  expect(valuesLine(await check(spec))).toEqual([
    "error page-mismatch request.fields.cardKind.values: the spec says every value of cardKind, the page says 1 value: CREDIT (without DEBIT)",
  ]);
});

test("a value left out and one the page adds in its place: both named", async () => {
  const spec = await workspace([["DEBIT\n- Debit card\n", "CHARGE\n- Charge card\n"]]);
  expect(valuesLine(await check(spec))).toEqual([
    "error page-mismatch request.fields.cardKind.values: the spec says every value of cardKind, the page says 2 values: CHARGE, CREDIT (without DEBIT; CHARGE new)",
  ]);
});
