// sync and the containers a page prints (`- Container` beside a field): a new
// operation, or a field a release adds, gets the container, the list of
// containers or the container in a list's items that a maintainer would write
// from the page, and generate, --check and a second sync then hold. In memory.
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const PAGE = "sources/paymentProviderInitialize.page.txt";
const MADE = "operations/checkout/paymentProviderInitialize.yaml";

let base: SpecInput;
beforeAll(async () => {
  base = await readSpecInput(fixture, path.dirname(fixture));
});

/** A response field block as the pages print it, in `container` when given. */
const block = (name: string, container: string | null, description: string): string =>
  `-\n${name}\n- presence\n- Optional\n- Interface version\n- 2.0\n${container === null ? "" : `- Container\n- ${container}\n`}${description}\n`;

/** paymentProviderInitialize's fixture page with these response fields after its last, and their changelog rows. */
function pageWith(fields: readonly [name: string, container: string | null, description: string][]): string {
  const rows = fields.map(([name, container]) => `2.0 |\n${name}\n|\nResponse | ${container ?? ""} |`);
  return fixturePage("paymentProviderInitialize.page.txt")
    .replace(
      "Address the buyer is sent to.\n",
      `Address the buyer is sent to.\n${fields.map((f) => block(...f)).join("")}`,
    )
    .replace(/Response \|$/, `Response | |\n${rows.join("\n").replace(/ \|$/, "")}`);
}

/** One sync of the page as a new operation: the file made, the messages, and the spec it leaves. */
async function made(page: string): Promise<{ text: string; messages: readonly string[]; after: SpecInput }> {
  const { report, after } = await syncInMemory(withFiles(base, [[PAGE, page]]), "Checkout");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  return { text: specTexts(after).get(MADE) ?? "", messages: report.messages, after };
}

/** The spec sync leaves generates, --check finds nothing, and a second sync writes nothing. */
async function holds(after: SpecInput): Promise<void> {
  const generated = await generateFromInput(after);
  expect(generated.ok, generated.ok ? "" : generated.diagnostics.map((d) => d.message).join("\n")).toBe(true);
  expect((await checkInMemory(after)).filter((l) => !l.includes(" info "))).toEqual([]);
  expect((await syncInMemory(after)).report.written.size).toBe(0);
}

test("a container, a list of containers and a container in a list's items, as the page prints them", async () => {
  // Without it: cardData and operationList were plain strings, left for the maintainer with --check failing.
  const { text, messages, after } = await made(
    pageWith([
      ["cardData", null, "The card."],
      ["cardBin", "cardData", "First digits of the card."],
      ["merchantWalletId", "cardData", "The wallet."],
      ["operationList", null, "The operations."],
      ["operationName", "operationList", "Name of the operation."],
      ["operationResult", "operationList", "Result of the operation."],
      ["resultCode", "operationResult", "Code of the result."],
    ]),
  );
  expect(text.slice(text.indexOf("    cardData:\n"))).toBe(
    [
      "    cardData:",
      "      presence: optional",
      '      since: "2.0"',
      "      type: container",
      "      description: The card.",
      "      fields:",
      "        cardBin:",
      "          presence: optional",
      '          since: "2.0"',
      "          description: First digits of the card.",
      '        merchantWalletId: { from: dictionary, presence: optional, since: "2.0" }',
      "    operationList:",
      "      presence: optional",
      '      since: "2.0"',
      "      type: list",
      "      description: The operations.",
      "      items:",
      "        type: container",
      "        fields:",
      "          operationName:",
      "            presence: optional",
      '            since: "2.0"',
      "            description: Name of the operation.",
      "          operationResult:",
      "            presence: optional",
      '            since: "2.0"',
      "            type: container",
      "            description: Result of the operation.",
      "            fields:",
      "              resultCode:",
      "                presence: optional",
      '                since: "2.0"',
      "                description: Code of the result.",
      "",
    ].join("\n"),
  );
  expect(messages).toContain(
    "paymentProviderInitialize: response field operationList is written out as a list of containers (its name ends in List) of the fields the page prints in it: check it against the data dictionary",
  );
  await holds(after);
});

test("a container whose type name another container has gets a typeName of the operation's", async () => {
  // walletPaymentMeanData names the type of getWalletData's walletPaymentMeanDataList items: WalletPaymentMeanData.
  const { text, after } = await made(
    pageWith([
      ["walletPaymentMeanData", null, "The payment mean used."],
      ["paymentMeanId", "walletPaymentMeanData", "Identifier of the payment mean in the wallet."],
    ]),
  );
  expect(text).toContain(
    "      type: container\n      typeName: PaymentProviderInitializeWalletPaymentMeanData\n      description: The payment mean used.\n",
  );
  await holds(after);
});

test("a container field a release adds to an operation is written as the page prints it", async () => {
  const { after: first } = await made(pageWith([]));
  const release = pageWith([
    ["cardData", null, "The card."],
    ["cardBin", "cardData", "First digits of the card."],
  ]);
  const { report, after } = await syncInMemory(withFiles(first, [[PAGE, release]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(specTexts(after).get(MADE)).toContain(
    '    cardData:\n      presence: optional\n      since: "2.0"\n      type: container\n      description: The card.\n      fields:\n        cardBin:\n',
  );
  expect(report.messages).toContain("paymentProviderInitialize: response field cardData added (optional, 2.0)");
  await holds(after);
});

test("a release of a page changes a container its operation alone holds: sync settles it there", async () => {
  const { after: first } = await made(
    pageWith([
      ["cardData", null, "The card."],
      ["cardBin", "cardData", "First digits of the card."],
      ["cardEnd", "cardData", "Last digits of the card."],
    ]),
  );
  // Without it: each difference was left to the maintainer. cardBin reworded and made 2.5, cardEnd gone, cardKind new.
  const release = pageWith([
    ["cardData", null, "The card."],
    ["cardBin", "cardData", "The first digits."],
    ["cardKind", "cardData", "Kind of card."],
  ])
    .replace("- 2.0\n- Container\n- cardData\nThe first digits.", "- 2.5\n- Container\n- cardData\nThe first digits.")
    .replace("2.0 |\ncardBin", "2.5 |\ncardBin");
  const { report, after } = await syncInMemory(withFiles(first, [[PAGE, release]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const text = specTexts(after).get(MADE) ?? "";
  expect(text.slice(text.indexOf("    cardData:\n"))).toBe(
    [
      "    cardData:",
      "      presence: optional",
      '      since: "2.0"',
      "      type: container",
      "      description: The card.",
      "      fields:",
      "        cardBin:",
      "          presence: optional",
      '          since: "2.5"',
      "          description: The first digits.",
      "        cardKind:",
      "          presence: optional",
      '          since: "2.0"',
      "          description: Kind of card.",
      "",
    ].join("\n"),
  );
  expect(report.messages).toEqual(
    expect.arrayContaining([
      "paymentProviderInitialize: response field cardData.cardBin: since set to 2.5",
      "paymentProviderInitialize: response field cardData.cardBin: description set",
      "paymentProviderInitialize: response field cardData.cardEnd removed (the page no longer lists it; it may have been renamed cardKind)",
      "paymentProviderInitialize: response field cardData.cardKind added (optional, 2.0); give its type and format from the data dictionary (or cardEnd's, removed beside it: it may be cardEnd renamed)",
    ]),
  );
  await holds(after);
});

/** A second operation's page, paymentProviderFinalize: the first's with its name and addresses renamed. */
const finalize = (page: string): readonly [string, string] => [
  "sources/paymentProviderFinalize.page.txt",
  page.replaceAll("paymentProviderInitialize", "paymentProviderFinalize"),
];

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
    'spec/operations/checkout/paymentProviderInitialize.yaml:107:24 info page-container-wording response.fields.cardData.fields.cardBin.description: the page says "First digits.", the spec keeps "The first digits of the card.": container type CardData is one type, shared with paymentProviderFinalize (to take the page\'s wording, change it in every definition of the type)\n  spec/sources/paymentProviderInitialize.page.txt:200:1 the page',
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
    "spec/operations/checkout/paymentProviderInitialize.yaml:104:9 error page-container-mismatch response.fields.cardData.fields.cardEnd: the spec says no such field, the page says an optional field; container type CardData is one type, shared with paymentProviderFinalize: change it in every definition of the type, or record the difference under source.deviations\n  spec/sources/paymentProviderInitialize.page.txt:202:1 the page",
  ]);
});

test("a container's field whose values the page lists is linked to the list of its name, or said to need one", async () => {
  // Without it: the values were lost without a word (a container's fields take their list whole, which sync did not link).
  const values = (pairs: readonly string[]) => `List of values\n${pairs.map((v) => `${v}\n- ${v} meaning`).join("\n")}`;
  const { text, messages, after } = await made(
    pageWith([
      ["cardData", null, "The card."],
      ["walletResponseCode", "cardData", `Outcome for the card.\n${values(["00"])}`],
      ["cardKind", "cardData", `Kind of card.\n${values(["CREDIT", "DEBIT"])}`],
    ]),
  );
  expect(text).toContain(
    '        walletResponseCode:\n          presence: optional\n          since: "2.0"\n          valueList: walletResponseCode\n',
  );
  expect(messages).toContain(
    "paymentProviderInitialize: response field cardData's field cardKind: the page lists CREDIT, DEBIT; add a value list of them and link it (valueList:)",
  );
  await holds(after);
});

test("a page that lists values for a container, or puts fields in each other's container: its defects, and nothing written", async () => {
  // Without it: the values became a value list named as the container's type (name-collision, nothing written and no
  // word of the page), and fields held by each other were written nowhere, said to be no field of the spec.
  const page = pageWith([
    ["cardData", null, "The card.\nList of values\nA\n- The first"],
    ["cardBin", "cardData", "First digits."],
    ["cardInfo", "cardLink", "Info."],
    ["cardLink", "cardInfo", "Link."],
  ]);
  const input = withFiles(base, [[PAGE, page]]);
  const defects = (await checkInMemory(input)).filter((l) => / error page-container-(values-listed|cycle) /.test(l));
  expect(defects).toEqual([
    'spec/sources/paymentProviderInitialize.page.txt:193:1 error page-container-values-listed field "cardData" of the Response lists values, but the page prints cardBin in it: a container has no values (save the page again)',
    'spec/sources/paymentProviderInitialize.page.txt:211:3 error page-container-cycle field "cardInfo" of the Response is in its own container (cardInfo in cardLink in cardInfo); save the page again',
    'spec/sources/paymentProviderInitialize.page.txt:220:3 error page-container-cycle field "cardLink" of the Response is in its own container (cardLink in cardInfo in cardLink); save the page again',
  ]);
  const { report } = await syncInMemory(input, "Checkout");
  expect([report.ok, report.written.size]).toEqual([false, 0]);
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
  expect(lines.map((l) => l.split(" error ")[1]?.split("\n")[0])).toEqual([
    "page-container-mismatch response.fields.s10TransactionReference.fields.s10TransactionId.since: the spec says undocumented, the page says 2.0; container type S10TransactionReference is one type, the dictionary's (orderInitialize holds it too): change it in spec/dictionary/, for every operation, or record the difference under source.deviations",
  ]);
});

test("a page no operation cites that prints fields in a container it does not print: said at its place, and nothing written", async () => {
  // Without it: sync made the operation without cardBin, then said the spec has no field cardData.
  const input = withFiles(base, [[PAGE, pageWith([["cardBin", "cardData", "First digits."]])]]);
  expect((await checkInMemory(input)).filter((l) => l.includes(" page-cannot-make-operation "))).toEqual([
    "spec/sources/paymentProviderInitialize.page.txt:192:3 error page-cannot-make-operation no operation cites sources/paymentProviderInitialize.page.txt, and sync cannot make one of it: the page has no field cardData in its Response, which it prints cardBin in (save it again, or write the operation by hand, citing it)",
  ]);
  const { report } = await syncInMemory(input, "Checkout");
  expect([report.ok, report.written.size]).toEqual([false, 0]);
});

test("a container within a dictionary container is the dictionary's: a page's other version of its field is not written into the operation", async () => {
  // Without it: sync set the version at a path the operation's file does not have (it takes cardData from the dictionary).
  const dictionary = "dictionary/fields.yaml";
  const text = base.files.find((f) => f.relPath === dictionary)?.text ?? "";
  const cardData = [
    "  cardData:",
    "    type: container",
    "    description: The card.",
    "    fields:",
    "      cardInfo:",
    "        presence: optional",
    '        since: "2.0"',
    "        type: container",
    "        description: About the card.",
    "        fields:",
    '          cardBin: { presence: optional, since: "2.0", description: First digits. }',
    "",
  ].join("\n");
  const withCard = withFiles(base, [], new Map([[dictionary, text.replace("fields:\n", `fields:\n${cardData}`)]]));
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

test("a field named as a list that the page prints no field in is no list of containers: its type is left to the maintainer", async () => {
  // Sips names plain lists so too (paymentMeanBrandList, a list of strings): only the fields printed in it make a container.
  const { text, messages, after } = await made(pageWith([["cardBrandList", null, "The brands offered."]]));
  expect(text.slice(text.indexOf("    cardBrandList:\n"))).toBe(
    '    cardBrandList:\n      presence: optional\n      since: "2.0"\n      description: The brands offered.\n',
  );
  expect(messages).toContain(
    "paymentProviderInitialize: response field cardBrandList is written out; give its type and format from the data dictionary",
  );
  expect((await generateFromInput(after)).ok).toBe(true);
});

test("a container copied from another operation keeps its dictionary references on one line, as that operation writes them", async () => {
  // getWalletData writes paymentMeanBrand in each item of walletPaymentMeanDataList as a one-line reference.
  const { text, after } = await made(pageWith([["walletPaymentMeanDataList", null, "The payment means."]]));
  expect(text).toContain(
    "          paymentMeanBrand: { from: dictionary, presence: undocumented, since: undocumented }\n",
  );
  await holds(after);
});

test("a field a release adds to a container, with values the page lists: linked to the list of its name, or said to need one", async () => {
  // Without it: as a field at the message's top, its values were left to a pass that does not link a container's field.
  const values = (pairs: readonly string[]) => `List of values\n${pairs.map((v) => `${v}\n- ${v} meaning`).join("\n")}`;
  const card: [string, string | null, string][] = [
    ["cardData", null, "The card."],
    ["cardBin", "cardData", "First digits."],
  ];
  const { after: first } = await made(pageWith(card));
  const release = pageWith([
    ...card,
    ["walletResponseCode", "cardData", `Outcome for the card.\n${values(["00"])}`],
    ["cardKind", "cardData", `Kind of card.\n${values(["CREDIT", "DEBIT"])}`],
  ]);
  const { report, after } = await syncInMemory(withFiles(first, [[PAGE, release]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(specTexts(after).get(MADE)).toContain(
    '        walletResponseCode:\n          presence: optional\n          since: "2.0"\n          valueList: walletResponseCode\n',
  );
  expect(report.messages).toContain(
    "paymentProviderInitialize: response field cardData's field cardKind: the page lists CREDIT, DEBIT; add a value list of them and link it (valueList:)",
  );
});

test("a page's values for a container's field: --check says what sync does of them, by who holds the container", async () => {
  // Without it: "containers are shared by every operation; nothing written", of a container its operation alone holds.
  const values = (pairs: readonly string[]) => `List of values\n${pairs.map((v) => `${v}\n- ${v} meaning`).join("\n")}`;
  const card: [string, string | null, string][] = [
    ["cardData", null, "The card."],
    ["cardBin", "cardData", "First digits."],
  ];
  const release = pageWith([...card, ["cardKind", "cardData", `Kind of card.\n${values(["CREDIT", "DEBIT"])}`]]);
  const said = async (input: SpecInput) =>
    (await checkInMemory(input)).filter((l) => l.includes(" page-container-values ")).map((l) => l.split(" info ")[1]);
  const { after: own } = await made(pageWith(card));
  const { after: both } = await syncInMemory(
    withFiles(base, [[PAGE, pageWith(card)], finalize(pageWith(card))]),
    "Checkout",
  );
  const { after: added } = await syncInMemory(withFiles(own, [[PAGE, release]]));
  expect([
    ...(await said(withFiles(own, [[PAGE, release]]))),
    ...(await said(added)),
    ...(await said(withFiles(both, [[PAGE, release]]))),
  ]).toEqual([
    "page-container-values the page lists CREDIT, DEBIT for cardData.cardKind; the container's field takes no value list (a field the page adds: sync writes it, linked to the list of its name or said to need one)",
    "page-container-values the page lists CREDIT, DEBIT for cardData.cardKind; the container's field takes no value list (sync does not change a container field's list; edit it by hand)",
    "page-container-values the page lists CREDIT, DEBIT for cardData.cardKind; the container's field takes no value list (container type CardData is one type, shared with paymentProviderFinalize; nothing written)",
  ]);
});
