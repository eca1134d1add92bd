// The package's bin as downstream projects get it (packed and installed:
// test/support/consumer-project.ts): it runs the mock server until it is
// stopped, by a signal or by npx's shell going; without its options it is a
// usage error.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, expect, onTestFinished, test } from "vitest";
import { consumerProject } from "../support/consumer-project.js";

const run = promisify(execFile);
let project: string;
beforeAll(async () => {
  ({ dir: project } = await consumerProject());
}, 300_000);

/** The URL the mock started by `child` announces on its standard output (after the pid `sh` prints first, if any). */
async function announced(child: ReturnType<typeof spawn>): Promise<{ url: string; out: string }> {
  let out = "";
  while (!/listening on (http\S+)/.test(out)) {
    const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
    out += chunk.toString();
  }
  return { url: /listening on (http\S+)/.exec(out)?.[1] ?? "", out };
}

test.each(["SIGTERM", "SIGINT"] as const)(
  "the bin runs the mock server from the built package until it is stopped (%s)",
  async (signal) => {
    const bin = path.join(project, "node_modules", ".bin", "sips-json");
    const child = spawn(bin, ["mock", "--port", "0", "--key", "bin-key"], {
      cwd: project,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { url } = await announced(child);
    const reply = await fetch(`${url}/nowhere`, { method: "POST", body: "{}" });
    expect(reply.status).toBe(404);
    child.kill(signal);
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
  },
);

test("the bin's mock without its options is a usage error: exit 1", async () => {
  const bin = path.join(project, "node_modules", ".bin", "sips-json");
  const usage = await run(bin, ["mock"], { cwd: project }).catch((error: { code: number; stderr: string }) => error);
  expect(usage).toMatchObject({ code: 1 });
});

test("started by npm (npx), the bin stops when the shell npm ran it under goes, which a SIGTERM to npx ends", async () => {
  const bin = path.join(project, "node_modules", ".bin", "sips-json");
  // As npm exec runs it: under a shell, with npm_command set; the shell prints the bin's pid, then waits for it.
  const shell = spawn("sh", ["-c", '"$0" mock --port 0 --key bin-key & echo "$!"; wait', bin], {
    cwd: project,
    env: { ...process.env, npm_command: "exec" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const { out } = await announced(shell);
  const pid = Number(out.split("\n")[0]);
  // The bin's standard output is the shell's: it closes once the bin has ended too.
  const closed = once(shell.stdout, "close");
  // A bin that runs on fails the test by its timeout, and is ended then (only then: its pid may be another's once it ended).
  let ended = false;
  onTestFinished(() => {
    if (!ended) process.kill(pid, "SIGKILL");
  });
  shell.kill("SIGTERM");
  await once(shell, "exit");
  await closed;
  ended = true;
});
