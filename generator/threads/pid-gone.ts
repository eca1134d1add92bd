// Whether a process that left something behind (a lock, a folder of
// half-written files) has ended: what lets a later run take it over or remove
// it. Shared by the write stage's locks and the memo's temporary folders.

/** Whether no process with this pid runs (for leftovers that hold nothing more than a pid). */
export function pidGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process lives but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
