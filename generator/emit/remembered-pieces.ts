// An operation's pieces of the shared files (see SharedPieces) in the memo,
// beside its files: one entry per operation, the pieces of every emitter that
// has them, as JSON after the SHA-256 of that JSON, so that a damaged entry is
// a miss (the pieces are then made again) and never becomes output.

import { sha256 } from "../memo/content-hash.js";
import { memoKey, type Memo } from "../memo/memo.js";

/** An operation's piece of each shared file made of pieces, by emitter name. */
export type Pieces = Readonly<Record<string, unknown>>;

const piecesKey = (key: string): string => memoKey("pieces", key);

export async function rememberPieces(memo: Memo, key: string, pieces: Pieces): Promise<void> {
  const json = JSON.stringify(pieces);
  await memo.set(piecesKey(key), `${sha256(json)}\n${json}`);
}

/** The pieces remembered under `key`, or undefined when there are none or they are damaged. */
export async function rememberedPieces(memo: Memo, key: string): Promise<Pieces | undefined> {
  const text = await memo.get(piecesKey(key));
  if (text === undefined) return undefined;
  const newline = text.indexOf("\n");
  const json = text.slice(newline + 1);
  if (newline !== 64 || sha256(json) !== text.slice(0, newline)) return undefined;
  try {
    const pieces: unknown = JSON.parse(json);
    return typeof pieces === "object" && pieces !== null && !Array.isArray(pieces) ? (pieces as Pieces) : undefined;
  } catch {
    return undefined;
  }
}
