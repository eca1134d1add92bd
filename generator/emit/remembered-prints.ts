// The memo lent to the printer while the shared files are made (ts/print-memo.ts):
// each printed text under the hash of its inputs, checked against its own
// SHA-256 when read, so that a damaged entry is printed again, never output.
// The printer asks synchronously: a memo that cannot read at once (no getNow)
// lends nothing.

import { sha256 } from "../memo/content-hash.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { keepsInMemory } from "../memo/kept-in-memory.js";
import { withPrintMemo } from "./ts/print-memo.js";

/**
 * For a memo kept in memory (--watch): the texts the run before read or
 * printed, checked, by key. A save takes them as they are: client.ts's, over
 * a megabyte, is more than keptInMemory holds, and was otherwise read from
 * disk and hashed again on every save. Each run keeps only what it used.
 */
const keptPrints = new WeakMap<Memo, ReadonlyMap<string, string>>();

/** `make()` with the memo's printed texts lent to the printer; the texts it printed anew are remembered after. */
export async function withRememberedPrints<T>(memo: Memo | null, make: () => T): Promise<T> {
  if (!memo?.getNow) return make();
  const getNow = memo.getNow.bind(memo);
  const keyOf = (hash: string) => memoKey("printed", generatorFingerprint(), hash);
  const printed: [string, string][] = [];
  const keeps = keepsInMemory(memo);
  const before = keeps ? keptPrints.get(memo) : undefined;
  const used = new Map<string, string>();
  const made = withPrintMemo(
    {
      get(hash) {
        const key = keyOf(hash);
        const kept = before?.get(key);
        if (kept !== undefined) {
          // Relied on as a read would be: pruning keeps the entry on disk.
          memo.retain?.(key);
          used.set(key, kept);
          return kept;
        }
        const entry = getNow(key);
        if (entry === undefined || entry[64] !== "\n") return undefined;
        const text = entry.slice(65);
        if (sha256(text) !== entry.slice(0, 64)) return undefined;
        if (keeps) used.set(key, text);
        return text;
      },
      set(hash, text) {
        const key = keyOf(hash);
        if (keeps) used.set(key, text);
        printed.push([key, `${sha256(text)}\n${text}`]);
      },
    },
    make,
  );
  if (keeps) keptPrints.set(memo, used);
  for (const [key, entry] of printed) await memo.set(key, entry);
  return made;
}
