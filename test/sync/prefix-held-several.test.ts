// Two operations of one interface whose pages move its list text together,
// held by a third that takes the text too: the held line names both pages,
// the deviations to record under each, and both operations whose recommended
// version waits; sync writes neither's. In memory, on sync-many, the second
// operation made by sync from a copy of the first's page.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles, specText as text } from "../support/sync-memory.js";
import {
  NEW,
  NEW_PAGE,
  NEW_SPEC,
  newPage,
  ORDER,
  recommendedIn,
  SYNC_MANY_SPEC as fixture,
  WALLET,
  WALLET_SPEC,
} from "../support/wallet-interface.js";

let was: string;
/** Both pages of the new major, orderInitialize taking the interface's list text. */
let input: SpecInput;
beforeAll(async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const page = fixturePage("getWalletData.page.txt");
  was = /Recommended interfaceVersion: (\S+)/.exec(page)?.[1] ?? "";
  expect(was).toMatch(/^WR_WS_2\./);
  const { report, after } = await syncInMemory(
    withFiles(base, [
      [WALLET, page],
      [NEW_PAGE, newPage(page)],
    ]),
  );
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect([recommendedIn(text(after, WALLET_SPEC)), recommendedIn(text(after, NEW_SPEC))]).toEqual([was, was]);
  const moved = page
    .replace(`Recommended interfaceVersion: ${was}`, "Recommended interfaceVersion: WR_WS_3.1")
    .replace(/^WR_WS_2\.$/m, "WR_WS_3.");
  const order = text(after, ORDER).replace(
    "interfaceVersion:\n  prefix: IR_MB_\n  recommended: IR_MB_3.0",
    "interfaceVersion:\n  prefix: WR_WS_\n  recommended: WR_WS_2.10",
  );
  expect(order).toContain("prefix: WR_WS_");
  input = withFiles(
    after,
    [
      [WALLET, moved],
      [NEW_PAGE, newPage(moved)],
    ],
    new Map([[ORDER, order]]),
  );
});

test("the held line names both moving pages, a deviation for each operation, and both operations that wait", async () => {
  const held = (await checkInMemory(input)).filter((l) => l.includes(" page-prefix-held "));
  expect(held).toHaveLength(1);
  const line = held[0] ?? "";
  expect(line).toContain(`${WALLET}, ${NEW_PAGE} print "WR_WS_3." for the interface WR_WS_`);
  expect(line).toContain("orderInitialize (it has no saved page) takes it too");
  for (const op of ["getWalletData", NEW])
    expect(line).toContain(
      `record request.fields.interfaceVersion.values under ${op}'s source.deviations, and interfaceVersion.recommended beside it where its page recommends a version of WR_WS_3.`,
    );
  expect(line).toContain(
    `sync writes no interfaceVersion.recommended WR_WS_3.1 for getWalletData and WR_WS_3.1 for ${NEW}, as`,
  );
});

test("sync writes neither operation's recommended version of the held major", async () => {
  const { report } = await syncInMemory(input);
  expect(report.ok).toBe(false);
  const after = withFiles(input, [], report.written);
  expect([recommendedIn(text(after, WALLET_SPEC)), recommendedIn(text(after, NEW_SPEC))]).toEqual([was, was]);
  expect(report.messages.filter((m) => m.includes("interfaceVersion.recommended set to"))).toEqual([]);
});
