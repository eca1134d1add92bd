// What --check says of a page's values for a container's field, whose list
// sync does not write: the list the field takes, found where the container is
// at any depth of the message, and who holds the container. In memory.
import { beforeAll, expect, test } from "vitest";
import { parse } from "yaml";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { checkInMemory, syncInMemory, withFiles } from "../support/sync-memory.js";
import { base, finalize, made, PAGE, pageWith, readBase, withDictionaryCard } from "../support/page-containers.js";

beforeAll(readBase);

/** A page's field block's list of values, each with a meaning of its own. */
const values = (pairs: readonly string[]) => `List of values\n${pairs.map((v) => `${v}\n- ${v} meaning`).join("\n")}`;

/** What --check says of the page's values for containers' fields. */
const said = async (input: SpecInput) =>
  (await checkInMemory(input)).filter((l) => l.includes(" page-container-values ")).map((l) => l.split(" info ")[1]);

test("a page's values for a container's field: --check says what sync does of them, by who holds the container", async () => {
  // Without it: "containers are shared by every operation; nothing written", of a container its operation alone holds.
  const card: [string, string | null, string][] = [
    ["cardData", null, "The card."],
    ["cardBin", "cardData", "First digits."],
  ];
  const release = pageWith([...card, ["cardKind", "cardData", `Kind of card.\n${values(["CREDIT", "DEBIT"])}`]]);
  const { after: own } = await made(pageWith(card));
  const { after: both } = await syncInMemory(
    withFiles(base, [[PAGE, pageWith(card)], finalize(pageWith(card))]),
    "Checkout",
  );
  const { after: added } = await syncInMemory(withFiles(own, [[PAGE, release]]));
  // Once synced, the field takes the list made of its values: nothing more to say.
  expect([
    ...(await said(withFiles(own, [[PAGE, release]]))),
    ...(await said(added)),
    ...(await said(withFiles(both, [[PAGE, release]]))),
  ]).toEqual([
    "page-container-values the page lists CREDIT, DEBIT for cardData.cardKind; the container's field takes no value list (a field the page adds: sync writes it, linked to the list of its name where that has these values, else to one made of them where no list has its name)",
    "page-container-values the page lists CREDIT, DEBIT for cardData.cardKind; the container's field takes no value list (container type CardData is one type, shared with paymentProviderFinalize; nothing written)",
  ]);
});

test("a page's values for the field of a container within another, or in a list's items: compared with the list the field takes", async () => {
  // Without it: the container was looked for at the message's top only, and the field said to take no value list.
  // The page prints the list's values and meanings, read from the fixture's dictionary.
  const lists = parse(base.files.find((f) => f.relPath === "dictionary/value-lists.yaml")?.text ?? "");
  const codes: Record<string, { meaning: string }> = lists.valueLists.walletResponseCode.values;
  const listed = (printed: readonly string[]) =>
    `List of values\n${printed.map((v) => `${v}\n- ${codes[v]?.meaning ?? `${v} meaning`}`).join("\n")}`;
  const page = (printed: readonly string[]) =>
    pageWith([
      ["cardData", null, "The card."],
      ["cardInfo", "cardData", "About the card."],
      ["walletResponseCode", "cardInfo", `Outcome for the card.\n${listed(printed)}`],
      ["operationList", null, "The operations."],
      ["operationResult", "operationList", "Result of the operation."],
      ["walletResponseCode", "operationResult", `Outcome of the operation.\n${listed(printed)}`],
    ]);
  const { after } = await made(page(Object.keys(codes)));
  expect(await said(after)).toEqual([]);
  expect(await said(withFiles(after, [[PAGE, page(["00", "XX"])]]))).toEqual([
    "page-container-values the page lists 00, XX for cardInfo.walletResponseCode; the container's field takes every value of list walletResponseCode (sync does not change a container field's list; edit it by hand)",
    "page-container-values the page lists 00, XX for operationResult.walletResponseCode; the container's field takes every value of list walletResponseCode (sync does not change a container field's list; edit it by hand)",
  ]);
});

test("a page's values for the field of a container within a dictionary container: the dictionary's, though one operation holds it", async () => {
  // Without it: the container's own flag alone was read, and the type called the operation's own, to edit by hand there.
  const withCard = withDictionaryCard('cardKind: { presence: optional, since: "2.0", description: Kind of card. }');
  const page = pageWith([
    ["cardData", null, "The card."],
    ["cardInfo", "cardData", "About the card."],
    ["cardKind", "cardInfo", `Kind of card.\n${values(["CREDIT", "DEBIT"])}`],
  ]);
  const { after } = await syncInMemory(withFiles(withCard, [[PAGE, page]]), "Checkout");
  expect(await said(after)).toEqual([
    "page-container-values the page lists CREDIT, DEBIT for cardInfo.cardKind; the container's field takes no value list (container type CardInfo is one type, the dictionary's; nothing written)",
  ]);
});
