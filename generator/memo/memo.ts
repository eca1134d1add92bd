import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, read, readFileSync } from "node:fs";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { digest } from "./content-hash.js";

/**
 * A memo of texts by key. Keys are hashes of everything a result depends on, so
 * an entry can never be stale: a change of input is a different key (the one
 * entry a run rewrites, the store of every operation's pieces, holds each
 * under its operation's key: emit/piece-store.ts). Losing the memo costs time,
 * never correctness.
 */
export interface Memo {
  get(key: string): Promise<string | undefined>;
  set(key: string, text: string): Promise<void>;
  /**
   * The same as set, for a text given as its UTF-8 bytes (a file made as
   * bytes, encoded-file.ts), or as the list of its parts' (stored as one
   * entry, never joined in memory): stored as they are. A memo without it is
   * given the text. The bytes are lent for the call only (a process that
   * generates again and again assembles the next run's file into them,
   * encoded-file.ts): a memo that keeps them in memory keeps a copy.
   */
  setBytes?(key: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void>;
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
   */
  readBytes?(key: string): Promise<Uint8Array | undefined>;
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

/** The memo on disk, and the keys a run read, wrote or retained: what pruning keeps (prune-memo.ts). */
export interface DiskMemo extends Memo {
  getNow(key: string): string | undefined;
  getBytes(key: string): Uint8Array | undefined;
  readBytes(key: string): Promise<Uint8Array | undefined>;
  readonly used: ReadonlySet<string>;
}

export const DEFAULT_CACHE_DIR = path.join("node_modules", ".cache", "sips-json-generator");

/** The key of a result: a hash of what it depends on. */
export function memoKey(...parts: readonly string[]): string {
  let length = 0;
  for (const part of parts) length += part.length;
  if (parts.length === 0) return hashOf(parts);
  if (length > SHORT_PARTS)
    return length + parts.length <= JOINED_AT_MOST ? digest(`${parts.join("\0")}\0`) : hashOf(parts);
  // The very bytes hashed, but for the last NUL (no parts would join as one empty part does): equal texts, equal keys.
  const joined = parts.join("\0");
  let key = shortKeys.get(joined);
  if (key === undefined) {
    // One call on the joined text: some 7,000 keys a run, where a Hash object and two updates a part cost twice as much.
    key = digest(`${joined}\0`);
    if (shortKeys.size >= SHORT_KEYS_KEPT) shortKeys.clear();
    shortKeys.set(joined, key);
  }
  return key;
}

function hashOf(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/**
 * Keys made of short parts (other keys, names, paths), by their parts
 * joined: a process that generates again and again (--watch) makes the same
 * few keys for each of a thousand unchanged operations on every save, some
 * 7,000 SHA-256 (35 ms) where a lookup costs a tenth. Long parts (texts) are
 * hashed each time: their keys are kept where they are made (text-key.ts).
 */
const shortKeys = new Map<string, string>();
const SHORT_PARTS = 1024;
/**
 * Long parts are hashed joined too, up to this many characters: the key of a
 * spec folder (two parts for each of a thousand files) or of the generator's
 * sources is then one call, where two updates a part cost 4-6 ms; a longer
 * text (a 50 MB description) is not copied to be hashed.
 */
const JOINED_AT_MOST = 1 << 20;
const SHORT_KEYS_KEPT = 20_000;

/** How many keys of short parts are kept now (at most SHORT_KEYS_KEPT): what a long watch holds of them. */
export const keptMemoKeys = (): number => shortKeys.size;

/** How many keys retained as functions a disk memo holds before working them out. */
const LATER_AT_MOST = 100_000;

/** The memo on disk, one file per key under `dir`. A file that cannot be read or written is a miss, not an error. */
export function diskMemo(dir: string): DiskMemo {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), key);
  const used = new Set<string>();
  /** Keys retained as functions (retain), not yet worked out: `used` works them out when read. */
  let later: (() => string)[] = [];
  const settle = () => {
    for (const key of later) used.add(key());
    later = [];
  };
  // Synchronous: many small reads are faster without the thread pool.
  const getNow = (key: string) => {
    used.add(key);
    try {
      return readFileSync(fileOf(key), "utf8");
    } catch {
      return undefined;
    }
  };
  const getBytes = (key: string) => {
    used.add(key);
    try {
      return readFileSync(fileOf(key));
    } catch {
      return undefined;
    }
  };
  // One read of the whole file, not readFile's chunks: each chunk would wait for the main thread to ask for the next.
  const readBytes = (key: string): Promise<Uint8Array | undefined> => {
    used.add(key);
    let fd: number;
    try {
      fd = openSync(fileOf(key), "r");
    } catch {
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
      const done = (bytes: Uint8Array | undefined) => {
        closeSync(fd);
        resolve(bytes);
      };
      try {
        const { size } = fstatSync(fd);
        const bytes = Buffer.allocUnsafeSlow(size);
        read(fd, bytes, 0, size, 0, (error, count) => done(error || count !== size ? undefined : bytes));
      } catch {
        done(undefined);
      }
    });
  };
  // The folders this memo made or found: a cold run writes thousands of entries into 256 folders, not thousands of folders.
  const folders = new Map<string, Promise<unknown>>();
  const folderOf = (file: string): Promise<unknown> => {
    const folder = path.dirname(file);
    let made = folders.get(folder);
    if (made === undefined) {
      made = mkdir(folder, { recursive: true });
      // A folder that could not be made (or was removed since) is tried again by the next write there.
      made.catch(() => folders.delete(folder));
      folders.set(folder, made);
    }
    return made;
  };
  async function set(key: string, text: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
    used.add(key);
    // Written whole under a temporary name, then renamed: a reader never sees half a file.
    const temp = `${fileOf(key)}.${process.pid}.tmp`;
    const write = async () => {
      await folderOf(temp);
      await (typeof text === "string" || text instanceof Uint8Array ? writeFile(temp, text) : writeParts(temp, text));
      await rename(temp, fileOf(key));
    };
    try {
      // A folder made earlier and removed since (the memo folder deleted while a process runs) is made again.
      await write().catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
        folders.delete(path.dirname(temp));
        return write();
      });
    } catch {
      // A read-only or full disk only makes the next run slower.
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }
  return {
    get used() {
      settle();
      return used;
    },
    get: async (key) => getNow(key),
    getNow,
    getBytes,
    readBytes,
    retain(key) {
      if (typeof key === "string") used.add(key);
      // A process that generates again and again retains on every save: its functions do not pile up.
      else if (later.push(key) >= LATER_AT_MOST) settle();
    },
    set,
    setBytes: set,
  };
}

/** `parts` one after the other, in one call: a thousand parts are not a thousand writes. */
async function writeParts(file: string, parts: readonly Uint8Array[]): Promise<void> {
  const handle = await open(file, "w");
  try {
    let length = 0;
    for (const part of parts) length += part.length;
    const { bytesWritten } = await handle.writev([...parts]);
    if (bytesWritten !== length) throw new Error(`${file}: ${bytesWritten} of ${length} bytes written`);
  } finally {
    await handle.close();
  }
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
    // A copy: the bytes given are lent for the call only (see Memo.setBytes).
    setBytes: async (key, bytes) => void entries.set(key, Buffer.concat(bytes instanceof Uint8Array ? [bytes] : bytes)),
    size: () => entries.size,
  };
}
