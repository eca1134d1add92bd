// sync and a plain field a page release prints fields in: the page makes it a
// container. The operation's own field is made one as a new field's container
// is written; one that is not its alone (the dictionary's, or written out by
// another operation too) is an error at its place, and nothing is written. In memory.
import { beforeAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { finalize, holds, made, MADE, PAGE, pageWith, readBase } from "../support/page-containers.js";

beforeAll(readBase);

const CARD: [string, string | null, string] = ["cardData", null, "The card."];
const BIN: [string, string | null, string] = ["cardBin", "cardData", "First digits."];

/** The operation made from the page with cardData, plain, given a format as a maintainer would. */
async function plainCard() {
  const { after } = await made(pageWith([CARD]));
  const text = (specTexts(after).get(MADE) ?? "").replace(
    "      description: The card.\n",
    "      format: AN20\n      description: The card.\n",
  );
  return withFiles(after, [], new Map([[MADE, text]]));
}

test("a release prints fields in an operation's own plain field: sync makes it a container of them", async () => {
  // Without it: page-mismatch "the spec says no container", left to the maintainer; nothing written.
  const { report, after } = await syncInMemory(withFiles(await plainCard(), [[PAGE, pageWith([CARD, BIN])]]));
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
      '          since: "2.0"',
      "          description: First digits.",
      "",
    ].join("\n"),
  );
  expect(report.messages).toContain(
    "paymentProviderInitialize: response field cardData made a container of the fields the page prints in it (its format removed)",
  );
  await holds(after);
});

test("a release that also changes the field's version and description: all settled in one sync", async () => {
  const release = pageWith([["cardData", null, "The new card."], BIN])
    .replace(
      "cardData\n- presence\n- Optional\n- Interface version\n- 2.0",
      "cardData\n- presence\n- Optional\n- Interface version\n- 2.5",
    )
    .replace("2.0 |\ncardData", "2.5 |\ncardData");
  const { report, after } = await syncInMemory(withFiles(await plainCard(), [[PAGE, release]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const text = specTexts(after).get(MADE) ?? "";
  expect(text.slice(text.indexOf("    cardData:\n"), text.indexOf("      fields:\n"))).toBe(
    '    cardData:\n      presence: optional\n      since: "2.5"\n      type: container\n      description: The new card.\n',
  );
  await holds(after);
});

test("a field written on one line: written anew on lines of its own, with the page's version and description", async () => {
  // Without it: the container's fields were appended inside the braces, on one line of some 150 characters.
  const input = await plainCard();
  const text = (specTexts(input).get(MADE) ?? "").replace(
    '    cardData:\n      presence: optional\n      since: "2.0"\n      format: AN20\n      description: The card.\n',
    '    cardData: { presence: optional, since: "2.0", format: AN20, description: The card. }\n',
  );
  const release = pageWith([["cardData", null, "The new card."], BIN])
    .replace(
      "cardData\n- presence\n- Optional\n- Interface version\n- 2.0",
      "cardData\n- presence\n- Optional\n- Interface version\n- 2.5",
    )
    .replace("2.0 |\ncardData", "2.5 |\ncardData");
  const { report, after } = await syncInMemory(withFiles(input, [[PAGE, release]], new Map([[MADE, text]])));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const written = specTexts(after).get(MADE) ?? "";
  expect(written.slice(written.indexOf("    cardData:"))).toBe(
    [
      "    cardData:",
      "      presence: optional",
      '      since: "2.5"',
      "      type: container",
      "      description: The new card.",
      "      fields:",
      "        cardBin:",
      "          presence: optional",
      '          since: "2.0"',
      "          description: First digits.",
      "",
    ].join("\n"),
  );
  await holds(after);
});

test("a plain field within the operation's own container: made a container there", async () => {
  const { after: first } = await made(pageWith([CARD, ["cardInfo", "cardData", "About the card."]]));
  const release = pageWith([
    CARD,
    ["cardInfo", "cardData", "About the card."],
    ["cardBin", "cardInfo", "First digits."],
  ]);
  const { report, after } = await syncInMemory(withFiles(first, [[PAGE, release]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(specTexts(after).get(MADE)).toContain(
    '        cardInfo:\n          presence: optional\n          since: "2.0"\n          type: container\n          description: About the card.\n          fields:\n            cardBin:\n',
  );
  expect(report.messages[0]).toBe(
    "paymentProviderInitialize: response field cardData.cardInfo made a container of the fields the page prints in it",
  );
  await holds(after);
});

test("a release prints fields in a field the operation takes from the dictionary: an error at it, nothing written", async () => {
  const { after: first } = await made(pageWith([]));
  const release = pageWith([["cardBin", "redirectionUrl", "First digits."]]);
  const { report } = await syncInMemory(withFiles(first, [[PAGE, release]]));
  expect(report.ok).toBe(false);
  expect(report.written.size).toBe(0);
  expect(report.messages.filter((m) => m.includes(" page-field-container "))).toEqual([
    "spec/operations/checkout/paymentProviderInitialize.yaml:98:21 error page-field-container response.fields.redirectionUrl: the spec says a string field, no container, the page says a container (it prints cardBin in it); redirectionUrl is the dictionary's, taken by orderInitialize response, paymentTokenInitialize response too: make it a container in spec/dictionary/, for every operation that takes it, or record the difference under source.deviations\n  spec/sources/paymentProviderInitialize.page.txt:192:3 the page",
  ]);
});

test("a release prints fields in a plain field another operation writes out too: an error naming it, nothing written", async () => {
  // Without it: sync made the field a container here, and the spec it left was invalid (defined differently elsewhere).
  const { after: both } = await syncInMemory(withFiles(await plainCard(), [finalize(pageWith([CARD]))]), "Checkout");
  const { report } = await syncInMemory(withFiles(both, [[PAGE, pageWith([CARD, BIN])]]));
  expect(report.ok).toBe(false);
  expect(report.written.size).toBe(0);
  expect(report.messages.filter((m) => m.includes(" page-field-container "))).toEqual([
    expect.stringContaining(
      "error page-field-container response.fields.cardData: the spec says a string field, no container, the page says a container (it prints cardBin in it); cardData is written out by paymentProviderFinalize response too (one name is one field): make it a container in every definition, or define it once in spec/dictionary/ and take it from there, or record the difference under source.deviations",
    ),
  ]);
});

test("a release with such a field and another difference: the other is written, the field left plain, the run fails", async () => {
  // What the README says: the spec written is valid (generate takes it), and --check still reports the field.
  const { after: both } = await syncInMemory(withFiles(await plainCard(), [finalize(pageWith([CARD]))]), "Checkout");
  const release = pageWith([CARD, BIN, ["cardEnd", null, "Last digits."]]);
  const { report, after } = await syncInMemory(withFiles(both, [[PAGE, release]]));
  expect(report.ok).toBe(false);
  expect([...report.written.keys()]).toEqual([MADE]);
  const text = specTexts(after).get(MADE) ?? "";
  expect(text).toContain('    cardData:\n      presence: optional\n      since: "2.0"\n      format: AN20\n');
  expect(text).toContain("    cardEnd:\n");
  expect((await generateFromInput(after)).ok).toBe(true);
  expect((await checkInMemory(after)).filter((l) => l.includes(" error "))).toEqual([
    expect.stringContaining("error page-field-container response.fields.cardData:"),
  ]);
});
