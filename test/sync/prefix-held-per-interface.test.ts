// A page that recommends a version per interface (POST and JSON), the JSON one of a held major (WR_WS_3.1, its list
// printing WR_WS_3. where the spec keeps WR_WS_2.): one edit writes every recommended version, so both wait, and
// each difference says its own part: the JSON one what keeps it out, the other that it waits with it. In memory, on
// the sync-many fixture's wallet interface.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { checkAdvice } from "../../generator/sync/check-advice.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles, specText as text } from "../support/sync-memory.js";
import {
  NEW,
  NEW_PAGE,
  newPage,
  ORDER,
  SYNC_MANY_SPEC as fixture,
  WALLET,
  WALLET_SPEC,
} from "../support/wallet-interface.js";

/** The spec with getWalletData's page attached, before the release. */
let before: SpecInput;
/** The release's page: the wallet interface's new major, and a POST version beside it. */
let perInterface: string;
let was: string;
beforeAll(async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const page = fixturePage("getWalletData.page.txt");
  was = /Recommended interfaceVersion: (\S+)/.exec(page)?.[1] ?? "";
  expect(was).toMatch(/^WR_WS_2\./);
  perInterface = page
    .replace(
      `Recommended interfaceVersion: ${was}`,
      "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : WR_WS_3.1",
    )
    .replace(/^WR_WS_2\.$/m, "WR_WS_3.");
  expect(perInterface).toContain("- JSON/SOAP : WR_WS_3.1");
  const { report, after } = await syncInMemory(withFiles(base, [[WALLET, page]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  before = after;
});

test("the move kept out by a values deviation: each interface's difference says its own part", async () => {
  const spec = text(before, WALLET_SPEC);
  const kept = spec.replace(
    "\n  deviations:\n",
    "\n  deviations:\n    - about: request.fields.interfaceVersion.values\n      reason: Kept until every operation moves.\n",
  );
  expect(kept).not.toBe(spec);
  const input = withFiles(before, [[WALLET, perInterface]], new Map([[WALLET_SPEC, kept]]));
  const lines = (await checkInMemory(input)).filter((l) => l.includes(" page-mismatch interfaceVersion.recommended"));
  // Before: HP_'s said to be of WR_WS_3. and told to record HP_, WR_WS_'s said nothing.
  expect(lines.map((l) => l.split("\n")[0]?.replace(/^\S+ /, ""))).toEqual([
    'error page-mismatch interfaceVersion.recommended.HP_: the spec says nothing, the page says "HP_3.4" (waits with interfaceVersion.recommended.WR_WS_: one edit writes every recommended version)',
    `error page-mismatch interfaceVersion.recommended.WR_WS_: the spec says "${was}", the page says "WR_WS_3.1" (of WR_WS_3., which source.deviations keep out of request.fields.interfaceVersion.values, the spec keeping WR_WS_2.: record interfaceVersion.recommended.WR_WS_ there too, to keep the spec's)`,
  ]);
  // Neither is settled by an edit sync holds back: the advice names both for the maintainer.
  const checked = await checkSync(input);
  if (!checked.ok) throw new Error("the check failed");
  expect(checkAdvice(checked)).toMatch(
    /by hand where sync cannot decide \([^)]*interfaceVersion\.recommended\.HP_, interfaceVersion\.recommended\.WR_WS_/,
  );
  const { report } = await syncInMemory(input);
  expect(report.messages.join("\n")).not.toContain("interfaceVersion.recommended set to");
  // Recorded as the note says, WR_WS_'s is kept and the POST version is written.
  const recorded = kept.replace(
    "      reason: Kept until every operation moves.\n",
    "      reason: Kept until every operation moves.\n    - about: interfaceVersion.recommended.WR_WS_\n      reason: Kept with the values.\n",
  );
  const settled = await syncInMemory(withFiles(input, [], new Map([[WALLET_SPEC, recorded]])));
  expect(settled.report.ok, settled.report.messages.join("\n")).toBe(true);
  expect(text(settled.after, WALLET_SPEC)).toMatch(
    new RegExp(`^ {2}recommended:\\n {4}HP_: HP_3\\.4\\n {4}WR_WS_: ${was.replace(".", "\\.")}$`, "m"),
  );
});

test("a new operation of the held major: its note names the other interface's version, which waits too", async () => {
  const { report } = await syncInMemory(withFiles(before, [[NEW_PAGE, newPage(perInterface)]]));
  expect(report.messages.filter((m) => m.startsWith(`${NEW}: interfaceVersion.recommended`))).toEqual([
    `${NEW}: interfaceVersion.recommended WR_WS_3.1 not written, nor HP_3.4 beside it, one edit writing every recommended version: the page prints WR_WS_3. for WR_WS_, which the list prints WR_WS_2. for getWalletData (page-prefix-held says what settles it), and the client would declare WR_WS_3.1 in every request that gives none`,
  ]);
});

test("the new major's version already the spec's: the other interface's names the version it waits with", async () => {
  const spec = text(before, WALLET_SPEC);
  const kept = spec
    .replace(
      "\n  deviations:\n",
      "\n  deviations:\n    - about: request.fields.interfaceVersion.values\n      reason: Kept until every operation moves.\n",
    )
    .replace(`  recommended: ${was}\n`, "  recommended:\n    WR_WS_: WR_WS_3.1\n");
  expect(kept).toContain("    WR_WS_: WR_WS_3.1\n");
  const input = withFiles(before, [[WALLET, perInterface]], new Map([[WALLET_SPEC, kept]]));
  const lines = (await checkInMemory(input)).filter((l) => l.includes(" page-mismatch interfaceVersion.recommended"));
  // Without it: "(waits with : one edit …)", naming nothing.
  expect(lines.map((l) => l.split("\n")[0]?.replace(/^\S+ /, ""))).toEqual([
    'error page-mismatch interfaceVersion.recommended.HP_: the spec says nothing, the page says "HP_3.4" (waits with WR_WS_3.1: one edit writes every recommended version)',
  ]);
});

test("the move held by another operation of the interface: the other interface's version says it waits too", async () => {
  const order = text(before, ORDER).replace(
    "interfaceVersion:\n  prefix: IR_MB_\n  recommended: IR_MB_3.0",
    "interfaceVersion:\n  prefix: WR_WS_\n  recommended: WR_WS_2.10",
  );
  expect(order).toContain("prefix: WR_WS_");
  const input = withFiles(before, [[WALLET, perInterface]], new Map([[ORDER, order]]));
  const lines = (await checkInMemory(input)).filter((l) => l.includes(" page-mismatch interfaceVersion.recommended"));
  // The new major's own version is the held line's to explain. Without it: HP_'s said as if sync could write it.
  expect(lines.map((l) => l.split("\n")[0]?.replace(/^\S+ /, ""))).toEqual([
    'error page-mismatch interfaceVersion.recommended.HP_: the spec says nothing, the page says "HP_3.4" (waits with interfaceVersion.recommended.WR_WS_: one edit writes every recommended version)',
    `error page-mismatch interfaceVersion.recommended.WR_WS_: the spec says "${was}", the page says "WR_WS_3.1"`,
  ]);
});

test("the held line names each version the hold keeps unwritten, and the deviation of the held interface's", async () => {
  const order = text(before, ORDER).replace(
    "interfaceVersion:\n  prefix: IR_MB_\n  recommended: IR_MB_3.0",
    "interfaceVersion:\n  prefix: WR_WS_\n  recommended: WR_WS_2.10",
  );
  const input = withFiles(before, [[WALLET, perInterface]], new Map([[ORDER, order]]));
  const lines = await checkInMemory(input);
  const held = lines.filter((l) => l.includes(" page-prefix-held "));
  expect(held).toHaveLength(1);
  // Without it: "sync writes no recommended version of WR_WS_3. for getWalletData", of two versions held, and
  // "interfaceVersion.recommended" to record, a key no difference of a page per interface is about.
  expect(held[0]).toContain(
    "and interfaceVersion.recommended.WR_WS_ beside it where its page recommends a version of WR_WS_3.; until then sync writes no interfaceVersion.recommended WR_WS_3.1 for getWalletData, nor HP_3.4 beside it, one edit writing every recommended version, as the client would declare WR_WS_3.1 in every request that gives none",
  );
  // Each version named is one the differences beside it hold back, the HP_ one waiting with the WR_WS_ one.
  expect(
    lines
      .filter((l) => l.includes(" page-mismatch interfaceVersion.recommended."))
      .map((l) => /the page says "([^"]+)"/.exec(l)?.[1]),
  ).toEqual(["HP_3.4", "WR_WS_3.1"]);
});
