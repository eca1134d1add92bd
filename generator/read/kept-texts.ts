// What a process that reads the spec folder again and again (`--watch`) keeps
// of its files between reads: each file's text with the stat it had, so that
// a save re-reads the saved file, not the thousand others. A file whose stat
// is exactly as recorded holds the same bytes: any write sets its change
// time, which no program can set back; a file is kept only once that time is
// older than the moment before it was read by a margin (memo/settled-stat.ts).

import { lstatSync, readFileSync } from "node:fs";
import { MARGIN_MS, settled, statKey } from "../memo/settled-stat.js";

/** Reads files by path, from memory where the file is as it was. */
export interface KeptTexts {
  read<T>(file: string, decode: (bytes: Buffer) => T): T;
}

/** `marginMs`: how much older than the read a file's change time must be for its text to be kept. */
export function keptTexts(marginMs = MARGIN_MS): KeptTexts {
  const kept = new Map<string, { stat: string; decoder: unknown; value: unknown }>();
  return {
    read(file, decode) {
      const lookedAt = Date.now();
      const stat = lstatSync(file, { bigint: true });
      const key = statKey(stat);
      const known = kept.get(file);
      if (known?.stat === key && known.decoder === decode) return known.value as ReturnType<typeof decode>;
      const value = decode(readFileSync(file));
      // Read through a link or not a plain file: read again each time, as a first run would.
      if (stat.isFile() && settled(stat, lookedAt, marginMs)) kept.set(file, { stat: key, decoder: decode, value });
      else kept.delete(file);
      return value;
    },
  };
}

/** What a single read uses: nothing kept. */
export const readEachTime: KeptTexts = { read: (file, decode) => decode(readFileSync(file)) };
