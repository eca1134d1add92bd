// The documents a page advises to read first are facts of the page, as its
// summary is: an operation written without them (a page attached to it) or a
// release that words them otherwise is reported by sync --check and written by
// sync, as a new operation takes them from its page. In memory: no file is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const OP = "operations/in-app/paymentTokenInitialize.yaml";
const PAGE = "sources/paymentTokenInitialize.page.txt";
const yaml = readFileSync(path.join(fixture, OP), "utf8");
const page = readFileSync(path.join(fixture, PAGE), "utf8");

/** The fixture's readFirst entry, as the operation file writes it. */
const ENTRY = yaml.slice(yaml.indexOf("  readFirst:\n"), yaml.indexOf("method:"));

async function withOperation(text: string, pageText = page) {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  return withFiles(base, [[PAGE, pageText]], new Map([[OP, text]]));
}

test("the fixture's operation has its page's documents to read first, and sync --check agrees", async () => {
  expect(ENTRY).toMatch(/^ {2}readFirst:\n {4}- title: 309 Sips In App Json\n/);
  const diagnostics = await checkInMemory(await withOperation(yaml));
  expect(diagnostics.filter((d) => d.includes("readFirst"))).toEqual([]);
});

test("an operation without the documents its page advises to read first is told so, and sync writes them", async () => {
  const input = await withOperation(yaml.replace(ENTRY, ""));
  // Without the comparison: no word, and the reference page lacked the block the page prints.
  const diagnostics = await checkInMemory(input);
  expect(diagnostics).toContainEqual(
    expect.stringContaining(
      'error page-mismatch source.readFirst: the spec says no document to read first, the page says "309 Sips In App Json" (Recommended)',
    ),
  );
  const { report, after } = await syncInMemory(input);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Written as the fixture has them, after the page it cites.
  const written = specTexts(after).get(OP) ?? "";
  expect(parse(written).source).toEqual(parse(yaml).source);
  expect(written.indexOf("  readFirst:\n")).toBeGreaterThan(written.indexOf("  page: sources/"));
  expect(await checkInMemory(after)).not.toContainEqual(expect.stringContaining("readFirst"));
});

test("a release that names another document to read first is reported at the page's title line", async () => {
  const released = page.replace(/309 Sips In App Json/g, "In-App JSON");
  if (released === page) throw new Error("the fixture page names no such document");
  const line = released.split("\n").indexOf("In-App JSON") + 1;
  const diagnostics = await checkInMemory(await withOperation(yaml, released));
  expect(diagnostics).toContainEqual(
    expect.stringContaining(
      `source.readFirst: the spec says "309 Sips In App Json" (Recommended), the page says "In-App JSON" (Recommended)\n  spec/${PAGE}:${line}:1 the page`,
    ),
  );
});

test("sync writes the documents to read first where the format puts them, after the page and before the notes, their comment kept above them", async () => {
  const NOTES = "  # What the saved page holds.\n  notes:\n    - A note of the maintainer.\n";
  // The operation as written without them, with notes (and their comment) after its page, as walletInitialize's.
  const withNotes = yaml.replace(ENTRY, NOTES);
  if (withNotes === yaml) throw new Error("the fixture's readFirst is written otherwise");
  const { report, after } = await syncInMemory(await withOperation(withNotes));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  // Without it: appended at the end of the block, after the notes, which the format and the other files put after it.
  const written = specTexts(after).get(OP) ?? "";
  const [head, tail] = [withNotes.slice(0, withNotes.indexOf(NOTES)), withNotes.slice(withNotes.indexOf(NOTES))];
  expect(written.startsWith(head) && written.endsWith(tail), written).toBe(true);
  const added = written.slice(head.length, written.length - tail.length);
  expect(added).toMatch(/^ {2}readFirst:\n {4}- title: 309 Sips In App Json\n/);
  expect(parse(written).source).toEqual({ ...parse(yaml).source, notes: ["A note of the maintainer."] });
});
