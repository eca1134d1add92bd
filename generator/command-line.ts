// What the commands (cli.ts, sync-cli.ts, changes-cli.ts) share: a run is a
// function of its arguments, its working folder and two output streams, so
// that it can run inside another program (the tests run them so, in their own
// process); the process is only the entry point that passes its own.

import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Command, CommanderError } from "commander";

export interface CommandIo {
  /** The working folder: paths in arguments and in messages are relative to it. */
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** A run of the command: its exit code (see its --help). */
export type CommandMain = (args: readonly string[], io: CommandIo) => Promise<number>;

export const processIo: CommandIo = {
  cwd: process.cwd(),
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/**
 * The options of `args` (the user's arguments, without node and the script),
 * or the exit code when commander answered by itself: --help (0), a usage
 * error (1, its message written to `io.err`).
 */
export function parseOptions<T extends object>(program: Command, args: readonly string[], io: CommandIo): T | number {
  // Set again on each run (it is per program, and the parse that reads it is synchronous): runs may overlap.
  program.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    return program.parse(args, { from: "user" }).opts<T>();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
}

/** `main`, with a throw turned into exit 2 and `failure`'s text on `io.err`: the command as its process runs it. */
export function guarded(main: CommandMain, failure: (error: unknown) => string): CommandMain {
  return (args, io) =>
    main(args, io).catch((error: unknown) => {
      io.err(`${failure(error)}\n`);
      return 2;
    });
}

/** Runs `command` with the process's arguments and streams, then exits with its code, when `moduleUrl` is the module node was started with. */
export function runAsEntry(moduleUrl: string, command: CommandMain): void {
  const entry = process.argv[1];
  if (entry === undefined || realPath(path.resolve(entry)) !== realPath(fileURLToPath(moduleUrl))) return;
  void command(process.argv.slice(2), processIo).then((code) => process.exit(code));
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
