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
import { syncSpec } from "../../generator/sync/sync-write.js";
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
    expect(said).toContain("sync writes no interfaceVersion.recommended WR_WS_3.1 for getWalletData, as the client");
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

describe("a prefix move kept out by a deviation of the field's values holds the recommended version alike", () => {
  /** The release, with these deviations recorded under getWalletData's source. */
  async function keeping(abouts: readonly string[]): Promise<SpecInput> {
    const { input } = await release(true);
    const spec = text(input, WALLET_SPEC);
    const recorded = abouts.map((about) => `    - about: ${about}\n      reason: Kept until every operation moves.\n`);
    // Under the deviations the attached page's operation keeps already, or in a list of their own after its page.
    const edited = spec.includes("\n  deviations:\n")
      ? spec.replace("\n  deviations:\n", `\n  deviations:\n${recorded.join("")}`)
      : spec.replace(/^( {2}page: \S+\n)/m, `$1  deviations:\n${recorded.join("")}`);
    expect(edited).not.toBe(spec);
    return withFiles(input, [], new Map([[WALLET_SPEC, edited]]));
  }

  test("the values kept alone: sync leaves the recommended version, and --check says to record it too", async () => {
    const input = await keeping(["request.fields.interfaceVersion.values"]);
    const { report } = await syncInMemory(input);
    // Without it: "interfaceVersion.recommended set to WR_WS_3.1", the spec still describing WR_WS_2. requests.
    expect(report.messages.join("\n")).not.toContain("interfaceVersion.recommended set to");
    expect(recommendedIn(text(withFiles(input, [], report.written), WALLET_SPEC))).toBe(was);
    const mismatch = (await checkInMemory(input)).filter((l) =>
      l.includes(" page-mismatch interfaceVersion.recommended"),
    );
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toContain(
      "(of WR_WS_3., which source.deviations keep out of request.fields.interfaceVersion.values, the spec keeping WR_WS_2.: record interfaceVersion.recommended there too, to keep the spec's)",
    );
  });

  test("the values kept alone, a field of that name in a container printed first: the top-level field's list counts", async () => {
    const input = await keeping(["request.fields.interfaceVersion.values"]);
    // A field named interfaceVersion inside a container, printed before the message's own, its list the old major's.
    const field = "-\ninterfaceVersion\n- presence\n- Required\n";
    const inContainer = `${field}- Container\n- walletData\n- Interface version\n- 2.0\nThe wallet's own version.\nList of values\nWR_WS_2.\n- WR_WS: the wallet's interface.\n`;
    expect(moved.indexOf(field)).toBeGreaterThan(0);
    const printed = withFiles(input, [[WALLET, moved.replace(field, `${inContainer}${field}`)]]);
    const { report } = await syncInMemory(printed);
    expect(report.messages.join("\n")).not.toContain("interfaceVersion.recommended set to");
    expect(recommendedIn(text(withFiles(printed, [], report.written), WALLET_SPEC))).toBe(was);
  });

  test("the values kept, a recommended version of the old major is written as before", async () => {
    const input = await keeping(["request.fields.interfaceVersion.values"]);
    const minor = withFiles(input, [
      [WALLET, moved.replace("Recommended interfaceVersion: WR_WS_3.1", "Recommended interfaceVersion: WR_WS_2.99")],
    ]);
    const { report } = await syncInMemory(minor);
    expect(recommendedIn(text(withFiles(minor, [], report.written), WALLET_SPEC))).toBe("WR_WS_2.99");
  });

  test("both recorded, as the held line says: --check finds nothing to do", async () => {
    const held = (await checkInMemory((await release(true)).input)).find((l) => l.includes(" page-prefix-held "));
    expect(held).toContain(
      "else, to keep WR_WS_2., record request.fields.interfaceVersion.values under getWalletData's source.deviations, and interfaceVersion.recommended beside it",
    );
    const input = await keeping(["interfaceVersion.recommended", "request.fields.interfaceVersion.values"]);
    expect((await checkInMemory(input)).filter((l) => / (error|warning) /.test(l))).toEqual([]);
  });

  test("both recorded: the recommended version's deviation says the page's version alone, and records it so", async () => {
    const input = await keeping(["interfaceVersion.recommended", "request.fields.interfaceVersion.values"]);
    const kept = (await checkInMemory(input)).find((l) => l.includes(" page-deviation interfaceVersion.recommended "));
    // What the held line asks for is done: the page's side is its version, not the advice to record it.
    expect(kept).toContain(`(the spec says "${was}", the page says "WR_WS_3.1"): Kept until every operation moves.`);
    const report = await syncSpec(input, await checkSync(input), {
      family: null,
      dryRun: true,
      recordDeviations: true,
    });
    expect(report.messages).toContain(
      `${WALLET_SPEC}: deviation interfaceVersion.recommended records the page's "WR_WS_3.1"`,
    );
    expect(text(withFiles(input, [], report.written), WALLET_SPEC)).toContain(
      "    - about: interfaceVersion.recommended\n      reason: Kept until every operation moves.\n      page: WR_WS_3.1\n",
    );
  });
});

describe("a page that makes a new operation of the interface holds its recommended version of the new major", () => {
  test("held: the operation is made without it, sync says why, and the next --check leaves it as a difference", async () => {
    const { before } = await release(false);
    const input = withFiles(before, [[NEW_PAGE, newPage(moved)]]);
    const { report } = await syncInMemory(input);
    const made = report.written.get(NEW_SPEC) ?? "";
    expect(made).toContain("interfaceVersion:\n  prefix: WR_WS_\n");
    // Without it: "recommended: WR_WS_3.1", the client declaring the new major for requests described as WR_WS_2.'s.
    expect(recommendedIn(made)).toBeUndefined();
    expect(report.messages).toContain(
      `${NEW}: interfaceVersion.recommended WR_WS_3.1 not written: the page prints WR_WS_3. for WR_WS_, which the list prints WR_WS_2. for getWalletData (page-prefix-held says what settles it), and the client would declare WR_WS_3.1 in every request that gives none`,
    );
    const after = withFiles(input, [], report.written);
    const errors = (await checkInMemory(after)).filter((l) => / error /.test(l));
    expect(errors.filter((l) => l.includes(" page-prefix-held "))).toHaveLength(1);
    expect(errors.filter((l) => l.includes(`${NEW_SPEC}:`) && l.includes("interfaceVersion.recommended"))).toHaveLength(
      1,
    );
  });

  test("a page that recommends a version per interface, the JSON one of the new major: none is written", async () => {
    const { before } = await release(false);
    const perInterface = moved.replace(
      "Recommended interfaceVersion: WR_WS_3.1",
      "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : WR_WS_3.1",
    );
    expect(perInterface).toContain("- JSON/SOAP : WR_WS_3.1");
    const { report } = await syncInMemory(withFiles(before, [[NEW_PAGE, newPage(perInterface)]]));
    const made = report.written.get(NEW_SPEC) ?? "";
    expect(made).toContain("interfaceVersion:\n  prefix: WR_WS_\n");
    expect(made).not.toMatch(/^ {2}recommended:/m);
    expect(
      report.messages.some((m) =>
        m.startsWith(`${NEW}: interfaceVersion.recommended WR_WS_3.1 not written, nor HP_3.4`),
      ),
    ).toBe(true);
  });

  test("a page that prints the list's text beside the new major's moves nothing: the version is written", async () => {
    const { before } = await release(false);
    const meaning = /^WR_WS_3\.\n(- .*)$/m.exec(moved)?.[1] ?? "";
    const both = moved.replace(/^WR_WS_3\.$/m, `WR_WS_2.\n${meaning}\nWR_WS_3.`);
    expect(meaning).toMatch(/^- WR_WS: /);
    expect(both).not.toBe(moved);
    const { report } = await syncInMemory(withFiles(before, [[NEW_PAGE, newPage(both)]]));
    expect(recommendedIn(report.written.get(NEW_SPEC) ?? "")).toBe("WR_WS_3.1");
  });

  test("the page of the interface's major as the list prints it: the operation is made with it", async () => {
    const { before } = await release(false);
    const { report } = await syncInMemory(withFiles(before, [[NEW_PAGE, newPage(page)]]));
    expect(recommendedIn(report.written.get(NEW_SPEC) ?? "")).toBe(was);
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
