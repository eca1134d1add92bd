// The headings that cut a saved page into its parts: each found at its first
// place after the one before, or misspelled, or widened ("Request parameters")
// where a copy of the page titles it so; and those the page lacks, said once
// for the headings lost together, at the place a maintainer would add them.

import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { PAGE_PRESENCES, type SipsPage } from "./page-model.js";
import { shorten, type PageLine } from "./page-lines.js";
import { misspelledHeading } from "./misspelled-heading.js";
import { isFieldStart } from "./page-field-lines.js";

/** The headings that cut a page into its parts, in page order. */
export const SECTIONS = ["Endpoints", "Request", "Request sample", "Response", "Response sample", "Changelog"] as const;
export type Section = (typeof SECTIONS)[number];
/** The sections a response page does without. */
export const OPERATION_ONLY: readonly Section[] = ["Endpoints", "Request", "Request sample"];

/**
 * Each heading at its first place after the previous one: field descriptions
 * cannot fake a heading before it. A heading not found is looked for
 * misspelled between the headings found around it.
 */
export function findSections(lines: readonly PageLine[], out: Diagnostic[]): Map<Section, number> {
  const starts = new Map<Section, number>();
  let from = 0;
  for (const section of SECTIONS) {
    const index = lines.findIndex((l, i) => i >= from && l.text === section);
    if (index < 0) continue;
    starts.set(section, index);
    from = index + 1;
  }
  // A response page has none of an operation's own sections: none of them is looked for there.
  const responsePage = starts.has("Response") && !OPERATION_ONLY.some((s) => starts.has(s));
  SECTIONS.forEach((section, k) => {
    if (starts.has(section) || (responsePage && OPERATION_ONLY.includes(section))) return;
    const before = SECTIONS.slice(0, k).flatMap((s) => starts.get(s) ?? []);
    const after = SECTIONS.slice(k + 1).flatMap((s) => starts.get(s) ?? []);
    const end = Math.min(lines.length, ...after);
    const start = Math.max(-1, ...before) + 1;
    for (let i = start; i < end; i++) {
      const line = lines[i] as PageLine;
      if (misspelledHeading(line.text, [section]) === undefined && !widenedHeading(lines, start, i, section)) continue;
      starts.set(section, i);
      out.push(diagnostic("page-misspelled-heading", line.at, { text: shorten(line.text), heading: section }));
      return;
    }
  });
  return starts;
}

const PRESENCE_HEADINGS = Object.keys(PAGE_PRESENCES);

/**
 * A message's heading with words after it ("Request parameters", "Response fields"), as another copy of a page
 * may title it: taken for the heading where a presence heading follows it, as the message's first line is.
 * Without it, each field of the message was a line not understood, and the message was missing. The saved pages
 * set a message's heading apart from the sentences around it (a field's description, a summary): it ends in no
 * sentence's stop and holds no comma, and it stands before the message's first field (the Request's right after
 * the Endpoints' addresses, the Response's right after the Request sample or, on a response page, the header), so a
 * line after a field's facts since the heading before it (`start`) is that field's description, not a heading.
 */
function widenedHeading(lines: readonly PageLine[], start: number, i: number, section: Section): boolean {
  const text = (lines[i] as PageLine).text;
  const next = lines[i + 1]?.text ?? "";
  if (
    !(section === "Request" || section === "Response") ||
    !text.startsWith(`${section} `) ||
    text.length > 40 ||
    SENTENCE.test(text) ||
    !(PRESENCE_HEADINGS.includes(next) || misspelledHeading(next, PRESENCE_HEADINGS) !== undefined)
  )
    return false;
  for (let k = start; k < i; k++) if (isFieldStart(lines, k)) return false;
  return true;
}

/**
 * The sections the page lacks, one error for the headings lost together: those next to each other whose place is the
 * same (a Response cut off with its sample, both before the Changelog) are one cut, said once there, not an error
 * each at the same line.
 */
export function missingSections(
  lines: readonly PageLine[],
  starts: ReadonlyMap<Section, number>,
  sections: readonly Section[],
  kind: SipsPage["kind"],
  endAt: PageLine["at"],
): Diagnostic[] {
  const runs: { at: PageLine["at"]; sections: Section[] }[] = [];
  let previous: Section | undefined;
  for (const section of sections) {
    if (starts.has(section) || (kind === "response" && OPERATION_ONLY.includes(section))) continue;
    const at = missingAt(lines, starts, section) ?? endAt;
    const run = runs.at(-1);
    const adjacent = previous !== undefined && SECTIONS.indexOf(section) === SECTIONS.indexOf(previous) + 1;
    if (run && adjacent && run.at.line === at.line && run.at.column === at.column) run.sections.push(section);
    else runs.push({ at, sections: [section] });
    previous = section;
  }
  return runs.map((run) => diagnostic("page-missing-section", run.at, { sections: run.sections }));
}

/**
 * Where a missing heading belongs, where a maintainer adds it: a message's before its first presence heading after
 * the section before it (the Response's after the Request sample, the Request's after the Endpoints' addresses),
 * any other before the next heading found. Null past the last heading found (the file's end then). A message whose
 * section before it is the other message (the Request sample missing too) is not looked for in its fields: which
 * of them are the Response's the page does not tell.
 */
function missingAt(
  lines: readonly PageLine[],
  starts: ReadonlyMap<Section, number>,
  section: Section,
): PageLine["at"] | null {
  const k = SECTIONS.indexOf(section);
  const before = SECTIONS.slice(0, k).findLast((s) => starts.has(s));
  const next = SECTIONS.slice(k + 1).flatMap((s) => starts.get(s) ?? [])[0];
  const end = next ?? lines.length;
  if ((section === "Request" || section === "Response") && before !== "Request" && before !== "Response")
    for (let i = before === undefined ? 0 : (starts.get(before) as number) + 1; i < end; i++) {
      const text = (lines[i] as PageLine).text;
      if (PRESENCE_HEADINGS.includes(text) || misspelledHeading(text, PRESENCE_HEADINGS) !== undefined)
        return (lines[i] as PageLine).at;
    }
  return next === undefined ? null : (lines[next] as PageLine).at;
}

/** What a sentence has and a heading does not: a stop at its end, or a comma. */
const SENTENCE = /[.!?;]$|,/;
