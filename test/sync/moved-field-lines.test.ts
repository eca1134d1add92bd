// A release that moves a container's field to the response's top (or a field
// at the top into a container): what sync --check says of the field added
// where the page now prints it, and what sync says as it removes and adds it,
// each naming the move rather than a field dropped ("the page no longer lists
// it", "no page did") and a field new. In memory.
import { beforeAll, expect, test } from "vitest";
import { made, MADE, PAGE, pageWith, readBase } from "../support/page-containers.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

beforeAll(readBase);

const IN_CARD: [string, string | null, string][] = [
  ["cardData", null, "The card."],
  ["cardBin", "cardData", "First digits."],
  ["cardEnd", "cardData", "Last digits."],
];
const AT_TOP: [string, string | null, string][] = [
  ["cardData", null, "The card."],
  ["cardEnd", "cardData", "Last digits."],
  ["cardBin", null, "First digits."],
];

test("a field moved out of its container: the check's line for it at the top says where the spec has it", async () => {
  const { after } = await made(pageWith(IN_CARD));
  const lines = await checkInMemory(withFiles(after, [[PAGE, pageWith(AT_TOP)]]));
  expect(lines.filter((l) => l.includes("response.fields.cardBin:"))).toEqual([
    expect.stringMatching(
      /:\d+:\d+ error page-mismatch response\.fields\.cardBin: the spec says no such field, the page says an optional field \(the spec has it in cardData: moved here\?\)\n {2}spec\/sources\/paymentProviderInitialize\.page\.txt:\d+:1 the page$/,
    ),
  ]);
});

test("sync says the move as it removes the field from its container and adds it at the top", async () => {
  const { after } = await made(pageWith(IN_CARD));
  const { report } = await syncInMemory(withFiles(after, [[PAGE, pageWith(AT_TOP)]]));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const lines = report.messages.filter((m) => m.includes("cardBin"));
  expect(lines).toEqual([
    "paymentProviderInitialize: response field cardBin added (optional, 2.0), moved from cardData.cardBin: written as the spec had it there",
    "paymentProviderInitialize: response field cardData.cardBin removed (the page prints it at the response's top now: moved there)",
  ]);
});

test("a field the spec gives no version, moved: its removal says the move, not that no page printed it", async () => {
  const { after } = await made(pageWith(IN_CARD));
  const text = specTexts(after).get(MADE) ?? "";
  const written = '        cardBin:\n          presence: optional\n          since: "2.0"\n';
  expect(text).toContain(written);
  const unversioned = text.replace(
    written,
    "        cardBin:\n          presence: optional\n          since: undocumented\n",
  );
  const release = withFiles(after, [[PAGE, pageWith(AT_TOP)]], new Map([[MADE, unversioned]]));
  const { report } = await syncInMemory(release);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  const removed = report.messages.filter((m) => m.includes("cardData.cardBin removed"));
  expect(removed).toEqual([
    "paymentProviderInitialize: response field cardData.cardBin removed (the page prints it at the response's top now: moved there)",
  ]);
});

test("a field moved into a container: the check and sync say it comes from the response's top", async () => {
  const { after } = await made(pageWith(AT_TOP));
  const release = withFiles(after, [[PAGE, pageWith(IN_CARD)]]);
  const lines = await checkInMemory(release);
  expect(lines.filter((l) => l.includes("response.fields.cardData.fields.cardBin:"))).toEqual([
    expect.stringContaining("the page says an optional field (the spec has it at the response's top: moved here?)"),
  ]);
  const { report } = await syncInMemory(release);
  expect(report.messages.filter((m) => m.includes("cardBin"))).toEqual([
    "paymentProviderInitialize: response field cardBin removed (the page prints it in cardData now: moved there)",
    "paymentProviderInitialize: response field cardData.cardBin added (optional, 2.0), moved from cardBin: written as the spec had it there",
  ]);
});
