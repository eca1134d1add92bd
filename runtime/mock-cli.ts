// `sips-json mock --port N --key K`: the mock server from the command line,
// running until it is interrupted. The key may come from SIPS_MOCK_KEY
// instead, to keep it out of the process list; a key per keyVersion from
// `--key-version N --key K` pairs, or SIPS_MOCK_KEY_<N>.

import type { MockServer, MockServerOptionsOf } from "./mock-server.js";
import { messageOf } from "./is-error.js";

const USAGE = `usage: sips-json mock [--port N] [--keep-running] (--key K | SIPS_MOCK_KEY=K)
       sips-json mock [--port N] [--keep-running] (--key-version V --key K)... | SIPS_MOCK_KEY_<V>=K...

Serves every Sips operation at its endpoint path on http://127.0.0.1:N (any
free port when N is 0 or absent), checking requests and sealing replies with K,
or with the key of the keyVersion V a request names, until SIGINT or SIGTERM.
Started by npm (npx, npm exec, npm run), it also stops when the process that
started it ends, since npm passes no signal on to it; --keep-running serves on
then (a mock started in the background by an npm script). Once it listens it
prints "Sips mock server listening on http://127.0.0.1:N" on stdout, with the
port it took when N is 0.

A Paypage payment played on it posts its sealed response, server to server, to
the request's automaticResponseUrl, and has the browser post it to
normalReturnUrl: to whatever host they name (the shop under test, wherever it
runs), http and https addresses only; another scheme gets no post.

Exit codes: 0 stopped; 1 a usage error, or the server could not start (the
port in use, say).
`;

/** The exit code of a usage error, as `generate`, `sync` and `changes` give one, and of a server that could not start. */
const FAILED = 1;

/** A keyVersion as the spec writes it (N10). */
const KEY_VERSION = /^(?:0|[1-9][0-9]{0,9})$/;
const VERSION_ENV = /^SIPS_MOCK_KEY_(0|[1-9][0-9]{0,9})$/;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: { readonly [name: string]: string | undefined };
  /** Resolves when the process should stop (SIGINT, SIGTERM). */
  readonly stopped: Promise<void>;
  /**
   * Resolves when the process that started this one has ended, where that
   * stops the server too unless `--keep-running` is given (npm started it and
   * passes no signal on); never, when absent.
   */
  readonly parentGone?: Promise<void>;
}

/** Runs the command; resolves to the exit code once the server has stopped. */
export async function runCli(
  argv: readonly string[],
  start: (options: MockServerOptionsOf) => Promise<Pick<MockServer, "url" | "close">>,
  io: CliIo,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") return usage(io);
  if (command !== "mock") {
    io.err(`${commandProblem(command)}\n${USAGE}`);
    return FAILED;
  }
  const parsed = parseOptions(rest, io.env);
  if (parsed === null) return usage(io);
  if (typeof parsed === "string") {
    io.err(`${parsed}\n${USAGE}`);
    return FAILED;
  }
  const { options, keepRunning } = parsed;
  let server: Pick<MockServer, "url" | "close">;
  try {
    // No code of the user's runs here, so what fails is the mock's own: the operator reads it on stderr. Nor does
    // any read the record of calls, which would grow for as long as the command serves.
    const onError = (error: unknown, operation: string | null) => io.err(failedText(error, operation));
    server = await start({ ...options, recordCalls: false, onError });
  } catch (error) {
    io.err(`the mock server could not start: ${messageOf(error)}\n`);
    return FAILED;
  }
  io.out(`Sips mock server listening on ${server.url}\n`);
  await (keepRunning || io.parentGone === undefined ? io.stopped : Promise.race([io.stopped, io.parentGone]));
  await server.close();
  return 0;
}

/**
 * What is wrong with the first argument where the command was due, and the command to give: options given first
 * (`sips-json --key K`) are said as such, not quoted, since a key may be among them.
 */
function commandProblem(command: string | undefined): string {
  if (command === undefined) return "no command: the command is mock (sips-json mock --key K)";
  if (command.startsWith("-")) return "no command before the options: the command is mock (sips-json mock --key K)";
  return `unknown command ${JSON.stringify(command)}: the command is mock (sips-json mock --key K)`;
}

/** The line stderr gets for an answer the mock failed to give (the request got a 500). */
function failedText(error: unknown, operation: string | null): string {
  return `the mock failed to answer${operation === null ? "" : ` ${operation}`}: ${messageOf(error)}\n`;
}

function usage(io: CliIo): number {
  io.out(USAGE);
  return 0;
}

/** What the arguments ask for. */
interface CliOptions {
  readonly options: MockServerOptionsOf;
  /** Serve on when the process that started this one ends. */
  readonly keepRunning: boolean;
}

/** The options' names, which no option's value is. */
const OPTION_NAMES: ReadonlySet<string> = new Set([
  "--port",
  "--key",
  "--key-version",
  "--keep-running",
  "--help",
  "-h",
]);

/**
 * What an option's name is written as: dashes and lower-case words, short. A key is no such text, unless it is
 * a lower-case word, so one given where a name was due (`--key old -new`) is not quoted as an unknown option.
 */
const FLAG_NAME = /^--?[a-z]+(?:-[a-z]+)*$/;
const LONGEST_FLAG_NAME = 24;

/**
 * What is wrong with an argument where an option's name was due. Only a flag's name is quoted: a value may be a key,
 * given after `=` (`--key=K`) or one time too many (`--key old new`).
 */
function unknownOption(name: string): string {
  const flag = name.split("=")[0] ?? name;
  if (!FLAG_NAME.test(flag) || flag.length > LONGEST_FLAG_NAME) return "an argument that is no option's value";
  if (flag !== name && OPTION_NAMES.has(flag))
    return `${flag} takes its value after a space (${flag} V), not after "="`;
  return `unknown option ${JSON.stringify(flag)}`;
}

/** The server options, what is wrong with the arguments, or null when the usage is asked for. */
function parseOptions(args: readonly string[], env: CliIo["env"]): CliOptions | string | null {
  let port: number | undefined;
  let keepRunning = false;
  let key: string | undefined;
  const byVersion: Record<string, string> = {};
  /** The keyVersion the next --key is for. */
  let version: string | undefined;
  for (let i = 0; i < args.length;) {
    const name = args[i];
    if (name === "--help" || name === "-h") return null;
    if (name === "--keep-running") {
      keepRunning = true;
      i += 1;
      continue;
    }
    // Before its value: a misspelt flag last, or before another option, is unknown, not one lacking a value. A word
    // that is no flag is not quoted: it may be a key given one time too many (`--key old new`).
    if (!OPTION_NAMES.has(name ?? "")) return unknownOption(name ?? "");
    const value = args[i + 1];
    i += 2;
    // `--key --keep-running`, a key forgotten: the flag taken as the key would start a server the user did not ask for.
    if (value === undefined || OPTION_NAMES.has(value)) return `${name} needs a value`;
    if (name === "--port") {
      if (!/^[0-9]{1,5}$/.test(value) || Number(value) > 65535) return `--port must be a number from 0 to 65535`;
      // As for a key below: the last kept silently would serve where the user did not look.
      if (port !== undefined) return "--port is given twice: give one port";
      port = Number(value);
    } else if (name === "--key-version") {
      if (!KEY_VERSION.test(value)) return "--key-version must be an integer of at most 10 digits";
      if (version !== undefined) return `--key-version ${version} needs a --key after it`;
      // Which of two keys the user meant cannot be told: the last kept would refuse requests sealed with the other.
      if (Object.hasOwn(byVersion, value)) return `--key-version ${value} is given twice: give one key per keyVersion`;
      version = value;
    } else if (name === "--key") {
      if (version === undefined) {
        // The key itself is never shown: it is secret.
        if (key !== undefined) return "--key is given twice: give one key, or one key per --key-version";
        key = value;
      } else byVersion[version] = value;
      version = undefined;
    }
  }
  if (version !== undefined) return `--key-version ${version} needs a --key after it`;
  if (key === undefined && Object.keys(byVersion).length === 0) {
    key = env["SIPS_MOCK_KEY"];
    for (const [name, value] of Object.entries(env)) {
      const named = VERSION_ENV.exec(name)?.[1];
      if (named !== undefined && value !== undefined) byVersion[named] = value;
    }
  }
  const versions = Object.keys(byVersion).length;
  if (key !== undefined && versions > 0) return "give one key, or a key per keyVersion, not both";
  if (versions > 0)
    return Object.values(byVersion).includes("")
      ? "a key must not be empty"
      : { options: { port: port ?? 0, secretKey: byVersion }, keepRunning };
  if (key === undefined || key === "") return "a secret key is needed: --key K or SIPS_MOCK_KEY";
  return { options: { port: port ?? 0, secretKey: key }, keepRunning };
}
