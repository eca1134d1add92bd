// A spec file's data as the parse memo keeps it. An operation's messages are
// most of its data, and a run with one file changed among a thousand reads
// the messages of that one alone: the checks take the others' facts, and the
// model builds a message when it is first read (an unchanged operation's
// files come from the memo). A callback is read whole by every run, its page
// being part of the operation's memo key: a small part of the whole. So the entry keeps each message's JSON on a line
// of its own, parsed when the message is first read, where parsing every
// file's whole data cost some 40 ms and the collector more.
//
// The entry: the JSON of the data with each message kept apart as 0 (it keeps
// its place among the keys), a newline, the JSON of the keys kept apart, then
// one line for each (JSON.stringify writes no newline). Data with nothing to
// keep apart is its JSON alone.

/** The keys of an operation's data whose values are parsed when first read: its messages. */
const APART: readonly string[] = ["request", "response", "callback"];

/** The text the memo keeps of a file's data (JSON data: strings, lists and mappings). */
export function rememberedDataText(data: unknown): string {
  if (!isMapping(data)) return JSON.stringify(data);
  const apart = APART.filter((key) => Object.hasOwn(data, key) && isMapping(data[key]));
  if (apart.length === 0) return JSON.stringify(data);
  const head: Record<string, unknown> = { ...data };
  for (const key of apart) head[key] = 0;
  return [JSON.stringify(head), JSON.stringify(apart), ...apart.map((key) => JSON.stringify(data[key]))].join("\n");
}

/**
 * The data of a remembered text, undefined when it does not read as one (a
 * damaged entry is a miss). A value kept apart is parsed when first read;
 * should its line not parse then, `whole` gives the file's data parsed anew
 * (its text is what the entry is kept under), and the value is taken from it.
 */
export function rememberedData(text: string, whole: () => unknown): unknown {
  const headEnd = text.indexOf("\n");
  if (headEnd < 0) {
    // Every scalar of a file's data is text: a message that is the number 0 is one kept apart, the entry cut after
    // its first line (read as data, the operation's messages would be 0, and the model would fail on them).
    const data = jsonOrUndefined(text);
    return isMapping(data) && APART.some((key) => data[key] === 0) ? undefined : data;
  }
  const keysEnd = text.indexOf("\n", headEnd + 1);
  if (keysEnd < 0) return undefined;
  const head = jsonOrUndefined(text.slice(0, headEnd));
  const keys = jsonOrUndefined(text.slice(headEnd + 1, keysEnd));
  if (!isMapping(head) || !Array.isArray(keys)) return undefined;
  let start = keysEnd + 1;
  for (const [i, key] of keys.entries()) {
    const next = text.indexOf("\n", start);
    // Each line but the last ends with a newline; the last ends the text.
    if (typeof key !== "string" || head[key] !== 0 || next < 0 !== (i === keys.length - 1)) return undefined;
    const end = next < 0 ? text.length : next;
    const line = [start, end] as const;
    let value: { readonly parsed: unknown } | undefined;
    // Where the key was: redefining a property keeps its place in the order of the keys.
    Object.defineProperty(head, key, {
      enumerable: true,
      get: () => (value ??= { parsed: parsedLine(text, line, () => (whole() as Record<string, unknown>)[key]) }).parsed,
    });
    start = end + 1;
  }
  return start === text.length + 1 ? head : undefined;
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parsedLine(text: string, [start, end]: readonly [number, number], anew: () => unknown): unknown {
  try {
    return JSON.parse(text.slice(start, end)) as unknown;
  } catch {
    return anew();
  }
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
