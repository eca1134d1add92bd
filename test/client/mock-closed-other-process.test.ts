// The mock of another process (as the `sips-json mock` command runs it)
// closed: a call a client makes once that process has said so, or has ended,
// on a client that kept a connection to it from an earlier call, is refused
// unsent (\`sent: "no"\`), as a call to a mock closed in the client's own process
// is. The mock closes the connections it kept as it closes: its close reaches
// the client's process before anything that process is told later by the
// mock's, so the client has dropped the connection when it calls. Held apart
// from the process's end, which would close them anyway: the process that
// closed the mock lives on until the test ends it.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import { bundleForNode } from "../support/node-bundle.js";
import { generatedDir } from "../support/paths.js";

const ROUNDS = 10;
const KEY = "mock-closed-other-process-key";

/**
 * The command's process as bin/sips-json.js runs it, from generated/ rather than the built package; once its mock
 * closed (on SIGTERM), it says so and lives on until its standard input ends. Each line it reads meanwhile runs the
 * command again, a new mock on a new port: the rounds of a process that runs on share one process, where each
 * started its own (~0.1 s of CPU each).
 */
const CLI = `
import { createInterface } from "node:readline";
import { startMockServer } from "./mock.js";
import { runCli } from "./runtime/mock-cli.js";
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
do {
  const stopped = new Promise((resolve) => process.once("SIGTERM", resolve));
  const code = await runCli(process.argv.slice(2), startMockServer, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    stopped,
  });
  process.stdout.write("closed " + code + "\\n");
  // Alive until its standard input ends; a line runs the command again.
} while (!(await lines.next()).done);
`;

let bundle: string;
beforeAll(async () => {
  bundle = await bundleForNode({ code: CLI, resolveDir: generatedDir });
}, 60_000);
afterAll(() => rm(path.dirname(bundle), { recursive: true, force: true }));

/**
 * Starts the command on a free port; its URL once it listens, `close`: SIGTERM, then its word that the mock closed,
 * `again`: the command run again by a line on its standard input, its new URL once it listens, and `end`: its
 * standard input ended, then its exit.
 */
async function startOther() {
  const child = spawn(process.execPath, [bundle, "mock", "--port", "0", "--key", KEY], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  let more = () => {};
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    more();
  });
  /** The first group of `pattern` in what the child has said since the last match. */
  const said = async (pattern: RegExp): Promise<string | undefined> => {
    for (;;) {
      const match = pattern.exec(out);
      if (match) {
        out = out.slice(match.index + match[0].length);
        return match[1];
      }
      await new Promise<void>((resolve) => (more = resolve));
    }
  };
  const listening = async () => (await said(/listening on (http\S+)\n/)) as `http://${string}`;
  let url = await listening();
  return {
    url: () => url,
    close: async () => {
      child.kill("SIGTERM");
      return said(/closed (\d+)\n/);
    },
    again: async () => {
      child.stdin.write("again\n");
      url = await listening();
    },
    end: async () => {
      const exited = once(child, "exit");
      child.stdin.end();
      return ((await exited) as [number | null])[0];
    },
  };
}

test.each([
  ["said its mock closed, and runs on", false],
  ["ended", true],
])(
  "a call made once the other process %s, on a client that called its mock before, is refused unsent",
  async (_when, ended) => {
    const outcomes: string[] = [];
    // A process that runs on serves every round, its command run again for each; one that ends, a round.
    let mock = await startOther();
    try {
      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0) {
          if (ended) mock = await startOther();
          else await mock.again();
        }
        const sips = createClient({
          environment: mock.url(),
          merchantId: "002001000000001",
          keyVersion: 1,
          secretKey: KEY,
        });
        expect((await sips.cancel({ currencyCode: "978" })).ok).toBe(true);
        expect(await mock.close()).toBe("0");
        if (ended) expect(await mock.end()).toBe(0);
        const after = await sips.cancel({ currencyCode: "978" });
        outcomes.push(
          after.ok ? "ok" : `${after.error.kind} ${after.error.sent} ${/ECONNREFUSED/.test(after.error.message)}`,
        );
      }
    } finally {
      if (!ended) await mock.end();
    }
    expect(outcomes).toEqual(Array(ROUNDS).fill("network no true"));
  },
  60_000,
);
