#!/usr/bin/env node
// Command line: regenerate generated/ from spec/, or check that it is up to date.

import { statSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { type CommandIo, guarded, parseOptions, runAsEntry } from "./command-line.js";
import {
  check,
  DEFAULT_CACHE_DIR,
  diskMemo,
  formatDiagnostic,
  generate,
  type OutputChange,
  unifiedDiff,
  type WriteReport,
  write,
  WriteRefusal,
} from "./index.js";

const program = new Command()
  .name("npm run generate --")
  .description(
    "Generate TypeScript types, validators, seal helpers and docs for the Sips JSON API from spec/ into generated/.",
  )
  .option("--spec <dir>", "spec directory (sips.yaml, dictionary/, operations/)", "spec")
  .option("--out <dir>", "output directory; only generated files in it are ever replaced or removed", "generated")
  .option(
    "--check",
    "write nothing; print a unified diff and exit 1 when the output directory differs from what the spec gives",
  )
  .option("--cache-dir <dir>", "where results of earlier runs are kept, to redo only what changed", DEFAULT_CACHE_DIR)
  .option("--no-cache", "redo everything, reusing nothing from earlier runs")
  .addOption(new Option("-q, --quiet", "print only problems").default(false))
  .addHelpText(
    "after",
    `
Exit codes:
  0  done (or, with --check, the output is up to date)
  1  the spec has errors (each printed as file:line:column severity code message),
     the spec folder is missing, the output folder holds files the generator
     did not write or symbolic links, or, with --check, the output is stale
  2  the generator itself failed

Examples:
  npm run generate                 regenerate generated/
  npm run generate -- --check      fail if generated/ is stale or edited by hand`,
  );

async function main(args: readonly string[], io: CommandIo): Promise<number> {
  const opts = parseOptions<{
    spec: string;
    out: string;
    check?: boolean;
    cache: boolean;
    cacheDir: string;
    quiet: boolean;
  }>(program, args, io);
  if (typeof opts === "number") return opts;
  const print = (text: string) => io.out(`${text}\n`);
  const printError = (text: string) => io.err(`${text}\n`);
  const specDir = path.resolve(io.cwd, opts.spec);
  const specProblem = specDirProblem(specDir, io.cwd);
  if (specProblem) {
    printError(`${program.name()}: ${specProblem} (the spec folder is given with --spec <dir>; see --help).`);
    return 1;
  }
  const memo = opts.cache ? diskMemo(path.resolve(io.cwd, opts.cacheDir)) : null;
  const result = await generate({ specDir, memo, cwd: io.cwd });
  for (const d of result.diagnostics) printError(formatDiagnostic(d));
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    printError(`\n${errors} error${errors === 1 ? "" : "s"} in ${opts.spec}/; nothing was written.`);
    return 1;
  }
  const outDir = path.resolve(io.cwd, opts.out);
  const label = path.relative(io.cwd, outDir) || ".";
  if (opts.check) {
    let changes: OutputChange[];
    try {
      changes = await check(outDir, result.files);
    } catch (error) {
      // Another run kept the folder locked or replaced: the disk's state, not a bug.
      if (!(error instanceof WriteRefusal)) throw error;
      printError(error.message);
      return 1;
    }
    if (changes.length === 0) {
      if (!opts.quiet) print(`${label}/ is up to date (${result.files.length} files).`);
      return 0;
    }
    io.out(unifiedDiff(changes, label));
    printError(
      `\n${label}/ is stale: ${changes.map((c) => `${c.path} ${c.kind === "changed" ? "differs" : c.kind === "added" ? "is missing" : "should not exist"}`).join(", ")}.`,
    );
    printError("Run `npm run generate` and commit the result.");
    return 1;
  }
  let report: WriteReport;
  try {
    report = await write(outDir, result.files);
  } catch (error) {
    // The output folder holds what the generator must not touch: the user's to sort out, not a bug.
    if (!(error instanceof WriteRefusal)) throw error;
    printError(`${error.message}\nNothing was written.`);
    return 1;
  }
  if (!opts.quiet) {
    const count = (kind: string) => report.changes.filter((c) => c.kind === kind).length;
    print(
      `${label}/: ${count("added")} added, ${count("changed")} changed, ${count("removed")} removed, ${report.unchanged} unchanged.`,
    );
  }
  return 0;
}

/** Why `dir` cannot be a spec folder, or undefined: a usage error, not a failure of the generator. */
function specDirProblem(dir: string, cwd: string): string | undefined {
  const label = path.relative(cwd, dir) || ".";
  try {
    if (!statSync(dir).isDirectory()) return `spec folder "${label}" is not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return `spec folder "${label}" does not exist`;
    throw error;
  }
  return undefined;
}

/**
 * The command, run in this process: `args` are the user's, paths are relative to `io.cwd`. Exit 2 means a
 * bug of the generator (or of the machine): the stack is what a report needs.
 */
export const command = guarded(
  main,
  (error) => `generator failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
);

runAsEntry(import.meta.url, command);
