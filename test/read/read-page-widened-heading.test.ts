// What the page reader takes for a message's heading with words after it
// ("Request fields", "Response parameters"): only the Request's or the
// Response's, and only a line short enough to be a heading; a sentence or
// another section's heading before a presence heading stays what it is.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const FILE = "cardCheck.page.txt";
const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");

/** The page with each `[from, to]` replaced, every `from` checked to be in it. */
function edited(...edits: readonly (readonly [string, string])[]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`the fixture page lacks ${JSON.stringify(from)}`);
    return text.replace(from, to);
  }, small);
}

test("a page without its Request heading: a sentence starting with the heading's words, past 40 characters, is no heading", () => {
  // seal's description, just before the Optional heading, is a sentence of 41 characters that starts "Request fields".
  const sentence = "Request fields are sealed with their key.";
  if (sentence.length !== 41) throw new Error("the sentence is one character past a heading's length");
  const text = edited(["POST\nRequest\n", "POST\n"], ["Message seal.\nOptional\n", `${sentence}\nOptional\n`]);
  const { page, diagnostics } = readPage(text, FILE);
  // Without it: the sentence was read as the Request's heading, the required fields before it as Endpoints' lines,
  // and the request as cardKind alone, with no word of a heading missing.
  expect(diagnostics.map(formatDiagnostic)).toEqual([
    // Where the heading belongs: before the Request's first presence heading, past the Endpoints' addresses.
    'cardCheck.page.txt:24:1 error page-missing-section the page has no "Request" section; is it a saved Sips operation page?',
    'cardCheck.page.txt:24:1 error page-unreadable-line line not understood in Endpoints: "Required"',
    'cardCheck.page.txt:26:1 error page-unreadable-line line not understood in Endpoints: "merchantId" (and the 5 lines after it)',
    'cardCheck.page.txt:33:1 error page-unreadable-line line not understood in Endpoints: "seal" (and the 6 lines after it)',
    // The Endpoints end at the next heading the page has (Request sample), not at the file's end.
    'cardCheck.page.txt:41:1 error page-unreadable-line line not understood in Endpoints: "cardKind" (and the 11 lines after it)',
  ]);
  expect(page.request.fields).toEqual([]);
});

test("a page without its Request sample heading: a line that starts with that heading's words is no heading", () => {
  // Only the messages' headings are read with words after them; seal's description starts "Request sample".
  const text = edited(
    ["Request sample\n", ""],
    ["Message seal.\nOptional\n", "Request sample values are made up.\nOptional\n"],
  );
  const { page, diagnostics } = readPage(text, FILE);
  // Without it: the line was read as the Request sample heading, and cardKind, after it, was no field of the Request.
  expect(diagnostics.map(formatDiagnostic)).not.toContainEqual(expect.stringContaining("page-misspelled-heading"));
  expect(diagnostics.map(formatDiagnostic)).toContain(
    // Where the heading belongs: before the Response's heading, the next one the page has.
    'cardCheck.page.txt:54:1 error page-missing-section the page has no "Request sample" section; is it a saved Sips operation page?',
  );
  expect(page.request.fields.slice(0, 3).map((f) => [f.name, f.description.value])).toEqual([
    ["merchantId", "Identifier of the shop."],
    ["seal", "Request sample values are made up."],
    ["cardKind", "Kind of card."],
  ]);
});

test("a Request heading with words after it, of 40 characters, is read as the heading", () => {
  const heading = "Request fields of the JSON and SOAP call";
  if (heading.length !== 40) throw new Error("the heading is of the longest length read as one");
  const { page, diagnostics } = readPage(edited(["POST\nRequest\n", `POST\n${heading}\n`]), FILE);
  // Without it: a line of 40 characters was not read as the heading, and the Request was missing.
  expect(diagnostics.map(formatDiagnostic)).toEqual([
    `cardCheck.page.txt:24:1 error page-misspelled-heading "${heading}" is not a heading of a Sips page; did you mean "Request"? (read as it)`,
  ]);
  expect(page.request.fields.map((f) => f.name)).toEqual(["merchantId", "seal", "cardKind"]);
});

test.each([
  // Without it: any line that started with "Request" was a heading with words after it.
  ["a word that starts with the heading's", ["Message seal.\nOptional\n", "Requester of the check.\nOptional\n"]],
  // Without it: a short line that starts with the heading's words was the heading wherever it stood.
  ["a line before no presence heading", ["Identifier of the shop.\n", "Request fields use it.\n"]],
] as const)("a page without its Request heading: %s is no heading", (_name, edit) => {
  const { page, diagnostics } = readPage(edited(["POST\nRequest\n", "POST\n"], edit), FILE);
  const printed = diagnostics.map(formatDiagnostic);
  expect(printed.filter((d) => d.includes("page-misspelled-heading"))).toEqual([]);
  expect(printed).toContain(
    'cardCheck.page.txt:24:1 error page-missing-section the page has no "Request" section; is it a saved Sips operation page?',
  );
  expect(page.request.fields).toEqual([]);
});

test("a message's heading with words after it, before a misspelled presence heading, is read as the heading", () => {
  const { page, diagnostics } = readPage(
    edited(["POST\nRequest\nRequired\n", "POST\nRequest fields\nRequird\n"]),
    FILE,
  );
  // Without it: the Request was missing, and its fields lines not understood in Endpoints.
  expect(diagnostics.map(formatDiagnostic)).toEqual([
    'cardCheck.page.txt:24:1 error page-misspelled-heading "Request fields" is not a heading of a Sips page; did you mean "Request"? (read as it)',
    'cardCheck.page.txt:25:1 error page-misspelled-heading "Requird" is not a heading of a Sips page; did you mean "Required"? (read as it)',
  ]);
  expect(page.request.fields.map((f) => f.name)).toEqual(["merchantId", "seal", "cardKind"]);
});
