// The words by which a change's summary names its own place (its field, its
// value list, its operation), and what it says of its place alone (the page a
// message's facts stop before, the count of a list's values). The Markdown line
// names the place, and says the latter beside it (report-lines.ts), so
// line-summary.ts takes these words out of the summary. Written here once, for the modules that write summaries and
// for line-summary.ts, which builds what it takes out with the same functions:
// reworded here, both change together. A writer that words its place on its own
// keeps it on the line; test/changes/place-words.test.ts fails then.

/** "x: description changed.": a field's summary opens with its name. */
export const fieldFirst = (name: string): string => `${name}: `;

/** "x is sensitive (…)": a field's summary opens with its name, as a sentence's subject. */
export const fieldIs = (name: string): string => `${name} is `;

/** "optional request field x added": a field added or removed. */
export const fieldNoun = (name: string): string => ` field ${name} `;

/** "request field x ", "callback field x ": a field added or removed, named with its message (its line names both). */
export const messageFieldNoun = (message: string, name: string): string => `${message}${fieldNoun(name)}`;

/** "value list l added": a shared value list's summary opens with it. */
export const listFirst = (list: string): string => `value list ${list} `;

/** "value V of list l now taken", "description or notes of list l changed." */
export const ofList = (list: string): string => ` of list ${list}`;

/** The source of a pattern that finds `ofList`'s words, the list's name captured: value-runs.ts reads values with it. */
export const ofListSource = (): string => wordsSource(ofList);

/** "value V added to list l" */
export const toList = (list: string): string => ` to list ${list}`;

/** "value V removed from list l" */
export const fromList = (list: string): string => ` from list ${list}`;

/** "meaning of 00 (list l) changed." */
export const inList = (list: string): string => ` (list ${list})`;

/** "operation cardCheck added.": an operation's summary opens with it. */
export const operationFirst = (operation: string): string => `operation ${operation} `;

/** "(operations.cardCheck.effect)": the registry's entry an effect change is read at. */
export const effectEntry = (operation: string): string => ` (operations.${operation}.effect)`;

/** " (see https://…)": the page a message's saved facts stop before. */
export const pageSeen = (see: string): string => ` (see ${see})`;

/** " (3 values)": how many values a value list added holds. */
export const valueCount = (count: number): string => ` (${count} value${count === 1 ? "" : "s"})`;

/** Words of a summary in parentheses, said on the line beside its subject: the words and what is within them. */
export interface Aside {
  readonly words: string;
  readonly within: string;
}

/** The page `pageSeen` gives in `summary`. */
export function pageSeenIn(summary: string): Aside | null {
  // The page, a path or an address, holds no space.
  const found = new RegExp(wordsSource(pageSeen), "u").exec(summary);
  return found === null ? null : asideOf(found[0]);
}

/** The count `valueCount` gives in `summary`. */
export function valueCountIn(summary: string): Aside | null {
  // valueCount's words for one value and for another count, the count a number.
  const source = [valueCount(1), valueCount(2)].map((w) => escaped(w).replace(/\d/u, "\\d+")).join("|");
  const found = new RegExp(source, "u").exec(summary);
  return found === null ? null : asideOf(found[0]);
}

/** " (see x)" as its words and "see x". */
const asideOf = (words: string): Aside => ({ words, within: words.trim().slice(1, -1) });

/** A pattern's source for the words `words` writes, what it names (no space in it) captured. */
function wordsSource(words: (name: string) => string): string {
  const [open = "", close = ""] = words("\u0000").split("\u0000");
  return `${escaped(open)}(\\S+)${escaped(close)}`;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
