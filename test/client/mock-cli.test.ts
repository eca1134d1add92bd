// `sips-json mock` as a function: arguments, the key from the environment,
// usage errors, and the server started, announced and closed once stopped.
import { expect, test } from "vitest";
import { runCli, type CliIo } from "../../generated/runtime/mock-cli.js";
import type { MockServerOptions } from "../../generated/mock.js";

function harness(env: CliIo["env"] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const started: MockServerOptions[] = [];
  const listeners: NonNullable<MockServerOptions["onError"]>[] = [];
  let closed = 0;
  const records: (boolean | undefined)[] = [];
  const start = async ({ onError, recordCalls, ...options }: MockServerOptions) => {
    started.push(options);
    records.push(recordCalls);
    if (onError !== undefined) listeners.push(onError);
    return { url: "http://127.0.0.1:1234" as const, close: async () => void closed++ };
  };
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env, stopped: Promise.resolve() };
  return { out, err, started, records, listeners, start, io, closed: () => closed };
}

test("starts the server with the port and key given, announces its URL and closes it when stopped", async () => {
  const h = harness();
  expect(await runCli(["mock", "--port", "8080", "--key", "k"], h.start, h.io)).toBe(0);
  expect(h.started).toEqual([{ port: 8080, secretKey: "k" }]);
  // The line --help quotes, which a script that started it on port 0 reads the port from.
  expect(h.out.join("")).toBe("Sips mock server listening on http://127.0.0.1:1234\n");
  expect(h.closed()).toBe(1);
});

test("keeps no record of calls, which no test reads from another process and which would grow while it serves", async () => {
  const h = harness();
  expect(await runCli(["mock", "--key", "k"], h.start, h.io)).toBe(0);
  expect(h.records).toEqual([false]);
});

test("prints on stderr what the mock failed to answer, where a 500 tells its client that onError received it", async () => {
  const h = harness();
  expect(await runCli(["mock", "--key", "k"], h.start, h.io)).toBe(0);
  expect(h.listeners).toHaveLength(1);
  h.listeners[0]?.(new RangeError("no reply"), "cancel");
  h.listeners[0]?.(new Error("bad body"), null);
  expect(h.err.join("")).toBe("the mock failed to answer cancel: no reply\nthe mock failed to answer: bad body\n");
});

test("takes the key from SIPS_MOCK_KEY, and any free port by default", async () => {
  const h = harness({ SIPS_MOCK_KEY: "from-env" });
  expect(await runCli(["mock"], h.start, h.io)).toBe(0);
  expect(h.started).toEqual([{ port: 0, secretKey: "from-env" }]);
});

test("takes a key per keyVersion from --key-version V --key K pairs, or from SIPS_MOCK_KEY_<V>", async () => {
  const h = harness({ SIPS_MOCK_KEY: "ignored", SIPS_MOCK_KEY_3: "ignored" });
  const argv = ["mock", "--key-version", "1", "--key", "old", "--key-version", "2", "--key", "new"];
  expect(await runCli(argv, h.start, h.io)).toBe(0);
  expect(h.started).toEqual([{ port: 0, secretKey: { 1: "old", 2: "new" } }]);
  const fromEnv = harness({ SIPS_MOCK_KEY_1: "old", SIPS_MOCK_KEY_20: "new", SIPS_MOCK_KEY_X: "not a version" });
  expect(await runCli(["mock"], fromEnv.start, fromEnv.io)).toBe(0);
  expect(fromEnv.started).toEqual([{ port: 0, secretKey: { 1: "old", 20: "new" } }]);
});

test.each([
  [["mock", "--key-version", "1"], "needs a --key after it"],
  [["mock", "--key-version", "1", "--key-version", "2", "--key", "k"], "needs a --key after it"],
  [["mock", "--key-version", "01", "--key", "k"], "--key-version must be"],
  [["mock", "--key", "one", "--key-version", "2", "--key", "k"], "not both"],
  [["mock", "--key-version", "2", "--key", ""], "must not be empty"],
  [["mock", "--key-version", "1", "--key", "a", "--key-version", "1", "--key", "b"], "--key-version 1 is given twice"],
  [
    ["mock", "--key-version", "1", "--key", "a", "--key-version", "2", "--key", "b", "--key-version", "1"],
    "given twice",
  ],
])("%j: a key per keyVersion that cannot work is a usage error (exit 1)", async (argv, words) => {
  const h = harness();
  expect(await runCli(argv, h.start, h.io)).toBe(1);
  expect(h.err.join("")).toContain(words);
  expect(h.started).toEqual([]);
});

test.each([
  [["mock"], "secret key"],
  [["mock", "--port", "x", "--key", "k"], "--port"],
  [["mock", "--port", "70000", "--key", "k"], "--port"],
  [["mock", "--key"], "needs a value"],
  [["mock", "--key", "--keep-running"], "--key needs a value"],
  [["mock", "--key-version", "1", "--key", "--port", "8080"], "--key needs a value"],
  [["mock", "--host", "0.0.0.0", "--key", "k"], "unknown option"],
  // A misspelt flag that takes no value, last or before another option: unknown, not one lacking a value.
  [["mock", "--key", "k", "--keep-runing"], 'unknown option "--keep-runing"'],
  [["mock", "--keep-runing", "--key", "k"], 'unknown option "--keep-runing"'],
  [["mock", "--key", "first-key", "second-key"], "an argument that is no option's value"],
  // A key given one time too many that starts as a flag does: not quoted as an unknown option's name.
  [["mock", "--key", "first-key", "-second-key_0A9"], "an argument that is no option's value"],
  [["mock", "--key", "first-key", "--second-key_0A9=x"], "an argument that is no option's value"],
  [["mock", "--key=first-key"], "--key takes its value after a space"],
  [["mock", "--kye=first-key"], 'unknown option "--kye"'],
  // An option that takes one value, given twice: which one the user meant cannot be told.
  [["mock", "--key", "first-key", "--key", "second-key"], "--key is given twice"],
  [["mock", "--port", "8080", "--port", "8081", "--key", "k"], "--port is given twice"],
  [["mock", "--port", "0", "--key", "k", "--port", "0"], "--port is given twice"],
  [["serve"], 'unknown command "serve": the command is mock (sips-json mock --key K)'],
  [[], "no command: the command is mock"],
  // The command left out: the options are not quoted as a command's name, the key among them.
  [["--key", "first-key"], "no command before the options: the command is mock"],
  // A single dash is an option's too (a key may begin with one): never quoted as a command's name.
  [["-first-key"], "no command before the options: the command is mock"],
])("%j is a usage error (exit 1) that says what is wrong and never starts a server", async (argv, words) => {
  const h = harness();
  expect(await runCli(argv, h.start, h.io)).toBe(1);
  expect(h.err.join("")).toContain(words);
  expect(h.err.join("")).toContain("usage: sips-json mock");
  expect(h.err.join("")).not.toContain("first-key");
  expect(h.err.join("")).not.toContain("second-key");
  expect(h.started).toEqual([]);
});

test("--help prints the usage and exits 0; a server that cannot start exits 1 without the key", async () => {
  const h = harness();
  expect(await runCli(["--help"], h.start, h.io)).toBe(0);
  expect(h.out.join("")).toContain("usage:");
  // What a script reads: the line that gives the address, and the exit codes this test holds.
  expect(h.out.join("")).toContain('prints "Sips mock server listening on http://127.0.0.1:N"');
  expect(h.out.join("").replaceAll("\n", " ")).toMatch(
    /Exit codes: 0 stopped; 1 a usage error, or the server could not start \(the port in use, say\)\./,
  );
  // Where a payment played on it posts: what a user of the command needs to know before starting one.
  expect(h.out.join("").replaceAll("\n", " ")).toMatch(
    /posts its sealed response, server to server, to the request's automaticResponseUrl, and has the browser post it to normalReturnUrl: to whatever host they name .*http and https addresses only/,
  );
  // Asked after the command too, wherever it stands among the options: never taken as an option without its value.
  for (const argv of [
    ["mock", "--help"],
    ["mock", "--port", "8080", "-h"],
  ]) {
    const asked = harness();
    expect(await runCli(argv, asked.start, asked.io)).toBe(0);
    expect(asked.out.join("")).toContain("usage: sips-json mock");
    expect(asked.err).toEqual([]);
    expect(asked.started).toEqual([]);
  }
  const failing = harness();
  const fail = async () => {
    throw new Error("listen EADDRINUSE");
  };
  expect(await runCli(["mock", "--key", "secret-key"], fail, failing.io)).toBe(1);
  expect(failing.err.join("")).toContain("EADDRINUSE");
  expect(failing.err.join("")).not.toContain("secret-key");
});

test("stops when the process that started it ends, unless --keep-running, which serves on until stopped", async () => {
  const gone = harness();
  const never = new Promise<void>(() => undefined);
  const parentGone = { ...gone.io, stopped: never, parentGone: Promise.resolve() };
  expect(await runCli(["mock", "--key", "k"], gone.start, parentGone)).toBe(0);
  expect(gone.closed()).toBe(1);

  const kept = harness();
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const io = { ...kept.io, stopped, parentGone: Promise.resolve() };
  // A flag among options that take a value, anywhere: the next argument is still an option's name.
  const running = runCli(["mock", "--keep-running", "--port", "8080", "--key", "k"], kept.start, io);
  for (let turn = 0; turn < 20; turn++) await new Promise(setImmediate);
  expect(kept.started).toEqual([{ port: 8080, secretKey: "k" }]);
  expect(kept.closed()).toBe(0);
  stop();
  expect(await running).toBe(0);
  expect(kept.closed()).toBe(1);

  const last = harness();
  expect(await runCli(["mock", "--key", "k", "--keep-running"], last.start, { ...last.io, parentGone: never })).toBe(0);
  expect(last.started).toEqual([{ port: 0, secretKey: "k" }]);
});
