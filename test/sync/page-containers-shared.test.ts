// sync and a container type more than one definition holds (another page's
// operation, the dictionary): one type written, its page's other wording
// said, its other shape an error naming who shares it. In memory.
import { beforeAll, expect, test } from "vitest";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import {
  base,
  finalize,
  holds,
  MADE,
  PAGE,
  pageWith,
  readBase,
  withDictionaryCard,
} from "../support/page-containers.js";

beforeAll(readBase);

test("two new pages print one new container worded otherwise: one type, the first page's by path, the other's wording said", async () => {
  // Without it: each page built its own CardData, and the spec was invalid (conflicting-container): nothing written.
  const card = (description: string) =>
    pageWith([
      ["cardData", null, "The card."],
      ["cardBin", "cardData", description],
    ]);
  const input = withFiles(base, [[PAGE, card("First digits.")], finalize(card("The first digits of the card."))]);
  const { report, after } = await syncInMemory(input, "Checkout");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const texts = specTexts(after);
  const cardBin = (op: string) => /^ {8}cardBin:\n(?: {10}.*\n)*/m.exec(texts.get(op) ?? "")?.[0];
  expect(cardBin("operations/checkout/paymentProviderFinalize.yaml")).toContain(
    "description: The first digits of the card.",
  );
  expect(cardBin(MADE)).toBe(cardBin("operations/checkout/paymentProviderFinalize.yaml"));
  // Not an error: --check passes, and says where the page words the shared type's field otherwise.
  const lines = await checkInMemory(after);
  expect(lines.filter((l) => l.includes("page-container"))).toEqual([
    'spec/operations/checkout/paymentProviderInitialize.yaml:108:24 info page-container-wording response.fields.cardData.fields.cardBin.description: the page says "First digits.", the spec keeps "The first digits of the card.": container type CardData is one type, shared with paymentProviderFinalize (to take the page\'s wording, change it in every definition of the type)\n  spec/sources/paymentProviderInitialize.page.txt:200:1 the page',
  ]);
  await holds(after);
});

test("a page gives a shared container's field another presence or lists another field: an error naming the type, who shares it and what to do", async () => {
  // Without it: a page-mismatch sync could not settle, which did not say the type is another operation's too.
  const card = (extra: readonly [string, string | null, string][]) =>
    pageWith([["cardData", null, "The card."], ["cardBin", "cardData", "First digits."], ...extra]);
  const { after: both } = await syncInMemory(withFiles(base, [[PAGE, card([])], finalize(card([]))]), "Checkout");
  const release = card([["cardEnd", "cardData", "Last digits."]]);
  const { report } = await syncInMemory(withFiles(both, [[PAGE, release]]));
  expect(report.ok).toBe(false);
  expect(report.written.size).toBe(0);
  expect(report.messages.filter((m) => m.includes("page-container-mismatch"))).toEqual([
    "spec/operations/checkout/paymentProviderInitialize.yaml:105:9 error page-container-mismatch response.fields.cardData.fields.cardEnd: the spec says no such field, the page says an optional field; container type CardData is one type, shared with paymentProviderFinalize: change it in every definition of the type, or record the difference under source.deviations\n  spec/sources/paymentProviderInitialize.page.txt:202:1 the page",
  ]);
});

test("a page gives a dictionary container's field another version: the error says to change it in the dictionary", async () => {
  // Without it: "shared with the dictionary, orderInitialize: change it in every definition", of a type defined once.
  const page = pageWith([
    ["s10TransactionReference", null, "Reference of the transaction."],
    ["s10TransactionId", "s10TransactionReference", "Identifier of the transaction."],
  ]);
  const lines = (await checkInMemory((await syncInMemory(withFiles(base, [[PAGE, page]]), "Checkout")).after)).filter(
    (l) => l.includes(" page-container-mismatch ") && l.includes(".since:"),
  );
  // The container's differences are one error (container-mismatches.ts), the version's a line of it.
  expect(lines.map((l) => l.split(" error ")[1]?.split("\n")[0])).toEqual([
    "page-container-mismatch response.fields.s10TransactionReference.fields: the page differs from the spec in 3 facts of these fields (below, each at the page's line); container type S10TransactionReference is one type, the dictionary's (orderInitialize holds it too): change it in spec/dictionary/, for every operation, or record each difference under source.deviations (about: response.fields.s10TransactionReference.fields.<field>...)",
  ]);
  expect(lines[0]).toContain(" s10TransactionId.since: the spec says undocumented, the page says 2.0\n");
});

test("a container within a dictionary container is the dictionary's: a page's other version of its field is not written into the operation", async () => {
  // Without it: sync set the version at a path the operation's file does not have (it takes cardData from the dictionary).
  const withCard = withDictionaryCard('cardBin: { presence: optional, since: "2.0", description: First digits. }');
  const page = (version: string) =>
    pageWith([
      ["cardData", null, "The card."],
      ["cardInfo", "cardData", "About the card."],
      ["cardBin", "cardInfo", "First digits."],
    ])
      .replace("- 2.0\n- Container\n- cardInfo\n", `- ${version}\n- Container\n- cardInfo\n`)
      .replace("2.0 |\ncardBin", `${version} |\ncardBin`);
  const { after } = await syncInMemory(withFiles(withCard, [[PAGE, page("2.0")]]), "Checkout");
  const { report } = await syncInMemory(withFiles(after, [[PAGE, page("2.5")]]));
  expect(report.written.size).toBe(0);
  expect(report.messages.filter((m) => m.includes("cardBin"))).toEqual([
    expect.stringContaining(
      "error page-container-mismatch response.fields.cardData.fields.cardInfo.fields.cardBin.since: the spec says 2.0, the page says 2.5; container type CardInfo is one type, the dictionary's",
    ),
  ]);
});
