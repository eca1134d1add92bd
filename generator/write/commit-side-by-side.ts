// commitChanges (file-set.ts) for a write of thousands of new files: a first
// run creates some 12,000, and one after the other, each an open, a write and
// a close, they were seconds of the main thread's at the end of the run. Here
// they are created side by side on the thread pool, a bounded number at a
// time, and the change is committed once every one is written, as before.

import path from "node:path";
import { sha256 } from "../memo/content-hash.js";
import { inFlight } from "../memo/in-flight.js";
import { dropStaging, finishCommitted, mkdirOnce, type FileChange } from "./file-set.js";
import { commitJournal, stagedTreeOf, type Journal, type JournalEntry } from "./journal.js";
import { lstatOrAbsent, type WriteFs } from "./write-fs.js";

/**
 * Applies `changes` to `root` as commitChanges does, all or none, the new
 * files staged side by side (fs.createFileAsync; one after the other with a
 * file system that has none). On a failure, the files being written are
 * waited for before what was staged is removed, and none is begun after it.
 */
export async function commitChangesSideBySide(
  root: string,
  changes: readonly FileChange[],
  fs: WriteFs,
): Promise<void> {
  if (changes.length === 0) return;
  const entries: JournalEntry[] = [];
  const create = fs.createFileAsync ?? ((p, content) => Promise.resolve(fs.createFile(p, content)));
  const writing = inFlight();
  const writes: Promise<void>[] = [];
  let failed = false;
  let journal: Journal;
  try {
    const tree = stagedTreeOf(root);
    fs.mkdir(tree);
    const made = new Set<string>([tree]);
    for (const change of changes) {
      const { content } = change;
      if (content === null) {
        entries.push({ path: change.path, before: change.before, after: null });
        continue;
      }
      const staged = path.join(tree, change.path);
      mkdirOnce(fs, made, path.dirname(staged));
      const write = writing(() => (failed ? Promise.resolve() : create(staged, content)));
      write.catch(() => (failed = true));
      writes.push(write);
      entries.push({ path: change.path, before: change.before, after: change.after ?? sha256(content) });
    }
    const failure = (await Promise.allSettled(writes)).find((o) => o.status === "rejected");
    if (failure) throw failure.reason;
    journal = { whole: lstatOrAbsent(fs, root) === undefined, entries };
    commitJournal(root, journal, fs);
  } catch (error) {
    // Not committed: what was staged goes, once no write is left to stage more.
    failed = true;
    await Promise.allSettled(writes);
    dropStaging(root, fs);
    throw error;
  }
  finishCommitted(root, journal, fs);
}
