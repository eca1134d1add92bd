// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a recommended version that
// sync sets names the notes that speak of the old one, which it does not edit.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { OP, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

// After cancel's page of an earlier release (CR_WS_2.55), whose spec's notes quote the saved release's CR_WS_2.58.
test("a recommended version replaced: sync names the notes that quote the old one, which it does not edit", async () => {
  const spec = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  const cited =
    "  page: sources/cardCheck.page.txt\n  notes:\n    - The page recommends IR_WS_2.50 (IR_WS_2.5 in its first release).\n";
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", cited);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.slice(0, 2)).toEqual([
    "cardCheck: interfaceVersion.recommended set to IR_WS_2.60",
    "cardCheck: notes name IR_WS_2.50 (source.notes): read them again (sync does not edit them)",
  ]);
  expect(await read(spec, OP)).toContain(cited);
  // A note that names only an earlier version, not the one replaced, is not named.
  const later = await workspace([["IR_WS_2.50", "IR_WS_2.60"]]);
  await editFile(
    path.join(later, OP),
    "  page: sources/cardCheck.page.txt\n",
    cited.replace("IR_WS_2.50 ", "IR_WS_2.6 "),
  );
  expect((await sync(later)).messages.filter((m) => m.includes("notes name"))).toEqual([]);
});

// After cardValidateAuthenticationAndOrder's first page, where the spec had no recommended version and a note said why.
test("a recommended version given where the spec had none: sync names the notes that speak of one", async () => {
  const spec = await workspace();
  const none =
    "interfaceVersion:\n  prefix: IR_WS_\nnotes:\n  - No public source gives a recommended interfaceVersion.\n";
  await editFile(path.join(spec, OP), "interfaceVersion:\n  prefix: IR_WS_\n  recommended: IR_WS_2.50\n", none);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.slice(0, 2)).toEqual([
    "cardCheck: interfaceVersion.recommended set to IR_WS_2.50",
    "cardCheck: notes speak of a recommended version, of which the spec had none (notes): read them again (sync does not edit them)",
  ]);
  expect(await read(spec, OP)).toContain("  - No public source gives a recommended interfaceVersion.\n");
});

// After walletInitialize's first page: its source notes, written with the page, name the version the page gives.
test("a recommended version given where the spec had none: a note that names the version given is not named", async () => {
  const spec = await workspace();
  const none =
    "interfaceVersion:\n  prefix: IR_WS_\nnotes:\n  - No public source gives a recommended interfaceVersion.\n";
  const written =
    "  page: sources/cardCheck.page.txt\n  notes:\n    - The page gives the recommended version IR_WS_2.50.\n";
  await editFile(path.join(spec, OP), "interfaceVersion:\n  prefix: IR_WS_\n  recommended: IR_WS_2.50\n", none);
  await editFile(path.join(spec, OP), "  page: sources/cardCheck.page.txt\n", written);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Before: "(source.notes, notes)", the note just written with the page sent to be read again beside the stale one.
  expect(report.messages.filter((m) => m.includes("notes speak of"))).toEqual([
    "cardCheck: notes speak of a recommended version, of which the spec had none (notes): read them again (sync does not edit them)",
  ]);
  // With the stale note gone, nothing is named.
  const later = await workspace();
  await editFile(
    path.join(later, OP),
    "interfaceVersion:\n  prefix: IR_WS_\n  recommended: IR_WS_2.50\n",
    "interfaceVersion:\n  prefix: IR_WS_\n",
  );
  await editFile(path.join(later, OP), "  page: sources/cardCheck.page.txt\n", written);
  expect((await sync(later)).messages.filter((m) => m.includes("notes speak of"))).toEqual([]);
});
