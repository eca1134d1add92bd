// sync and the values a page lists for a field of a container its operation
// alone holds, which takes no list: a container's field takes its whole list,
// so sync makes one of the page's values where no list has the field's name,
// and links none where the list of that name has other values (each page's
// values hold for its own operation). In memory.
import { beforeAll, expect, test } from "vitest";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { base, finalize, holds, made, MADE, PAGE, pageWith, readBase } from "../support/page-containers.js";

beforeAll(readBase);

const LISTS = "dictionary/value-lists.yaml";
const values = (pairs: readonly string[]) => `List of values\n${pairs.map((v) => `${v}\n- ${v} meaning`).join("\n")}`;
const card = (field: string, listed: string) =>
  pageWith([
    ["cardData", null, "The card."],
    [field, "cardData", `About the card.${listed}`],
  ]);

test("a release lists values for a field of the operation's own container: a list of them is made and linked", async () => {
  // Without it: "sync does not change a container field's list; edit it by hand", and the values were written nowhere.
  const { after: first } = await made(card("cardKind", ""));
  const release = withFiles(first, [[PAGE, card("cardKind", `\n${values(["CREDIT", "DEBIT"])}`)]]);
  expect((await checkInMemory(release)).filter((l) => l.includes("cardKind")).map((l) => l.split("\n")[0])).toEqual([
    "spec/dictionary/value-lists.yaml:8:1 error page-mismatch valueLists.cardKind: the spec says no value list cardKind, the page says 2 values: CREDIT, DEBIT",
    "spec/operations/checkout/paymentProviderInitialize.yaml:106:11 error page-mismatch response.fields.cardData.fields.cardKind.valueList: the spec says no value list, the page says value list cardKind, made of the values it lists (a container's field takes its whole list)",
  ]);
  const { report, after } = await syncInMemory(release);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(specTexts(after).get(MADE)).toContain(
    '        cardKind:\n          presence: optional\n          since: "2.0"\n          valueList: cardKind\n          description: About the card.\n',
  );
  expect(specTexts(after).get(LISTS)).toContain("  cardKind:\n    values:\n      CREDIT:\n");
  expect(report.messages).toEqual([
    "value list cardKind added (2 values, from sources/paymentProviderInitialize.page.txt)",
    "paymentProviderInitialize: response field cardData.cardKind linked to value list cardKind, made of its page's values",
    "",
    `2 files changed: ${LISTS}, ${MADE}.`,
    "Run `npm run generate`.",
  ]);
  await holds(after);
});

test("the list of the field's name has other values: none linked, none grown, and --check says why", async () => {
  // walletResponseCode is another operation's list, with more values than the page lists.
  const { after: first } = await made(card("walletResponseCode", ""));
  const release = withFiles(first, [[PAGE, card("walletResponseCode", `\n${values(["00", "XX"])}`)]]);
  const { report } = await syncInMemory(release);
  expect(report.written.size).toBe(0);
  expect((await checkInMemory(release)).filter((l) => l.includes(" page-container-values "))).toEqual([
    "spec/sources/paymentProviderInitialize.page.txt:202:1 info page-container-values the page lists 00, XX for cardData.walletResponseCode; the container's field takes no value list (the value list of its name has other values, and a container's field takes its whole list: sync links none, each page's values holding for its own operation; link it by hand if this operation takes them all)",
  ]);
});

test("two operations' own containers list other values for a field of one name: no list made, and --check says why", async () => {
  // Without it: a list was made of the first page's values and both fields linked, the other taking values its page does not list.
  const holding = (holder: string, listed: string) =>
    pageWith([
      [holder, null, "The card."],
      ["cardKind", holder, `About the card.${listed}`],
    ]);
  const { after: first } = await syncInMemory(
    withFiles(base, [[PAGE, holding("cardData", "")], finalize(holding("cardInfo", ""))]),
    "Checkout",
  );
  const release = withFiles(first, [
    [PAGE, holding("cardData", `\n${values(["CREDIT", "DEBIT"])}`)],
    finalize(holding("cardInfo", `\n${values(["CREDIT", "PREPAID"])}`)),
  ]);
  const { report } = await syncInMemory(release);
  expect(report.written.size).toBe(0);
  const why =
    "the container's field takes no value list (other pages list other values for a container field of its name, and a container's field takes its whole list: sync makes no list of them, each page's values holding for its own operation; make one by hand if an operation takes them all)";
  expect((await checkInMemory(release)).filter((l) => l.includes(" page-container-values "))).toEqual([
    `spec/sources/paymentProviderFinalize.page.txt:202:1 info page-container-values the page lists CREDIT, PREPAID for cardInfo.cardKind; ${why}`,
    `spec/sources/paymentProviderInitialize.page.txt:202:1 info page-container-values the page lists CREDIT, DEBIT for cardData.cardKind; ${why}`,
  ]);
});

test("a top-level field's page makes the list of the name in the same run: --check gives that as the reason", async () => {
  // Without it: "sync does not change a container field's list; edit it by hand", though sync was making that list.
  const both = (listed: string, inCard: string) =>
    pageWith([
      ["cardKind", null, `The kind.${listed}`],
      ["cardData", null, "The card."],
      ["cardKind", "cardData", `About the card.${inCard}`],
    ]);
  const { after: first } = await made(both("", ""));
  const release = withFiles(first, [
    [PAGE, both(`\n${values(["CREDIT", "DEBIT"])}`, `\n${values(["CREDIT", "PREPAID"])}`)],
  ]);
  const { report, after } = await syncInMemory(release);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(specTexts(after).get(LISTS)).toContain("  cardKind:\n    values:\n      CREDIT:\n");
  expect((await checkInMemory(release)).filter((l) => l.includes(" page-container-values "))).toEqual([
    "spec/sources/paymentProviderInitialize.page.txt:214:1 info page-container-values the page lists CREDIT, PREPAID for cardData.cardKind; the container's field takes no value list (a top-level field's page makes the value list of its name in this run, of that field's values, and a container's field takes its whole list: sync links none, each page's values holding for its own operation; link it by hand if this operation takes them all)",
  ]);
});

test("two new pages hold one new container and list other values for its field: sync promises no list it does not make", async () => {
  // Without it: each new operation's notes said "sync makes value list cardKind of them and links it", and none was.
  const input = withFiles(base, [
    [PAGE, card("cardKind", `\n${values(["CREDIT", "DEBIT"])}`)],
    finalize(card("cardKind", `\n${values(["CREDIT", "PREPAID"])}`)),
  ]);
  const { report, after } = await syncInMemory(input, "Checkout");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(specTexts(after).get(LISTS)).not.toContain("cardKind");
  const said = report.messages.filter((m) => m.includes("cardKind: the page lists"));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain(
    "no value list has its name: one is made of them and linked where the operation alone holds",
  );
  expect(report.messages.filter((m) => / (value list|makes value list) cardKind/.test(m))).toEqual([]);
});

test("a list made of values that are no names by themselves: sync prints the constants it names them", async () => {
  // Without it: the list's message gave no names, though they are exported as those of values added to a list are.
  const { after: first } = await made(card("cardKind", ""));
  const release = withFiles(first, [[PAGE, card("cardKind", `\n${values(["01", "02"])}`)]]);
  const { report } = await syncInMemory(release);
  expect(report.messages[0]).toBe(
    "value list cardKind added (2 values, from sources/paymentProviderInitialize.page.txt; constants 01 as V_01, 02 as V_02)",
  );
});
