// Progress of a long run: on a terminal, the count of operations generated on
// one line of stderr, redrawn in place and cleared at the end; nothing when
// stderr is not a terminal, nor with --quiet.
import { readdirSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { makeSyntheticSpec } from "../../bench/make-synthetic-spec.js";
import { generateRun } from "../../generator/cli/generate-run.js";
import { progressOn } from "../../generator/cli/progress.js";
import { redrawsInPlace } from "../../generator/command-line.js";
import { specDir } from "../support/paths.js";

/** A stream that says it is (or is not) a terminal and keeps what is written to it. */
const fakeStream = (isTTY: boolean) => {
  let text = "";
  return { isTTY, write: (chunk: string) => void (text += chunk), text: () => text };
};

test("on a terminal: redrawn in place at most every 100 ms, the last count always shown, cleared at the end", () => {
  const tty = fakeStream(true);
  let now = 0;
  const progress = progressOn(tty, false, () => now);
  progress.stage("reading spec/");
  // A run of less than 100 ms so far shows nothing: a quick run stays silent.
  expect(tty.text()).toBe("");
  now = 150;
  progress.operations(4);
  for (const at of [160, 170, 300, 310]) {
    now = at;
    progress.operationDone();
  }
  progress.end();
  expect(tty.text().split("\r\x1b[K")).toEqual([
    "",
    "operations generated: 0/4",
    "operations generated: 3/4",
    "operations generated: 4/4",
    "",
  ]);
});

test("nothing when stderr is not a terminal, nor with --quiet", () => {
  for (const [stream, quiet] of [
    [fakeStream(false), false],
    [fakeStream(true), true],
  ] as const) {
    let now = 0;
    const progress = progressOn(stream, quiet, () => (now += 1000));
    progress.stage("reading spec/");
    progress.operations(2);
    progress.operationDone();
    progress.operationDone();
    progress.end();
    expect(stream.text()).toBe("");
  }
});

/**
 * Operations of the long run: each of the spec's operations once, so that the count goes through values between
 * none and all (the clock, not the size, makes the run seem long), and every value list stays used: fewer copies
 * leave a list to an operation not copied, and its warning is printed after the progress line is cleared.
 */
const OPERATIONS = readdirSync(path.join(specDir, "operations"), { recursive: true, encoding: "utf8" }).filter((rel) =>
  rel.endsWith(".yaml"),
).length;

test("a terminal whose TERM is dumb (an editor's shell buffer) shows no progress: the escape that clears a line would show as text", () => {
  expect(redrawsInPlace({ TERM: "xterm-256color" }, true)).toBe(true);
  expect(redrawsInPlace({}, true)).toBe(true);
  expect(redrawsInPlace({ TERM: "dumb" }, true)).toBe(false);
  expect(redrawsInPlace({ TERM: "xterm" }, false)).toBe(false);
  expect(redrawsInPlace({ TERM: "xterm" }, undefined)).toBe(false);
});

test("a long run counts its operations on the terminal, then prints its summary", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "sips-progress-"));
  await makeSyntheticSpec(OPERATIONS, path.join(root, "spec"));
  const stdout = fakeStream(false);
  const stderr = fakeStream(true);
  // A clock on which every reading is 150 ms after the last: the run seems long on any machine, however fast.
  let now = 0;
  const slowClock = () => (now += 150);
  // With a memo, as `npm run generate` keeps one: the check below then finds the run remembered where it made
  // every operation again, and its progress is still asked for.
  const cacheDir = path.join(root, "memo");
  const run = generateRun(
    { spec: "spec", out: "generated", check: false, cacheDir, quiet: false, repeated: false },
    { stdout, stderr, cwd: root, now: slowClock },
  );
  expect(await run()).toBe(0);
  const counts = [...stderr.text().matchAll(/operations generated: (\d+)\/(\d+)/g)].map((m) => [m[1], m[2]]);
  // Each operation done is drawn, the last one always.
  expect(counts).toEqual(Array.from({ length: OPERATIONS + 1 }, (_, done) => [String(done), String(OPERATIONS)]));
  expect(stderr.text().endsWith("\r\x1b[K")).toBe(true);
  expect(stdout.text()).toMatch(/^generated\/: \d+ added, 0 changed, 0 removed, 0 unchanged\.\n$/);

  const quiet = fakeStream(true);
  const again = generateRun(
    { spec: "spec", out: "generated", check: true, cacheDir, quiet: true, repeated: false },
    { stdout, stderr: quiet, cwd: root, now: slowClock },
  );
  expect(await again()).toBe(0);
  expect(quiet.text()).toBe("");
});
