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
//   - Adding a card...     (read-page-values.ts)

import { diagnostic, type Diagnostic, type SourceLocation } from "../../diagnostics/diagnostic.js";
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import {
  PAGE_PRESENCES,
  PAGE_VERSION,
  PRESENCE_HEADING,
  type PageFact,
  type PageField,
  type PageMessage,
  type PagePresence,
} from "./page-model.js";
import { afterBullet, Unreadable, shorten, type PageLine } from "./page-lines.js";
import {
  attributeOf,
  fieldNameOf,
  isBlockEnd,
  isFieldName,
  isFieldStart,
  isHeadlessListAt,
  isPrintedAttributeAt,
  isValuesHeadingAt,
  misspelledSection,
  rewordedSectionAt,
  sectionOf,
  unglued,
} from "./page-field-lines.js";
import { readValueList } from "./read-page-values.js";

/** `headingAt`: where the message's heading is, null when the page lacks it. */
export function readMessage(
  printed: readonly PageLine[],
  region: string,
  headingAt: SourceLocation | null,
  out: Diagnostic[],
): PageMessage {
  // A blank line says nothing: a browser's copy puts one between blocks where another puts none, and one between a
  // field's name and its attributes made the field no field (its lines were read as values of the list before it).
  const lines = unglued(printed.filter((l) => l.text !== ""));
  const unreadable = new Unreadable();
  const fields: PageField[] = [];
  let section: PagePresence | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as PageLine;
    const heading = sectionOf(line.text);
    const misspelled = heading ? undefined : misspelledSection(lines, i);
    const reworded: PagePresence | undefined = heading || misspelled ? undefined : rewordedSectionAt(lines, i, section);
    if (heading) {
      section = heading;
      i++;
    } else if (misspelled) {
      out.push(diagnostic("page-misspelled-heading", line.at, { text: shorten(line.text), heading: misspelled }));
      section = sectionOf(misspelled);
      i++;
    } else if (reworded) {
      const printed = PRESENCE_HEADING[reworded];
      out.push(diagnostic("page-unknown-heading", line.at, { text: shorten(line.text), heading: printed }));
      section = reworded;
      i++;
    } else if (isFieldStart(lines, i) && section !== null) {
      const { field, next } = readField(lines, i + 1, section, out);
      // Read whole, so that its lines are no other field's; a name no field has is the page's defect, not a field.
      if (isFieldName(field.name)) fields.push(field);
      else out.push(diagnostic("page-bad-field-name", field.at, { name: shorten(field.name) }));
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
  const name = fieldNameOf(nameLine);
  let i = start + 1;
  let presence: PageFact<PagePresence> | null = null;
  let since: PageFact<string> | null = null;
  let container: PageFact<string> | null = null;
  // A bullet that is no attribute with its value ("- Required" printed twice, "- Interface version" without its
  // value) is one that did not read, as is an attribute inside the description: read as the description, sync
  // wrote them there, and the field went without its presence or version.
  const misread = new Unreadable();
  while (lines[i]?.text.startsWith("- ") && !isBlockEnd(lines, i, section)) {
    const attribute = attributeOf(lines[i]?.text ?? "");
    if (attribute === null || !lines[i + 1]?.text.startsWith("- ")) {
      misread.add(lines[i++] as PageLine);
      continue;
    }
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
  out.push(...misread.diagnostics(`the attributes of "${name}"`));
  const description: PageLine[] = [];
  // What no description holds: an attribute, or a list of values that lost its heading (from its first value on).
  const misplaced = new Unreadable();
  let headless = false;
  for (; i < lines.length && !isBlockEnd(lines, i, section) && !isValuesHeadingAt(lines, i); i++) {
    headless ||= isHeadlessListAt(lines, i);
    if (isPrintedAttributeAt(lines, i) || headless) misplaced.add(lines[i] as PageLine);
    description.push(lines[i] as PageLine);
  }
  out.push(...misplaced.diagnostics(`the description of "${name}"`));
  const { values, next } = readValueList(lines, i, section, name, out);
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
  return { field, next };
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
    out.push(diagnostic("page-presence-section", at, { field, presence: value, section: PRESENCE_HEADING[section] }));
  return { value: presence, at };
}
