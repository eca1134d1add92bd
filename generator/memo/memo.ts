import type { EntryStamp, StampedBytes } from "./entry-stamp.js";

/**
 * A memo of texts by key. Keys are hashes of everything a result depends on, so
 * an entry can never be stale: a change of input is a different key (of the
 * two entries a run rewrites, the store of every operation's pieces holds each
 * under its operation's key, emit/piece-store.ts, and the order of the files
 * is taken only where it proves itself, emit/remembered-order.ts). Losing the
 * memo costs time, never correctness.
 */
export interface Memo {
  get(key: string): Promise<string | undefined>;
  /**
   * Resolves to false when the entry could not be stored (a memo that takes a
   * failed write as a miss, disk-memo.ts): an entry that is read only with
   * it (a list of files, with their contents) is then not written either;
   * to anything else when it was.
   */
  set(key: string, text: string): Promise<unknown>;
  /**
   * The same as set, for a text given as its UTF-8 bytes (a file made as
   * bytes, encoded-file.ts), or as the list of its parts' (stored as one
   * entry, never joined in memory): stored as they are. A memo without it is
   * given the text. The bytes are lent for the call only (a process that
   * generates again and again assembles the next run's file into them,
   * encoded-file.ts): a memo that keeps them in memory keeps a copy.
   * `stamped`: the entry is stamped where it is stored (entry-stamp.ts), and
   * the call resolves to its EntryStamp, when the memo can.
   */
  setBytes?(key: string, bytes: Uint8Array | readonly Uint8Array[], stamped?: boolean): Promise<unknown>;
  /**
   * The same as set, done when it returns (false when it could not be):
   * for an entry found lost or damaged where a run reads the memo lazily
   * (an unchanged operation's data, read-documents.ts), in a stage that
   * waits for no write, whose writes would run on after the command has
   * reported. A memo without it leaves that entry as it is: each run then
   * parses the file again, until its text changes.
   */
  setNow?(key: string, text: string): boolean;
  /**
   * An entry as its bytes, at once: one native read of a large entry (the
   * operations' pieces, piece-store.ts), with no decoding. A memo without it
   * gives the text, which the reader encodes.
   */
  getBytes?(key: string): Uint8Array | undefined;
  /**
   * The same as getBytes, read meanwhile: the read is started at once and
   * done off the main thread in one request, so that a large entry needed
   * later in the run (the operations' pieces) is read while the run does
   * other work. A memo without it is read with getBytes when needed.
   * `stamped`: with the stamp of what was read, when the memo can
   * (StampedBytes); else the bytes alone.
   */
  readBytes?(key: string, stamped?: boolean): Promise<Uint8Array | StampedBytes | undefined>;
  /**
   * Stamps an entry read by readBytes as stamped (its stat once read `seen`) and found whole by its hash, as a
   * stamped write would have (entry-stamp.ts): its stamp, or undefined when it changed since or cannot be stamped.
   */
  stampChecked?(key: string, seen: EntryStamp): EntryStamp | undefined;
  /**
   * The same as get, at once: lets a result be read only when it is needed
   * (an unchanged operation's file contents, which a run needs only for the
   * files it writes). A memo without it gives every result when looked up.
   */
  getNow?(key: string): string | undefined;
  /**
   * Says that the run relies on an entry it may read later (a file's content,
   * read only if the file is written or shown): pruning the memo keeps it as
   * it keeps what the run read or wrote. `key` may be a function that gives
   * it, called only when the keys retained are asked for (by pruning, at
   * most once a day): a key is a hash, and a run with one operation changed
   * among a thousand retained two thousand, some 20 ms of its CPU.
   */
  retain?(key: string | (() => string)): void;
}

/** A memo in memory, for tests and for library users who regenerate in one process. */
export function memoryMemo(): Memo & { readonly size: () => number } {
  // Bytes are kept as bytes: a large entry given as bytes is neither decoded nor encoded again unless read as text.
  const entries = new Map<string, string | Uint8Array>();
  const getNow = (key: string) => {
    const entry = entries.get(key);
    return entry instanceof Uint8Array
      ? Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength).toString()
      : entry;
  };
  return {
    get: async (key) => getNow(key),
    getNow,
    getBytes(key) {
      const entry = entries.get(key);
      return typeof entry === "string" ? Buffer.from(entry, "utf8") : entry;
    },
    set: async (key, text) => void entries.set(key, text),
    setNow: (key, text) => {
      entries.set(key, text);
      return true;
    },
    // A copy: the bytes given are lent for the call only (see Memo.setBytes).
    setBytes: async (key, bytes) => void entries.set(key, Buffer.concat(bytes instanceof Uint8Array ? [bytes] : bytes)),
    size: () => entries.size,
  };
}
