// The field lists of a message: sections Required, Conditional and Optional,
// each a run of field blocks:
//
//   -                      a block starts
//   someField              the field
//   - presence             attributes, "- name" then "- value"
//   - Required
//   - Interface version
//   - 2.37
//   In the context of...   description, up to "List of values" or the next block
//   List of values
//   ADDCARD                a value, then its meanings, one per "- " line
//   - Adding a card...

import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import {
  PAGE_PRESENCES,
  PAGE_VERSION,
  type PageFact,
  type PageField,
  type PageMessage,
  type PagePresence,
  type PageValue,
} from "./page-model.js";
import { afterBullet, Unreadable, shorten, type PageLine } from "./page-lines.js";
import { misspelledHeading } from "./misspelled-heading.js";

const FIELD_NAME = /^[a-zA-Z][A-Za-z0-9]*$/;
const ATTRIBUTES = new Set(["presence", "Interface version", "Container", "container"]);
const ATTRIBUTE_NAMES = [...ATTRIBUTES];
const VALUES_HEADING = "List of values";
/**
 * A value of a list is a code ("00", "HMAC-SHA-256", "HP_x.x"), never words: a line with blanks in it is a
 * meaning wrapped onto a line of its own, a note after the list or a row of a table ("CODE | meaning"), which,
 * read as a value, sync would add to the shared list and write out for every other operation.
 */
const VALUE = /^\S+$/;
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
const isValuesHeadingAt = (lines: readonly PageLine[], i: number): boolean => {
  const text = lines[i]?.text ?? "";
  if (isValuesHeading(text)) return true;
  return (
    REWORDED_VALUES_HEADING.test(text) &&
    VALUE.test(lines[i + 1]?.text ?? "") &&
    lines[i + 1]?.text !== "-" &&
    (lines[i + 2]?.text.startsWith("- ") ?? false)
  );
};

/** Where a field block starts: "-", a name, then an attribute line. */
export const isFieldStart = (lines: readonly PageLine[], i: number): boolean =>
  lines[i]?.text === "-" && FIELD_NAME.test(lines[i + 1]?.text ?? "") && attributeOf(lines[i + 2]?.text ?? "") !== null;

const attributeName = (text: string): string | null => (text.startsWith("- ") ? text.slice(2).trim() : null);

/**
 * The attribute a "- name" line gives, misspelled or not ("- presense"): a
 * misspelled one read as the attribute it resembles, and reported, rather than
 * a field lost into the one before it or its version into its description.
 */
function attributeOf(text: string): { readonly key: string; readonly printed: string | null } | null {
  const printed = attributeName(text);
  if (printed === null) return null;
  if (ATTRIBUTES.has(printed)) return { key: printed, printed: null };
  const key = misspelledHeading(printed, ATTRIBUTE_NAMES);
  return key === undefined ? null : { key, printed };
}
const sectionOf = (text: string): PagePresence | null => PAGE_PRESENCES[text] ?? null;
const PRESENCE_HEADINGS = Object.keys(PAGE_PRESENCES);

/** A misspelled section heading ("Optionnal"): a near miss on a line of its own, right before a field. */
const misspelledSection = (lines: readonly PageLine[], i: number): string | undefined =>
  isFieldStart(lines, i + 1) ? misspelledHeading(lines[i]?.text ?? "", PRESENCE_HEADINGS) : undefined;

/** `headingAt`: where the message's heading is, null when the page lacks it. */
export function readMessage(
  printed: readonly PageLine[],
  region: string,
  headingAt: SourceLocation | null,
  out: Diagnostic[],
): PageMessage {
  // A blank line says nothing: a browser's copy puts one between blocks where another puts none, and one between a
  // field's name and its attributes made the field no field (its lines were read as values of the list before it).
  const lines = printed.filter((l) => l.text !== "");
  const unreadable = new Unreadable();
  const fields: PageField[] = [];
  let section: PagePresence | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as PageLine;
    const heading = sectionOf(line.text);
    const misspelled = heading ? undefined : misspelledSection(lines, i);
    if (heading) {
      section = heading;
      i++;
    } else if (misspelled) {
      out.push(diagnostic("page-misspelled-heading", line.at, { text: shorten(line.text), heading: misspelled }));
      section = sectionOf(misspelled);
      i++;
    } else if (isFieldStart(lines, i) && section !== null) {
      const { field, next } = readField(lines, i + 1, section, out);
      fields.push(field);
      i = next;
    } else {
      if (line.text !== "") unreadable.add(line);
      i++;
    }
  }
  out.push(...unreadable.diagnostics(region));
  return { fields, at: headingAt === null ? null : (lines[0]?.at ?? headingAt) };
}

function readField(
  lines: readonly PageLine[],
  start: number,
  section: PagePresence,
  out: Diagnostic[],
): { field: PageField; next: number } {
  const nameLine = lines[start] as PageLine;
  const name = nameLine.text;
  let i = start + 1;
  let presence: PageFact<PagePresence> | null = null;
  let since: PageFact<string> | null = null;
  let container: PageFact<string> | null = null;
  for (
    let attribute = attributeOf(lines[i]?.text ?? "");
    attribute !== null && lines[i + 1]?.text.startsWith("- ");
    attribute = attributeOf(lines[i]?.text ?? "")
  ) {
    const { key, printed } = attribute;
    if (printed !== null) {
      const line = lines[i] as PageLine;
      const at = afterBullet(line);
      out.push(diagnostic("page-misspelled-attribute", at, { field: name, text: shorten(printed), attribute: key }));
    }
    const valueLine = lines[i + 1] as PageLine;
    const value = valueLine.text.slice(2).trim();
    const at = afterBullet(valueLine);
    if (key === "presence") presence = readPresence(name, value, at, section, out);
    else if (key === "Interface version") {
      if (PAGE_VERSION.test(value)) since = { value, at };
      else out.push(diagnostic("page-bad-version", at, { where: `field "${name}"`, value }));
    } else container = { value, at };
    i += 2;
  }
  const description: PageLine[] = [];
  for (; i < lines.length && !isBlockEnd(lines, i) && !isValuesHeadingAt(lines, i); i++)
    description.push(lines[i] as PageLine);
  const values: PageValue[] = [];
  if (isValuesHeadingAt(lines, i)) {
    const heading = lines[i] as PageLine;
    if (heading.text !== VALUES_HEADING)
      out.push(
        diagnostic("page-misspelled-heading", heading.at, { text: shorten(heading.text), heading: VALUES_HEADING }),
      );
    const unreadable = new Unreadable();
    for (i++; i < lines.length && !isBlockEnd(lines, i); i++) {
      const line = lines[i] as PageLine;
      if (line.text === "") continue;
      const last = values.at(-1);
      if (line.text.startsWith("- ") && last) (last.meanings as string[]).push(line.text.slice(2).trim());
      else if (VALUE.test(line.text)) values.push({ value: line.text, meanings: [], at: line.at });
      else unreadable.add(line);
    }
    out.push(...unreadable.diagnostics(`the values of "${name}"`));
  }
  const text = description
    .map((l) => l.text)
    .filter((t) => t !== "")
    .join("\n");
  const field: PageField = {
    name,
    section,
    presence,
    since,
    container,
    description: { value: text, at: description[0]?.at ?? nameLine.at },
    values,
    at: nameLine.at,
  };
  return { field, next: i };
}

function readPresence(
  field: string,
  value: string,
  at: PageFact<string>["at"],
  section: PagePresence,
  out: Diagnostic[],
): PageFact<PagePresence> | null {
  const presence = PAGE_PRESENCES[value];
  if (!presence) {
    out.push(
      diagnostic("page-unknown-presence", at, {
        field,
        value,
        suggestion: didYouMean(value, Object.keys(PAGE_PRESENCES)),
      }),
    );
    return null;
  }
  if (presence !== section)
    out.push(diagnostic("page-presence-section", at, { field, presence: value, section: capitalize(section) }));
  return { value: presence, at };
}

const isBlockEnd = (lines: readonly PageLine[], i: number): boolean =>
  isFieldStart(lines, i) || sectionOf(lines[i]?.text ?? "") !== null || misspelledSection(lines, i) !== undefined;

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
