// sync and the containers a page prints (`- Container` beside a field): a new
// operation gets the container, the list of containers or the container in a
// list's items that a maintainer would write from the page, or the page's
// defects said, and generate, --check and a second sync then hold. In memory.
import { beforeAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { parse } from "yaml";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { base, holds, made, PAGE, pageWith, readBase } from "../support/page-containers.js";

beforeAll(readBase);

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

test("a container's field whose values the page lists is linked to the list of its name that has them, or to one made of them", async () => {
  // Without it: the values were lost without a word (a container's fields take their list whole, which sync did not link).
  // The page prints walletResponseCode's values as the fixture's list has them.
  const lists = parse(base.files.find((f) => f.relPath === "dictionary/value-lists.yaml")?.text ?? "");
  const codes: Record<string, { meaning: string }> = lists.valueLists.walletResponseCode.values;
  const values = (pairs: readonly string[]) =>
    `List of values\n${pairs.map((v) => `${v}\n- ${codes[v]?.meaning ?? `${v} meaning`}`).join("\n")}`;
  const { text, messages, after } = await made(
    pageWith([
      ["cardData", null, "The card."],
      ["walletResponseCode", "cardData", `Outcome for the card.\n${values(Object.keys(codes))}`],
      ["cardKind", "cardData", `Kind of card.\n${values(["CREDIT", "DEBIT"])}`],
    ]),
  );
  expect(text).toContain(
    '        walletResponseCode:\n          presence: optional\n          since: "2.0"\n          valueList: walletResponseCode\n',
  );
  expect(text).toContain(
    '        cardKind:\n          presence: optional\n          since: "2.0"\n          valueList: cardKind\n',
  );
  expect(specTexts(after).get("dictionary/value-lists.yaml")).toContain(
    "  cardKind:\n    values:\n      CREDIT:\n        meaning: CREDIT meaning\n      DEBIT:\n        meaning: DEBIT meaning\n",
  );
  expect(messages).toEqual(
    expect.arrayContaining([
      "value list cardKind added (2 values, from sources/paymentProviderInitialize.page.txt)",
      "paymentProviderInitialize: response field cardData.cardKind linked to value list cardKind, made of its page's values",
    ]),
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

test("a page no operation cites that prints fields in a container it does not print: said at its place, and nothing written", async () => {
  // Without it: sync made the operation without cardBin, then said the spec has no field cardData.
  const input = withFiles(base, [[PAGE, pageWith([["cardBin", "cardData", "First digits."]])]]);
  expect((await checkInMemory(input)).filter((l) => l.includes(" page-cannot-make-operation "))).toEqual([
    "spec/sources/paymentProviderInitialize.page.txt:192:3 error page-cannot-make-operation no operation cites sources/paymentProviderInitialize.page.txt, and sync cannot make one of it: the page has no field cardData in its Response, which it prints cardBin in (save it again, or write the operation by hand, citing it)",
  ]);
  const { report } = await syncInMemory(input, "Checkout");
  expect([report.ok, report.written.size]).toEqual([false, 0]);
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
