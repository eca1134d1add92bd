// A command whose output's reader goes away (`npm run generate -- --help | head -1`)
// ends with its own exit code and says nothing more, where an unhandled EPIPE
// stopped the process with a stack trace. One process: the streams are the process's.
// A closed terminal's writes fail with EIO, which --watch meets when its
// terminal closes (a SIGHUP stops it after its run, which still prints).
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import path from "node:path";
import { expect, test } from "vitest";
import { writeTo } from "../../generator/command-line.js";
import { launcher, repoRoot } from "../support/paths.js";

test("--help into a pipe closed before it is written: exit 0, nothing on stderr", async () => {
  const child = spawn(process.execPath, [launcher, path.join(repoRoot, "generator", "cli.ts"), "--help"], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Closed at once: the command starts well after, and its first write meets a pipe with no reader.
  child.stdout.destroy();
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => void (stderr += text));
  const code = await new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});

test.each(["EPIPE", "EIO"])(
  "a terminal's stream whose write failed with %s is written no more, and the error ends nothing",
  (code) => {
    const written: string[] = [];
    const stream = Object.assign(new EventEmitter(), { isTTY: true, write: (text: string) => written.push(text) > 0 });
    const write = writeTo(stream);
    write("summary\n");
    // Emitted as a stream emits it: a listener that throws here ends the process (an uncaught exception).
    expect(() => stream.emit("error", Object.assign(new Error(`write ${code}`), { code }))).not.toThrow();
    write("next summary\n");
    expect(written).toEqual(["summary\n"]);
  },
);

test("any other error of the stream is not taken for its reader gone", () => {
  const stream = Object.assign(new EventEmitter(), { write: () => true });
  writeTo(stream);
  expect(() => stream.emit("error", Object.assign(new Error("write ENOSPC"), { code: "ENOSPC" }))).toThrow("ENOSPC");
});

// On a file (`npm run changes -- --format json > report.json`), EIO is the disk failing: the report is cut short,
// and the command must not end as if it had been written.
test("an EIO of a stream that is no terminal (a file) is not taken for its reader gone", () => {
  const stream = Object.assign(new EventEmitter(), { write: () => true });
  writeTo(stream);
  expect(() => stream.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("EIO");
});
