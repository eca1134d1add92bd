import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathsUnder } from "../list-files.js";
import { stampChecked, type EntryStamp, type StampedBytes } from "./entry-stamp.js";
import { writeParts, writeStamped } from "./entry-writes.js";
import { IN_FLIGHT_AT_MOST, inFlight } from "./in-flight.js";
import type { Memo } from "./memo.js";
import { removeStaleTemporaryFiles, temporaryFolder } from "./temporary-folder.js";
import { readWhole } from "./whole-read.js";

// The memo the command keeps between runs, apart from what every stage sees
// of a memo (memo.ts): one file per key, written whole under a temporary name
// and renamed, read synchronously or off the main thread.

/** The memo on disk, and the keys a run read, wrote or retained: what pruning keeps (prune-memo.ts). */
export interface DiskMemo extends Memo {
  getNow(key: string): string | undefined;
  setNow(key: string, text: string): boolean;
  getBytes(key: string): Uint8Array | undefined;
  readBytes(key: string): Promise<Uint8Array | undefined>;
  readBytes(key: string, stamped: boolean): Promise<Uint8Array | StampedBytes | undefined>;
  readonly used: ReadonlySet<string>;
  stampChecked(key: string, seen: EntryStamp): EntryStamp | undefined;
}

export const DEFAULT_CACHE_DIR = path.join("node_modules", ".cache", "sips-json-generator");

/** Writes begun on this thread, by any disk memo: each names its temporary file, in the thread's own folder. */
let writes = 0;

/** Whether a write failed for want of a file descriptor, which the end of another write gives back. */
const tooManyOpen = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "EMFILE" || code === "ENFILE";
};

/** The writes of every disk memo on this thread, a bounded number at a time (in-flight.ts). */
const writing = inFlight(IN_FLIGHT_AT_MOST, tooManyOpen);

/** How many keys retained as functions a disk memo holds before working them out. */
const LATER_AT_MOST = 100_000;

/** The memo on disk, one file per key under `dir`. A file that cannot be read or written is a miss, not an error. */
export function diskMemo(dir: string): DiskMemo {
  const under = pathsUnder(dir);
  const fileOf = (key: string) => under(`${key.slice(0, 2)}/${key}`);
  // Written under the thread's own folder, which a signal removes at once, and a later run once the process is gone.
  const temporary = temporaryFolder(dir);
  const tempOf = (key: string) => path.join(temporary, `${key}.${++writes}.tmp`);
  removeStaleTemporaryFiles(dir);
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
  const readBytes = (key: string, stamped = false): Promise<Uint8Array | StampedBytes | undefined> => {
    used.add(key);
    return readWhole(fileOf(key), stamped);
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
  /** Resolves to false when not stored; to the entry's stamp when stored and asked for, else to true. */
  function set(
    key: string,
    text: string | Uint8Array | readonly Uint8Array[],
    stamped = false,
  ): Promise<boolean | EntryStamp> {
    used.add(key);
    // Encoded now, as writeFile would encode it once begun: a text waiting its turn would stay on the heap,
    // outliving collections and copied by each, where its bytes are outside it.
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    return writing(() => stored(key, bytes, stamped)).catch(() => false);
  }
  async function stored(
    key: string,
    bytes: Uint8Array | readonly Uint8Array[],
    stamped: boolean,
  ): Promise<boolean | EntryStamp> {
    // Written whole under a temporary name, then renamed: a reader never sees half a file. A name of its own for
    // each write: writes run side by side, and two of one key (two spec files of one text) must not share a file.
    const temp = tempOf(key);
    let stamp: EntryStamp | undefined;
    const write = async () => {
      await Promise.all([folderOf(temp), folderOf(fileOf(key))]);
      if (stamped) stamp = await writeStamped(temp, fileOf(key), bytes instanceof Uint8Array ? [bytes] : bytes);
      else {
        await (bytes instanceof Uint8Array ? writeFile(temp, bytes) : writeParts(temp, bytes));
        await rename(temp, fileOf(key));
      }
    };
    try {
      // A folder made earlier and removed since (the memo folder deleted while a process runs) is made again.
      await write().catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
        folders.delete(path.dirname(temp));
        folders.delete(path.dirname(fileOf(key)));
        return write();
      });
      return stamp ?? true;
    } catch (error) {
      // A read-only or full disk only makes the next run slower: told, so that no entry is written that needs this one.
      await rm(temp, { force: true }).catch(() => undefined);
      // Too many files open: started again when another write ends (in-flight.ts), failed (false) if it cannot be.
      if (tooManyOpen(error)) throw error;
      return false;
    }
  }
  // Rare (an entry found damaged where it is read lazily): written as set writes, whole, then renamed, but at once.
  function setNow(key: string, text: string): boolean {
    used.add(key);
    const file = fileOf(key);
    const temp = tempOf(key);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      mkdirSync(temporary, { recursive: true });
      writeFileSync(temp, text);
      renameSync(temp, file);
      return true;
    } catch {
      // As set's: a memo that cannot be written is a miss. Its folder may be no folder (a file in its place),
      // where the removal of a temporary file that could not be made fails too.
      try {
        rmSync(temp, { force: true });
      } catch {}
      return false;
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
    readBytes: readBytes as DiskMemo["readBytes"],
    retain(key) {
      if (typeof key === "string") used.add(key);
      // A process that generates again and again retains on every save: its functions do not pile up.
      else if (later.push(key) >= LATER_AT_MOST) settle();
    },
    set,
    setNow,
    setBytes: set,
    stampChecked: (key, seen) => stampChecked(fileOf(key), seen),
  };
}
