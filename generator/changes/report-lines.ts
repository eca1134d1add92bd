// The lines of a section of the Markdown report. Changes alike but for where
// they are (the same kind, classes and summary) share a line that names each
// place: a sweep of the page notes, or a shared field's notes edited, is one
// line naming the operations (and messages and fields), not one line each.
// The JSON keeps one change a place: a tool reads each operation's own.

import { codeSpan, inlineText } from "../emit/markdown-escape.js";
import type { Change } from "./change.js";

/** What a change concerns, in bold: its operation, or the value list, container type or platform. */
const subjectOf = (change: Change): string =>
  `**${inlineText(
    change.operation ??
      (change.list !== undefined
        ? `value list ${change.list}`
        : change.type !== undefined
          ? `container type ${change.type}`
          : "platform"),
  )}**`;

/** Where in its subject a change is: its message (a callback by its name) and field. */
function whereOf(change: Change): string {
  // A callback is named where its message is, as its summary is worded as a request's or a response's is.
  const message = change.callback === undefined ? change.message : `callback ${inlineText(change.callback)}`;
  return [message, change.field === null ? null : codeSpan(change.field)].filter(Boolean).join(" ");
}

/** What changes alike share: a line of the report for all of them. */
const alike = (change: Change): string => JSON.stringify([change.kind, change.classes, change.summary]);

/**
 * One line for each set of changes alike, where the first of them is (the changes come sorted): its places grouped
 * by where they are, the subjects at each in the changes' order ("**a**, **b** request `/x`; **c** response `/x`").
 */
export function sectionLines(changes: readonly Change[]): string[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = alike(change);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()].map((group) => {
    const at = new Map<string, Set<string>>();
    for (const change of group) {
      const where = whereOf(change);
      at.set(where, (at.get(where) ?? new Set()).add(subjectOf(change)));
    }
    const places = [...at].map(([where, subjects]) => `${[...subjects].join(", ")}${where ? ` ${where}` : ""}`);
    const { kind, classes, summary } = group[0] as Change;
    // The summary quotes the spec's text (an example, a title, a value): shown as written, on its line.
    return `- ${places.join("; ")}: ${inlineText(summary)} _(${kind}; ${classes.join(", ")})_`;
  });
}
