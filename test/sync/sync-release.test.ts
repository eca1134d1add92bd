// A release of one page among several (test/fixtures/pages/release/): sync
// brings the spec to it, and `npm run changes` classifies what changed for
// that operation only, each where the released page prints it; the other
// operations and their pages are untouched.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { withPagePlaces } from "../../generator/changes/page-places.js";
import { specModel } from "../../generator/changes/spec-model.js";
import type { SpecModel } from "../../generator/index.js";
import type { PageReading } from "../../generator/read/page/read-page.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/paymentProviderInitialize.page.txt";

let before: SpecModel;
let after: SpecModel;
let afterPages: ReadonlyMap<string, PageReading>;
let released: SpecInput;
let messages: readonly string[];

async function modelOf(input: SpecInput): Promise<SpecModel> {
  const result = await specModel(input);
  if ("diagnostics" in result) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

beforeAll(async () => {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  const pages = [
    [PAGE, fixturePage("paymentProviderInitialize.page.txt")],
    ["sources/paymentWebInit.page.txt", fixturePage("paymentWebInit.page.txt")],
  ] as const;
  const synced = (await syncInMemory(withFiles(base, pages), "Office")).after;
  before = await modelOf(synced);
  const sync = await syncInMemory(
    withFiles(synced, [[PAGE, fixturePage("release/paymentProviderInitialize.page.txt")]]),
  );
  released = sync.after;
  messages = sync.report.messages;
  expect(sync.report.ok, messages.join("\n")).toBe(true);
  after = await modelOf(released);
  const read = await specModel(released);
  if ("diagnostics" in read) throw new Error("the released spec reads with errors");
  afterPages = read.pages;
});

test("sync converges on the release", async () => {
  // The release writes out errorFieldName as getWalletData does: a warning left for the maintainer (README, step 3).
  expect((await checkInMemory(released)).filter((l) => !/ info | warning field-written-twice /.test(l))).toEqual([]);
  expect((await syncInMemory(released)).report.written.size).toBe(0);
});

test("npm run changes: the released operation's changes, each classified; the shared list's once", () => {
  const changes = compareSpecs(before, after).map(
    (c) => `${c.operation ?? `list ${c.list}`} ${c.message ?? "-"} ${c.field ?? "-"} ${c.kind} ${c.classes.join(",")}`,
  );
  expect(changes).toEqual([
    "paymentProviderInitialize request /captureMode value-removed breaking-request",
    "list currencyCode - - shared-value-added additive",
    "paymentProviderInitialize - - recommended-interface-version additive",
    // It takes part of captureMode now: its names for that part.
    "paymentProviderInitialize request /captureMode exported-names additive",
    "paymentProviderInitialize request /currencyCode value-added additive",
    "paymentProviderInitialize response /errorFieldName field-added additive",
    "paymentProviderInitialize response /redirectionStatusCode value-added additive",
    "paymentProviderInitialize request /sealAlgorithm meaning docs",
  ]);
  const summaries = compareSpecs(before, after).map((c) => c.summary);
  expect(summaries).toContain(
    "value 392 added to list currencyCode as JAPANESE_YEN, meaning “Japanese Yen”; taken by paymentProviderInitialize only; its type CurrencyCode gains it, and so does PaymentProviderInitializeCurrencyCode, so an exhaustive switch over any of them meets a new case.",
  );
  expect(summaries).toContain("value IMMEDIATE of list captureMode no longer taken: requests using it are refused.");
});

test("a value removed from one operation's page stays in the list, reported as taken by no operation", async () => {
  expect(messages).toContain(
    "value IMMEDIATE of list captureMode is taken by no operation; remove it from the list if Sips no longer documents it",
  );
  expect(after.valueLists.find((l) => l.name === "captureMode")?.values.map((v) => v.value)).toEqual([
    "AUTHOR_CAPTURE",
    "IMMEDIATE",
    "VALIDATION",
  ]);
  expect(await checkInMemory(released)).toContain(
    'spec/dictionary/value-lists.yaml:14:9 info page-unused-value value "IMMEDIATE" of list "captureMode" is taken by no operation; remove it if Sips no longer documents it',
  );
});

test("npm run changes: the released operation's changes name where the released page prints them", () => {
  const page = fixturePage("release/paymentProviderInitialize.page.txt").split("\n");
  const file = afterPages.get(PAGE)?.page.file ?? "";
  expect(file.endsWith(PAGE)).toBe(true);
  // The first line that holds `words` alone, after `from` where a name is printed twice (a field list, a changelog).
  const at = (words: string, from = 0): string => `${file}:${page.indexOf(words, from) + 1}:1`;
  const placed = withPagePlaces(compareSpecs(before, after), { before, after }, afterPages);
  const of = (kind: string, field: string | null) =>
    placed.find((c) => c.kind === kind && (c.field === field || c.list === field))?.pages;
  expect(of("shared-value-added", "currencyCode")).toEqual([at("392")]);
  expect(of("value-added", "/currencyCode")).toEqual([at("392")]);
  expect(of("field-added", "/errorFieldName")).toEqual([at("errorFieldName")]);
  // The recommended version the operation moved to, where the page prints it.
  const recommended = page.findIndex((l) => l.startsWith("Recommended interfaceVersion:"));
  expect(of("recommended-interface-version", null)).toEqual([`${file}:${recommended + 1}:1`]);
  // A value no longer taken is no longer printed: the field's line, where the page still prints the field.
  expect(of("value-removed", "/captureMode")).toEqual([at("captureMode")]);
});
