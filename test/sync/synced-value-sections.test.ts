// An Office operation made by sync from its saved page beside the real spec
// (test/fixtures/pages/cancel.page.txt): its response code takes part of the
// shared responseCode list, in its page's words. Its reference page's section
// of those values leads with what its field is, not with the shared list's
// description, which speaks of the list's constants and of another
// operation's message. In memory.
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";
import { fixturePage, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";
import { generateInputShared } from "../support/generate.js";

const MADE = "operations/office/cancel.yaml";
let page: string;
let made: { response: { fields: Record<string, { description: string }> } };
let lists: { valueLists: Record<string, { description?: string }> };

beforeAll(async () => {
  const input = withFiles(await readSpecInput(specDir, path.dirname(specDir)), [
    ["sources/cancel.page.txt", fixturePage("cancel.page.txt")],
  ]);
  const { report, after } = await syncInMemory(input, "Office");
  expect(report.ok, report.messages.join("\n")).toBe(true);
  made = parse(specTexts(after).get(MADE) ?? "");
  lists = parse(specTexts(after).get("dictionary/value-lists.yaml") ?? "");
  const result = await generateInputShared(after);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  page = result.files.find((f) => f.path === "docs/cancel.md")?.content ?? "";
});

test("a section of values the operation words its own way leads with its field's description", () => {
  // Without it: cancel's section began with the shared responseCode list's description, written for the Paypage.
  // The dictionary's responseCode, linked to the shared list, with the values and meanings of cancel's page.
  const field = made.response.fields["responseCode"];
  const shared = lists.valueLists["responseCode"]?.description ?? "";
  expect([field?.description.length, shared.length].every((n) => (n ?? 0) > 0)).toBe(true);
  const heading = "### CancelResponseCode\n\n";
  const section = page.slice(page.indexOf(heading), page.indexOf("\n| Value |", page.indexOf(heading)));
  expect(section.startsWith(`${heading}${field?.description}\n`), section).toBe(true);
  expect(section).not.toContain(shared);
});
