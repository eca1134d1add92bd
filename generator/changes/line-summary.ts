// A change's summary as its Markdown line shows it: the line already names the
// operation or value list in bold and the field by its path, so the summary
// drops its own mention of them ("**x** request `/y`: description
// changed", not "…`/y`: y: description changed"); what it says of its place
// alone (a page, a count of values) its writer gives the line apart (Change.line);
// the words of meanings and texts reworded, which the summary does not quote, it shows.
// The JSON keeps the summary whole: a tool may read it without the change's
// other keys. The words taken out are those the writers write with (place-words.ts).

import type { Change } from "./change.js";
import { removedText, rewordedPair, rewordedText } from "./meaning-words.js";
import {
  atList,
  effectEntry,
  fieldFirst,
  fieldIs,
  fieldNoun,
  fromList,
  inList,
  listFirst,
  messageFieldNoun,
  ofList,
  operationFirst,
  toList,
} from "./place-words.js";

/** The field's own name: the last token of its JSON Pointer, unescaped (RFC 6901: ~1 is /, ~0 is ~). */
export const fieldName = (pointer: string): string =>
  (pointer.split("/").at(-1) ?? "").replaceAll("~1", "/").replaceAll("~0", "~");

/** Words of a summary that name its place, and what the line keeps of them; `first`: only where the summary opens with them. */
interface PlaceWords {
  readonly said: string;
  readonly kept: string;
  readonly first?: true;
}

/** The words naming `change`'s place that its summary may hold, those tried first first. */
function placeWords(change: Change): PlaceWords[] {
  if (change.field !== null) {
    const name = fieldName(change.field);
    // A field's list is named only where its name is not the field's ("value 01 of list x" of the field x says
    // the name twice); a list named otherwise stays on the line.
    return [
      { said: fieldFirst(name), kept: "", first: true },
      { said: fieldIs(name), kept: "is ", first: true },
      // "optional request field y added" on the line of a request: the message is named there too.
      ...(change.kind === "field-added" || change.kind === "field-removed"
        ? [
            ...(change.message === null ? [] : [{ said: messageFieldNoun(change.message, name), kept: "field " }]),
            { said: fieldNoun(name), kept: " field " },
          ]
        : []),
      { said: ofList(name), kept: "" },
      { said: inList(name), kept: "" },
    ];
  }
  if (change.operation === null && change.list !== undefined) {
    const list = change.list;
    return [
      { said: listFirst(list), kept: "", first: true },
      ...[ofList, toList, fromList, atList].map((words) => ({ said: words(list), kept: "" })),
    ];
  }
  if (change.operation !== null && change.message === null)
    // "operation o added.": a rename names the old name, which the line does not.
    return [
      { said: operationFirst(change.operation), kept: "operation ", first: true },
      { said: effectEntry(change.operation), kept: "" },
    ];
  return [];
}

/** The summary its line gives (Change.line), less the names the line gives before it (each once). */
export function lineSummary(change: Change): string {
  const summary = withoutPlace(change, change.line?.summary ?? change.summary);
  // A text reworded: its words before and after, which the JSON gives as data (Change.text).
  const text = lineText(change);
  if (text !== null && summary.endsWith(".")) return `${summary.slice(0, -1)}: ${text}.`;
  // Meanings reworded: their words, which the JSON gives as data, said on the line.
  if (change.meanings === undefined || !summary.endsWith(".")) return summary;
  // Meanings removed, a field's or a list's general ones: what they said, after the words that say none is left.
  const removed = change.kind === "meaning" || change.kind === "shared-meaning";
  if (removed && change.meanings.every((m) => m.after.length === 0 && m.before.length > 0))
    return `${summary.slice(0, -1)}; ${change.meanings.length === 1 ? "it said" : "they said"} ${removedText(change.meanings)}.`;
  return `${summary.slice(0, -1)}: ${rewordedText(change.meanings)}.`;
}

/** "“old” → “new”": the words of a text reworded (Change.text) that its line quotes, or null. */
export const lineText = (change: Change): string | null =>
  change.text === undefined ? null : rewordedPair(change.text);

/** What its line says changed, of a summary "<what> changed." (Change.changed): "notes" of a field's "x: notes". */
export const lineChanged = (change: Change): string | null =>
  change.changed === undefined ? null : withoutPlace(change, change.changed);

/** `text`, of `change`'s words, less the names of its place that its line gives before it (each once). */
function withoutPlace(change: Change, text: string): string {
  let out = text;
  for (const { said, kept, first } of placeWords(change)) {
    const at = wordsAt(out, said);
    if (at === -1 || (first && at !== 0)) continue;
    out = `${out.slice(0, at)}${kept}${out.slice(at + said.length)}`;
    // A summary opens with one name: the field's, once.
    if (first) break;
  }
  return out;
}

/** Where `said` is in `summary`, its last name whole ("of list a" is not in "of list ab"); -1 where it is not. */
function wordsAt(summary: string, said: string): number {
  for (let at = summary.indexOf(said); at !== -1; at = summary.indexOf(said, at + 1))
    if (!(NAME_CHAR.test(said.at(-1) ?? "") && NAME_CHAR.test(summary[at + said.length] ?? ""))) return at;
  return -1;
}

const NAME_CHAR = /^[\p{L}\p{N}_]$/u;
