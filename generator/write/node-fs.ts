// The write stage's file system on Node's: synchronous calls, and the buffers
// that long texts are encoded into and files read through, kept between runs.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import type { Bytes } from "../memo/content-hash.js";
import { fstatLean, lstatLean, type FileStat } from "../memo/lean-stat.js";
import type { WriteFs } from "./write-fs.js";

export const nodeFs: WriteFs = {
  lstat: lstatLean,
  list: (p) => fs.readdirSync(p),
  walk: (p) => fs.readdirSync(p, { recursive: true, withFileTypes: true }),
  readFile: (p) => fs.readFileSync(p),
  hashFile,
  createFile,
  createStamped,
  appendFile: (p, text) => fs.appendFileSync(p, text),
  overwriteFile,
  rename: (from, to, large) => (large && HOLDS_REPLACED ? renameHolding(from, to) : fs.renameSync(from, to)),
  link: (existing, to) => fs.linkSync(existing, to),
  unlink: (p) => fs.unlinkSync(p),
  mkdir: (p) => void fs.mkdirSync(p, { recursive: true }),
  rmdir: (p) => fs.rmdirSync(p),
  rmTree: (p) => fs.rmSync(p, { recursive: true, force: true }),
  touch: (p, seconds) => fs.utimesSync(p, seconds, seconds),
  // Not persistent: watching the output never keeps a process alive.
  watch: (dir, onName, onError) =>
    fs.watch(dir, { persistent: false }, (_event, name) => onName(name)).on("error", onError),
};

/** Where a file outlives its last name while a descriptor holds it: not Windows, where an open file may refuse a rename over it. */
const HOLDS_REPLACED = process.platform !== "win32";
/** The file a rename replaces, opened without following a link nor waiting on a pipe for a writer. */
const REPLACED_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * renameSync, the file replaced held open across it and closed on libuv's thread pool: the rename only drops a
 * name, and the close, the file's last reference, gives its blocks back. Renamed over a file of 20 MB (openapi.json
 * of 1,000 operations), the rename freed them itself: 12-25 ms of this thread's wall time on ext4 (a loaded machine).
 * Nothing to hold (no file there, a link, anything that does not open): a plain rename.
 */
function renameHolding(from: string, to: string): void {
  let held: number | undefined;
  try {
    held = fs.openSync(to, REPLACED_FLAGS);
  } catch {}
  try {
    fs.renameSync(from, to);
  } finally {
    if (held !== undefined) fs.close(held, () => undefined);
  }
}

/** Creates the file at `p`, failing when one is there, with `text` in it. */
function createFile(p: string, text: string | Bytes): void {
  const fd = fs.openSync(p, "wx");
  try {
    writeNew(fd, p, text);
  } finally {
    fs.closeSync(fd);
  }
}

/** createFile, then the stamp through the open file: no path looked up again, and no look after the close. */
function createStamped(p: string, text: string | Bytes, stamp: (made: FileStat) => number): FileStat {
  const fd = fs.openSync(p, "wx");
  try {
    writeNew(fd, p, text);
    const seconds = stamp(fstatLean(fd));
    fs.futimesSync(fd, seconds, seconds);
    return fstatLean(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `text` over the file at `p` from its start, then cuts the file where it ends. */
function overwriteFile(p: string, text: string | Bytes): void {
  const fd = fs.openSync(p, "r+");
  try {
    fs.ftruncateSync(fd, writeBytes(fd, p, typeof text === "string" ? encodedText(text) : text, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** `text` into a new file open at `fd`: a short text as it is, a long one through the kept buffer (encodedText). */
function writeNew(fd: number, p: string, text: string | Bytes): void {
  if (typeof text === "string" && text.length < LONG_TEXT) fs.writeFileSync(fd, text);
  else writeBytes(fd, p, typeof text === "string" ? encodedText(text) : text);
}

/**
 * `bytes` into the file open at `fd`, at `position` or where it stands, parts one after the other in one call (a
 * thousand parts are not a thousand writes); how many.
 */
function writeBytes(fd: number, p: string, bytes: Bytes, position?: number): number {
  const parts = bytes instanceof Uint8Array ? [bytes] : [...bytes];
  let length = 0;
  for (const part of parts) length += part.length;
  const written = fs.writevSync(fd, parts, position);
  if (written !== length) throw new Error(`${p}: ${written} of ${length} bytes written`);
  return length;
}

/**
 * Where a long text is encoded to be written: one buffer, grown as needed.
 * A save of --watch writes megabytes of text (the manifest, the reference
 * index, mock.ts; client.ts and openapi.json are made as bytes): encoded each
 * into a buffer of its own, they take fresh memory, which costs more to touch
 * than to fill, on the first save and every time the memory comes back fresh.
 */
let textBuffer = Buffer.allocUnsafeSlow(0);
/** Texts shorter than this (in UTF-16 units) are written as they are: their buffers are small. */
const LONG_TEXT = 1 << 16;

/** The UTF-8 bytes of `text`, in the kept buffer when it is long: valid until the next call. */
function encodedText(text: string): Uint8Array {
  if (text.length < LONG_TEXT) return Buffer.from(text, "utf8");
  const length = Buffer.byteLength(text, "utf8");
  if (textBuffer.length < length) textBuffer = Buffer.allocUnsafeSlow(Math.ceil(length * 1.125));
  const written = textBuffer.write(text, 0, "utf8");
  return textBuffer.subarray(0, written);
}

/**
 * The buffers nodeFs writes long texts from and reads files into, the first
 * with room for `textBytes` at least, for a process that warms up what its
 * runs will use (cli/warm-up.ts).
 */
export function keptWriteBuffers(textBytes: number): readonly Buffer[] {
  // Filled, not only allocated: zeroed memory fresh from the system is mapped when first written, not before.
  if (textBuffer.length < textBytes) textBuffer = Buffer.allocUnsafeSlow(textBytes).fill(0x20);
  return [textBuffer, piece];
}

/**
 * Where files are read to be hashed: one buffer for every file. Reading a
 * file of megabytes whole (openapi.json: 15 MiB, hashed again on the run
 * after each that wrote it) costs several times its hashing, in fresh memory
 * to map; its pieces through a buffer that is kept cost none of that.
 */
const piece = Buffer.allocUnsafe(1 << 20);

function hashFile(p: string): string {
  const fd = fs.openSync(p, "r");
  try {
    const hash = createHash("sha256");
    for (let read = fs.readSync(fd, piece); read > 0; read = fs.readSync(fd, piece))
      hash.update(read === piece.length ? piece : piece.subarray(0, read));
    return hash.digest("hex");
  } finally {
    fs.closeSync(fd);
  }
}
