// A request field a page release adds with a version later than the
// operation's recommended one: sync says, beside the field's line, that a call
// giving no interfaceVersion (the client then declares the recommended one)
// cannot set it, as `npm run changes` tells the reviewer. A field at or below
// the recommended version gets no such line, nor a response field. In memory:
// no file is written.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync", "spec");
const PAGE = "sources/cardCheck.page.txt";

let base: SpecInput;
let page = "";
let recommended = "";
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
  page = base.pages?.get(PAGE) ?? "";
  recommended = /Recommended interfaceVersion: (\S+)/.exec(page)?.[1] ?? "";
  expect(recommended).toMatch(/^IR_WS_2\.\d+$/);
});

/** The page with an optional request field of version `since` printed first among its optional fields. */
const withField = (since: string): string => {
  const added = page.replace(
    "Optional\n-\n",
    `Optional\n-\nshopNote\n- presence\n- Optional\n- Interface version\n- ${since}\nA note of the shop's own.\n-\n`,
  );
  expect(added).not.toBe(page);
  return added;
};

const later = (messages: readonly string[]): string[] =>
  messages.filter((m) => m.includes("later than the recommended"));

test("a field later than the recommended version: sync says which version a call that sets it declares", async () => {
  const { report } = await syncInMemory(withFiles(base, [[PAGE, withField("2.99")]]));
  expect(report.messages).toContainEqual(
    expect.stringContaining("cardCheck: request field shopNote added (optional, 2.99)"),
  );
  expect(later(report.messages)).toEqual([
    `cardCheck: request field shopNote is since 2.99, later than the recommended ${recommended}, which the client declares for a call that gives no interfaceVersion: a call that sets it must declare IR_WS_2.99 or later; raise interfaceVersion.recommended once Sips answers it`,
  ]);
});

test("a field at or below the recommended version gets no such line", async () => {
  const at = recommended.slice("IR_WS_".length);
  for (const since of ["2.0", at]) {
    const { report } = await syncInMemory(withFiles(base, [[PAGE, withField(since)]]));
    expect(report.messages).toContainEqual(expect.stringContaining(`shopNote added (optional, ${since})`));
    expect(later(report.messages)).toEqual([]);
  }
});

test("a response field later than the recommended version gets no such line: a call sets none", async () => {
  const added = page.replace(
    "Response\nRequired\n-\n",
    "Response\nRequired\n-\nshopNote\n- presence\n- Required\n- Interface version\n- 2.99\nA note of the shop's own.\n-\n",
  );
  expect(added).not.toBe(page);
  const { report } = await syncInMemory(withFiles(base, [[PAGE, added]]));
  expect(report.messages).toContainEqual(expect.stringContaining("response field shopNote added (required, 2.99)"));
  expect(later(report.messages)).toEqual([]);
});

test("a release that raises the recommended version with the field: no such line, the version the run writes counts", async () => {
  const raised = (to: string) =>
    withField("2.99").replace(`Recommended interfaceVersion: ${recommended}`, `Recommended interfaceVersion: ${to}`);
  expect(raised("IR_WS_2.99")).not.toBe(withField("2.99"));
  const { report } = await syncInMemory(withFiles(base, [[PAGE, raised("IR_WS_2.99")]]));
  expect(report.messages).toContainEqual("cardCheck: interfaceVersion.recommended set to IR_WS_2.99");
  expect(later(report.messages)).toEqual([]);
  // Raised on a page that gives one per interface: the operation's own interface's counts.
  const perInterface = raised("IR_WS_2.99").replace(
    "Recommended interfaceVersion: IR_WS_2.99",
    "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : IR_WS_2.99",
  );
  const both = await syncInMemory(withFiles(base, [[PAGE, perInterface]]));
  expect(both.report.messages).toContainEqual(expect.stringContaining("shopNote added (optional, 2.99)"));
  expect(later(both.report.messages)).toEqual([]);
  // Raised, but not as far as the field: the line names the version written.
  const short = await syncInMemory(withFiles(base, [[PAGE, raised("IR_WS_2.98")]]));
  expect(later(short.report.messages)).toEqual([
    expect.stringContaining("shopNote is since 2.99, later than the recommended IR_WS_2.98, which"),
  ]);
  // One per interface, the operation's own not as far: its own is named, not another interface's listed first.
  const shortOwn = raised("IR_WS_2.98").replace(
    "Recommended interfaceVersion: IR_WS_2.98",
    "Recommended interfaceVersion:\n- POST : HP_3.4\n- JSON/SOAP : IR_WS_2.98",
  );
  expect(shortOwn).toContain("- JSON/SOAP : IR_WS_2.98");
  const perShort = await syncInMemory(withFiles(base, [[PAGE, shortOwn]]));
  expect(later(perShort.report.messages)).toEqual([
    expect.stringContaining("shopNote is since 2.99, later than the recommended IR_WS_2.98, which"),
  ]);
});
