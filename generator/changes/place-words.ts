// The words by which a change's summary names its own place (its field, its
// value list, its operation), and what it says of its place alone (the page a
// message's facts stop before, the count of a list's values). The Markdown line
// names the place, so line-summary.ts takes the former out of the summary, built
// with the same functions: reworded here, both change together. A writer that
// words its place on its own keeps it on the line; test/changes/place-words.test.ts
// fails then. The latter the writer gives its line as data (Change.line), said
// beside the subject (report-lines.ts).

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

/** "value V of list l now taken", "notes of list l changed." */
export const ofList = (list: string): string => ` of list ${list}`;

/** "value V added to list l" */
export const toList = (list: string): string => ` to list ${list}`;

/** "value V removed from list l" */
export const fromList = (list: string): string => ` from list ${list}`;

/** "general meaning of 00 in list l changed.", "constant of value 00 in list l renamed …" */
export const atList = (list: string): string => ` in list ${list}`;

/** "meaning of 00 (list l) changed." */
export const inList = (list: string): string => ` (list ${list})`;

/** "operation cardCheck added.": an operation's summary opens with it. */
export const operationFirst = (operation: string): string => `operation ${operation} `;

/** "(operations.cardCheck.effect)": the registry's entry an effect change is read at. */
export const effectEntry = (operation: string): string => ` (operations.${operation}.effect)`;

/** "see https://…": the page a message's saved facts stop before, as its line says it beside the operation. */
export const pageWithin = (see: string): string => `see ${see}`;

/** " (see https://…)": the page, as the summary says it. */
export const pageSeen = (see: string): string => ` (${pageWithin(see)})`;

/** "3 values": how many values a value list added holds, as its line says it beside the list. */
export const countWithin = (count: number): string => `${count} value${count === 1 ? "" : "s"}`;

/** " (3 values)": the count, as the summary says it. */
export const valueCount = (count: number): string => ` (${countWithin(count)})`;
