// A container type shared by two operations, with fields no page printed (the spec gives them no version): a
// release that prints the container with a field of its own gives one page-container-mismatch, each such field
// "no such field" on a line of its own and, once after them, why (no page printed it) and where factsStop keeps
// it. In memory.
import { beforeAll, expect, test } from "vitest";
import { specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { base, finalize, PAGE, pageWith, readBase } from "../support/page-containers.js";

beforeAll(readBase);

const BIN =
  '        cardBin:\n          presence: optional\n          since: "2.0"\n          description: First digits.\n';
const UNPRINTED = (name: string) =>
  `        ${name}: { presence: undocumented, since: undocumented, description: A field no page printed. }\n`;

test("a shared container's fields no page printed say once why they are no such field on the page", async () => {
  const card = pageWith([
    ["cardData", null, "The card."],
    ["cardBin", "cardData", "First digits."],
  ]);
  const { after } = await syncInMemory(withFiles(base, [[PAGE, card], finalize(card)]), "Checkout");
  // Both operations' CardData given two fields that no page printed, as a sample would name them.
  const files = new Map(
    [...specTexts(after)]
      .filter(([file]) => file.includes("/paymentProvider"))
      .map(([file, text]) => {
        if (!text.includes(BIN)) throw new Error(`${file} writes cardData otherwise`);
        return [file, text.replace(BIN, BIN + UNPRINTED("cardEnd") + UNPRINTED("cardKind"))] as const;
      }),
  );
  expect(files.size).toBe(2);
  const { report } = await syncInMemory(withFiles(after, [], files));
  const errors = report.messages.filter(
    (m) =>
      m.includes(" page-container-mismatch ") && m.startsWith("spec/operations/checkout/paymentProviderInitialize"),
  );
  expect(errors, report.messages.join("\n")).toHaveLength(1);
  const said = (errors[0] ?? "").split("\n").slice(1);
  // Without it: each field's line went on with the same 250 characters of why.
  expect(said.map((l) => l.replace(/^ {2}spec\/sources\/paymentProviderInitialize\.page\.txt:\d+:\d+ /, ""))).toEqual([
    "cardEnd: the spec says an undocumented field, the page says no such field",
    "cardKind: the spec says an undocumented field, the page says no such field",
    expect.stringMatching(
      /^"no such field" above: the page does not print it, and no page did: .* response\.factsStop\.after names$/,
    ),
  ]);
});
