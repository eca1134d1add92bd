// A text the generator prints (a summary, a description, a meaning, a note)
// reaches the package's reader, who has none of the spec's files: the package
// ships generated/ and its docs, not spec/. A text that sends them to a saved
// page (sources/x.page.txt), to a key of the spec (source.notes, factsStop)
// or to one of its files points at what they cannot open: it says the thing
// itself instead, or names a public page by its address.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Located } from "./located.js";
import { walkData, type DataPath } from "./walk-data.js";

/** The keys whose text is printed: a list of notes, or one text. Paths (`page`, `see`, `about`) are not. */
const NOTES_KEY = "notes";
const TEXT_KEYS = new Set(["summary", "description", "meaning", "note", "title"]);
/** An operation's field's own meanings, by value: each a text, or a list of texts as `meaning:` may be. */
const MEANINGS_KEY = "meanings";

/** A text, or a list of texts (a meaning worded in several sentences). */
const isTexts = (value: unknown): value is string | readonly string[] =>
  typeof value === "string" || (Array.isArray(value) && value.every((item) => typeof item === "string"));
const isTextsByKey = (value: unknown): value is Readonly<Record<string, string | readonly string[]>> =>
  value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every(isTexts);

/** What only the spec's files hold: a saved page, a key of the format, a file of the spec folder. */
const SPEC_POINTER =
  /\bsources\/[\w.-]+\.page\.txt\b|\bsource\.(?:notes|deviations|page)\b|\bfactsStop\b|\bspec\/[\w-]+(?:[./][\w-]+)*/;

/** The part of `text` that points into the spec, or null. */
export function specPointerIn(text: string): string | null {
  return SPEC_POINTER.exec(text)?.[0] ?? null;
}

/**
 * A `spec-pointer-in-text` warning at each printed text of the file's data that points into the spec's files, at
 * the text itself. Data only, walked as checkNoteEnds walks it (walk-data.ts); the source map is asked for places alone.
 */
export function checkPrintedPointers(located: Located<unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (text: string | readonly string[], path: DataPath): void => {
    if (typeof text !== "string") {
      for (let i = 0; i < text.length; i++) check(text[i] as string, [...path, i]);
      return;
    }
    const pointer = specPointerIn(text);
    if (pointer !== null) out.push(diagnostic("spec-pointer-in-text", located.map.value([...path]), { pointer }));
  };
  walkData(located.raw, (key, inner, path) => {
    // A text or texts where a text key holds them; a map of them under `meanings`: printed, as a field's own
    // meanings are on its reference page. A field named like one of these keys holds a map, and is walked.
    if ((key === NOTES_KEY || TEXT_KEYS.has(key)) && isTexts(inner)) check(inner, path);
    else if (key === MEANINGS_KEY && isTextsByKey(inner))
      for (const value of Object.keys(inner)) check(inner[value] as string | readonly string[], [...path, value]);
    else return false;
    return true;
  });
  return out;
}
