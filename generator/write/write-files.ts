import path from "node:path";
import { sha256 } from "../memo/content-hash.js";
import { commitChanges, type FileChange } from "./file-set.js";
import { recoverFolder } from "./unfinished-change.js";
import { withFolderLock, type LockOptions } from "./folder-lock.js";
import { assertSafePath } from "./safe-path.js";
import { assertNoLinkOnPath, listed } from "./scan-folder.js";
import { nodeFs } from "./node-fs.js";
import { readIfThere, WriteRefusal, type WriteFs } from "./write-fs.js";

/** A file to write, with what it held when the writer read it. */
export interface FileEdit {
  /** Relative to the folder, "/" separated. */
  readonly path: string;
  readonly text: string;
  /** The text the writer read and edited; null when it made a new file. */
  readonly read: string | null;
  /** A new file begins with a byte order mark (as the files beside it do); a file edited keeps its own. */
  readonly bom?: boolean;
}

export interface WriteFilesOptions extends LockOptions {
  /** The file operations to use; tests pass one that fails on purpose. */
  readonly fs?: WriteFs;
}

const decoder = new TextDecoder();

/** A UTF-8 byte order mark, which the decoder leaves out of the text read (read/decode-text.ts). */
const BOM = "\uFEFF";
const hasBom = (bytes: Uint8Array | null): boolean => bytes?.[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * Writes edited files into `root` as generated/ is written (file-set.ts):
 * all or none, even when killed between two renames, under the folder's lock,
 * after finishing what a killed run left. A file that no longer holds what
 * the writer read (another run or an editor changed it meanwhile) makes the
 * whole write refuse: it would lose that change. A file that began with a
 * byte order mark keeps it: the text read and edited has none; a new file
 * has one when its edit asks.
 */
export async function writeFiles(
  root: string,
  edits: readonly FileEdit[],
  options: WriteFilesOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  for (const edit of edits) assertSafePath(edit.path);
  await withFolderLock(
    root,
    fs,
    () => {
      recoverFolder(root, fs);
      const moved: string[] = [];
      const changes: FileChange[] = edits.map((edit) => {
        assertNoLinkOnPath(root, edit.path, fs);
        const bytes = readIfThere(fs, path.join(root, edit.path));
        if ((bytes === null ? null : decoder.decode(bytes)) !== edit.read) moved.push(edit.path);
        const content = (bytes === null ? edit.bom === true : hasBom(bytes)) ? `${BOM}${edit.text}` : edit.text;
        return { path: edit.path, content, before: bytes === null ? null : sha256(bytes) };
      });
      if (moved.length > 0)
        throw new WriteRefusal(
          `${listed(moved)} changed in ${root} since they were read; nothing was written; run again`,
        );
      commitChanges(root, changes, fs);
    },
    options,
  );
}

/**
 * Only finishes or undoes what a killed run left half-way in `root`, under its
 * lock (writeFiles does it first thing too): for a command about to read the
 * folder file by file, which would otherwise see a mix of two runs.
 */
export async function recoverFiles(root: string, options: WriteFilesOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  await withFolderLock(root, fs, () => recoverFolder(root, fs), options);
}
