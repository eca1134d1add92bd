// The spec files of a run parsed on two threads (threads/share-work.ts):
// parsing YAML with positions is most of the read stage, and each file is
// parsed alone. The second thread (parse-thread.ts) hands over what the memo
// would: the data of a file that parsed cleanly, whose places are found from
// its text only if a diagnostic asks for one (parsedFromMemo), with its
// key places (its fields', which every first run asks for, and its top
// level's).

import type { SpecFile } from "./spec-files.js";

/** Whether and when the read stage takes a second thread. */
export interface ParseThreads {
  /** The fewest files to parse for which a second thread pays for its start. */
  readonly atLeast: number;
}

/**
 * The fewest files to parse for which the command takes a second thread: as
 * for the emit stage's (emit/emit-threads.ts), whose operations are most of
 * the files, the thread's start and warm-up pay only past a few hundred.
 */
export const PARSE_THREADS_PAY_AT = 256;

/** The share of the files given to the second thread, from the last: the main thread reads the memo too. */
export const PARSE_THREAD_SHARE = 0.6;

/**
 * What the parse thread is given: the files from `first` to the last (as
 * plain data, plainFile), and the claims it shares with the main thread.
 */
export interface ParseWork {
  readonly files: readonly SpecFile[];
  readonly first: number;
  readonly claims: Int32Array;
}

/** A file that the parse thread parsed cleanly: the text of its data as the memo keeps it, its key places. */
export interface ParsedElsewhere {
  readonly data: string;
  readonly keys: string;
}

/**
 * A spec file as the parse thread is given it: plain data (a file's text may
 * be read when first asked for), what it was found to be included, since a
 * file whose bytes are not clean text parses to its diagnostic.
 */
export function plainFile({ relPath, displayPath, kind, text, textProblem }: SpecFile): SpecFile {
  return { relPath, displayPath, kind, text, ...(textProblem && { textProblem }) };
}
