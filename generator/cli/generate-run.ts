import type { GenerateResult } from "../index.js";
import { forgetUnused } from "../memo/kept-in-memory.js";
import { pruneMemo } from "../memo/prune-memo.js";
import { MemoEntryLost } from "../memo/lost-entries.js";
import { flushPutOff } from "../memo/writes-put-off.js";
import { SpecChanged } from "../read/spec-changed.js";
import { specFolderProblem } from "../read/spec-folder.js";
import type { OutputChange } from "../write/compare-output.js";
import { recoverFolder } from "../write/unfinished-change.js";
import { withFolderLock } from "../write/folder-lock.js";
import { assertNoCutChange, readWithoutLock } from "../write/read-output.js";
import { nodeFs } from "../write/node-fs.js";
import { WriteRefusal } from "../write/write-fs.js";
import type { WriteReport } from "../write/write-output.js";
import type { SpecInput } from "../read/spec-files.js";
import { countingOperations, progressOn } from "./progress.js";
import { isHeld, type HeldRun } from "./run-memo.js";
import { diagnosticLines, staleLines, writeSummaryLines } from "./run-report.js";
import { runSetup, type RunOptions, type RunStreams } from "./run-setup.js";
import { warmUp } from "./warm-up.js";

/** A run: what it printed and its exit code (see --help). */
export interface RunOnce {
  (): Promise<number>;
  /**
   * After the last run: makes the memo's entries that runs put off for a new
   * process (memo/writes-put-off.ts), and removes the spares the writes kept (write/spare-files.ts).
   */
  readonly finish: () => Promise<void>;
  /** After the first run of a repeated command, before the first save: compiles what a save runs (warm-up.ts). */
  readonly warm: () => Promise<void>;
}

/**
 * One `npm run generate` (or `--check`) as a function that can run again and
 * again (--watch), reusing the same memo and, when repeated, what it kept in
 * memory. A writing run holds the spec folder's lock from its read to its
 * write, so that no sync rewrites the spec while it is read, and takes the
 * output folder's lock to write (always in that order, so two runs never wait
 * for each other); `--check` takes no lock and writes nothing to either folder.
 */
export function generateRun(options: RunOptions, io: RunStreams): RunOnce {
  const setup = runSetup(options, io);
  const { specDir, outDir, outLabel, cacheDir, disk, memo, kept, specTexts, writeOptions, runs } = setup;
  // What the pipeline keeps between runs when repeated: made with it, once loaded.
  let models: ReturnType<Pipeline["keptModels"]> | null = null;
  const print = (text: string) => void io.stdout.write(`${text}\n`);
  const printError = (text: string) => void io.stderr.write(`${text}\n`);

  /** Repeated: the spec folder as the first run read it, until warm() has used it (then never kept again). */
  let lastInput: SpecInput | undefined;
  let warmed = false;

  /** Whether the run in progress made every file: then it used all that a run needs of the memo (one stopped by errors uses less). */
  let madeAll = false;

  /**
   * `later`: a writing run remembers the run once written (later.remember), with the hash of the manifest the
   * write stage knows, rather than make the manifest's text again. `readNow`: see onceOrAgain.
   */
  async function produce(
    progress: ReturnType<typeof progressOn>,
    readNow: boolean,
    later?: { remember?: (manifestHash: string | undefined) => Promise<void> },
  ): Promise<GenerateResult | HeldRun> {
    progress.stage(`reading ${options.spec}/`);
    const held = await runs?.held();
    if (held) return held;
    const { emitters, generateFromInput, keptModels, readSpecInput, runThreads } = await pipeline();
    if (options.repeated) models ??= keptModels();
    // The files the stats showed unchanged are read only if their text is needed (spec-files.ts).
    const input = await readSpecInput(specDir, io.cwd, specTexts, runs?.unchanged());
    if (options.repeated && !warmed) lastInput = input;
    progress.operations(input.files.filter((f) => f.kind === "operation").length);
    // The shared files whole serve a spec made again whose output the folder no longer holds (else the run memo
    // answers): tens of megabytes written for a spec seen before, not for each edit (emit/emit-files.ts).
    const rememberShared = runs === null || runs.seen();
    const result = await generateFromInput(input, countingOperations(emitters, progress), memo, models, {
      rememberShared,
      readNow,
      threads: runThreads(() => progress.operationDone()),
    });
    if (result.ok && later && runs)
      later.remember = (hash) => runs.remember(input, result.diagnostics, result.files, hash);
    else if (result.ok) await runs?.remember(input, result.diagnostics, result.files);
    madeAll = result.ok;
    progress.stage(`${options.check ? "comparing" : "writing"} ${outLabel}/`);
    return result;
  }

  /** Prints the spec's diagnostics; 1 when they stopped the run. */
  function reportErrors(result: GenerateResult | HeldRun): number {
    for (const line of diagnosticLines(result, options.spec)) printError(line);
    return result.ok ? 0 : 1;
  }

  async function checkOnce(readNow: boolean): Promise<number> {
    const progress = progressOn(io.stderr, options.quiet, io.now);
    let result: GenerateResult | HeldRun;
    let changes: OutputChange[] = [];
    try {
      assertNoCutChange(specDir);
      result = await readWithoutLock(specDir, () => produce(progress, readNow));
      if (result.ok && !isHeld(result))
        changes = await (await pipeline()).checkOutput(outDir, result.files, writeOptions);
    } finally {
      progress.end();
    }
    if (reportErrors(result) !== 0 || !result.ok) return 1;
    if (changes.length === 0) {
      if (!options.quiet)
        print(`${outLabel}/ is up to date (${isHeld(result) ? result.files : result.files.length} files).`);
      return 0;
    }
    io.stdout.write((await pipeline()).unifiedDiff(changes, outLabel));
    for (const line of staleLines(changes, outLabel)) printError(line);
    return 1;
  }

  async function writeOnce(readNow: boolean): Promise<number> {
    const progress = progressOn(io.stderr, options.quiet, io.now);
    let report: WriteReport | undefined;
    let result: GenerateResult | HeldRun;
    try {
      result = await withFolderLock(specDir, nodeFs, async () => {
        recoverFolder(specDir, nodeFs);
        const later: Parameters<typeof produce>[2] = {};
        const produced = await produce(progress, readNow, later);
        if (isHeld(produced)) report = { changes: [], unchanged: produced.files };
        else if (produced.ok) {
          report = await (await pipeline()).writeOutput(outDir, produced.files, writeOptions);
          await later.remember?.(report.manifestHash);
        }
        return produced;
      });
    } finally {
      progress.end();
    }
    if (reportErrors(result) !== 0 || !report) return 1;
    // A held run used one entry of the memo: pruning is left to a run that used what it relies on.
    if (cacheDir !== null && disk !== null && !isHeld(result)) pruneMemo(cacheDir, () => disk.used);
    if (!options.quiet) for (const line of writeSummaryLines(report, outLabel)) print(line);
    return 0;
  }

  const runOnce = async () => {
    const problem = specFolderProblem(specDir, io.cwd);
    if (problem) {
      printError(`npm run generate --: ${problem} (the spec folder is given with --spec <dir>; see --help).`);
      return 1;
    }
    try {
      return await onceOrAgain();
    } catch (error) {
      // A folder locked, changed under the run, or holding what the generator must not touch: the user's to sort out, not a bug.
      if (!(error instanceof WriteRefusal || error instanceof SpecChanged)) throw error;
      printError(options.check ? error.message : `${error.message}\nNothing was written.`);
      return 1;
    } finally {
      // What a run that made every file left unused in memory goes: memory follows the spec, not the count of saves.
      if (madeAll && memo !== null && options.repeated) forgetUnused(memo);
      madeAll = false;
    }
  };
  /**
   * A run, and again should it find an entry it reads lazily missing or damaged (lost-entries.ts): it stopped
   * before writing anything, and the run again reads every such entry when it looks it up, as a miss if lost.
   */
  const onceOrAgain = async (): Promise<number> => {
    const run = options.check ? checkOnce : writeOnce;
    try {
      return await run(false);
    } catch (error) {
      if (!(error instanceof MemoEntryLost)) throw error;
      if (!options.quiet)
        printError(`The memo's entry ${error.key} was missing or damaged: what it held is made again.`);
      return await run(true);
    }
  };
  const warm = async () => {
    const input = lastInput;
    lastInput = undefined;
    warmed = true;
    if (input !== undefined) await warmUp(await pipeline(), input, memo, models);
  };
  const finish = async () => {
    if (memo !== null) await flushPutOff(memo);
    await kept?.release();
  };
  return Object.assign(runOnce, { finish, warm });
}

type Pipeline = typeof import("./run-pipeline.js");
/** The stages of a run that the run memo does not answer, loaded by the first such run (run-pipeline.ts). */
const pipeline = (): Promise<Pipeline> => import("./run-pipeline.js");
