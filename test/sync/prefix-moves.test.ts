// A page that prints its own interface's value of a prefix list otherwise
// (WR_WS_3. where the list prints WR_WS_2.: a new major) moves that value:
// sync renames it where every operation of the interface moves with it, and
// holds it, naming the edits, where another operation of the interface keeps
// the list's text, which is its lowest version too. A page of another
// interface that lists every prefix (paymentTokenInitialize's) tells nothing
// of the version and does not hold the move. In memory: no file is written.
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { valuesOf } from "../../generator/model/field-shape.js";
import { generateFromInput, type SpecModel } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import {
  checkInMemory,
  fixturePage,
  specTexts,
  syncInMemory,
  withFiles,
  specText as text,
} from "../support/sync-memory.js";
import { ORDER, SYNC_MANY_SPEC as fixture, WALLET } from "../support/wallet-interface.js";

const LISTS = "dictionary/value-lists.yaml";

let base: SpecInput;
/** getWalletData's page, as saved, and as its next major release prints its interface. */
let page: string;
let moved: string;
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
  page = fixturePage("getWalletData.page.txt");
  moved = page.replace("Recommended interfaceVersion: WR_WS_2.53", "Recommended interfaceVersion: WR_WS_3.1");
  moved = moved.replace(/^WR_WS_2\.$/m, "WR_WS_3.");
  expect(moved.match(/^WR_WS_3\.$/gm)).toHaveLength(1);
});

async function modelOf(input: SpecInput): Promise<SpecModel> {
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join("\n"));
  return result.model;
}

/** The spec once getWalletData's page (as saved) is attached: the release starts from it. */
async function attached(): Promise<SpecInput> {
  const { report, after } = await syncInMemory(withFiles(base, [[WALLET, page]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  return after;
}

describe("a page that moves its own interface's prefix value", () => {
  test("sync renames the list's value and the values that name it; the check then passes, and a second sync writes nothing", async () => {
    const before = await attached();
    const release = withFiles(before, [[WALLET, moved]]);
    const { report, after } = await syncInMemory(release);
    expect(report.ok, report.messages.join("\n")).toBe(true);
    // The value is renamed in place: its constant name and meaning stay, and no value is added beside it.
    const lists = text(after, LISTS);
    expect(lists).toContain("      WR_WS_3.:\n        name: WR_WS\n");
    expect(lists).not.toContain("WR_WS_2.:");
    expect(lists.replace("WR_WS_3.:", "WR_WS_2.:")).toBe(text(before, LISTS));
    expect(report.messages.join("\n")).toContain("value WR_WS_2. of list interfaceVersionPrefix renamed WR_WS_3.");
    expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
    expect([...(await syncInMemory(after)).report.written.keys()]).toEqual([]);

    const model = await modelOf(after);
    const wallet = model.operations.find((o) => o.name === "getWalletData");
    expect(wallet?.interfaceVersion.recommended).toBe("WR_WS_3.1");
    const field = wallet?.request.fields.find((f) => f.name === "interfaceVersion");
    const taken = field ? valuesOf(field)?.values.map((v) => v.value) : undefined;
    expect(taken).toContain("WR_WS_3.");
    const value = model.valueLists
      .find((l) => l.name === "interfaceVersionPrefix")
      ?.values.find((v) => v.prefix === "WR_WS_");
    expect(value).toMatchObject({ value: "WR_WS_3.", key: "WR_WS" });
  });

  test("an interfaceVersion example below the new lowest version is removed; one at or above it stays", async () => {
    const before = await attached();
    const WALLET_SPEC = "operations/office/getWalletData.yaml";
    expect(text(before, WALLET_SPEC)).toMatch(/example: WR_WS_2\.27\b/);
    const { report, after } = await syncInMemory(withFiles(before, [[WALLET, moved]]));
    expect(report.ok, report.messages.join("\n")).toBe(true);
    const wallet = text(after, WALLET_SPEC);
    // Below WR_WS_3.0, no request may declare it: the validator refuses it, so the docs must not show it.
    expect(wallet).not.toMatch(/example: WR_WS_/);
    expect(wallet).toMatch(/^ {4}interfaceVersion:/m);
    expect(report.messages.join("\n")).toContain("an interfaceVersion example below it is removed");
    // An example the move leaves valid is kept as written.
    const kept = withFiles(
      before,
      [[WALLET, moved]],
      new Map([[WALLET_SPEC, text(before, WALLET_SPEC).replace("example: WR_WS_2.27", "example: WR_WS_3.4")]]),
    );
    const second = await syncInMemory(kept);
    expect(second.report.ok, second.report.messages.join("\n")).toBe(true);
    expect(text(second.after, WALLET_SPEC)).toMatch(/example: WR_WS_3\.4\b/);
  });

  test("a value without a name of its own keeps the constant its old text gave", async () => {
    const before = await attached();
    const unnamed = text(before, LISTS).replace("      WR_WS_2.:\n        name: WR_WS\n", "      WR_WS_2.:\n");
    expect(unnamed).not.toBe(text(before, LISTS));
    const release = withFiles(before, [[WALLET, moved]], new Map([[LISTS, unnamed]]));
    const key = async (input: SpecInput, value: string) =>
      (await modelOf(input)).valueLists
        .find((l) => l.name === "interfaceVersionPrefix")
        ?.values.find((v) => v.value === value)?.key;
    const was = await key(withFiles(before, [], new Map([[LISTS, unnamed]])), "WR_WS_2.");
    const { report, after } = await syncInMemory(release);
    expect(report.ok, report.messages.join("\n")).toBe(true);
    expect(text(after, LISTS)).toContain(`      WR_WS_3.:\n        name: ${was}\n`);
    expect(await key(after, "WR_WS_3.")).toBe(was);
  });

  test("a meaning of the operation's own for the moved value moves with it", async () => {
    const own = (text: string) =>
      text.replace(
        "- WR_WS: Sogenactif Office Serveur (SOAP/JSON) interface for Wallet functions.",
        "- The wallet interface of the Office Serveur.",
      );
    expect(own(page)).not.toBe(page);
    const { report, after: before } = await syncInMemory(withFiles(base, [[WALLET, own(page)]]));
    expect(report.ok, report.messages.join("\n")).toBe(true);
    const wallet = [...specTexts(before).keys()].find((p) => p.endsWith("getWalletData.yaml")) ?? "";
    expect(text(before, wallet)).toContain("WR_WS_2.: The wallet interface of the Office Serveur.");
    const { report: moving, after } = await syncInMemory(withFiles(before, [[WALLET, own(moved)]]));
    expect(moving.ok, moving.messages.join("\n")).toBe(true);
    expect(text(after, wallet)).toContain("WR_WS_3.: The wallet interface of the Office Serveur.");
    expect(text(after, wallet)).not.toContain("WR_WS_2.:");
    expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
    const field = (await modelOf(after)).operations
      .find((o) => o.name === "getWalletData")
      ?.request.fields.find((f) => f.name === "interfaceVersion");
    const value = field ? valuesOf(field)?.values.find((v) => v.value === "WR_WS_3.") : undefined;
    expect(value).toMatchObject({ own: true, meanings: ["The wallet interface of the Office Serveur."] });
  });

  test("sync --check reports the move once, at the list's value, with the page's place", async () => {
    const lines = await checkInMemory(withFiles(await attached(), [[WALLET, moved]]));
    const errors = lines.filter((l) => / error /.test(l));
    expect(errors.some((l) => /bad-list-prefix|values\.WR_WS_3\./.test(l))).toBe(false);
    const move = errors.filter((l) => l.includes("valueLists.interfaceVersionPrefix.values.WR_WS_2."));
    expect(move).toHaveLength(1);
    expect(move[0]).toMatch(/the spec says "WR_WS_2\." for the interface WR_WS_, the page says "WR_WS_3\."/);
  });

  test("another operation of the interface, without a page of the release, holds the move: nothing written, the edits named", async () => {
    const before = await attached();
    const order = text(before, ORDER).replace(
      "interfaceVersion:\n  prefix: IR_MB_\n  recommended: IR_MB_3.0",
      "interfaceVersion:\n  prefix: WR_WS_\n  recommended: WR_WS_2.10",
    );
    expect(order).toContain("prefix: WR_WS_");
    const release = withFiles(before, [[WALLET, moved]], new Map([[ORDER, order]]));
    const lines = (await checkInMemory(release)).filter((l) => / error /.test(l));
    const held = lines.filter((l) => l.includes("page-prefix-held"));
    expect(held).toHaveLength(1);
    expect(held[0]).toContain(`${LISTS}:`);
    expect(held[0]).toContain("orderInitialize");
    expect(held[0]).toContain("record request.fields.interfaceVersion.values under getWalletData's source.deviations");
    expect(lines.some((l) => l.includes("bad-list-prefix"))).toBe(false);
    const { report } = await syncInMemory(release);
    expect(report.ok).toBe(false);
    expect(text(withFiles(release, [], report.written), LISTS)).toBe(text(before, LISTS));
    expect(report.messages.join("\n")).toContain("page-prefix-held");
  });
});
