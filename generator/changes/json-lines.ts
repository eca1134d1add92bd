// The JSON Pointer each line of a JSON text is in, for a text laid out as
// JSON.stringify(value, null, 2) lays it out (openapi.json is: its frame is
// written so around its pieces): one value or closing bracket a line, each
// member's key first on its line. A reviewer's diff of such a file shows lines
// of a place it does not name; the pointer names it.

/** A pointer's key, escaped as RFC 6901 says ("~" as "~0", "/" as "~1"). */
export const pointerKey = (key: string): string => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** A pointer's keys, unescaped. */
export const pointerKeys = (pointer: string): string[] =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"));

/** The length of the JSON string at the start of `text` (which opens with its quote), quotes included. */
function stringLength(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  throw new Error("a JSON line holds a string that does not end");
}

/**
 * For each line of `text` (its lines as split at "\n"), the pointer of the value it opens, holds or closes: a
 * member's line is the member's, a closing bracket's the object's or list's it closes.
 */
export function linePointers(text: string): string[] {
  const open: { readonly pointer: string; readonly list: boolean; index: number }[] = [];
  return text.split("\n").map((line) => {
    const trimmed = line.trim();
    const top = open.at(-1);
    if (trimmed.startsWith("}") || trimmed.startsWith("]")) {
      open.pop();
      return top?.pointer ?? "";
    }
    if (top === undefined) {
      if (trimmed === "{" || trimmed === "[") open.push({ pointer: "", list: trimmed === "[", index: 0 });
      return "";
    }
    let value = trimmed;
    let key: string;
    if (top.list) key = String(top.index++);
    else {
      const length = stringLength(trimmed);
      key = JSON.parse(trimmed.slice(0, length)) as string;
      value = trimmed.slice(length).replace(/^:\s*/, "");
    }
    const pointer = `${top.pointer}/${pointerKey(key)}`;
    const opened = value.replace(/,$/, "");
    if (opened === "{" || opened === "[") open.push({ pointer, list: opened === "[", index: 0 });
    return pointer;
  });
}

/** The deepest pointer that holds every one of `pointers` ("" for the whole text, or none given). */
export function commonPointer(pointers: readonly string[]): string {
  const [first, ...rest] = pointers.map(pointerKeys);
  if (first === undefined) return "";
  let depth = first.length;
  for (const keys of rest) {
    let same = 0;
    while (same < depth && same < keys.length && keys[same] === first[same]) same++;
    depth = same;
  }
  return first
    .slice(0, depth)
    .map((k) => `/${pointerKey(k)}`)
    .join("");
}
