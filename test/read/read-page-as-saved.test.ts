// The page reader on the ways a maintainer's editor or browser may save a page:
// a byte order mark, UTF-16, windows-1252, line ends of each system, tabs, and
// each diagnostic at the file:line:column an editor shows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { fixturesDir } from "../support/paths.js";

const FILE = "cardCheck.page.txt";
const small = readFileSync(path.join(fixturesDir, "sync", "spec", "sources", FILE), "utf8");
/** The page as the spec folder's reader reads its bytes: as UTF-8, each byte that is not a U+FFFD. */
const readBytes = (bytes: Buffer) => readPage(bytes.toString("utf8"), FILE);
const printed = (bytes: Buffer) => readBytes(bytes).diagnostics.map(formatDiagnostic);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const withBom = (text: string) => Buffer.concat([BOM, Buffer.from(text, "utf8")]);

test("after a byte order mark, line 1's places count from the character after it", () => {
  const { page, diagnostics } = readBytes(withBom(small));
  expect(diagnostics).toEqual([]);
  expect(page.name?.at).toEqual({ file: FILE, line: 1, column: 1 });
  // A defect on line 1, at the column an editor shows.
  expect(printed(withBom(small.replace("cardCheck\n", "card\uFFFDCheck\n")))).toEqual([
    `${FILE}:1:1 error page-unreadable-line line not understood in the page header: "card\uFFFDCheck"`,
    `${FILE}:1:5 error page-bad-encoding the page holds "\uFFFD", what a reader puts for bytes that are not UTF-8 text (a page saved as windows-1252): save the page again as UTF-8`,
  ]);
});

const UTF16 = `${FILE}:1:1 error page-bad-encoding the page is UTF-16 text (what Windows calls Unicode), not UTF-8: save the page again as UTF-8 text`;

test.each([
  ["with its byte order mark", Buffer.from(`\uFEFF${small}`, "utf16le")],
  ["without one", Buffer.from(small, "utf16le")],
  ["big-endian, with its mark", Buffer.from(`\uFEFF${small}`, "utf16le").swap16()],
  ["big-endian", Buffer.from(small, "utf16le").swap16()],
])("a page saved as UTF-16 (%s) is told as that, once, and read as nothing", (_how, bytes) => {
  const { page, diagnostics } = readBytes(bytes);
  expect(diagnostics.map(formatDiagnostic)).toEqual([UTF16]);
  expect([page.name, page.endpoints, page.request.fields, page.changelog]).toEqual([null, [], [], []]);
});

test("a UTF-8 page with NULs between its first characters is told as holding a NUL, where it is, and read", () => {
  // As UTF-16 its NULs would be half its characters: here they are two.
  const { page, diagnostics } = readBytes(Buffer.from(small.replace("cardCheck\n", "c\0a\0rdCheck\n"), "utf8"));
  expect(diagnostics.map(formatDiagnostic)).toEqual([
    `${FILE}:1:1 error page-unreadable-line line not understood in the page header: "c\\u0000a\\u0000rdCheck"`,
    `${FILE}:1:2 error page-bad-encoding the page holds a NUL character (U+0000), which no page of text holds: save the page again as UTF-8 text`,
  ]);
  expect(page.request.fields.length).toBeGreaterThan(0);
});

test("a page saved as UTF-16 with letters beyond ASCII is still told as UTF-16", () => {
  const accented = small.replace("Checks a card.", "Vérifie une carte à débit différé.");
  expect(accented).not.toBe(small);
  expect(printed(Buffer.from(accented, "utf16le"))).toEqual([UTF16]);
});

/** The small page with a misspelled presence (line 44) and a malformed version (line 46), each on a bullet line. */
const defective = small.replace("- Optional\n- Interface version\n- 2.50", "- Optinal\n- Interface version\n- 2.5O");
const defectsAt = (presence: number, version: number) => [
  `${FILE}:44:${presence} error page-unknown-presence field "cardKind" has an unknown presence "Optinal"; did you mean "Optional"? (the pages print Required, Conditional or Optional)`,
  `${FILE}:46:${version} error page-bad-version field "cardKind": malformed interface version "2.5O" (expected a version such as 2.37)`,
];
const fieldsOf = (text: string) =>
  readPage(text, FILE).page.request.fields.map((f) => [
    f.name,
    f.presence?.value,
    f.since,
    f.description.value,
    f.values,
  ]);

test.each([
  ["LF", defective, 3, 3],
  ["CRLF", defective.replaceAll("\n", "\r\n"), 3, 3],
  ["a CR alone", defective.replaceAll("\n", "\r"), 3, 3],
  ["every line indented by a tab", defective.replaceAll(/^(?=.)/gm, "\t"), 4, 4],
  // Without it: the field's attributes read as lines of its description, silently, and no defect told.
  ["a tab after every bullet's dash", defective.replaceAll("\n- ", "\n-\t"), 3, 3],
  ["spaces after every bullet's dash", defective.replaceAll("\n- ", "\n-   "), 5, 5],
])(
  "a page saved with %s: read as the page is, each defect at the column of its text",
  (_how, text, presence, version) => {
    expect(readPage(text, FILE).diagnostics.map(formatDiagnostic)).toEqual(defectsAt(presence, version));
    // The fields as read from the page as printed, their places aside.
    const placeless = (t: string) => JSON.stringify(fieldsOf(t), (key, value) => (key === "at" ? undefined : value));
    expect(placeless(text)).toBe(placeless(defective));
  },
);

test("a bad byte on a bullet line with spaces after its dash: at its column", () => {
  expect(printed(Buffer.from(small.replace("- Debit card", "-   Debit\uFFFDcard"), "utf8"))).toEqual([
    `${FILE}:50:10 error page-bad-encoding the page holds "\uFFFD", what a reader puts for bytes that are not UTF-8 text (a page saved as windows-1252): save the page again as UTF-8`,
  ]);
});

test("a page saved decomposed (e then U+0301) reads as the page saved composed, each defect at its saved column", () => {
  const accented = small.replace("- Debit card", "- Carte de débit").replace("Kind of card.", "Type de carte à débit.");
  const decomposed = accented.normalize("NFD");
  expect(decomposed).not.toBe(accented);
  const placeless = (t: string) =>
    JSON.stringify(readPage(t, FILE).page, (key, value) => (key === "at" ? undefined : value));
  expect(readPage(decomposed, FILE).diagnostics).toEqual([]);
  // Without it: "de\u0301bit", another text than the spec's "débit", which sync wrote into the spec.
  expect(placeless(decomposed)).toBe(placeless(accented));
  // After "é" saved as two characters, an editor's column counts both: one more than composed.
  const flawed = accented.replace("débit\n", "débit\uFFFD\n").replace("à débit.", "à\u200b débit.");
  const defects = (column: number, line50: number) => [
    `${FILE}:47:${column} error page-invisible-character the page holds an invisible character, U+200B, which a copy of a page may leave: remove it (sync would write it into the spec, in a text that reads as another)`,
    `${FILE}:50:${line50} error page-bad-encoding the page holds "\uFFFD", what a reader puts for bytes that are not UTF-8 text (a page saved as windows-1252): save the page again as UTF-8`,
  ];
  expect(printed(Buffer.from(flawed, "utf8"))).toEqual(defects(16, 17));
  expect(printed(Buffer.from(flawed.normalize("NFD"), "utf8"))).toEqual(defects(17, 18));
});
