// How a single `npm run generate` ends at Ctrl-C, a SIGTERM or a SIGHUP: at
// once, as it would without a listener, but with the locks it holds beside
// spec/ and generated/ released, so that the next run need not take over a
// stale one, the memo's entries it was writing removed, and with the exit
// code a shell gives a process a signal ended (128 + the signal's number:
// 130, 143, 129).

import { constants } from "node:os";
import { removeOwnTemporaryFiles } from "../memo/temporary-folder.js";
import { releaseHeldLocks } from "../write/folder-lock.js";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Until the returned function is called, a signal releases the locks and
 * exits. The handler runs on the event loop, between two steps of the run,
 * never inside a write: a write stages, commits and renames synchronously
 * (write/file-set.ts), so the folder is then as it was or wholly written, as
 * after a kill. A kill left the locks behind, and the memo's entries being
 * written (asynchronously, so a signal comes between their steps): their
 * temporary files are removed here (memo/temporary-folder.ts). `exit`: the
 * process's own, which tests of the command in process never reach (they send
 * no signal).
 */
export function exitOnSignal(exit: (code: number) => void = (code) => process.exit(code)): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      releaseHeldLocks();
      removeOwnTemporaryFiles();
      exit(128 + constants.signals[signal]);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
