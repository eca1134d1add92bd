// A stage that remembers an entry per file or operation collects the memo's
// writes and waits for them once, at its end (read-documents.ts,
// check-schema-once.ts, emit-files.ts). Until then no one waits for a write:
// one that failed would be an unhandled rejection as soon as the run waited
// for anything, which node reports and by default ends the process on.

/** Adds `write` to `writes`, handled now: its failure is thrown where `writes` are waited for (Promise.all). */
export function collectWrite(writes: Promise<unknown>[], write: Promise<unknown>): void {
  write.catch(() => undefined);
  writes.push(write);
}
