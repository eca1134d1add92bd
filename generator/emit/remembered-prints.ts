// The memo lent to the printer while the shared files are made (ts/print-memo.ts):
// each printed text under the hash of its inputs, checked against its own
// SHA-256 when read, so that a damaged entry is printed again, never output.
// The printer asks synchronously: a memo that cannot read at once (no getNow)
// lends nothing.

import { sha256 } from "../memo/content-hash.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import { memoKey, type Memo } from "../memo/memo.js";
import { withPrintMemo } from "./ts/print-memo.js";

/** `make()` with the memo's printed texts lent to the printer; the texts it printed anew are remembered after. */
export async function withRememberedPrints<T>(memo: Memo | null, make: () => T): Promise<T> {
  if (!memo?.getNow) return make();
  const getNow = memo.getNow.bind(memo);
  const keyOf = (hash: string) => memoKey("printed", generatorFingerprint(), hash);
  const printed: [string, string][] = [];
  const made = withPrintMemo(
    {
      get(hash) {
        const entry = getNow(keyOf(hash));
        if (entry === undefined || entry[64] !== "\n") return undefined;
        const text = entry.slice(65);
        return sha256(text) === entry.slice(0, 64) ? text : undefined;
      },
      set: (hash, text) => void printed.push([keyOf(hash), `${sha256(text)}\n${text}`]),
    },
    make,
  );
  for (const [key, entry] of printed) await memo.set(key, entry);
  return made;
}
