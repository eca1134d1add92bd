// A change's summary as its Markdown line shows it: the line already names the
// operation or value list in bold and the field by its path, so the summary
// drops its own mention of them ("**x** request `/y`: description
// changed", not "…`/y`: y: description changed"). The JSON keeps
// the summary whole: a tool may read it without the change's other keys.

import type { Change } from "./change.js";

/** The field's own name: the last token of its JSON Pointer, unescaped (RFC 6901: ~1 is /, ~0 is ~). */
const fieldName = (pointer: string): string =>
  (pointer.split("/").at(-1) ?? "").replaceAll("~1", "/").replaceAll("~0", "~");

/** `text` without the first `what`, when it has one. */
const without = (text: string, what: string, by = ""): string => {
  const at = text.indexOf(what);
  return at === -1 ? text : `${text.slice(0, at)}${by}${text.slice(at + what.length)}`;
};

/** The summary less the names its line gives before it. */
export function lineSummary(change: Change): string {
  const { summary } = change;
  if (change.field !== null) {
    const name = fieldName(change.field);
    // "y: description changed." and "optional request field y added (since 2.6)."
    if (summary.startsWith(`${name}: `)) return summary.slice(name.length + 2);
    if (change.kind === "field-added" || change.kind === "field-removed")
      return without(summary, ` field ${name} `, " field ");
    return summary;
  }
  if (change.operation === null && change.list !== undefined) {
    const list = change.list;
    // "value list l added (2 values).", "description or notes of list l changed.", "value X added to list l; …"
    if (summary.startsWith(`value list ${list} `)) return summary.slice(`value list ${list} `.length);
    for (const words of [` of list ${list}`, ` to list ${list}`, ` from list ${list}`])
      if (summary.includes(words)) return without(summary, words);
    return summary;
  }
  // "operation o added.": a rename names the old name, which the line does not.
  if (change.operation !== null && change.message === null && summary.startsWith(`operation ${change.operation} `))
    return `operation ${summary.slice(`operation ${change.operation} `.length)}`;
  return summary;
}
