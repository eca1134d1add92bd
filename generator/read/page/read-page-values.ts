// A field's list of values on a saved page: its heading ("List of values",
// or misspelled), then each value with its meanings, one per "- " line, a
// meaning the page wrapped over two lines read as one.

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import type { PagePresence, PageValue } from "./page-model.js";
import { Unreadable, shorten, type PageLine } from "./page-lines.js";
import { isBlockEnd, isPrintedAttributeAt, isValuesHeadingAt, VALUE, VALUES_HEADING } from "./page-field-lines.js";
import { isWrappedMeaningAt } from "./wrapped-meaning.js";

/**
 * The values of field `name` listed from line `start` (none when no list starts there), and the line after them: the
 * end of the field's block.
 */
export function readValueList(
  lines: readonly PageLine[],
  start: number,
  section: PagePresence,
  name: string,
  out: Diagnostic[],
): { values: PageValue[]; next: number } {
  const values: PageValue[] = [];
  let i = start;
  if (!isValuesHeadingAt(lines, i)) return { values, next: i };
  const heading = lines[i] as PageLine;
  if (heading.text !== VALUES_HEADING)
    out.push(
      diagnostic("page-misspelled-heading", heading.at, { text: shorten(heading.text), heading: VALUES_HEADING }),
    );
  const unreadable = new Unreadable();
  for (i++; i < lines.length && !isBlockEnd(lines, i, section); i++) {
    const line = lines[i] as PageLine;
    if (line.text === "") continue;
    const last = values.at(-1);
    // A lone dash starts a block, and an attribute is a field's: neither is a value or a meaning.
    if (line.text === "-" || isPrintedAttributeAt(lines, i)) unreadable.add(line);
    else if (line.text.startsWith("- ") && last) (last.meanings as string[]).push(line.text.slice(2).trim());
    else if (isWrappedMeaningAt(lines, i, values)) {
      const meanings = (last as PageValue).meanings as string[];
      meanings.push(`${meanings.pop() as string} ${line.text}`);
    } else if (VALUE.test(line.text)) values.push({ value: line.text, meanings: [], at: line.at });
    else unreadable.add(line);
  }
  out.push(...unreadable.diagnostics(`the values of "${name}"`));
  return { values, next: i };
}
