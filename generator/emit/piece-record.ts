// An operation's record in the store of pieces (piece-store.ts): its list of
// files and its pieces as bytes, and back. The list's JSON, the JSON of the
// pieces, then the long strings (and bytes) of the emitters that take bytes,
// kept apart as UTF-8, so that those stay bytes from the memo to the file.

import type { Pieces } from "./remembered-pieces.js";

/** What stands for a string kept apart, followed by its index: a string that starts with it is kept apart too. */
const APART = "\u0000";
/** Shorter strings stay in the record's JSON, where an index into the strings apart would save nothing. */
const LONG = 64;
const NEWLINE = 0x0a;
/**
 * Whether a text has no lone surrogate, without which it survives UTF-8 (else it stays in the JSON, which
 * escapes it): String.prototype.isWellFormed, Node 20+, immediate for the one-byte strings most pieces are.
 */
const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** A record's list and pieces, or undefined if it does not read as one (the store is checked whole: a generator bug). */
export function readPieceRecord(
  record: Uint8Array,
  asBytes: ReadonlySet<string>,
): { files: unknown; pieces: Pieces } | undefined {
  const buffer = Buffer.from(record.buffer, record.byteOffset, record.byteLength);
  const lengthsEnd = record.indexOf(NEWLINE);
  const filesEnd = record.indexOf(NEWLINE, lengthsEnd + 1);
  const structureEnd = record.indexOf(NEWLINE, filesEnd + 1);
  if (lengthsEnd < 0 || filesEnd < 0 || structureEnd < 0) return undefined;
  try {
    const lengths = JSON.parse(buffer.toString("utf8", 0, lengthsEnd)) as number[];
    const apart: [number, number][] = [];
    let start = structureEnd + 1;
    for (const length of lengths) {
      apart.push([start, start + length]);
      start += length;
    }
    if (start !== record.length) return undefined;
    const files = JSON.parse(buffer.toString("utf8", lengthsEnd + 1, filesEnd)) as unknown;
    const structure = JSON.parse(buffer.toString("utf8", filesEnd + 1, structureEnd)) as unknown;
    if (typeof structure !== "object" || structure === null || Array.isArray(structure)) return undefined;
    const text = (i: number): Uint8Array => {
      const [from, to] = apart[i] as [number, number];
      return record.subarray(from, to);
    };
    const pieces = structure as Record<string, unknown>;
    for (const name of asBytes) if (name in pieces) pieces[name] = revived(pieces[name], text);
    return { files, pieces };
  } catch {
    return undefined;
  }
}

/**
 * `value` with each string that stands for one kept apart replaced by it, in
 * place: the value is fresh from JSON.parse, and a copy of every operation's
 * pieces would only feed the collector.
 */
function revived(value: unknown, text: (index: number) => Uint8Array): unknown {
  if (typeof value === "string") return value.startsWith(APART) ? text(Number(value.slice(1))) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revived(value[i], text);
  } else if (typeof value === "object" && value !== null) {
    const object = value as Record<string, unknown>;
    // An own "__proto__" (JSON.parse makes one) is set as the own property it is, not through the prototype's setter.
    for (const key of Object.keys(object)) object[key] = revived(object[key], text);
  }
  return value;
}

/**
 * An operation's record, from its list of files (JSON data) and its pieces:
 * the long strings (and bytes) of the emitters that take bytes (`asBytes`)
 * apart, the rest as JSON, which gives every other emitter's pieces back
 * with no walk over them. Undefined for pieces a record cannot give back as
 * they are (a string that starts as a reference does and holds a lone
 * surrogate): that operation is left out of the store.
 */
export function operationRecord(files: unknown, pieces: Pieces, asBytes: ReadonlySet<string>): Uint8Array | undefined {
  const apart: Uint8Array[] = [];
  let representable = true;
  const apartOf = (_key: string, value: unknown) => {
    if (value instanceof Uint8Array) return `${APART}${apart.push(value) - 1}`;
    if (typeof value !== "string") return value;
    const reference = value.startsWith(APART);
    if (!reference && value.length < LONG) return value;
    if (!isWellFormed(value)) {
      representable &&= !reference;
      return value;
    }
    return `${APART}${apart.push(Buffer.from(value, "utf8")) - 1}`;
  };
  // As JSON.stringify(pieces) writes them, each emitter's with its own replacer.
  const entries: string[] = [];
  for (const [name, value] of Object.entries(pieces)) {
    const json = JSON.stringify(value, asBytes.has(name) ? apartOf : undefined) as string | undefined;
    if (json !== undefined) entries.push(`${JSON.stringify(name)}:${json}`);
  }
  const structure = `{${entries.join(",")}}`;
  if (!representable) return undefined;
  const lengths = JSON.stringify(apart.map((a) => a.length));
  const head = Buffer.from(`${lengths}\n${JSON.stringify(files)}\n${structure}\n`, "utf8");
  return Buffer.concat([head, ...apart]);
}
