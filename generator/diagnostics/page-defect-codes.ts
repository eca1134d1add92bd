// The diagnostics of a saved Sips page read on its own: a page cut short,
// misspelt or saved in another encoding, and lines or facts the page reader
// cannot take as the page prints them. Comparing a page with the spec is
// page-codes.ts.

import { define, hint } from "./code-definition.js";

/** The codes of reading a saved page: its own defects, before it is compared with the spec. */
export const pageDefectCodes = {
  "page-no-sections": define<Record<string, never>>(
    "error",
    "A saved page with none of the parts of a Sips page (an empty file, HTML, another document): reported once, and not compared with the spec.",
    "Save the Sips operation page again as text (the page's own text, not its HTML), or remove the file.",
    () =>
      `the page has none of the sections of a Sips page (Endpoints, Request, Response, Changelog); is it a saved Sips operation page, saved as text?`,
  ),
  "page-missing-section": define<{ sections: readonly string[] }>(
    "error",
    "A saved page without one or more of the parts of a Sips operation page (Endpoints, Request, Response, Changelog): the headings lost together (a Response cut off with its sample) said once, where they belong.",
    "Save the whole page again; where the public page lacks the section, keep its heading with nothing under it.",
    (p) => `the page has no ${sectionNames(p.sections)}; is it a saved Sips operation page?`,
  ),
  "page-cut-short": define<{ section: string; missing: string }>(
    "error",
    "A saved page that stops in one of its sections, without the headings of those after it: a copy or a save that did not reach the page's end (a saved page whose facts stop early still keeps those headings).",
    "Save the whole page again; where the public copy stops, keep the headings after it with nothing under them.",
    (p) =>
      `the page stops in its ${p.section}, without the headings after it (${p.missing}); is the page saved whole? (where the public copy stops, the saved page keeps those headings, with nothing under them)`,
  ),
  "page-missing-title": define<Record<string, never>>(
    "error",
    "A saved operation page without its title, the operation's name on its first line (missing or blank): the summary or the recommended version was read where the name belongs.",
    "Put the operation's name back on the page's first line, as the page prints it.",
    () =>
      `the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary`,
  ),
  "page-missing-summary": define<Record<string, never>>(
    "error",
    "A saved page without its summary, the line after its title (and the search hint): every Sips page prints one, and the spec's operation has one.",
    "Put the page's summary back on the line after its title, as the page prints it.",
    () => `the page has no summary; a Sips page prints it on the line after its title (and the search hint)`,
  ),
  "page-no-endpoints": define<Record<string, never>>(
    "error",
    "An Endpoints section that lists no address: an operation's page gives at least one, so the page is cut short, not an operation without addresses.",
    "Save the whole page again, its Endpoints section with its addresses.",
    () => `the Endpoints section lists no address; is the page saved whole?`,
  ),
  "page-misspelled-heading": define<{ text: string; heading: string }>(
    "error",
    "A line of a saved page that misspells a heading (Response, Optional, List of values, an environment's label such as SIMU...), adds words to a message's heading before its first presence heading (Request parameters), or rewords a field's values heading before its list (Possible values): read as that heading, so that what follows it is read as the page means it.",
    "Write the heading as the pages print it (the message names it).",
    (p) => `"${p.text}" is not a heading of a Sips page; did you mean "${p.heading}"? (read as it)`,
  ),
  "page-unknown-heading": define<{ text: string; heading: string }>(
    "error",
    "A line of a saved page that stands where a section heading does (a few words right before a field printed with another presence than the section's, or before a message's first field) and is none of Required, Conditional or Optional (Optional fields, Mandatory): read as the presence the fields after it print, so that they are not reported misplaced or missing.",
    "Write the heading as the pages print it: Required, Conditional or Optional (the message names the one its fields take).",
    (p) =>
      `"${p.text}" stands where a section heading does, before fields printed ${p.heading}; the pages print Required, Conditional or Optional: write "${p.heading}" (read as it)`,
  ),
  "page-misspelled-attribute": define<{ field: string; text: string; attribute: string }>(
    "error",
    "A field's attribute misspelled on a saved page (presense, Interface versoin): read as the attribute it resembles.",
    "Write the attribute as the pages print it (the message names it).",
    (p) => `field "${p.field}" has an attribute "${p.text}"; did you mean "${p.attribute}"? (read as it)`,
  ),
  "page-bad-encoding": define<{ found: "utf-16" | "U+FFFD" | "U+0000" }>(
    "error",
    "A saved page that is not UTF-8 text: bytes a reader shows as U+FFFD (a page saved in windows-1252), which sync would write into the spec, a NUL character, which no text holds, or a page saved as UTF-16, of which nothing is read.",
    "Save the page again as UTF-8 text.",
    (p) =>
      p.found === "utf-16"
        ? `the page is UTF-16 text (what Windows calls Unicode), not UTF-8: save the page again as UTF-8 text`
        : p.found === "U+0000"
          ? `the page holds a NUL character (U+0000), which no page of text holds: save the page again as UTF-8 text`
          : `the page holds "\uFFFD", what a reader puts for bytes that are not UTF-8 text (a page saved as windows-1252): save the page again as UTF-8`,
  ),
  "page-invisible-character": define<{ code: string }>(
    "error",
    "A saved page holding a character that shows as nothing (a zero-width space, a soft hyphen, a direction mark), as a copy of a page may: in a field's name it hid the field, and in a value or meaning sync would write a text that reads as another and differs from it.",
    "Delete the character the message names (a search for its code point finds it).",
    (p) =>
      `the page holds an invisible character, ${p.code}, which a copy of a page may leave: remove it (sync would write it into the spec, in a text that reads as another)`,
  ),
  "page-bad-field-name": define<{ name: string }>(
    "error",
    "A field of a saved page (a name, then its presence and version) whose name is not a field name, letters and digits after a letter: it was read as lines of the field before it.",
    "Mend the line to the field's name as the page prints it, or join it to the text of the field before it.",
    (p) => `"${p.name}" is printed as a field, but a field's name is letters and digits after a letter`,
  ),
  "page-unreadable-line": define<{ text: string; more: number; region: string }>(
    "error",
    "A line of a saved page that the page reader does not understand.",
    "Mend the line as the page prints it, or save the page again.",
    (p) =>
      `line not understood in ${p.region}: "${p.text}"${p.more > 0 ? ` (and the ${p.more} line${p.more === 1 ? "" : "s"} after it)` : ""}`,
  ),
  "page-unknown-presence": define<{ field: string; value: string; suggestion: string | undefined }>(
    "error",
    "A presence on a saved page other than Required, Conditional or Optional.",
    "Write Required, Conditional or Optional, as the page prints it.",
    (p) =>
      `field "${p.field}" has an unknown presence "${p.value}"${hint(p.suggestion)} (the pages print Required, Conditional or Optional)`,
  ),
  "page-bad-version": define<{ where: string; value: string }>(
    "error",
    "A malformed interface version on a saved page.",
    "Write the version as the page prints it (major.minor, such as 2.37).",
    (p) => `${p.where}: malformed interface version "${p.value}" (expected a version such as 2.37)`,
  ),
  "page-duplicate-recommended": define<{ prefix: string }>(
    "error",
    "A saved page that gives two recommended interfaceVersions for one interface prefix.",
    "Keep the recommended version the page means for that prefix, and remove the other.",
    (p) => `two recommended interfaceVersions for the prefix ${p.prefix}; the page gives one per interface`,
  ),
  "page-duplicate-endpoint": define<{ label: string; kind: string }>(
    "error",
    "A saved page that gives two addresses of one kind (JSON, POST form, SOAP) for one environment.",
    "Keep the address the page means for that environment, and remove the other.",
    (p) => `a second ${p.kind} address for ${p.label}; each environment has one of each kind`,
  ),
  "page-duplicate-field": define<{ field: string; message: string }>(
    "error",
    "A field listed twice in one message of a saved page.",
    "Keep one of the two, as the page prints it.",
    (p) => `field "${p.field}" is listed twice in the ${p.message}`,
  ),
  "page-duplicate-value": define<{ value: string; field: string; message: string }>(
    "error",
    "A value listed twice in one field's list of values on a saved page: which of its meanings the page means, no reader can tell.",
    "Keep the value once, with the meaning the page means.",
    (p) => `value "${p.value}" is listed twice in the values of field "${p.field}" of the ${p.message}`,
  ),
  "page-value-without-meaning": define<{ value: string; field: string; message: string }>(
    "error",
    'A value of a field\'s list of values on a saved page printed without a meaning: the pages print one or more "- " lines under each value, and the spec gives every value a meaning.',
    'Put back the meaning the page prints under the value, on "- " lines.',
    (p) =>
      `value "${p.value}" of field "${p.field}" of the ${p.message} has no meaning: the pages print one or more "- " lines under each value`,
  ),
  "page-container-values-listed": define<{ field: string; message: string; held: string }>(
    "error",
    "A field of a saved page that lists values and holds fields (printed with it as their container): a container has no values.",
    "Save the page again, whole.",
    (p) =>
      `field "${p.field}" of the ${p.message} lists values, but the page prints ${p.held} in it: a container has no values (save the page again)`,
  ),
  "page-container-cycle": define<{ field: string; message: string; chain: string }>(
    "error",
    "Fields of a saved page printed each in the other's container: no field holds them.",
    "Save the page again.",
    (p) => `field "${p.field}" of the ${p.message} is in its own container (${p.chain}); save the page again`,
  ),
  "page-presence-section": define<{ field: string; presence: string; section: string }>(
    "error",
    "A field whose printed presence contradicts the section it is listed in.",
    "Move the field under the section of its presence, or correct the presence, as the page means it.",
    (p) => `field "${p.field}" is printed ${p.presence} but listed under ${p.section}`,
  ),
  "page-changelog-field": define<{ field: string; attendance: string }>(
    "error",
    "A changelog row of a saved page for a field its request and response lists lack.",
    "Correct the row's field name, or add the field the page's lists left out.",
    (p) => `the changelog has a row for "${p.field}" (${p.attendance}) but the field lists have no such field`,
  ),
  "page-changelog-column": define<{ column: string; known: string }>(
    "info",
    "A column of a saved page's changelog that the reader does not know (a release's own, such as Release): the rows are read by the heading row's columns, that column's cells left out, as the spec has no place for them.",
    "Nothing to do: the column's cells are not read.",
    (p) => `the changelog has a column "${p.column}", which is not read (the spec takes ${p.known})`,
  ),
  "page-changelog-version": define<{ field: string; row: string; listed: string }>(
    "error",
    "A changelog row of a saved page whose version is not the one its field lists give.",
    "Correct the row's version or the field list's, whichever the page means.",
    (p) => `the changelog gives "${p.field}" version ${p.row}, the field list ${p.listed}`,
  ),
} as const;

/** `"Response" section`, `"Response" and "Response sample" sections`, `"A", "B" and "C" sections`. */
function sectionNames(sections: readonly string[]): string {
  const quotedNames = sections.map((s) => `"${s}"`);
  const last = quotedNames.pop() ?? "";
  return quotedNames.length === 0 ? `${last} section` : `${quotedNames.join(", ")} and ${last} sections`;
}
