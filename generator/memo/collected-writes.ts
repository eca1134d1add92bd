// A stage that remembers an entry per file or operation collects the memo's
// writes and waits for them once, at its end (read-documents.ts,
// check-schema-once.ts, emit-files.ts). Until then no one waits for a write:
// one that failed would be an unhandled rejection as soon as the run waited
// for anything, which node reports and by default ends the process on. At
// the end, and when the stage fails before it, every write is waited for
// before the error goes on: none runs on after the command reports it, to be
// cut when it exits.

/** Adds `write` to `writes`, handled now: its failure is thrown where they are waited for (writesEnded), all ended. */
export function collectWrite(writes: Promise<unknown>[], write: Promise<unknown>): void {
  write.catch(() => undefined);
  writes.push(write);
}

/** Settles once every write of `writes` has; then fails as the first that failed did, if one did. */
export async function writesEnded(writes: readonly Promise<unknown>[]): Promise<void> {
  const ended = await Promise.allSettled(writes);
  const failed = ended.find((e): e is PromiseRejectedResult => e.status === "rejected");
  if (failed) throw failed.reason;
}

/** What `work` gives; if it fails, its error goes on only once every write of `writes` has ended. */
export async function failingAfterWrites<T>(writes: readonly Promise<unknown>[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await Promise.allSettled(writes);
    throw error;
  }
}
