// The name a file is written under before it is renamed into place, which no
// other writer of it takes: the threads of one process (the command's second
// thread, test threads) share its process id, and a name made of the id alone
// was truncated and written by two at once, renamed by one with the other's
// bytes in it, and missing for the other's rename.

import { threadId } from "node:worker_threads";

/** Names made on this thread: two of one file, one after the other or side by side, differ too. */
let made = 0;

/** `file` with the process, the thread and a count of this thread's names after it, then `suffix` (".tmp"). */
export const tempName = (file: string, suffix: string): string =>
  `${file}.${process.pid}-${threadId}-${++made}${suffix}`;
