// What the commands (cli.ts, sync-cli.ts, changes-cli.ts) share: a run is a
// function of its arguments, its working folder and two output streams, so
// that it can run inside another program (the tests run them so, in their own
// process); the process is only the entry point that passes its own.

import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Command, CommanderError } from "commander";
import { fromRoot, typedFolder } from "./typed-folder.js";

export interface CommandIo {
  /** The working folder: paths in arguments and in messages are relative to it. */
  readonly cwd: string;
  /**
   * The folder the options' default paths are read from, when not `cwd`: the package's root, where npm runs
   * the command, with `cwd` the folder `npm run` was typed in (typed-folder.ts).
   */
  readonly root?: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whatever `err` writes reaches a terminal that redraws a line in place: a long run may show its progress there. */
  readonly errIsTerminal?: boolean;
}

/** What each command's --help says of its paths (typed-folder.ts), before its exit codes. */
export const PATHS_HELP = `
Paths:
  A relative path is read from the folder the command was typed in, even
  through npm run, which runs it from the package's root; a default is
  the package's own folder (spec/ from a subfolder is ../spec).
`;

/** A run of the command: its exit code (see its --help). */
export type CommandMain = (args: readonly string[], io: CommandIo) => Promise<number>;

/** The process's streams, each given to the command as `writeTo` makes it. */
const processIo = (): CommandIo => ({
  cwd: typedFolder(process.env, process.argv, process.cwd(), process.execArgv),
  root: process.cwd(),
  out: writeTo(process.stdout),
  err: writeTo(process.stderr),
  errIsTerminal: redrawsInPlace(process.env, process.stderr.isTTY),
});

/**
 * Whether a stream redraws a line in place, as progress does (`\r`, then an escape that clears the line): a
 * terminal, unless TERM says it is dumb (an editor's shell buffer), where the escape shows as text.
 */
export const redrawsInPlace = (env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean =>
  isTTY === true && env.TERM !== "dumb";

/**
 * Whether `error` says the stream's reader went away: a pipe's (EPIPE), a closed terminal's (EIO). On a file
 * (`> report.json`), EIO is the disk failing, and what was to be written is lost: that error is the command's.
 */
const readerGone = (stream: { readonly isTTY?: boolean }, error: NodeJS.ErrnoException): boolean =>
  error.code === "EPIPE" || (error.code === "EIO" && stream.isTTY === true);

/**
 * Writes to `stream` until its reader goes away (`--help | head`, or the
 * terminal of a `--watch` closed, which stops it after its run): what is left
 * to say then goes nowhere, and the run goes on to its end and its exit code,
 * where an unhandled EPIPE or EIO stopped the process, in the middle of a
 * write if one was under way.
 */
export function writeTo(stream: {
  readonly isTTY?: boolean;
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  write(text: string): unknown;
}): (text: string) => void {
  let open = true;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (!readerGone(stream, error)) throw error;
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

/**
 * The options of `args` (the user's arguments, without node and the script),
 * or the exit code when commander answered by itself: --help (0), a usage
 * error (1, its message written to `io.err`, as the command's own are: its
 * name first, --help last). The options named in `paths` hold paths: their defaults are read from `io.root`
 * and given as paths from `io.cwd`, as a path the user typed is.
 */
export function parseOptions<T extends object>(
  program: Command,
  args: readonly string[],
  io: CommandIo,
  paths: readonly (keyof T & string)[] = [],
): T | number {
  // Set again on each run (it is per program, and the parse that reads it is synchronous): runs may overlap.
  program.exitOverride().configureOutput({
    writeOut: io.out,
    writeErr: io.err,
    outputError: (text, write) => write(usageError(program, text)),
  });
  refuseRepeatedValues(program);
  try {
    const opts = { ...program.parse(args, { from: "user" }).opts<T>() };
    const root = io.root ?? io.cwd;
    for (const name of paths) {
      const value = opts[name];
      if (typeof value === "string" && program.getOptionValueSource(name) === "default")
        Object.assign(opts, { [name]: fromRoot(root, io.cwd, value) });
    }
    return opts;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
}

/** Per program, the options that take a value given so far in its parse under way (parses are synchronous). */
const givenValues = new WeakMap<Command, Set<string>>();

/**
 * Makes a second value of an option that takes one a usage error (exit 1) in the next parse of `program`, where
 * commander keeps the last in silence: `--spec a --spec b` read b alone. Its listeners are added once per program.
 */
function refuseRepeatedValues(program: Command): void {
  const known = givenValues.get(program);
  if (known) {
    known.clear();
    return;
  }
  const given = new Set<string>();
  givenValues.set(program, given);
  for (const option of program.options) {
    if (!(option.required || option.optional) || option.variadic) continue;
    program.on(`option:${option.name()}`, () => {
      if (given.has(option.name()))
        program.error(`error: option '${option.flags}' is given twice; give it once`, { exitCode: 1 });
      given.add(option.name());
    });
  }
}

/** `error: unknown option '--chek'\n(Did you mean --check?)` as `npm run sync --: unknown option '--chek'; did you mean --check? (see --help).` */
function usageError(program: Command, text: string): string {
  const said = text
    .trim()
    .replace(/^error: /, "")
    .replace(/\n\(Did you mean (.*)\)$/, "; did you mean $1")
    .replace(/\.$/, "");
  return `${program.name()}: ${said} (see --help).\n`;
}

/** What a throw means to the user: its text, and the exit code (2, a failure of the command, unless said). */
export type Failure = string | { readonly code: number; readonly text: string };

/** `main`, with a throw turned into `failure`'s exit code and text on `io.err`: the command as its process runs it. */
export function guarded(main: CommandMain, failure: (error: unknown) => Failure): CommandMain {
  return (args, io) =>
    main(args, io).catch((error: unknown) => {
      const said = failure(error);
      const { code, text } = typeof said === "string" ? { code: 2, text: said } : said;
      io.err(`${text}\n`);
      return code;
    });
}

/** Runs `command` with the process's arguments and streams, then exits with its code, when `moduleUrl` is the module node was started with. */
export function runAsEntry(moduleUrl: string, command: CommandMain): void {
  const entry = process.argv[1];
  if (entry === undefined || realPath(path.resolve(entry)) !== realPath(fileURLToPath(moduleUrl))) return;
  runAsProcess(command);
}

/** Runs `command` with the process's streams and `args` (by default its arguments), then exits with its code: the bundled start-up calls it (scripts/run-bundled.cjs). */
export function runAsProcess(command: CommandMain, args: readonly string[] = process.argv.slice(2)): void {
  void command(args, processIo()).then((code) => process.exit(code));
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
