// Writes issued side by side, a bounded number at a time. A first run issues
// thousands (the memo's entries): all at once, each would hold a file open
// while it waits for the thread pool, and a process allowed 1,024 open files
// would see some fail (EMFILE), each then a memo entry lost. Each write is a
// few steps (open, write, close, rename), and each step waits for a turn of
// the main thread's event loop, which a run gives seldom while it emits: at a
// few dozen at a time the writes fell behind, and the run waited for them;
// 768 leave room under 1,024 for the process's own files. A process allowed
// fewer (a hard limit below 1,024, which node cannot raise) finds out when a
// write fails for want of a file: that write waits for one of the others to
// end and starts again, and the bound comes down to what was running, so
// that no entry is lost however low the limit (test/memo/memo-open-files.test.ts).
// The want may have been passing (other files the process held then, in a
// long --watch): once the writes given together have all ended, and those of
// the next batch all found their files, the bound is back where it began, where
// it stayed lowered for the life of the process. A limit that holds lowers it
// again at the next large batch, each write over it started again once.

/** At most this many tasks of one limiter run at once. */
export const IN_FLIGHT_AT_MOST = 768;

/** Runs a task once fewer than `atMost` tasks given to it are running; settles as the task does. */
export type InFlight = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A limiter of tasks running at once. A task that fails with an error
 * `startsAgain` accepts (too many files open) while others run is not
 * failed: it is started again, first, when one of them ends, and from then
 * on no more run at once than the others did, until a batch of tasks (from
 * idle to idle) has run without such a failure.
 */
export function inFlight(
  atMost: number = IN_FLIGHT_AT_MOST,
  startsAgain: (error: unknown) => boolean = () => false,
): InFlight {
  let running = 0;
  let bound = atMost;
  // A task failed for want of a file since the limiter was last idle.
  let wanted = false;
  const queued: (() => void)[] = [];
  const next = () => {
    running--;
    if (running < bound) queued.shift()?.();
    if (running === 0 && queued.length === 0) {
      if (!wanted) bound = atMost;
      wanted = false;
    }
  };
  const waiting = <T>(run: () => Promise<T>, first: boolean): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = () => void run().then(resolve, reject);
      if (first) queued.unshift(start);
      else queued.push(start);
    });
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = (): Promise<T> => {
      running++;
      let started: Promise<T>;
      try {
        started = task();
      } catch (error) {
        started = Promise.reject(error);
      }
      return started.then(
        (value) => {
          next();
          return value;
        },
        (error: unknown) => {
          // Alone, the task has no other's end to wait for: the files are held elsewhere, and it fails.
          if (running > 1 && startsAgain(error)) {
            running--;
            bound = Math.max(1, running);
            wanted = true;
            return waiting(run, true);
          }
          next();
          throw error;
        },
      );
    };
    if (running < bound) return run();
    return waiting(run, false);
  };
}
