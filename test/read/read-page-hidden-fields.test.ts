// The page reader on a field block whose name is no field name: a character
// that shows as nothing in it (as a copy of a page may leave), or a name with
// blanks or punctuation. Read as lines of the field before it, such a block
// went into that field's description or values, silently, and sync wrote them
// into the spec and removed the field.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const FILE = "cardCheck.page.txt";
const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");
const read = (text: string) => readPage(text, FILE);
const printed = (text: string) => read(text).diagnostics.map(formatDiagnostic);
/** What the reader made of the request's fields, their places aside. */
const fields = (text: string) =>
  read(text).page.request.fields.map((f) => ({
    name: f.name,
    presence: f.presence?.value,
    since: f.since?.value,
    description: f.description.value,
    values: f.values.map((v) => [v.value, ...v.meanings]),
  }));

const invisible = (line: number, column: number, code: string) =>
  `${FILE}:${line}:${column} error page-invisible-character the page holds an invisible character, ${code}, which a copy of a page may leave: remove it (sync would write it into the spec, in a text that reads as another)`;

test("the fixture page reads cleanly, its request's seal a field of its own", () => {
  expect(printed(small)).toEqual([]);
  expect(fields(small).map((f) => f.name)).toEqual(["merchantId", "seal", "cardKind"]);
});

test.each([
  ["a zero-width space", "\u200b", "U+200B"],
  ["a soft hyphen", "\u00ad", "U+00AD"],
  ["a word joiner", "\u2060", "U+2060"],
  ["a left-to-right mark", "\u200e", "U+200E"],
  ["a byte order mark", "\ufeff", "U+FEFF"],
  ["a line separator", "\u2028", "U+2028"],
])("%s inside a field's name: told where it is, and the field read as the page shows it", (_what, char, code) => {
  // "seal" is line 34, after merchantId's description: the name is the field's, not a line of merchantId's.
  const text = small.replace(
    "-\nseal\n- presence\n- Required\n- Interface version\n- 2.0\n",
    `-\nse${char}al\n- presence\n- Required\n- Interface version\n- 2.0\n`,
  );
  expect(text).not.toBe(small);
  expect(printed(text)).toEqual([invisible(34, 3, code)]);
  expect(fields(text)).toEqual(fields(small));
});

test("the same character in the field's changelog row too: told there, and the row is the field's", () => {
  const text = small
    .replace("\nseal\n- presence", "\nse\u200bal\n- presence")
    .replace("2.10 |\nseal\n", "2.10 |\nse\u200bal\n");
  expect(printed(text)).toEqual([invisible(34, 3, "U+200B"), invisible(73, 3, "U+200B")]);
  expect(read(text).page.changelog.map((r) => r.field)).toEqual(read(small).page.changelog.map((r) => r.field));
});

test("an invisible character in a meaning or a value: told at its column, on each line that holds one", () => {
  const text = small.replace("- Debit card", "- Debit\u200bcard").replace("\nCREDIT\n", "\nCRE\u00adDIT\n");
  expect(printed(text)).toEqual([invisible(50, 8, "U+200B"), invisible(51, 4, "U+00AD")]);
});

test.each([
  ["blanks", "mer chant Id"],
  ["punctuation", "merchantId:"],
  ["a letter that looks like a Latin one (Cyrillic е)", "m\u0435rchantId"],
  ["a digit first", "3dsMerchantId"],
])("a field printed under a name with %s: that defect, and no other field reads its lines", (_what, name) => {
  const text = small.replace("-\nmerchantId\n- presence", `-\n${name}\n- presence`);
  expect(printed(text)).toEqual([
    `${FILE}:27:1 error page-bad-field-name ${JSON.stringify(name)} is printed as a field, but a field's name is letters and digits after a letter`,
    // The changelog's row for merchantId now has no field: the page's own consistency check says so, as before.
    `${FILE}:76:1 error page-changelog-field the changelog has a row for "merchantId" (Request) but the field lists have no such field`,
  ]);
  expect(fields(text)).toEqual(fields(small).filter((f) => f.name !== "merchantId"));
});

test("a misnamed field after a field's list of values: not taken for more values of that list", () => {
  // No description: its dash and its name would each read as a value, its attributes as their meanings.
  const block = "-\nexpiryDate:\n- presence\n- Optional\n- Interface version\n- 2.50\n";
  const text = small.replace("- Or a charge card\n", `- Or a charge card\n${block}`);
  expect(printed(text)).toEqual([
    `${FILE}:55:1 error page-bad-field-name "expiryDate:" is printed as a field, but a field's name is letters and digits after a letter`,
  ]);
  expect(fields(text)).toEqual(fields(small));
});

test("a dash and a word in a description, with no presence after them, stay lines of the description", () => {
  const text = small.replace(
    "Identifier of the shop.\n",
    "Identifier of the shop.\n-\nsee below\n- presence is required\n",
  );
  expect(printed(text)).toEqual([]);
  expect(fields(text)[0]?.description).toBe("Identifier of the shop.\n-\nsee below\n- presence is required");
});
