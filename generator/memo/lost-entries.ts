// Entries a run reads lazily (an unchanged operation's file contents, read
// only when a file is written or shown) and finds missing or damaged when it
// reads them: too late for a miss, since the run has taken the operation from
// the memo. The run stops before writing anything, and the command runs again
// with every such entry read when it is looked up (a run's `readNow`, passed
// down from generateFromInput, never a state of the module: two runs in one
// process do not see each other's), so that each one missing or damaged is a
// miss: its operation is emitted again and its entry replaced.

/** An entry read lazily that was missing or damaged: the run that read it ends, to be run again (generate-run.ts). */
export class MemoEntryLost extends Error {
  constructor(readonly key: string) {
    super(
      `the memo's entry ${key} is missing or damaged (its files are removed while a run uses them?); remove the memo's folder and run again`,
    );
  }
}

/** The error to end the run with, for the entry under `key` found missing or damaged when read lazily. */
export const entryLost = (key: string): MemoEntryLost => new MemoEntryLost(key);
