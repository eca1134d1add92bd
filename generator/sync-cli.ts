#!/usr/bin/env node
// Command line: bring the spec in line with the saved Sips pages, or check that it is.

import path from "node:path";
import { Command, Option } from "commander";
import { type CommandIo, guarded, PATHS_HELP, parseOptions, runAsEntry } from "./command-line.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { shownPath } from "./read/shown-path.js";
import { SpecChanged } from "./read/spec-changed.js";
import { WriteRefusal } from "./write/write-fs.js";

const program = new Command()
  .name("npm run sync --")
  .description(
    "Compare every operation that cites a saved page (source.page) with that page, and bring the spec in line with it.",
  )
  .option("--spec <dir>", "spec directory (sips.yaml, dictionary/, operations/, sources/)", "spec")
  .option(
    "--check",
    "write nothing; print every difference (beside a problem, those kept on purpose only counted: see --verbose) and exit 1 on one not kept on purpose",
  )
  .option(
    "--verbose",
    "list the differences kept on purpose (source.deviations) even when there are problems, which they follow; without it they are then counted in one line",
  )
  // A check writes nothing: the records it would leave unwritten were read as written.
  .addOption(
    new Option(
      "--record-deviations",
      "also write under each deviation kept (source.deviations) what the page says now (page:), after reading its reason again (not with --check, which writes nothing)",
    ).conflicts("check"),
  )
  .option(
    "--family <name>",
    "family of the operations made from pages that no operation cites (else derived from the endpoint path); a new one is taken as given, a slip of one of the spec's refused",
  )
  .addHelpText(
    "after",
    `${PATHS_HELP}
Exit codes:
  0  the spec agrees with its pages (or, without --check, now does)
  1  a usage error (an option unknown, misspelled or given twice,
     --record-deviations with --check, a --family one slip away from a
     family of the spec), differences (with --check), a defective page,
     spec errors, differences sync cannot settle, any other error left
     once it has written (a deviation that no longer differs, or whose
     page: a release moved: --record-deviations settles that one), so
     that a CI step that syncs stops there as --check does; a missing spec folder,
     another run holding spec/, or a spec file changed during the run
     (nothing written)
  2  the command itself failed
  130, 143, 129  ended by Ctrl-C, SIGTERM or SIGHUP (without --check): the
     spec folder's lock released, the spec as it was or wholly written

A difference kept on purpose is recorded with its reason under the operation's
source.deviations (about: the name printed before the colon); it is then
reported as information: --check prints the problems first, and those of
files with no problem after them, under a line that counts them; while there
is a problem, that line alone, unless --verbose.

Examples:
  npm run sync -- --check          list every difference between spec/ and spec/sources/
  npm run sync -- --check --verbose
                                   the same, listing the deviations kept even beside a problem
  npm run sync                     edit spec/ to match the pages, then run npm run generate
  npm run sync -- --family In-App  the same, naming the family of new operations
  npm run sync -- --record-deviations
                                   the same, recording under each deviation what the page says now`,
  );

async function main(args: readonly string[], io: CommandIo): Promise<number> {
  const opts = parseOptions<{
    spec: string;
    check?: boolean;
    verbose?: boolean;
    family?: string;
    recordDeviations?: boolean;
  }>(program, args, io, ["spec"]);
  if (typeof opts === "number") return opts;
  // Loaded once the arguments are read: --help and a usage error need none of them.
  const [
    { checkLines },
    { readSpecInput },
    { checkSync },
    { syncSpec },
    { assertNoCutChange },
    { recoverFiles },
    { specFolderProblem },
    { checkAdvice },
  ] = await Promise.all([
    import("./sync/check-lines.js"),
    import("./read/spec-files.js"),
    import("./sync/sync-check.js"),
    import("./sync/sync-write.js"),
    import("./write/read-output.js"),
    import("./write/write-files.js"),
    import("./read/spec-folder.js"),
    import("./sync/check-advice.js"),
  ]);
  const printError = (text: string) => io.err(`${text}\n`);
  const specDir = path.resolve(io.cwd, opts.spec);
  const problem = specFolderProblem(specDir, io.cwd);
  if (problem) {
    printError(`npm run sync --: ${problem} (the spec folder is given with --spec <dir>; see --help).`);
    return 1;
  }
  const { family = null } = opts;
  const recordDeviations = opts.recordDeviations === true;
  const verbose = opts.verbose === true;
  // --check holds no lock and writes nothing: a signal ends it as it ends any process.
  if (opts.check) return report(true);
  // A signal releases the spec's lock (taken to recover, then to write) and exits 130, 143 or 129, as generate does.
  const { exitOnSignal } = await import("./cli/interrupted.js");
  const listening = exitOnSignal();
  try {
    return await report(false);
  } finally {
    // A signal that came during the write's synchronous steps is answered, not lost with its listener.
    await new Promise((resolve) => setImmediate(resolve));
    listening();
  }

  async function report(check: boolean): Promise<number> {
    // A sync killed half-way left two runs' files in the spec: --check refuses to read it, sync first finishes that change.
    if (check) assertNoCutChange(specDir);
    else await recoverFiles(specDir);
    const input = await readSpecInput(specDir, io.cwd);
    const checked = await checkSync(input);
    if (check || !checked.ok) {
      const printed = checkLines(checked.diagnostics, verbose);
      for (const line of printed.lines) printError(line);
      const errors = checked.diagnostics.filter((d) => d.severity === "error").length;
      if (errors > 0) {
        // Below a block kept on purpose (--verbose), the closing line says where the problems are, which scrolled up.
        const where =
          printed.kept === 0 || !printed.listed
            ? ""
            : ` in ${named(printed.where)} (listed before the ${printed.kept} kept on purpose)`;
        printError(
          `\n${errors} problem${errors === 1 ? "" : "s"}${where}: ${checked.ok ? checkAdvice(checked) : invalidSpecAdvice(checked.diagnostics)}.`,
        );
        return 1;
      }
      // Warnings leave the exit code 0, but the line that ends the run says they were printed: "agrees" alone read as
      // no finding at all, right after one.
      const warnings = checked.diagnostics.filter((d) => d.severity === "warning").length;
      const above = warnings > 0 ? `, with ${warnings} warning${warnings === 1 ? "" : "s"} above` : "";
      io.out(
        `${shownPath(io.cwd, specDir)}/ ${checked.ok ? agreement(checked.subjects.length, checked.callbacks.length, checked.spec.operations.length) : "agrees"}${above}.\n`,
      );
      return 0;
    }
    const synced = await syncSpec(input, checked, { family, recordDeviations });
    for (const line of synced.messages) printError(line);
    return synced.ok ? 0 : 1;
  }
}

/** The command, run in this process: `args` are the user's, paths are relative to `io.cwd`. */
export const command = guarded(main, (error) =>
  // The spec folder locked by another run, or changed during this one: the disk's state (exit 1), not a bug.
  error instanceof WriteRefusal || error instanceof SpecChanged
    ? { code: 1, text: `${error.message}\nNothing was written.` }
    : { code: 2, text: `sync failed: ${error instanceof Error ? error.message : String(error)}` },
);

runAsEntry(import.meta.url, command);

/**
 * What a clean check says: with nothing compared, that there was nothing to compare, not that it agrees; the
 * operations and callbacks it compared, and the operations it could not, which cite no page.
 */
function agreement(operations: number, callbacks: number, all: number): string {
  if (operations + callbacks === 0) return "cites no saved page (source.page): nothing to compare";
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const compared = [count(operations, "operation"), ...(callbacks > 0 ? [count(callbacks, "callback")] : [])];
  const pageless = all - operations;
  const none = pageless > 0 ? `; ${count(pageless, "operation")} without a saved page, not compared` : "";
  return `agrees with its pages (${compared.join(", ")}${none})`;
}

/** The files with problems, a few by name: "oneOperation, another and 3 more". */
function named(files: readonly string[]): string {
  const shown = files.slice(0, 3);
  const more = files.length - shown.length;
  return more > 0
    ? `${shown.join(", ")} and ${more} more`
    : shown.length > 1
      ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`
      : (shown[0] ?? "");
}

/**
 * What to do when the spec has errors: the pages are compared with it only
 * once it is valid, but their own defects are reported beside its errors.
 */
function invalidSpecAdvice(diagnostics: readonly Diagnostic[]): string {
  const pages = diagnostics.some((d) => d.severity === "error" && d.file.endsWith(".page.txt"));
  return pages
    ? "fix the spec and the pages first; the pages are compared with the spec once it is valid"
    : "fix the spec first; the pages are compared with it once it is valid";
}
