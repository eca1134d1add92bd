#!/usr/bin/env node
// Command line: regenerate generated/ from spec/, check that it is up to date, or keep it so (--watch).

import path from "node:path";
import { Command, Option } from "commander";
import { failureText } from "./cli/failure-text.js";
import { writtenFolderProblem } from "./cli/folder-options.js";
import { type CommandIo, guarded, PATHS_HELP, parseOptions, runAsEntry } from "./command-line.js";
import { DEFAULT_CACHE_DIR } from "./memo/disk-memo.js";
import { shownPath } from "./read/shown-path.js";

const program = new Command()
  .name("npm run generate --")
  .description(
    "Generate TypeScript types, validators, seal helpers and docs for the Sips JSON API from spec/ into generated/.",
  )
  .option("--spec <dir>", "spec directory (sips.yaml, dictionary/, operations/)", "spec")
  .option(
    "--out <dir>",
    "output directory, made with its missing parents when absent (as git clone and tsc --outDir make theirs); only generated files in it are ever replaced or removed",
    "generated",
  )
  .option(
    "--check",
    "leave the output directory untouched (the memo may still learn); print a unified diff and exit 1 when it differs from what the spec gives",
  )
  // A check answers by its exit code, which a watch never ends with; each save printed the whole diff again.
  .addOption(
    new Option(
      "--watch",
      "keep running: generate again after every save in the spec directory, until Ctrl-C, SIGTERM or SIGHUP (its terminal closed), each of which lets the run in progress end (not with --check, which answers once, by its exit code)",
    ).conflicts("check"),
  )
  .option("--cache-dir <dir>", "where results of earlier runs are kept, to redo only what changed", DEFAULT_CACHE_DIR)
  .option("--no-cache", "redo everything, reusing nothing from earlier runs")
  .option(
    "-q, --quiet",
    "print only problems: diagnostics, failures, a stale output (no summary, no progress, no --watch's Watching line)",
  )
  .addHelpText(
    "after",
    `${PATHS_HELP}
Exit codes:
  0  done, or up to date (--check), or stopped by Ctrl-C, SIGTERM or SIGHUP (--watch)
  1  a usage error (an option unknown or misspelled or given twice, --watch
     with --check, a file given as --out or --cache-dir), the spec has errors
     (each printed as file:line:column severity code message), the spec
     folder is missing, the output folder holds files the generator did not
     write or symbolic links, another run kept a folder locked, a spec
     file changed or went during the run, or, with --check, the output is
     stale
  2  the generator itself failed
  130, 143, 129  ended by Ctrl-C, SIGTERM or SIGHUP (without --watch): the
     locks released, the output folder as it was or wholly written

On a terminal, a long run shows how many operations it has generated, on one
line of stderr that it clears when done; not with --quiet nor when stderr is
not a terminal.

Examples:
  npm run generate                 regenerate generated/
  npm run generate -- --check      fail if generated/ is stale or edited by hand
  npm run generate -- --watch      regenerate on every save in spec/`,
  );

async function main(args: readonly string[], io: CommandIo): Promise<number> {
  const opts = parseOptions<{
    spec: string;
    out: string;
    check?: boolean;
    watch?: boolean;
    cache: boolean;
    cacheDir: string;
    quiet?: boolean;
  }>(program, args, io, ["spec", "out", "cacheDir"]);
  if (typeof opts === "number") return opts;
  // Before any run, --watch too: no save can make a file a folder, and the write stage failed on one with a stack.
  const folderProblem =
    writtenFolderProblem(path.resolve(io.cwd, opts.out), io.cwd, { what: "output folder", flag: "--out <dir>" }) ??
    (opts.cache
      ? writtenFolderProblem(path.resolve(io.cwd, opts.cacheDir), io.cwd, {
          what: "cache folder",
          flag: "--cache-dir <dir>",
        })
      : undefined);
  if (folderProblem) {
    io.err(`npm run generate --: ${folderProblem}.\n`);
    return 1;
  }
  // Loaded once the arguments are read: --help and a usage error need none of the generator.
  const { generateRun } = await import("./cli/generate-run.js");
  const cacheDir = opts.cache ? opts.cacheDir : null;
  const run = generateRun(
    {
      spec: opts.spec,
      out: opts.out,
      check: opts.check ?? false,
      cacheDir,
      quiet: opts.quiet ?? false,
      repeated: !!opts.watch,
    },
    { stdout: { write: io.out }, stderr: { isTTY: io.errIsTerminal === true, write: io.err }, cwd: io.cwd },
  );
  if (!opts.watch) {
    // --check holds no lock and writes nothing: a signal ends it as it ends any process.
    if (opts.check) return run();
    const { exitOnSignal } = await import("./cli/interrupted.js");
    const listening = exitOnSignal();
    try {
      return await run();
    } finally {
      // A signal that came during the run's last synchronous steps (the write) is answered, not lost with its listener.
      await new Promise((resolve) => setImmediate(resolve));
      listening();
    }
  }
  const [{ watchSpec }, { stopRequest }] = await Promise.all([
    import("./cli/watch.js"),
    import("./cli/stop-requested.js"),
  ]);
  const specDir = path.resolve(io.cwd, opts.spec);
  const stop = stopRequest();
  try {
    return await watchSpec(run, {
      specDir,
      label: shownPath(io.cwd, specDir),
      ignore: [path.resolve(io.cwd, opts.out), ...(cacheDir === null ? [] : [path.resolve(io.cwd, cacheDir)])],
      say: (text) => io.err(`${text}\n`),
      quiet: opts.quiet ?? false,
      stop: stop.requested,
    });
  } finally {
    stop.release();
  }
}

/**
 * The command, run in this process: `args` are the user's, paths are relative to `io.cwd`. Exit 2 means a
 * bug of the generator (or of the machine): the stack is what a report needs.
 */
export const command = guarded(main, failureText);

runAsEntry(import.meta.url, command);
