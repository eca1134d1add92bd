import { statSync } from "node:fs";
import path from "node:path";
import { PAGE_FILE, YAML_FILE } from "../read/spec-files.js";
import { errorCode } from "../write/write-fs.js";
import { failureText } from "./failure-text.js";
import { type FolderWatch, watchFolderTree } from "./folder-watch.js";
import type { RunOnce } from "./generate-run.js";

export interface WatchOptions {
  readonly specDir: string;
  /** The spec folder as messages name it. */
  readonly label: string;
  /** Paths inside the spec folder that runs write (an output folder inside it): their changes start no run. */
  readonly ignore: readonly string[];
  /** Saves closer together than this make one run (SAVE_GATHER_MS unless given). */
  readonly debounceMs?: number;
  /** Prints a line for the user: a failed run, a schema changed, that the watch watches (not when quiet). */
  readonly say: (text: string) => void;
  /** --quiet: say only what is a problem, not that the folder is watched. */
  readonly quiet?: boolean;
  /** Resolves when watching should stop (SIGINT, SIGTERM, SIGHUP, npm gone: stop-requested.ts). */
  readonly stop: Promise<void>;
}

/**
 * How long a run waits after the last change it heard. An editor's save is a
 * few calls in a row (a new copy written, then renamed over the file; or the
 * file emptied, then written): their notifications come within a millisecond
 * or two of each other on an idle machine, and must make one run, which reads
 * the saved file, not a run that reads it half saved. On a busy one the calls
 * of one save were seen more than 10 ms apart (an empty file read, its errors
 * printed, then the summary): 30 ms leaves room for that. What is waited here
 * comes on top of every save's run.
 */
export const SAVE_GATHER_MS = 30;

/**
 * How many gathering waits a run waits again while a file it heard of is
 * empty: an editor that empties a file, then writes it, is saving it, and on a
 * busy machine its two calls may come further apart than one wait. A file
 * left empty on purpose is run on after these (its error then shows).
 */
export const EMPTY_FILE_WAITS = 10;

/**
 * Runs once, then again after every save in the spec folder (a watch on each
 * of its folders, folder-watch.ts). Saves that come together make one
 * run; a save during a run makes one more run after it. Ends when `stop`
 * resolves, after the run in progress (0), or at once when the spec folder
 * cannot be watched (1: the first run said why); either way once the memo
 * holds what the runs put off writing (RunOnce.finish).
 */
export async function watchSpec(run: RunOnce, options: WatchOptions): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const gather = options.debounceMs ?? SAVE_GATHER_MS;
  // The files heard of since the last run started, and how often that run has waited for one of them to fill.
  const heard = new Set<string>();
  let emptyWaits = 0;
  let filledWaited = false;
  const start = () => {
    timer = undefined;
    if (stopped) return;
    if (emptyWaits < EMPTY_FILE_WAITS && [...heard].some((name) => isEmptyFile(path.join(options.specDir, name)))) {
      emptyWaits++;
      timer = setTimeout(start, gather);
      return;
    }
    // A file waited for was found written, maybe before the write's own notification came (on a busy machine
    // it comes late): one more wait takes it into this run, where it made a second run of the same text.
    if (emptyWaits > 0 && !filledWaited) {
      filledWaited = true;
      timer = setTimeout(start, gather);
      return;
    }
    heard.clear();
    emptyWaits = 0;
    filledWaited = false;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .then(() => undefined)
      .catch((error: unknown) => {
        // A bug of the generator ends one run, not the watch: the next save may well work.
        options.say(failureText(error));
      })
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          start();
        }
      });
  };
  // A folder the runs write, and what they put beside it while writing (its lock and journal).
  const ignored = (name: string) =>
    options.ignore.some((dir) => {
      const file = path.join(options.specDir, name);
      return file === dir || file.startsWith(`${dir}${path.sep}`) || file.startsWith(`${dir}.sips-json-`);
    });
  let schemaNoted = false;
  // Watching starts before the first run: a save made during it or during the warm-up is heard, not lost.
  let watcher: FolderWatch | undefined;
  try {
    watcher = watchFolderTree(options.specDir, ignored, (name, event) => {
      if (stopped) return;
      // Before the writes that start no run are passed over: a schema edited in place is written, not renamed.
      if (name?.startsWith(`schema${path.sep}`) && !schemaNoted) {
        schemaNoted = true;
        options.say(`${options.label}/schema/ changed: restart --watch to check the spec against the new schemas.`);
      }
      if (event === "change" && name !== null && !readByContent(name)) return;
      if (name) heard.add(name);
      if (timer) clearTimeout(timer);
      timer = setTimeout(start, gather);
    });
  } catch (error) {
    if (errorCode(error) !== "ENOENT" && errorCode(error) !== "ENOTDIR") throw error;
  }
  // The first run and the warm-up are a run in progress: what is heard meanwhile makes one more run after them.
  let firstDone: () => void = () => undefined;
  running = new Promise<void>((resolve) => (firstDone = resolve));
  try {
    await run();
    if (watcher !== undefined) {
      try {
        await run.warm();
      } catch {
        // Compiling ahead only saves time: a part of the spec that fails alone costs the first save its time, nothing more.
      }
    }
  } catch (error) {
    watcher?.close();
    throw error;
  } finally {
    running = undefined;
    firstDone();
  }
  if (watcher === undefined) {
    // The spec folder cannot be watched: the first run said why.
    await run.finish();
    return 1;
  }
  if (again && !stopped) {
    again = false;
    start();
  }
  if (!options.quiet) options.say(`Watching ${options.label}/ for changes (Ctrl-C to stop).`);
  await options.stop;
  stopped = true;
  watcher.close();
  if (timer) clearTimeout(timer);
  await running;
  await run.finish();
  return 0;
}

/**
 * Whether the spec reader reads what `name` (relative to the spec folder) holds: a YAML file or a saved page.
 * Of any other file only the name counts (a page cited under another name), so its writes start no run: an
 * editor's swap file, written every few seconds while a file is edited and not yet saved, printed a summary of
 * nothing changed each time.
 */
const readByContent = (name: string): boolean => YAML_FILE.test(name) || PAGE_FILE.test(name.split(path.sep).join("/"));

/** Whether `file` is a file with nothing in it (one being saved, most likely); false when it cannot be read. */
function isEmptyFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size === 0;
  } catch {
    return false;
  }
}
