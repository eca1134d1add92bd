// sync and the containers a page prints: a release of a page adds a container
// or changes one its operation alone holds, and sync settles it there; generate,
// --check and a second sync then hold. In memory.
import { beforeAll, expect, test } from "vitest";
import { specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { holds, made, MADE, PAGE, pageWith, readBase } from "../support/page-containers.js";

beforeAll(readBase);

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
      'paymentProviderInitialize: response field cardData.cardBin: description set "First digits of the card." → "The first digits."',
      "paymentProviderInitialize: response field cardData.cardEnd removed (the page no longer lists it; it may have been renamed cardKind)",
      "paymentProviderInitialize: response field cardData.cardKind added (optional, 2.0); give its type and format from the data dictionary (or cardEnd's, removed beside it: it may be cardEnd renamed)",
    ]),
  );
  await holds(after);
});

test("a field a release adds to a container, with values the page lists: linked to a list made of them, none where the list of its name has other values", async () => {
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
  // walletResponseCode's list has more values than the page lists, and a container's field takes its whole list.
  expect(specTexts(after).get(MADE)).toContain(
    '        walletResponseCode:\n          presence: optional\n          since: "2.0"\n          description: Outcome for the card.\n',
  );
  expect(specTexts(after).get(MADE)).toContain(
    '        cardKind:\n          presence: optional\n          since: "2.0"\n          valueList: cardKind\n',
  );
  expect(report.messages).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        /^paymentProviderInitialize: response field cardData's field walletResponseCode: the page lists 00, value list walletResponseCode has 00, .*; a container's field takes its whole list, so sync links none/,
      ),
      "paymentProviderInitialize: response field cardData's field cardKind: the page lists CREDIT, DEBIT; no value list has its name: one is made of them and linked where the operation alone holds the container and no other page lists others for it (npm run sync -- --check says where none is)",
      "paymentProviderInitialize: response field cardData.cardKind linked to value list cardKind, made of its page's values",
    ]),
  );
  await holds(after);
});
