// A release of a page that no longer prints a response field the status names
// (status.errorField, status.messageField): sync removes the field and the
// status's pointer to it together. In memory: no file is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/getWalletData.page.txt";
const FILE = "operations/office/getWalletData.yaml";
const PRINTED = fixturePage("getWalletData.page.txt");
const FIELD =
  "-\nerrorFieldName\n- presence\n- Optional\n- Interface version\n- 2.0\nName of the request field in error.\n";
const ROW = "2.0 |\nerrorFieldName\n|\nResponse | |\n";

let attached: SpecInput;
beforeAll(async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  // The operation with its page attached and synced, as a first release leaves it.
  const { report, after } = await syncInMemory(withFiles(base, [[PAGE, PRINTED]]));
  if (!report.ok) throw new Error(report.messages.join("\n"));
  attached = after;
});

test("the field the status names as its error field, gone from the page, is removed with the status's errorField", async () => {
  if (!PRINTED.includes(FIELD) || !PRINTED.includes(ROW)) throw new Error("the fixture page lacks errorFieldName");
  expect(specTexts(attached).get(FILE)).toContain("  errorField: errorFieldName\n");
  const release = withFiles(attached, [[PAGE, PRINTED.replace(FIELD, "").replace(ROW, "")]]);
  const { report, after } = await syncInMemory(release);
  // Without it: the edits left a status naming a field the response lacks (unknown-status-field); nothing written.
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain(
    "getWalletData: status.errorField removed with errorFieldName (the mock's format error no longer names the field in error)",
  );
  const text = specTexts(after).get(FILE) ?? "";
  expect(text).not.toContain("errorField");
  expect(text).toContain("status:\n  field: walletResponseCode\n  accepted:");
  expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
});

test("the status's message field, gone from the page, is removed with status.messageField", async () => {
  const file = "operations/in-app/paymentTokenInitialize.yaml";
  const page = "sources/paymentTokenInitialize.page.txt";
  const printed = readFileSync(path.join(fixture, page), "utf8");
  const field = /-\nredirectionStatusMessage\n(?:- .*\n)+[^-\n].*\n/.exec(printed)?.[0];
  const row = /[\d.]+ \|\nredirectionStatusMessage\n\|\nResponse \|[^\n]*\n/.exec(printed)?.[0];
  if (!field || !row) throw new Error("the fixture page lacks redirectionStatusMessage");
  const base = await readSpecInput(fixture, path.dirname(fixture));
  expect(specTexts(base).get(file)).toContain("  messageField: redirectionStatusMessage\n");
  const { report, after } = await syncInMemory(withFiles(base, [[page, printed.replace(field, "").replace(row, "")]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain(
    "paymentTokenInitialize: status.messageField removed with redirectionStatusMessage (the client's error reports no longer read a status text)",
  );
  expect(specTexts(after).get(file)).not.toContain("messageField");
});

test("a request field of the status's error field's name, removed, leaves the status's errorField to the response's", async () => {
  // A release that prints errorFieldName in the request too (Request/Response), then one that takes it out of the
  // request alone: the response still has the field the status names.
  const both = PRINTED.replace(
    "Optional\n-\nintermediateServiceProviderId\n",
    `Optional\n${FIELD}-\nintermediateServiceProviderId\n`,
  ).replace(ROW, ROW.replace("Response |", "Request/Response |"));
  if (both === PRINTED || !both.includes("Request/Response | |\n") || both.split(FIELD).length !== 3)
    throw new Error("the fixture page changed: the request field could not be added");
  const added = await syncInMemory(withFiles(attached, [[PAGE, both]]));
  expect(added.report.ok, added.report.messages.join("\n")).toBe(true);
  expect(added.report.messages.some((m) => /request field errorFieldName added/.test(m))).toBe(true);
  const { report, after } = await syncInMemory(withFiles(added.after, [[PAGE, PRINTED]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.some((m) => /request field errorFieldName removed/.test(m))).toBe(true);
  expect(report.messages.filter((m) => m.includes("status."))).toEqual([]);
  expect(specTexts(after).get(FILE)).toContain("  errorField: errorFieldName\n");
  expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
});

test("a container's field of the status's error field's name, gone from the page, leaves status.errorField", async () => {
  // The page prints a container walletData holding a field errorFieldName of its own; a release drops that one only.
  const block = (name: string, container: string | null, description: string): string =>
    `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\n${container === null ? "" : `- Container\n- ${container}\n`}${description}\n`;
  const nested = block("errorFieldName", "walletData", "Field in error of the wallet.");
  const nestedRow = "\n2.0 |\nerrorFieldName\n|\nResponse | walletData |";
  const rows = "\n2.0 |\nwalletData\n|\nResponse | |\n2.0 |\nwalletId\n|\nResponse | walletData |";
  if (!PRINTED.endsWith("Response |") || !PRINTED.includes("\nResponse sample"))
    throw new Error("the fixture page changed");
  const withContainer = PRINTED.replace(
    "Response sample",
    `${block("walletData", null, "The wallet.")}${block("walletId", "walletData", "Wallet id.")}${nested}Response sample`,
  ).replace(/Response \|$/, `Response | |${rows}${nestedRow}`);
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const first = await syncInMemory(withFiles(base, [[PAGE, withContainer]]));
  expect(first.report.ok, first.report.messages.join("\n")).toBe(true);
  expect(specTexts(first.after).get(FILE)).toContain("      fields:\n        walletId:");
  expect(specTexts(first.after).get(FILE)).toContain("        errorFieldName:\n");
  const release = withContainer.replace(nested, "").replace(nestedRow, "");
  const { report, after } = await syncInMemory(withFiles(first.after, [[PAGE, release]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Without it: the status lost errorField with the container's field, and the top-level field stayed unnamed.
  expect(report.messages.slice(0, 2)).toEqual([
    "getWalletData: response field walletData.errorFieldName removed (the page no longer lists it)",
    "",
  ]);
  const text = specTexts(after).get(FILE) ?? "";
  expect(text).toContain("  errorField: errorFieldName\n");
  expect(text).toContain("    errorFieldName:\n      presence: optional\n");
  expect((await checkInMemory(after)).filter((l) => !/ info /.test(l))).toEqual([]);
});
