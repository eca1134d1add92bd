// The lines of a section of the Markdown report. Changes alike but for where
// they are (the same kind, classes and summary, less the names of its place:
// line-summary.ts) share a line that names each place: a sweep of the page
// notes, or a shared field's notes edited, is one line naming the operations
// (and messages and fields), not one line each. The JSON keeps one change a
// place: a tool reads each operation's own.

import { codeSpan, inlineText } from "../emit/markdown-escape.js";
import type { Change } from "./change.js";
import { fieldPathsText } from "./field-paths.js";
import { lineChanged, lineSummary, lineText } from "./line-summary.js";
import { valueRuns } from "./value-runs.js";

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

/** A change as its line tells it, whichever section lists it: the same change in two sections has one. */
const told = (change: Change): string =>
  JSON.stringify([
    change.operation,
    change.list,
    change.type,
    change.message,
    change.field,
    change.kind,
    change.summary,
  ]);

/** Subjects named together: several value lists (or container types) as "value lists **a**, **b**", the words once. */
function subjectsText(subjects: readonly string[]): string {
  for (const [one, many] of [
    ["value list", "value lists"],
    ["container type", "container types"],
  ] as const)
    if (subjects.length > 1 && subjects.every((s) => s.startsWith(`**${one} `)))
      return `${many} ${subjects.map((s) => `**${s.slice(one.length + 3)}`).join(", ")}`;
  return subjects.join(", ");
}

/** Which message of its subject a change is in (a callback by its name), if any. */
const messageOf = (change: Change): string | null =>
  // A callback is named where its message is, as its summary is worded as a request's or a response's is.
  change.callback === undefined ? change.message : `callback ${inlineText(change.callback)}`;

/** Where in its subject a change is: its message and field. */
const whereOf = (change: Change): string =>
  [messageOf(change), change.field === null ? null : codeSpan(change.field)].filter(Boolean).join(" ");

/** What changes alike share: a line of the report for all of them. */
// A field's "x: notes changed." less its name reads as its operation's own "notes changed.": kept apart, the
// operation's is not taken for a field's.
const alike = (change: Change): string =>
  JSON.stringify([change.kind, change.classes, change.field !== null, lineSummary(change)]);

/**
 * The places of a line, the subjects named once for the places they share in a row: "**a** request `/x`, `/y`,
 * response `/x`", not "**a** request `/x`; **a** request `/y`; **a** response `/x`".
 */
function placesText(
  at: ReadonlyMap<
    string,
    { readonly subjects: string; readonly message: string | null; readonly field: string | null }
  >,
): string {
  const runs: { subjects: string; messages: { message: string | null; fields: string[] }[] }[] = [];
  for (const { subjects, message, field } of at.values()) {
    // A place in no message is the subject itself: said alone, as "**a**" beside "**a** request" would drop it.
    const previous = runs.at(-1);
    const run =
      previous?.subjects === subjects && message !== null && previous.messages.every((m) => m.message !== null)
        ? previous
        : undefined;
    if (run === undefined) runs.push({ subjects, messages: [{ message, fields: field === null ? [] : [field] }] });
    else {
      const last = run.messages.at(-1);
      if (last !== undefined && last.message === message && field !== null) last.fields.push(field);
      else run.messages.push({ message, fields: field === null ? [] : [field] });
    }
  }
  return runs
    .map(({ subjects, messages }) => {
      const where = messages.map(({ message, fields }) => [message, fieldPathsText(fields)].filter(Boolean).join(" "));
      return [subjects, where.filter(Boolean).join(", ")].filter(Boolean).join(" ");
    })
    .join("; ");
}

/**
 * One line for each set of changes alike, where the first of them is (the changes come sorted): its places grouped
 * by where they are, the subjects at each in the changes' order ("**a**, **b** request `/x`; **c** response `/x`"),
 * each with what its changes say of it alone (Change.line's aside: "**a** (see …)"). An aside is said once in a
 * report (`said`, shared by its sections, each subject's aside by the change that said it first): a request's and a
 * response's facts that stop before one page, in two sections, name it at the first. A change listed in two sections
 * (names gone that break senders and readers) is told whole in each: its aside is what it says, and each side reads
 * its own section.
 */
export function sectionLines(changes: readonly Change[], said: Map<string, string> = new Map()): string[] {
  const groups = new Map<string, Change[]>();
  for (const change of valueRuns(changes)) {
    const key = alike(change);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const lines = [...groups.values()].map((group) => {
    // Each place's subjects, in order, with the asides of each ("**a** (PROD x; TEST y)": one subject, two changes).
    const asides = new Map<string, Map<string, string[]>>();
    for (const change of group) {
      const [where, subject, aside] = [whereOf(change), subjectOf(change), change.line?.aside];
      const subjects = asides.get(where) ?? new Map<string, string[]>();
      const own = subjects.get(subject) ?? [];
      const first = aside === undefined ? undefined : said.get(`${subject} ${aside}`);
      if (aside !== undefined && (first === undefined || first === told(change)) && !own.includes(aside))
        own.push(aside);
      asides.set(where, subjects.set(subject, own));
    }
    for (const change of group) {
      const key = change.line === undefined ? undefined : `${subjectOf(change)} ${change.line.aside}`;
      if (key !== undefined && !said.has(key)) said.set(key, told(change));
    }
    const subjectsAt = (where: string): string =>
      subjectsText(
        [...(asides.get(where) ?? new Map<string, string[]>())].map(
          ([subject, own]) => `${subject}${own.length === 0 ? "" : ` (${own.map(inlineText).join("; ")})`}`,
        ),
      );
    const at = new Map(
      group.map((change) => [
        whereOf(change),
        { subjects: subjectsAt(whereOf(change)), message: messageOf(change), field: change.field },
      ]),
    );
    const first = group[0] as Change;
    return {
      places: placesText(at),
      summary: lineSummary(first),
      changed: lineChanged(first),
      text: lineText(first),
      pages: [...new Set(group.flatMap((change) => change.pages ?? []))],
      tag: `${first.kind}; ${first.classes.join(", ")}`,
    };
  });
  // The summary quotes the spec's text (an example, a title, a value): shown as written, on its line.
  return joinedChanged(lines).map(
    ({ places, summary, pages, tag }) => `- ${places}: ${inlineText(summary)}${pagesText(pages)} _(${tag})_`,
  );
}

/** " Page: `spec/sources/x.page.txt:97:1`.": where the saved pages print what the line's changes changed (Change.pages). */
const pagesText = (pages: readonly string[]): string =>
  pages.length === 0 ? "" : ` ${pages.length === 1 ? "Page" : "Pages"}: ${pages.map((p) => codeSpan(p)).join(", ")}.`;

/**
 * Lines of the same places, kind and classes that say only what changed ("notes changed.", "summary changed.", each
 * with what changed as its writer gives it: Change.changed) as one, where the first is: "**a**: notes, sources (…)
 * and summary changed.", a text reworded quoted after them ("description and notes changed; description “a” →
 * “b”."). The reader loses nothing: each thing is named, and the JSON keeps a change for each.
 */
function joinedChanged<
  Line extends {
    readonly places: string;
    readonly summary: string;
    readonly changed: string | null;
    readonly text: string | null;
    readonly pages: readonly string[];
    readonly tag: string;
  },
>(lines: readonly Line[]): Line[] {
  const joined = new Map<
    string,
    { readonly at: number; readonly what: string[]; readonly texts: string[]; readonly pages: string[] }
  >();
  const out: Line[] = [];
  const textOf = (line: Line, what: string): string[] => (line.text === null ? [] : [`${what} ${line.text}`]);
  for (const line of lines) {
    const what = line.changed;
    const key = JSON.stringify([line.places, line.tag]);
    const run = what === null ? undefined : joined.get(key);
    if (what === null || run === undefined) {
      if (what !== null)
        joined.set(key, { at: out.length, what: [what], texts: textOf(line, what), pages: [...line.pages] });
      out.push(line);
      continue;
    }
    run.what.push(what);
    run.texts.push(...textOf(line, what));
    run.pages.push(...line.pages.filter((p) => !run.pages.includes(p)));
    const said = `${run.what.slice(0, -1).join(", ")} and ${run.what.at(-1)}`;
    out[run.at] = {
      ...line,
      summary: `${said} changed${run.texts.map((t) => `; ${t}`).join("")}.`,
      pages: [...run.pages],
    };
  }
  return out;
}
