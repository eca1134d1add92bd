// What holds a page's recommended version of a new major, and what does not: a
// deviation keeping the interfaceVersion values holds only a text of the
// operation's own prefix that the spec does not hold already; a new operation's
// version waits only where another operation takes the list's text, and only
// for what a field of the request itself prints (a container's field is not the
// interface's). Each case writes the page's version. In memory, on sync-many.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturePage, syncInMemory, withFiles, specText as text } from "../support/sync-memory.js";
import {
  NEW_PAGE,
  NEW_SPEC,
  newPage,
  ORDER,
  recommendedIn,
  SYNC_MANY_SPEC as fixture,
  WALLET,
  WALLET_SPEC,
} from "../support/wallet-interface.js";

const LIST_TEXT = /^WR_WS_2\.$/m;

let base: SpecInput;
let page: string;
/** The page's recommended version as saved. */
let was: string;
/** The spec with getWalletData's page attached. */
let attached: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
  page = fixturePage("getWalletData.page.txt");
  was = /Recommended interfaceVersion: (\S+)/.exec(page)?.[1] ?? "";
  expect(was).toMatch(/^WR_WS_2\./);
  expect(page).toMatch(LIST_TEXT);
  const { report, after } = await syncInMemory(withFiles(base, [[WALLET, page]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  attached = after;
});

const recommending = (pageText: string, version: string) =>
  pageText.replace(`Recommended interfaceVersion: ${was}`, `Recommended interfaceVersion: ${version}`);
/** The page printing `texts` (each with a meaning) where it printed the list's text. */
const printing = (pageText: string, texts: readonly string[]) =>
  pageText.replace(LIST_TEXT, texts.map((t) => `${t}\n- ${t.slice(0, -3)}: an interface.`).join("\n"));
/** The release's page as another operation's, at its own addresses. */

/** The spec with orderInitialize on getWalletData's interface, and getWalletData keeping its interfaceVersion values. */
function keepingValues(): SpecInput {
  const order = text(attached, ORDER).replace(
    "interfaceVersion:\n  prefix: IR_MB_\n  recommended: IR_MB_3.0",
    "interfaceVersion:\n  prefix: WR_WS_\n  recommended: WR_WS_2.10",
  );
  const spec = text(attached, WALLET_SPEC);
  const deviation =
    "    - about: request.fields.interfaceVersion.values\n      reason: Kept until every operation moves.\n";
  const kept = spec.includes("\n  deviations:\n")
    ? spec.replace("\n  deviations:\n", `\n  deviations:\n${deviation}`)
    : spec.replace(/^( {2}page: \S+\n)/m, `$1  deviations:\n${deviation}`);
  expect([order, kept]).not.toContain(spec);
  return withFiles(
    attached,
    [],
    new Map([
      [ORDER, order],
      [WALLET_SPEC, kept],
    ]),
  );
}

test("values kept: the list's own text, printed beside the new major's, holds no version of the old major", async () => {
  const input = keepingValues();
  const release = withFiles(input, [[WALLET, recommending(printing(page, ["WR_WS_2.", "WR_WS_3."]), "WR_WS_2.99")]]);
  const { report } = await syncInMemory(release);
  expect(recommendedIn(text(withFiles(release, [], report.written), WALLET_SPEC))).toBe("WR_WS_2.99");
});

test("values kept: another interface's text on the page holds no version of that interface", async () => {
  const input = keepingValues();
  // The new major of its own interface printed, with HP_'s; the versions recommended are HP_'s and the old major's.
  const perInterface = printing(page, ["HP_3.", "WR_WS_3."]).replace(
    `Recommended interfaceVersion: ${was}`,
    "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : WR_WS_2.99",
  );
  const release = withFiles(input, [[WALLET, perInterface]]);
  const { report } = await syncInMemory(release);
  expect(report.messages.join("\n")).not.toContain("which source.deviations keep out");
  expect(text(withFiles(release, [], report.written), WALLET_SPEC)).toMatch(
    /^ {2}recommended:\n {4}HP_: HP_3\.4\n {4}WR_WS_: WR_WS_2\.99$/m,
  );
});

test("a new operation of an interface no operation takes is made with the page's version of the new major", async () => {
  const cash = recommending(printing(newPage(page), ["CR_WS_3."]), "CR_WS_3.1");
  expect(text(attached, "dictionary/value-lists.yaml")).toContain("CR_WS_2.:");
  const { report } = await syncInMemory(withFiles(attached, [[NEW_PAGE, cash]]));
  // Without it: a note that the version waits for the operations that take CR_WS_2., naming none, then written anyway.
  expect(report.messages.filter((m) => m.includes("interfaceVersion.recommended CR_WS_3.1 not written"))).toEqual([]);
  expect(recommendedIn(report.written.get(NEW_SPEC) ?? "")).toBe("CR_WS_3.1");
});

test("a new operation whose container field prints the new major is made with the page's version", async () => {
  // The request prints the list's text beside the new major's (nothing moves); a field in a container prints the new one alone.
  const both = printing(newPage(page), ["WR_WS_2.", "WR_WS_3."]);
  const nested =
    "-\nwalletOptions\n- presence\n- Optional\n- Interface version\n- 2.0\nOptions of the wallet.\n" +
    "-\nwalletInterface\n- presence\n- Optional\n- Interface version\n- 2.0\n- Container\n- walletOptions\nThe interface of the wallet.\nList of values\nWR_WS_3.\n- WR_WS: an interface.\n";
  const release = recommending(both, "WR_WS_3.1").replace("-\nsealAlgorithm\n", `${nested}-\nsealAlgorithm\n`);
  expect(release).toContain("- Container\n- walletOptions\n");
  const { report } = await syncInMemory(withFiles(attached, [[NEW_PAGE, release]]));
  expect(report.messages.filter((m) => m.includes("interfaceVersion.recommended WR_WS_3.1 not written"))).toEqual([]);
  expect(recommendedIn(report.written.get(NEW_SPEC) ?? "")).toBe("WR_WS_3.1");
});
