// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a page's text is read as it
// shows (composed, single spaces), and written so.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { check, OP, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

test("a page saved decomposed (e then U+0301): read as the composed text the spec has, and written composed", async () => {
  const composed = "Carte à débit différé";
  const decomposed = composed.normalize("NFD");
  expect(decomposed).not.toBe(composed);
  // The spec's text as the page shows it: no difference. Without it: a mismatch between texts that show alike.
  const agreeing = await workspace([["Kind of card.", decomposed]]);
  await editFile(path.join(agreeing, OP), "description: Kind of card.", `description: ${composed}`);
  expect(await check(agreeing)).toEqual([]);
  // A new value's meaning is written as the spec writes text. Without it: written decomposed into the shared list.
  const spec = await workspace([["CREDIT\n- Credit card", `CHARGE\n- ${decomposed}\nCREDIT\n- Credit card`]]);
  const report = await sync(spec);
  expect(report.ok).toBe(true);
  const lists = await read(spec, "dictionary/lists.yaml");
  expect(lists).toContain(`CHARGE:\n        meaning: ${composed}\n`);
  expect(lists.normalize("NFC")).toBe(lists);
});

test("a new value whose meaning the page prints with a tab and a run of spaces: written with single spaces", async () => {
  const spec = await workspace([["CREDIT\n- Credit card", "CHARGE\n- Charge\tcard,  deferred\nCREDIT\n- Credit card"]]);
  expect((await sync(spec)).ok).toBe(true);
  // Without it: the tab and both spaces written into the shared list.
  expect(await read(spec, "dictionary/lists.yaml")).toContain("CHARGE:\n        meaning: Charge card, deferred\n");
});
