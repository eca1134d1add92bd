// sync on the fixture spec whose operation cites a page (test/support/sync-workspace.ts): a field removed takes with
// it the comment over it alone.
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { syncInMemory, withFiles } from "../support/sync-memory.js";
import { fixture, OP, PAGE } from "../support/sync-workspace.js";

test("a field the page no longer lists is removed with the comment over it alone; a comment heading its group stays", async () => {
  const input = await readSpecInput(fixture);
  const spec = input.files.find((f) => f.relPath === OP)?.text ?? "";
  const page = input.pages?.get(PAGE) ?? "";
  // cardKind gone from the page: its field block and its changelog row.
  const block = page.slice(page.indexOf("Optional\n-\ncardKind"), page.indexOf("Request sample"));
  const release = page.replace(block, "").replace("2.50 |\ncardKind\n|\nRequest | |\n", "");
  const cardKind = /^ {4}cardKind:\n(?: {6}.*\n| {8}.*\n)*/m.exec(spec)?.[0] ?? "";
  const seal = '    seal: { from: dictionary, presence: required, since: "2.0" }\n';
  const comment = "    # The card, then the seal.\n";
  const synced = async (text: string) =>
    (await syncInMemory(withFiles(input, [[PAGE, release]], new Map([[OP, text]])))).report.written.get(OP);
  // Over cardKind alone, the comment goes with it.
  expect(await synced(spec.replace(cardKind, `${comment}${cardKind}`))).toBe(spec.replace(cardKind, ""));
  // Heading cardKind and the seal after it, it stays over the seal.
  const grouped = spec.replace(seal, "").replace(cardKind, `${comment}${cardKind}${seal}`);
  expect(await synced(grouped)).toBe(spec.replace(seal, "").replace(cardKind, `${comment}${seal}`));
});
