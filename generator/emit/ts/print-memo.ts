// The printer's text of a shared file, remembered under a hash of its
// inputs (rememberedText, used by TsFile.renderSplicing): with one operation
// changed among a thousand, client.ts's text before its pieces are spliced in
// is the one before, and its document is not even built.
//
// Only while a memo is lent (withPrintMemo, around the shared files): an
// operation's own files are remembered whole with the operation.

import { createHash } from "node:crypto";

/** Printed texts by the hash of their inputs; `set` is kept for the memo to write after the files are made. */
export interface PrintMemo {
  readonly get: (hash: string) => string | undefined;
  readonly set: (hash: string, text: string) => void;
}

let lent: PrintMemo | null = null;

/** `make()` with `memo` lent to every file it prints. Synchronous, so that nothing else prints meanwhile. */
export function withPrintMemo<T>(memo: PrintMemo, make: () => T): T {
  lent = memo;
  try {
    return make();
  } finally {
    lent = null;
  }
}

/**
 * `make()`, or the text it made before from the same inputs: for a file whose
 * text is a function of `inputs` (plain data: JSON) and the generator alone.
 * The key is the hash of their JSON, a fraction of what building the
 * document costs: its names and imports are then neither worked out nor
 * checked again, as they were checked when the same inputs made the text. `kind` keeps files
 * of equal inputs apart.
 */
export function rememberedText(kind: string, inputs: unknown, make: () => string): string {
  if (lent === null) return make();
  const memo = lent;
  const hash = createHash("sha256").update(`${kind}\n`).update(JSON.stringify(inputs)).digest("hex");
  const known = memo.get(hash);
  if (known !== undefined) return known;
  const text = make();
  memo.set(hash, text);
  return text;
}

/**
 * A text a shared file keeps of itself from one run to the next under `name`
 * (the reference index's rendered rows, index-rows.ts), rather than one text
 * per set of inputs: what it holds says what each part was made from, and
 * whoever reads it checks that. Undefined when no memo is lent, or it has none.
 */
export const keptText = (name: string): string | undefined => lent?.get(`kept ${name}`);

/** Whether a memo is lent now (withPrintMemo): what a shared file keeps of itself then goes to it, not to the process. */
export const printMemoLent = (): boolean => lent !== null;

/** Keeps `text` under `name` for the next run (keptText), when a memo is lent. */
export function keepText(name: string, text: string): void {
  lent?.set(`kept ${name}`, text);
}
