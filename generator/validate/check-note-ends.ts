// Every note of the spec is one or more sentences, so each ends with sentence
// punctuation. A note that does not is most often half of one: YAML splits a
// flow list (`notes: [a, b]`) at each comma outside quotes, and the two
// halves pass the schema as two notes, the first cut where the comma was. A
// comma after an abbreviation's full stop ("(e.g., ...)") leaves two halves
// that each end so; their round brackets, which no whole note leaves unpaired,
// show the cut. A deviation's reason (`source.deviations`) is a note too: in
// a flow mapping (`{ about: a, reason: b }`) a comma ends the reason, and the
// rest becomes a key of its own, which the schema refuses without saying why.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Located } from "./located.js";
import { walkData, type DataPath } from "./walk-data.js";

/** The key of a list of notes, wherever the format has one (operations, messages, fields, lists, the dictionary). */
const NOTES_KEY = "notes";

/** The key of the deviations an operation's source keeps, each with its reason. */
const DEVIATIONS_KEY = "deviations";
const SOURCE_KEY = "source";
/** The keys of a deviation: any other is the rest of a reason a comma cut. */
const DEVIATION_KEYS = new Set(["about", "reason", "meaningNames"]);

/** What ends a sentence: a full stop, a question or exclamation mark, an ellipsis. */
const SENTENCE_ENDS = new Set([".", "?", "!", "…"]);

/** What may close a sentence after its punctuation: brackets and quotes. */
const CLOSERS = new Set([")", "]", '"', "'", "’", "”", "»"]);

/**
 * Whether `note` ends as a sentence does, trailing white space and line ends aside: read from its end, so that a
 * long text costs no more than a short one.
 */
export function endsAsSentence(note: string): boolean {
  let i = note.length - 1;
  while (i >= 0 && /\s/.test(note[i] ?? "")) i--;
  while (i >= 0 && CLOSERS.has(note[i] ?? "")) i--;
  return i >= 0 && SENTENCE_ENDS.has(note[i] ?? "");
}

/** Whether each `(` of `note` is closed by a later `)`, and each `)` closes one. */
export function bracketsPair(note: string): boolean {
  let depth = 0;
  for (const char of note) {
    if (char === "(") depth++;
    else if (char === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A `note-not-ended` warning at each note of the file's data (a deviation's reason among them) that does not end as
 * a sentence does, or whose round brackets do not pair, at the note itself. Data only: a file's notes are found by
 * walking it (walk-data.ts), and the source map is asked for places alone.
 */
export function checkNoteEnds(located: Located<unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (note: unknown, at: DataPath, next: unknown, kind: "note" | "reason"): void => {
    if (typeof note !== "string") return;
    const unpaired = !bracketsPair(note);
    if (!unpaired && endsAsSentence(note)) return;
    out.push(
      diagnostic("note-not-ended", located.map.value(at), {
        note,
        next: typeof next === "string" ? next : undefined,
        unpaired,
        kind,
      }),
    );
  };
  const checkList = (notes: readonly unknown[], path: DataPath): void => {
    for (let i = 0; i < notes.length; i++) check(notes[i], [...path, i], notes[i + 1], "note");
  };
  const checkDeviations = (deviations: readonly unknown[], path: DataPath): void => {
    deviations.forEach((deviation, i) => {
      if (deviation === null || typeof deviation !== "object" || Array.isArray(deviation)) return;
      const record = deviation as Readonly<Record<string, unknown>>;
      const rest = Object.keys(record).find((key) => !DEVIATION_KEYS.has(key));
      check(record["reason"], [...path, i, "reason"], rest, "reason");
    });
  };
  walkData(located.raw, (key, inner, path) => {
    // A field or list named like the key holds a mapping, and is walked as any other.
    if (!Array.isArray(inner)) return false;
    if (key === NOTES_KEY) checkList(inner, path);
    else if (key === DEVIATIONS_KEY && path.at(-2) === SOURCE_KEY) checkDeviations(inner, path);
    else return false;
    return true;
  });
  return out;
}
