// A field a release moves within its message keeps the spec's entry (its reference to the dictionary, format,
// example, notes), written where the page now prints it with the page's presence and version; and a move is paired
// on the field, not on its name: another field of that name elsewhere in the message is no move. In memory.
import { beforeAll, expect, test } from "vitest";
import { base, finalize, holds, made, MADE, PAGE, pageWith, readBase } from "../support/page-containers.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { checkSync } from "../../generator/sync/sync-check.js";

beforeAll(readBase);

type Printed = [name: string, container: string | null, description: string][];
const IN_CARD: Printed = [
  ["cardData", null, "The card."],
  ["cardBin", "cardData", "First digits."],
  ["cardEnd", "cardData", "Last digits."],
];
const AT_TOP: Printed = [
  ["cardData", null, "The card."],
  ["cardEnd", "cardData", "Last digits."],
  ["cardBin", null, "First digits."],
];

/** The operation's file with `edit` applied, checked to apply. */
function edited(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the file has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

test("a field moved out of its container keeps its format, example and notes", async () => {
  const { after } = await made(pageWith(IN_CARD));
  const written = '        cardBin:\n          presence: optional\n          since: "2.0"\n';
  const own = `${written}          format: N6\n          example: "412345"\n          notes:\n            - Kept note.\n`;
  const text = edited(specTexts(after).get(MADE) ?? "", written, own);
  const { report, after: synced } = await syncInMemory(
    withFiles(after, [[PAGE, pageWith(AT_TOP)]], new Map([[MADE, text]])),
  );
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Without it: written from the page, the notes were lost (and an example without a format too).
  expect(specTexts(synced).get(MADE)).toContain(
    '    cardBin:\n      presence: optional\n      since: "2.0"\n      format: N6\n      example: "412345"\n      notes:\n        - Kept note.\n      description: First digits.\n',
  );
  expect(report.messages.filter((m) => m.includes("cardBin"))).toEqual([
    "paymentProviderInitialize: response field cardBin added (optional, 2.0), moved from cardData.cardBin: written as the spec had it there (format, example, notes kept)",
    "paymentProviderInitialize: response field cardData.cardBin removed (the page prints it at the response's top now: moved there)",
  ]);
  await holds(synced);
});

test("a dictionary field moved into a container keeps its reference and example, with the page's version", async () => {
  const { after } = await made(pageWith(AT_TOP));
  const written = '    cardBin:\n      presence: optional\n      since: "2.0"\n      description: First digits.\n';
  // cardBin taken from the dictionary, with an example of this operation's own.
  const text = edited(
    specTexts(after).get(MADE) ?? "",
    written,
    '    cardBin:\n      from: dictionary\n      presence: optional\n      since: "2.0"\n      example: "412345"\n      description: First digits.\n',
  );
  const dictionary = "dictionary/fields.yaml";
  const fields = edited(
    specTexts(after).get(dictionary) ?? "",
    "fields:\n",
    'fields:\n  cardBin:\n    format: N6\n    example: "400000"\n    description: First digits of the card.\n',
  );
  // The release prints it at 2.1 in cardData, in its list and its changelog row.
  const release = pageWith(IN_CARD)
    .replace("- 2.0\n- Container\n- cardData\nFirst", "- 2.1\n- Container\n- cardData\nFirst")
    .replace("2.0 |\ncardBin\n|", "2.1 |\ncardBin\n|");
  const { report, after: synced } = await syncInMemory(
    withFiles(
      after,
      [[PAGE, release]],
      new Map([
        [MADE, text],
        [dictionary, fields],
      ]),
    ),
  );
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Without it: written as the dictionary's plain reference, its example was lost.
  expect(specTexts(synced).get(MADE)).toContain(
    '        cardBin:\n          from: dictionary\n          presence: optional\n          since: "2.1"\n          example: "412345"\n          description: First digits.\n',
  );
  expect(report.messages.filter((m) => m.includes("cardBin added"))).toEqual([
    "paymentProviderInitialize: response field cardData.cardBin added (optional, 2.1), moved from cardBin: written as the spec had it there (from: dictionary, example kept)",
  ]);
  await holds(synced);
});

test("a field gone from a container while the page prints another of its name at the top: no move", async () => {
  const { after } = await made(pageWith(IN_CARD));
  // The release prints a cardBin at the top that is not the container's: another description, another version.
  const release = pageWith([
    ["cardData", null, "The card."],
    ["cardEnd", "cardData", "Last digits."],
    ["cardBin", null, "Identifier of the issuing bank."],
  ]).replace(/(-\ncardBin\n- presence\n- Optional\n- Interface version\n)- 2\.0\n(Identifier)/, "$1- 2.5\n$2");
  const input = withFiles(after, [[PAGE, release]]);
  const lines = await checkInMemory(input);
  // Without it: paired on the name, each was said moved ("moved there?", "moved here?").
  expect(lines.filter((l) => l.includes("moved"))).toEqual([]);
  expect(lines.filter((l) => l.includes("response.fields.cardData.fields.cardBin:"))).toEqual([
    expect.stringContaining("the spec says an optional field, the page says no such field\n"),
  ]);
  const { report } = await syncInMemory(input);
  expect(report.messages.filter((m) => m.includes("cardBin") && m.includes("moved"))).toEqual([]);
});

test("a field gone from a container whose name another container holds already: no move", async () => {
  const twice: Printed = [...IN_CARD, ["holder", null, "The holder."], ["cardBin", "holder", "First digits."]];
  const { after } = await made(pageWith(twice));
  const release = pageWith(twice.filter(([name, container]) => !(name === "cardBin" && container === "cardData")));
  const lines = await checkInMemory(withFiles(after, [[PAGE, release]]));
  // Without it: "the page prints cardBin in holder (moved there?)", of a field the spec has there already.
  expect(lines.filter((l) => l.includes("response.fields.cardData.fields.cardBin:"))).toEqual([
    expect.stringContaining("the spec says an optional field, the page says no such field\n"),
  ]);
});

test("a move kept on both sides: each side is the field alone, not the move sync guesses, and recorded so", async () => {
  const { after } = await made(pageWith(IN_CARD));
  const text = edited(
    specTexts(after).get(MADE) ?? "",
    "source:\n  page: sources/paymentProviderInitialize.page.txt\n",
    "source:\n  page: sources/paymentProviderInitialize.page.txt\n  deviations:\n    - about: response.fields.cardData.fields.cardBin\n      reason: Kept in the card.\n    - about: response.fields.cardBin\n      reason: Kept out of the top.\n",
  );
  const input = withFiles(after, [[PAGE, pageWith(AT_TOP)]], new Map([[MADE, text]]));
  expect((await checkInMemory(input)).filter((l) => l.includes(" page-deviation "))).toEqual([
    expect.stringContaining("(the spec says no such field, the page says an optional field): Kept out of the top.\n"),
    expect.stringContaining("(the spec says an optional field, the page says no such field): Kept in the card.\n"),
  ]);
  // What --record-deviations writes: the same, without "moved there?" or "moved here?".
  const checked = await checkSync(input);
  const kept = checked.ok ? checked.subjects.flatMap((s) => s.kept ?? []) : [];
  expect(kept.sort((a, b) => a.index - b.index).map((k) => k.page)).toEqual(["no such field", "an optional field"]);
});

test("a field moved out of a container another operation shares: copied, and said to stay there, not moved", async () => {
  const card = (bin: string | null) =>
    pageWith([
      ["cardData", null, "The card."],
      ["cardEnd", "cardData", "Last digits."],
      ["cardBin", bin, "First digits."],
    ]);
  const { after: both } = await syncInMemory(
    withFiles(base, [[PAGE, card("cardData")], finalize(card("cardData"))]),
    "Checkout",
  );
  const { report, after } = await syncInMemory(withFiles(both, [[PAGE, card(null)]]));
  // Without it: "moved from cardData.cardBin: written as the spec had it there", beside the entry the shared type keeps.
  expect(report.messages.filter((m) => m.includes("cardBin added"))).toEqual([
    "paymentProviderInitialize: response field cardBin added (optional, 2.0), copied from cardData.cardBin, which stays there: written as the spec has it there",
  ]);
  expect(
    specTexts(after)
      .get(MADE)
      ?.match(/^ +cardBin:$/gm),
  ).toEqual(["        cardBin:", "    cardBin:"]);
  expect(
    report.messages.filter((m) => m.includes(" page-container-mismatch response.fields.cardData.fields.cardBin:")),
  ).toHaveLength(1);
});

test("--check says of a field moved out of a shared container what sync does: copied, the old entry staying, and why", async () => {
  const card = (bin: string | null) =>
    pageWith([
      ["cardData", null, "The card."],
      ["cardEnd", "cardData", "Last digits."],
      ["cardBin", bin, "First digits."],
    ]);
  const { after: both } = await syncInMemory(
    withFiles(base, [[PAGE, card("cardData")], finalize(card("cardData"))]),
    "Checkout",
  );
  const input = withFiles(both, [[PAGE, card(null)]]);
  const { report } = await syncInMemory(input);
  const origin = report.messages.flatMap(
    (m) => /, (copied from cardData\.cardBin, which stays there):/.exec(m)?.[1] ?? [],
  );
  expect(origin).toHaveLength(1);
  const lines = await checkInMemory(input);
  // Without it: "(the spec has it in cardData: moved here?)" and "(moved there?)", of a removal sync never makes.
  expect(lines.filter((l) => l.includes("moved"))).toEqual([]);
  expect(lines.filter((l) => l.includes(" response.fields.cardBin:"))).toEqual([
    expect.stringContaining(
      `the page says an optional field (${origin[0]}: container type CardData is shared with paymentProviderFinalize)\n`,
    ),
  ]);
  expect(lines.filter((l) => l.includes(" response.fields.cardData.fields.cardBin:"))).toEqual([
    expect.stringContaining(
      "no such field here: the page prints cardBin at the response's top (copied there); container type CardData",
    ),
  ]);
});
