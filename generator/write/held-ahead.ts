import { receiveMessageOnPort, MessageChannel, type MessagePort } from "node:worker_threads";
import { startThread } from "../threads/start-thread.js";
import { heldTableOf } from "./held-table.js";
import { readHeld, type HeldOutput } from "./held-output.js";
import { stagingPathOf } from "./journal.js";
import { MANIFEST_FILE } from "./manifest.js";
import { pathsIn } from "./scan-folder.js";
import { lstatOrAbsent, type WriteFs } from "./write-fs.js";

// The output's common case (held-output.ts) read ahead, on a second thread,
// while the main one reads, checks, models and emits: an `lstat` per output
// file (some 12,000 after an edit among 1,000 operations, 70-110 ms) that the
// write otherwise reads on the main thread. It is read without the output's
// lock, which the write takes late, and taken under it only if no writer has
// been there since: every write of the folder replaces its manifest or its
// held table (the stat of each, with the staging folder's, is marked before
// the read and compared under the lock), and a change a killed run left is
// finished first (the read is then dropped). A file edited by hand after the
// read is as one edited after the write's own read: its stat is not the one
// the table keeps, so the next run, or --check, finds it.

/** The output's common case as read ahead, with the marks of the files that say whether a writer came since. */
export interface HeldEarly {
  readonly marks: string;
  readonly held: HeldOutput | undefined;
}

/** What a thread's read ahead gives the write: taken once, under the output's lock. */
export interface HeldAhead {
  /** The read, if the thread has posted it by now (the thread is ended either way). */
  readonly take: () => HeldEarly | undefined;
  /** Settles once the thread has ended, having posted its read or not. */
  readonly ended: Promise<void>;
}

/** What the thread is given (held-thread.ts). */
export interface HeldWork {
  readonly root: string;
  readonly statRecord: string;
  readonly port: MessagePort;
}

/** The stats that a write of `root` changes, one line each ("-": absent). */
function marksOf(root: string, fs: WriteFs, tableFile: string): string {
  const mark = (p: string): string => {
    const s = lstatOrAbsent(fs, p);
    return s === undefined ? "-" : `${s.dev} ${s.ino} ${s.size} ${s.mtimeNs} ${s.ctimeNs}`;
  };
  return [stagingPathOf(root), pathsIn(root)(MANIFEST_FILE), tableFile].map(mark).join("\n");
}

/** The common case of `root`, marked first: what the thread runs, and a test in process. */
export function readEarly(root: string, fs: WriteFs, statRecord: string): HeldEarly {
  const tableFile = heldTableOf(statRecord);
  const marks = marksOf(root, fs, tableFile);
  return { marks, held: readHeld(root, fs, tableFile) };
}

/**
 * The read ahead, when no writer has come since (its marks are the folder's
 * now); undefined otherwise. Called under the output's lock, once what a
 * killed run left is finished.
 */
export function stillHeld(early: HeldEarly, root: string, fs: WriteFs, statRecord: string): HeldOutput | undefined {
  if (early.held === undefined || marksOf(root, fs, heldTableOf(statRecord)) !== early.marks) return undefined;
  // Posted from a thread, a Buffer comes as a Uint8Array: the same bytes, viewed again.
  const posted: Uint8Array | undefined = early.held.manifestBytes;
  if (posted === undefined || Buffer.isBuffer(posted)) return early.held;
  return { ...early.held, manifestBytes: Buffer.from(posted.buffer, posted.byteOffset, posted.byteLength) };
}

/**
 * Starts reading `root`'s common case on a second thread. Nothing waits for
 * it: the write takes it if it has come, and reads the folder itself if not.
 */
export function readHeldAhead(root: string, statRecord: string): HeldAhead {
  const { port1, port2 } = new MessageChannel();
  const work: HeldWork = { root, statRecord, port: port2 };
  let worker: ReturnType<typeof startThread> | undefined;
  try {
    worker = startThread(new URL("./held-thread.ts", import.meta.url), work, [port2]);
    worker.unref();
    // A thread that fails posts nothing: the write reads the folder itself.
    worker.on("error", () => {});
  } catch {
    worker = undefined;
  }
  port1.unref();
  const thread = worker;
  const ended = new Promise<void>((resolve) => (thread ? thread.once("exit", () => resolve()) : resolve()));
  let taken = false;
  return {
    ended,
    take: () => {
      if (taken) return undefined;
      taken = true;
      const got = receiveMessageOnPort(port1) as { message: HeldEarly } | undefined;
      port1.close();
      void worker?.terminate();
      return got?.message;
    },
  };
}
