// Writes issued side by side, a bounded number at a time. A first run issues
// thousands (the memo's entries): all at once, each would hold a file open
// while it waits for the thread pool, and a process allowed 1,024 open files
// would see some fail (EMFILE), each then a memo entry lost. Each write is a
// few steps (open, write, close, rename), and each step waits for a turn of
// the main thread's event loop, which a run gives seldom while it emits: at a
// few dozen at a time the writes fell behind, and the run waited for them;
// 768 leave room under 1,024 for the process's own files.

/** At most this many tasks of one limiter run at once. */
export const IN_FLIGHT_AT_MOST = 768;

/** Runs a task once fewer than `atMost` tasks given to it are running; settles as the task does. */
export type InFlight = <T>(task: () => Promise<T>) => Promise<T>;

/** A limiter of tasks running at once. */
export function inFlight(atMost: number = IN_FLIGHT_AT_MOST): InFlight {
  let running = 0;
  const queued: (() => void)[] = [];
  const next = () => {
    running--;
    queued.shift()?.();
  };
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = (): Promise<T> => {
      running++;
      let started: Promise<T>;
      try {
        started = task();
      } catch (error) {
        started = Promise.reject(error);
      }
      return started.finally(next);
    };
    if (running < atMost) return run();
    return new Promise<T>((resolve, reject) => queued.push(() => void run().then(resolve, reject)));
  };
}
