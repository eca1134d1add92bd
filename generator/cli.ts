#!/usr/bin/env node
// Command line: regenerate generated/ from spec/, or check that it is up to date.

import { statSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
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

async function main(): Promise<number> {
  const opts = program
    .parse()
    .opts<{ spec: string; out: string; check?: boolean; cache: boolean; cacheDir: string; quiet: boolean }>();
  const specProblem = specDirProblem(path.resolve(opts.spec));
  if (specProblem) {
    console.error(`${program.name()}: ${specProblem} (the spec folder is given with --spec <dir>; see --help).`);
    return 1;
  }
  const memo = opts.cache ? diskMemo(path.resolve(opts.cacheDir)) : null;
  const result = await generate({ specDir: path.resolve(opts.spec), memo });
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    console.error(`\n${errors} error${errors === 1 ? "" : "s"} in ${opts.spec}/; nothing was written.`);
    return 1;
  }
  const outDir = path.resolve(opts.out);
  const label = path.relative(process.cwd(), outDir) || ".";
  if (opts.check) {
    let changes: OutputChange[];
    try {
      changes = await check(outDir, result.files);
    } catch (error) {
      // Another run kept the folder locked or replaced: the disk's state, not a bug.
      if (!(error instanceof WriteRefusal)) throw error;
      console.error(error.message);
      return 1;
    }
    if (changes.length === 0) {
      if (!opts.quiet) console.log(`${label}/ is up to date (${result.files.length} files).`);
      return 0;
    }
    process.stdout.write(unifiedDiff(changes, label));
    console.error(
      `\n${label}/ is stale: ${changes.map((c) => `${c.path} ${c.kind === "changed" ? "differs" : c.kind === "added" ? "is missing" : "should not exist"}`).join(", ")}.`,
    );
    console.error("Run `npm run generate` and commit the result.");
    return 1;
  }
  let report: WriteReport;
  try {
    report = await write(outDir, result.files);
  } catch (error) {
    // The output folder holds what the generator must not touch: the user's to sort out, not a bug.
    if (!(error instanceof WriteRefusal)) throw error;
    console.error(`${error.message}\nNothing was written.`);
    return 1;
  }
  if (!opts.quiet) {
    const count = (kind: string) => report.changes.filter((c) => c.kind === kind).length;
    console.log(
      `${label}/: ${count("added")} added, ${count("changed")} changed, ${count("removed")} removed, ${report.unchanged} unchanged.`,
    );
  }
  return 0;
}

/** Why `dir` cannot be a spec folder, or undefined: a usage error, not a failure of the generator. */
function specDirProblem(dir: string): string | undefined {
  const label = path.relative(process.cwd(), dir) || ".";
  try {
    if (!statSync(dir).isDirectory()) return `spec folder "${label}" is not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return `spec folder "${label}" does not exist`;
    throw error;
  }
  return undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Exit 2 means a bug of the generator (or of the machine): the stack is what a report needs.
    console.error(`generator failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
