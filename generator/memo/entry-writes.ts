// How the memo on disk (disk-memo.ts) writes an entry given as parts: in one
// call, and, when asked, stamped (entry-stamp.ts) before it is renamed.

import { open, rename, type FileHandle } from "node:fs/promises";
import { stampOf, stampWritten, type EntryStamp } from "./entry-stamp.js";

/** `parts` one after the other, in one call: a thousand parts are not a thousand writes. */
export async function writeParts(file: string, parts: readonly Uint8Array[]): Promise<void> {
  const handle = await open(file, "w");
  try {
    await writeAll(handle, file, parts);
  } finally {
    await handle.close();
  }
}

/** Writes `parts` to `temp`, stamps it and renames it `file` (entry-stamp.ts); its stamp then, if it has one. */
export async function writeStamped(
  temp: string,
  file: string,
  parts: readonly Uint8Array[],
): Promise<EntryStamp | undefined> {
  const handle = await open(temp, "w");
  try {
    await writeAll(handle, temp, parts);
    // A file system that does not let the times be set still stores the entry: it is then hashed when read.
    const stamped = await stampWritten(handle).then(
      () => true,
      () => false,
    );
    await rename(temp, file);
    return stamped ? await handle.stat({ bigint: true }).then(stampOf, () => undefined) : undefined;
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, file: string, parts: readonly Uint8Array[]): Promise<void> {
  let length = 0;
  for (const part of parts) length += part.length;
  const { bytesWritten } = await handle.writev([...parts]);
  if (bytesWritten !== length) throw new Error(`${file}: ${bytesWritten} of ${length} bytes written`);
}
