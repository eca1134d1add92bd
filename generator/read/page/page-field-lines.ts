// What a line of a message's field lists is: where a field block starts, the
// attribute a "- name" line gives, a section heading, and the heading of a
// field's list of values; near misses read as what they resemble.

import { columnAt, type PageLine } from "./page-lines.js";
import { PAGE_PRESENCES, type PagePresence } from "./page-model.js";
import { misspelledHeading } from "./misspelled-heading.js";
import { shownText } from "./page-encoding.js";

const FIELD_NAME = /^[a-zA-Z][A-Za-z0-9]*$/;
const ATTRIBUTES = new Set(["presence", "Interface version", "Container", "container"]);
const ATTRIBUTE_NAMES = [...ATTRIBUTES];
export const VALUES_HEADING = "List of values";
/**
 * A value of a list is a code ("00", "HMAC-SHA-256", "HP_x.x"), never words: a line with blanks in it is a
 * meaning wrapped onto a line of its own, a note after the list or a row of a table ("CODE | meaning"), which,
 * read as a value, sync would add to the shared list and write out for every other operation.
 */
export const VALUE = /^\S+$/;
/**
 * "List of values" or a near miss ("List of Values", "List of value"), read as it: taken for a line of the
 * description, it made the list's every line part of the field's description, which sync wrote into the spec.
 */
const isValuesHeading = (text: string): boolean =>
  text === VALUES_HEADING || misspelledHeading(text, [VALUES_HEADING]) !== undefined;
/** A few words ending in "values", no sentence: "Possible values", "Allowed values:", "Values". */
const REWORDED_VALUES_HEADING = /^(?:[A-Za-z]+ ){0,3}[Vv]alues:?$/;
/**
 * The values heading at line `i`, or one reworded past a near miss, which only the list's start after it
 * tells from a line of the description: a code, then its first "- " meaning. Taken for a line of the
 * description, it made the list part of the description, which sync wrote into the spec, and the values it
 * lists went unchecked.
 */
export const isValuesHeadingAt = (lines: readonly PageLine[], i: number): boolean => {
  const text = lines[i]?.text ?? "";
  if (isValuesHeading(text)) return true;
  return (
    REWORDED_VALUES_HEADING.test(text) &&
    VALUE.test(lines[i + 1]?.text ?? "") &&
    lines[i + 1]?.text !== "-" &&
    (lines[i + 2]?.text.startsWith("- ") ?? false)
  );
};

/**
 * Two values, each with its "- " meanings, at line `i` of a description: a list of values whose heading a copy
 * lost, which no description holds (one code and a bullet may be a note, as "Example:" and its item).
 */
export const isHeadlessListAt = (lines: readonly PageLine[], i: number): boolean => {
  const meaningsAfter = (at: number): number => {
    let end = at + 1;
    while (lines[end]?.text.startsWith("- ") && !isPrintedAttributeAt(lines, end)) end++;
    return end > at + 1 && VALUE.test(lines[at]?.text ?? "") && lines[at]?.text !== "-" ? end : -1;
  };
  const next = meaningsAfter(i);
  return next > 0 && meaningsAfter(next) > 0;
};

/** A field's name as the page shows it: an invisible character in it is reported where it is, not in the name. */
export const fieldNameOf = (line: PageLine): string => shownText(line.text);
export const isFieldName = (name: string): boolean => FIELD_NAME.test(name);

/**
 * Where a field block starts: "-", a name, then an attribute line. A name that is not a field name starts one
 * too where its attribute's value follows ("- presence", "- Required"): read as the lines of the field before
 * it, the block went into that field's description or values, and sync wrote them into the spec.
 */
export const isFieldStart = (lines: readonly PageLine[], i: number): boolean => {
  const name = lines[i + 1];
  if (lines[i]?.text !== "-" || name === undefined || attributeOf(lines[i + 2]?.text ?? "") === null) return false;
  return isFieldName(fieldNameOf(name)) || (isPrintedName(name.text) && (lines[i + 3]?.text.startsWith("- ") ?? false));
};
/** A line that may stand where a field's name does: no bullet, no heading. */
const isPrintedName = (text: string): boolean =>
  text !== "" && text !== "-" && !text.startsWith("- ") && sectionOf(text) === null;

const attributeName = (text: string): string | null => (text.startsWith("- ") ? text.slice(2).trim() : null);

/** An attribute as the pages print it ("- presence"), its value on the next line: a field's, wherever it stands. */
export const isPrintedAttributeAt = (lines: readonly PageLine[], i: number): boolean =>
  ATTRIBUTES.has(attributeName(lines[i]?.text ?? "") ?? "") && (lines[i + 1]?.text.startsWith("- ") ?? false);

/**
 * The attribute a "- name" line gives, misspelled or not ("- presense"): a
 * misspelled one read as the attribute it resembles, and reported, rather than
 * a field lost into the one before it or its version into its description.
 */
export function attributeOf(text: string): { readonly key: string; readonly printed: string | null } | null {
  const printed = attributeName(text);
  if (printed === null) return null;
  if (ATTRIBUTES.has(printed)) return { key: printed, printed: null };
  const key = misspelledHeading(printed, ATTRIBUTE_NAMES);
  return key === undefined ? null : { key, printed };
}
export const sectionOf = (text: string): PagePresence | null => PAGE_PRESENCES[text] ?? null;
const PRESENCE_HEADINGS = Object.keys(PAGE_PRESENCES);

/** A few words, no sentence: how a page prints a heading ("Optional fields", "Mandatory"). */
const HEADING_LIKE = /^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:?$/;

/**
 * A line that stands where a presence heading does and is none ("Optional fields", "Mandatory"): a few words right
 * before a field whose printed presence is not that of the section read so far (or before the message's first
 * field). The presence that field prints, which the line is read as. Taken for the last line of the description
 * above it, such a heading made every field after it "listed under" the section before; before the first field,
 * every line of the message went unread, and each of its fields was reported missing.
 */
export function rewordedSectionAt(
  lines: readonly PageLine[],
  i: number,
  section: PagePresence | null,
): PagePresence | undefined {
  const text = lines[i]?.text ?? "";
  if (!HEADING_LIKE.test(text) || sectionOf(text) !== null || !isFieldStart(lines, i + 1)) return undefined;
  const printed = printedPresenceAt(lines, i + 3);
  return printed !== undefined && printed !== section ? printed : undefined;
}

/** The presence a field's attributes, from line `i` on, print, if they print a known one. */
function printedPresenceAt(lines: readonly PageLine[], i: number): PagePresence | undefined {
  for (let j = i; lines[j]?.text.startsWith("- ") && lines[j + 1]?.text.startsWith("- "); j += 2) {
    if (attributeOf(lines[j]?.text ?? "")?.key === "presence")
      return PAGE_PRESENCES[(lines[j + 1]?.text ?? "").slice(2).trim()];
  }
  return undefined;
}

/** A misspelled section heading ("Optionnal"): a near miss on a line of its own, right before a field. */
export const misspelledSection = (lines: readonly PageLine[], i: number): string | undefined =>
  isFieldStart(lines, i + 1) ? misspelledHeading(lines[i]?.text ?? "", PRESENCE_HEADINGS) : undefined;

/**
 * A field's name and its first attribute on one line ("someField- presence"), as a browser's copy of some pages
 * gives them (their name and attribute list are not apart in the page's layout), split back into the two lines a
 * block is read from: read as it was, the block was no field, every field of the message a line not understood.
 */
export function unglued(lines: readonly PageLine[]): PageLine[] {
  return lines.flatMap((line, i) => {
    const dash = line.text.indexOf("- ");
    const name = line.text.slice(0, dash).trimEnd();
    if (lines[i - 1]?.text !== "-" || dash <= 0 || name.includes(" ") || attributeOf(line.text.slice(dash)) === null)
      return [line];
    const attribute = { text: line.text.slice(dash), at: { ...line.at, column: columnAt(line, dash) } };
    return [{ text: name, at: line.at }, attribute];
  });
}

/** Whether line `i` ends a field's block: the next field's start, or a presence heading (misspelled or reworded too). */
export const isBlockEnd = (lines: readonly PageLine[], i: number, section: PagePresence): boolean =>
  isFieldStart(lines, i) ||
  sectionOf(lines[i]?.text ?? "") !== null ||
  misspelledSection(lines, i) !== undefined ||
  rewordedSectionAt(lines, i, section) !== undefined;
