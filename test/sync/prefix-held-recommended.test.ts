// A page's new major (WR_WS_3.1, its list printing WR_WS_3.) held back because
// another operation of the interface holds the list's text: the recommended
// version waits with it. The client declares it in every request that gives
// none, so written alone it would have senders declare a major the spec, held,
// does not describe. The page-mismatch stays for the maintainer, and the
// held line says so; once the move goes through, both are written. A page that
// gives one per interface (POST and JSON) holds them all back alike. In memory.
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { checkAdvice } from "../../generator/sync/check-advice.js";
import { checkSync } from "../../generator/sync/sync-check.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const WALLET = "sources/getWalletData.page.txt";
const WALLET_SPEC = "operations/office/getWalletData.yaml";
const ORDER = "operations/in-app/orderInitialize.yaml";

let base: SpecInput;
let page: string;
let moved: string;
/** The page's recommended version as saved, and as the release prints it. */
let was: string;
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
  page = fixturePage("getWalletData.page.txt");
  was = /Recommended interfaceVersion: (\S+)/.exec(page)?.[1] ?? "";
  expect(was).toMatch(/^WR_WS_2\./);
  moved = page.replace(`Recommended interfaceVersion: ${was}`, "Recommended interfaceVersion: WR_WS_3.1");
  moved = moved.replace(/^WR_WS_2\.$/m, "WR_WS_3.");
  expect(moved).not.toBe(page);
});

const text = (input: SpecInput, relPath: string): string => specTexts(input).get(relPath) ?? "";
const recommendedIn = (yaml: string): string | undefined => /^ {2}recommended: (\S+)$/m.exec(yaml)?.[1];

/** The spec with getWalletData's page attached, and orderInitialize moved onto its interface when `holding`. */
async function release(holding: boolean): Promise<{ before: SpecInput; input: SpecInput }> {
  const { report, after: before } = await syncInMemory(withFiles(base, [[WALLET, page]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const order = text(before, ORDER).replace(
    "interfaceVersion:\n  prefix: IR_MB_\n  recommended: IR_MB_3.0",
    "interfaceVersion:\n  prefix: WR_WS_\n  recommended: WR_WS_2.10",
  );
  expect(order).toContain("prefix: WR_WS_");
  const edited = holding ? new Map([[ORDER, order]]) : new Map<string, string>();
  return { before, input: withFiles(before, [[WALLET, moved]], edited) };
}

describe("a held prefix move holds the operation's recommended version of the new major", () => {
  test("sync leaves the recommended version as it was, and says why on the held line", async () => {
    const { before, input } = await release(true);
    expect(recommendedIn(text(before, WALLET_SPEC))).toBe(was);
    const { report } = await syncInMemory(input);
    expect(report.ok).toBe(false);
    expect(recommendedIn(text(withFiles(input, [], report.written), WALLET_SPEC))).toBe(was);
    const said = report.messages.join("\n");
    expect(said).toContain("sync writes no recommended version of WR_WS_3. for getWalletData either");
    // The page's version is left to the maintainer, as a difference of its own.
    expect(said).toMatch(/interfaceVersion\.recommended: the spec says "WR_WS_2\.[0-9]+", the page says "WR_WS_3\.1"/);
  });

  test("sync --check names the recommended version as a difference beside the held move", async () => {
    const { input } = await release(true);
    const errors = (await checkInMemory(input)).filter((l) => / error /.test(l));
    expect(errors.filter((l) => l.includes(" page-prefix-held "))).toHaveLength(1);
    const mismatch = errors.filter((l) => l.includes(" page-mismatch ") && l.includes("interfaceVersion.recommended"));
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toContain(WALLET_SPEC);
  });

  test("the move not held, the recommended version is written with it", async () => {
    const { input } = await release(false);
    const { report, after } = await syncInMemory(input);
    expect(report.ok, report.messages.join("\n")).toBe(true);
    expect(recommendedIn(text(after, WALLET_SPEC))).toBe("WR_WS_3.1");
  });

  test("a recommended version of the old major moves as before, the prefix move held", async () => {
    const { input } = await release(true);
    const minor = withFiles(input, [
      [WALLET, moved.replace("Recommended interfaceVersion: WR_WS_3.1", "Recommended interfaceVersion: WR_WS_2.99")],
    ]);
    const { report } = await syncInMemory(minor);
    expect(recommendedIn(text(withFiles(minor, [], report.written), WALLET_SPEC))).toBe("WR_WS_2.99");
  });
});

test("a page of the held major that gives no recommended version: sync leaves that difference to the maintainer too", async () => {
  const { input } = await release(true);
  const none = moved.replace("Recommended interfaceVersion: WR_WS_3.1\n", "");
  expect(none).not.toBe(moved);
  const { report } = await syncInMemory(withFiles(input, [[WALLET, none]]));
  expect(report.ok).toBe(false);
  expect(report.messages.join("\n")).toMatch(
    /interfaceVersion\.recommended: the spec says "WR_WS_2\.[0-9]+", the page says nothing/,
  );
});

describe("a page that gives a recommended version per interface, one of them of the held major", () => {
  const perInterface = () =>
    moved.replace(
      "Recommended interfaceVersion: WR_WS_3.1",
      "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : WR_WS_3.1",
    );

  test("sync writes none of them", async () => {
    const { input } = await release(true);
    const both = withFiles(input, [[WALLET, perInterface()]]);
    expect(perInterface()).toContain("- JSON/SOAP : WR_WS_3.1");
    const { report } = await syncInMemory(both);
    expect(report.ok).toBe(false);
    expect(recommendedIn(text(withFiles(both, [], report.written), WALLET_SPEC))).toBe(was);
  });

  test("sync --check names each as a difference, the held major's among them", async () => {
    const { input } = await release(true);
    const errors = (await checkInMemory(withFiles(input, [[WALLET, perInterface()]]))).filter((l) => / error /.test(l));
    const about = errors.flatMap((l) => / page-mismatch (interfaceVersion\.recommended\S*):/.exec(l)?.[1] ?? []);
    expect(about.sort()).toEqual(["interfaceVersion.recommended.HP_", "interfaceVersion.recommended.WR_WS_"]);
    // Neither is settled by an edit sync holds back: the advice has the maintainer edit both by hand.
    const checked = await checkSync(withFiles(input, [[WALLET, perInterface()]]));
    if (!checked.ok) throw new Error("the check failed");
    expect(checkAdvice(checked)).toMatch(
      /by hand where sync cannot decide \([^)]*interfaceVersion\.recommended\.HP_, interfaceVersion\.recommended\.WR_WS_/,
    );
  });

  test("the move not held, both are written", async () => {
    const { input } = await release(false);
    const { report, after } = await syncInMemory(withFiles(input, [[WALLET, perInterface()]]));
    expect(report.ok, report.messages.join("\n")).toBe(true);
    expect(text(after, WALLET_SPEC)).toMatch(/^ {2}recommended:\n {4}HP_: HP_3\.4\n {4}WR_WS_: WR_WS_3\.1$/m);
  });
});
