// What a generate command sets up once for all its runs (one, or one per save
// with --watch): its folders resolved against the working directory, the memo
// (kept in memory too when the run is repeated), the records of the output's
// and the spec's file stats, and the runs a spec folder seen before answers
// (run-memo.ts).

import path from "node:path";
import { EMITTER_NAMES } from "../emit/emitter-names.js";
import { diskMemo, type DiskMemo } from "../memo/disk-memo.js";
import { keptInMemory } from "../memo/kept-in-memory.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { keptTexts, type KeptTexts } from "../read/kept-texts.js";
import { keptBetweenRuns, type KeptBetweenRuns } from "../write/kept-between-runs.js";
import type { WriteOptions } from "../write/write-output.js";
import type { ProgressStream } from "./progress.js";
import { heldRuns } from "./run-memo.js";
import { shownPath } from "../read/shown-path.js";

export interface RunOptions {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
  /** Where the memo and the output's stat record are kept; null: nothing is kept between runs. */
  readonly cacheDir: string | null;
  readonly quiet: boolean;
  /** The run is made again and again (--watch): what the next run can reuse is kept in memory too. */
  readonly repeated: boolean;
}

export interface RunStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressStream;
  /** Paths in options and messages are relative to it. */
  readonly cwd: string;
  /** The clock progress is drawn by (milliseconds); the real one unless a test needs a run to seem long. */
  readonly now?: () => number;
}

export interface RunSetup {
  readonly specDir: string;
  readonly outDir: string;
  /** The output folder as messages name it: relative to the working directory. */
  readonly outLabel: string;
  readonly cacheDir: string | null;
  /** The memo on disk, whose entries a run used are what pruning keeps. */
  readonly disk: DiskMemo | null;
  /** The memo runs read and fill: the disk's, kept in memory too when repeated. */
  readonly memo: Memo | null;
  /** Repeated: what the write stage keeps of the output between runs. */
  readonly kept: KeptBetweenRuns | undefined;
  /** Repeated: the spec files' texts, read again only once saved since the run before. */
  readonly specTexts: KeptTexts | undefined;
  readonly writeOptions: WriteOptions;
  /** The runs a remembered one answers: a command run once, with a memo (null otherwise). */
  readonly runs: ReturnType<typeof heldRuns>;
}

export function runSetup(options: RunOptions, io: RunStreams): RunSetup {
  const specDir = path.resolve(io.cwd, options.spec);
  const outDir = path.resolve(io.cwd, options.out);
  const cacheDir = options.cacheDir === null ? null : path.resolve(io.cwd, options.cacheDir);
  const disk = cacheDir === null ? null : diskMemo(cacheDir);
  const memo = disk && options.repeated ? keptInMemory(disk) : disk;
  const statRecord = cacheDir === null ? undefined : path.join(cacheDir, "output-stat", memoKey(outDir).slice(0, 16));
  const specRecord = cacheDir === null ? undefined : path.join(cacheDir, "spec-stat", memoKey(specDir).slice(0, 16));
  const kept = options.repeated ? keptBetweenRuns() : undefined;
  const writeOptions = { ...(statRecord && { statRecord }), ...(kept && { kept }) };
  // A spec folder unchanged since a remembered run, whose output the folder holds: nothing to make (run-memo.ts).
  const runs =
    memo && !options.repeated
      ? heldRuns(memo, EMITTER_NAMES, { cwd: io.cwd, specDir, outDir, specRecord }, options.check, writeOptions)
      : null;
  return {
    specDir,
    outDir,
    outLabel: shownPath(io.cwd, outDir),
    cacheDir,
    disk,
    memo,
    kept,
    // Repeated, a run reads again only the spec files saved since the run before.
    specTexts: options.repeated ? keptTexts() : undefined,
    writeOptions,
    runs,
  };
}
