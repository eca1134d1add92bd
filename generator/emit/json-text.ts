// JSON as every generated JSON text is written: JSON.stringify keeps spec text
// inside its strings whatever it holds, and escapes the control characters
// it must. The few characters it leaves as they are but that a reader cannot
// see (DEL, the line and paragraph separators) are written as escapes too, so a
// diff shows them and a JSON block in Markdown stays one visible line per value.

const INVISIBLE = /[\u007f\u2028\u2029]/g;

/** Two-space indented JSON; the same value as JSON.stringify gives, with invisible characters escaped. */
export const jsonText = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const indent = (depth: number): string => "  ".repeat(depth);

/** jsonText of a value as it reads at `depth` inside a larger document: its lines after the first indented to it. */
export const indentedJson = (value: unknown, depth: number): string =>
  jsonText(value).replaceAll("\n", `\n${indent(depth)}`);

/**
 * An object at `depth` whose values are already JSON texts indented for their
 * place, byte for byte as jsonText writes the whole: a document is assembled
 * from parts made (and kept) apart.
 */
export const objectText = (entries: readonly (readonly [string, string])[], depth: number): string =>
  (objectParts(entries, depth) as string[]).join("");

/** A text as a string, or as its UTF-8 bytes (a piece kept as bytes, put into a file made as bytes). */
type Part = string | Uint8Array;

/**
 * objectText as the list of its parts, not joined: a value may be parts too
 * (an object inside), so that a document of megabytes is copied once, where
 * it is finally put together (encoded-file.ts). Parts given as bytes stay
 * bytes; given strings only, the parts are strings.
 */
export function objectParts<P extends Part>(
  entries: readonly (readonly [string, P | readonly P[]])[],
  depth: number,
): (P | string)[] {
  if (entries.length === 0) return ["{}"];
  const inner = indent(depth + 1);
  const parts: (P | string)[] = ["{\n"];
  // Indexed: an iterator's pair per entry is garbage on every --watch save of a document with thousands.
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i] as readonly [string, P | readonly P[]];
    parts.push(i === 0 ? "" : ",\n", inner, jsonText(name), ": ");
    if (typeof value === "string" || value instanceof Uint8Array) parts.push(value as P);
    else for (const part of value as readonly P[]) parts.push(part);
  }
  parts.push("\n", indent(depth), "}");
  return parts;
}
