// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a release that prints
// fields beyond factsStop.after moves the stop, and those fields up past the ones no page printed.
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { check, OP, PAGE, read, removeWorkspaces, sync, workspace } from "../support/sync-workspace.js";
import { editFile } from "../support/temp-spec.js";

afterEach(removeWorkspaces);

// After getTransactionData's page of the DR_WS_2.55 release, whose copy prints s10TransactionReference (optional,
// 2.6) after intermediateServiceProviderId, where the saved DR_WS_2.58 copy and the spec's factsStop.after stop.
const STOP = "request:\n  factsStop:\n    after: seal\n    see: https://example.com/cardCheck\n  fields:\n";
const CARD_LABEL =
  "-\ncardLabel\n- presence\n- Optional\n- Interface version\n- 2.60\nLabel of the card.\nRequest sample";

test("a release that prints fields beyond factsStop.after moves it to the last of them, a new one too", async () => {
  const spec = await workspace();
  await editFile(path.join(spec, OP), "request:\n  fields:\n", STOP);
  expect(await check(spec)).toEqual([
    'spec/operations/office/cardCheck.yaml:19:12 error page-mismatch request.factsStop.after: the spec says "seal", the page says "cardKind", the last field it prints after it (check factsStop.notes)\n  spec/sources/cardCheck.page.txt:42:1 the page',
  ]);
  await editFile(path.join(spec, PAGE), "Request sample", CARD_LABEL);
  await editFile(path.join(spec, PAGE), "2.50 |\ncardKind\n", "2.60 |\ncardLabel\n|\nRequest | |\n2.50 |\ncardKind\n");
  expect((await check(spec)).map((d) => d.split("\n")[0]?.split(" ").slice(3).join(" "))).toContain(
    'request.factsStop.after: the spec says "seal", the page says "cardLabel", the last field it prints after it (check factsStop.notes)',
  );
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.filter((m) => m.includes("factsStop"))).toEqual([
    "cardCheck: request.factsStop.after set to cardLabel",
  ]);
  const written = await read(spec, OP);
  expect(written).toContain("  factsStop:\n    after: cardLabel\n");
  expect(written.indexOf("    cardLabel:")).toBeGreaterThan(written.indexOf("    cardKind:"));
  expect(await check(spec)).toEqual([]);
});

test("factsStop.after moves up to a field no page printed, and names the page's fields beyond that one", async () => {
  const spec = await workspace();
  const fields =
    "    cardToken: { presence: undocumented, since: undocumented, type: string, description: Token. }\n" +
    '    cardBrand: { presence: optional, since: "2.60", type: string, description: Brand of the card. }\n' +
    "response:\n";
  await editFile(path.join(spec, OP), "request:\n  fields:\n", STOP);
  await editFile(path.join(spec, OP), "response:\n", fields);
  const brand = "-\ncardBrand\n- presence\n- Optional\n- Interface version\n- 2.60\nBrand of the card.\nRequest sample";
  await editFile(path.join(spec, PAGE), "Request sample", brand);
  await editFile(path.join(spec, PAGE), "2.50 |\ncardKind\n", "2.60 |\ncardBrand\n|\nRequest | |\n2.50 |\ncardKind\n");
  expect(await check(spec)).toEqual([
    'spec/operations/office/cardCheck.yaml:19:12 error page-mismatch request.factsStop.after: the spec says "seal", the page says "cardKind", the last field it prints after it (check factsStop.notes); it prints cardBrand too, after cardToken, which no page printed: they move up to follow cardKind next\n  spec/sources/cardCheck.page.txt:42:1 the page',
  ]);
  // sync moves the stop to cardKind, then cardBrand up past cardToken, then the stop to cardBrand, in one run.
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.filter((m) => m.includes("factsStop") || m.includes("moved"))).toEqual([
    "cardCheck: request.factsStop.after set to cardKind",
    "cardCheck: request fields cardBrand moved up to follow cardKind, as the page prints them (the fields no page printed stay beyond the facts)",
    "cardCheck: request.factsStop.after set to cardBrand",
  ]);
  const written = await read(spec, OP);
  expect(written).toContain("  factsStop:\n    after: cardBrand\n");
  // cardToken stays, beyond the facts: counted among them, it would have been removed as a field the page dropped.
  expect(written.indexOf("    cardToken:")).toBeGreaterThan(written.indexOf("    cardBrand:"));
  expect(await check(spec)).toEqual([]);
});

// After cardCheckEnrollment's page of a release whose copy goes on past currencyCode, where the spec's factsStop.after
// stopped, to fields the spec held from an SDK after others no page printed.
test("a release that prints fields beyond factsStop.after, behind one no page printed, moves them up and the stop", async () => {
  const spec = await workspace();
  const token = "    cardToken: { presence: undocumented, since: undocumented, type: string, description: Token. }\n";
  const stop = STOP.replace("    see:", "    notes:\n      - The copy stops after seal.\n    see:");
  await editFile(path.join(spec, OP), "request:\n  fields:\n", stop);
  const own = "    # cardKind: printed by the page.\n";
  await editFile(path.join(spec, OP), "    cardKind:\n", `${token}${own}    cardKind:\n`);
  expect(await check(spec)).toEqual([
    'spec/operations/office/cardCheck.yaml:19:12 error page-mismatch request.factsStop.after: the spec says "seal", the page says cardKind after it, behind cardToken, which no page printed: they move up to follow seal, in the page\'s order, and factsStop.after to the last of them (check factsStop.notes)\n  spec/sources/cardCheck.page.txt:42:1 the page',
  ]);
  const report = await sync(spec);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages.filter((m) => m.includes("factsStop") || m.includes("notes") || m.includes("moved"))).toEqual([
    "cardCheck: request fields cardKind moved up to follow seal, as the page prints them (the fields no page printed stay beyond the facts)",
    "cardCheck: request.factsStop.after set to cardKind",
    "cardCheck: notes may say where the facts stopped (request.factsStop.notes, request.fields.cardKind.notes): read them again (sync does not edit them)",
  ]);
  const written = await read(spec, OP);
  expect(written).toContain("    after: cardKind\n");
  // cardKind moves whole, its notes and the comment that speaks of it alone with it; cardToken stays beyond the facts.
  expect(written).toContain(`    seal: { from: dictionary, presence: required, since: "2.0" }\n${own}    cardKind:\n`);
  expect(written).toContain(`        - A note that sync keeps.\n${token}response:\n`);
  expect(await check(spec)).toEqual([]);
  expect((await sync(spec)).messages.at(-1)).toBe("The spec already agrees with its pages; nothing to write.");
});
