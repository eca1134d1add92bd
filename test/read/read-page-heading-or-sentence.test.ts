// A page without its Response heading: which line before a presence heading the reader takes for the heading
// with words after it. The saved pages set a message's heading apart from a sentence: it ends in no stop and holds
// no comma, and it stands before the message's first field, so that a short sentence starting with the heading's
// word ("Response codes vary.") stays the text it is. On a fixture page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const FILE = "cardCheck.page.txt";
const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");
/** The fixture's Response: its heading, its one field (seal) and the sample's heading after it. */
const RESPONSE =
  "Request sample\nResponse\nRequired\n-\nseal\n- presence\n- Required\n- Interface version\n- 2.10\nMessage seal.\nResponse sample\n";
/** A second response field, optional, to put after seal. */
const OPTIONAL = "Optional\n-\nextra\n- presence\n- Optional\n- Interface version\n- 2.10\nMore.\n";

/** The page with its Response part replaced, the fixture checked to hold it. */
function withResponse(part: string): string {
  if (!small.includes(RESPONSE)) throw new Error("the fixture page changed");
  return small.replace(RESPONSE, part);
}

const misread = (text: string): string[] =>
  readPage(text, FILE)
    .diagnostics.map(formatDiagnostic)
    .filter((d) => d.includes("page-misspelled-heading"));

test.each([
  ["a stop", "Response codes vary."],
  ["an exclamation", "Response codes vary!"],
  ["a comma", "Response codes, when any"],
])("a short line with %s where the Response heading is missing is a sentence, not the heading", (_what, line) => {
  const text = withResponse(RESPONSE.replace("\nResponse\n", `\n${line}\n`));
  // Without it: the line was read as the Response's heading, and the page as whole but for a misspelling.
  expect(misread(text)).toEqual([]);
  expect(readPage(text, FILE).page.response.fields).toEqual([]);
});

test("a line after a field's facts, before a presence heading, is that field's description, not the heading", () => {
  // No stop, no comma: only where it stands tells it from a heading. seal's description, then the Optional fields.
  const text = withResponse(
    RESPONSE.replace("\nResponse\n", "\n").replace(
      "Message seal.\nResponse sample\n",
      `Response codes vary\n${OPTIONAL}Response sample\n`,
    ),
  );
  // Without it: "Response codes vary" was the heading, and extra the Response's one field, seal lost before it.
  expect(misread(text)).toEqual([]);
  const { page } = readPage(text, FILE);
  expect(page.response.fields).toEqual([]);
  expect(readPage(text, FILE).diagnostics.map(formatDiagnostic)).toContainEqual(
    expect.stringContaining('error page-missing-section the page has no "Response" section'),
  );
});

test("the Response heading with words after it, where the heading stands, is still read as the heading", () => {
  const text = withResponse(RESPONSE.replace("\nResponse\n", "\nResponse fields of the call\n"));
  expect(misread(text)).toEqual([
    `${FILE}:55:1 error page-misspelled-heading "Response fields of the call" is not a heading of a Sips page; did you mean "Response"? (read as it)`,
  ]);
  expect(readPage(text, FILE).page.response.fields.map((f) => f.name)).toEqual(["seal"]);
});
