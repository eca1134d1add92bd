// An operation's pieces of the shared files (see SharedPieces) in the memo,
// beside its files: one entry per operation, the pieces of every emitter that
// has them. Pieces are mostly long texts (openapi.json's are JSON already), so
// the entry holds each long string as it is, after a small JSON of the rest:
// nothing to escape on the way in nor to unescape on the way out. The whole is
// checked against its SHA-256, so that a damaged entry is a miss (the pieces
// are then made again) and never becomes output.

import { sha256 } from "../memo/content-hash.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { parsedOnce } from "../memo/parsed-once.js";

/** An operation's piece of each shared file made of pieces, by emitter name. */
export type Pieces = Readonly<Record<string, unknown>>;

const piecesKey = (key: string): string => memoKey("pieces", key);

/** What stands for a string kept apart, followed by its index: a string that starts with it is kept apart too. */
const APART = "\u0000";
const LONG = 64;

export async function rememberPieces(memo: Memo, key: string, pieces: Pieces): Promise<void> {
  await memo.set(piecesKey(key), piecesText(pieces));
}

/** Says that the run relies on the pieces under `key` (read only if the store of pieces lacks them): pruning keeps them. */
export function retainPieces(memo: Memo, key: string): void {
  memo.retain?.(() => piecesKey(key));
}

/** The pieces remembered under `key`, or undefined when there are none or they are damaged. */
export async function rememberedPieces(memo: Memo, key: string): Promise<Pieces | undefined> {
  const text = await memo.get(piecesKey(key));
  return text === undefined ? undefined : parsedOnce(text, piecesOfText);
}

/** The hash of the rest, the lengths of the strings kept apart, the JSON of the rest, then those strings. */
export function piecesText(pieces: Pieces): string {
  const apart: string[] = [];
  const structure = JSON.stringify(pieces, (_key, value: unknown) =>
    typeof value === "string" && (value.length >= LONG || value.startsWith(APART))
      ? `${APART}${apart.push(value) - 1}`
      : value,
  );
  const body = `${JSON.stringify(apart.map((s) => s.length))}\n${structure}\n${apart.join("")}`;
  return `${sha256(body)}\n${body}`;
}

export function piecesOfText(text: string): Pieces | undefined {
  const body = text.slice(65);
  if (text[64] !== "\n" || sha256(body) !== text.slice(0, 64)) return undefined;
  try {
    const lengthsEnd = body.indexOf("\n");
    const structureEnd = body.indexOf("\n", lengthsEnd + 1);
    const lengths = JSON.parse(body.slice(0, lengthsEnd)) as number[];
    const apart: string[] = [];
    let start = structureEnd + 1;
    for (const length of lengths) {
      apart.push(body.slice(start, start + length));
      start += length;
    }
    const pieces: unknown = JSON.parse(body.slice(lengthsEnd + 1, structureEnd), (_key, value: unknown) =>
      typeof value === "string" && value.startsWith(APART) ? apart[Number(value.slice(1))] : value,
    );
    return typeof pieces === "object" && pieces !== null && !Array.isArray(pieces) ? (pieces as Pieces) : undefined;
  } catch {
    return undefined;
  }
}
