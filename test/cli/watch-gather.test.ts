// --watch gathers the calls of one editor's save into one run: a run started
// between them would read the file half saved (emptied, or not yet renamed
// into place). Each call is awaited, so the watch may hear one before the next
// is made, as it hears an editor's. No timing is asserted: what the runs read
// is. How many runs a save makes is not: on a loaded machine the calls of one
// save may be heard further apart than the gathering wait, and the test cannot
// make them come closer. The tests run side by side, each watching a folder of
// its own: most of their time is the wait after each save for a second run
// that must not read anything but saved text.
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, open, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type TestContext, test } from "vitest";
import type { RunOnce } from "../../generator/cli/generate-run.js";
import { SAVE_GATHER_MS, watchSpec } from "../../generator/cli/watch.js";

/** A watch of a fresh folder holding `name`, whose runs record what they read of it, stopped when the test ends. */
async function watched(
  name: string,
  { onTestFinished }: TestContext,
  warm: (file: string) => Promise<void> = async () => undefined,
  /** Other files in the folder before it is watched, by path relative to it. */
  others: Readonly<Record<string, string>> = {},
) {
  const dir = await mkdtemp(path.join(tmpdir(), "watch-gather-"));
  const file = path.join(dir, name);
  await writeFile(file, "summary: first\n");
  for (const [relative, text] of Object.entries(others)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), text);
  }
  const reads: string[] = [];
  const said: string[] = [];
  // Waiting for a run, from the read it waits after, that reads the text it waits for.
  let waiting: { from: number; text: string; found: () => void } | undefined;
  const run: RunOnce = Object.assign(
    async () => {
      // At once, as a run reads the spec: a run started between a save's calls reads the file half saved.
      reads.push(readFileSync(file, "utf8"));
      if (waiting && reads.slice(waiting.from).includes(waiting.text)) waiting.found();
      return 0;
    },
    { finish: async () => undefined, warm: () => warm(file) },
  );
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let watching: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (watching = resolve));
  const ended = watchSpec(run, {
    specDir: dir,
    label: "spec",
    ignore: [],
    say: (text) => {
      said.push(text);
      if (text.startsWith("Watching")) watching();
    },
    stop: stopped,
  });
  onTestFinished(() => stop());
  await ready;
  return {
    file,
    reads,
    /** What the watch said, "Watching" included. */
    said,
    /**
     * Waits for a run made since the save began to read `text` (a run the watch
     * started between the save's calls reads what was there before, and is not
     * it), then a while for any other run the save starts to show what it reads.
     */
    async saved(text: string, save: () => Promise<void>) {
      const read = new Promise<void>((found) => (waiting = { from: reads.length, text, found }));
      await save();
      await read;
      waiting = undefined;
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
    /** Waits for a run to read `text`, since the watch began. */
    async readSoon(text: string) {
      const read = new Promise<void>((found) => (waiting = { from: 0, text, found }));
      if (reads.includes(text)) waiting?.found();
      await read;
      waiting = undefined;
    },
    async end() {
      stop();
      expect(await ended).toBe(0);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The texts read, in order: each saved text and none other (no file read half
 * saved). A run reads again the text before it when the watch hears a save's
 * calls further apart than the gathering wait (a loaded machine) or hears a
 * call late: how many such runs come is not counted, what they read is.
 */
function expectEachSaveRead(reads: readonly string[], saved: readonly string[]): void {
  const distinct = reads.filter((text, i) => i === 0 || text !== reads[i - 1]);
  expect(distinct).toEqual(saved);
}

test.concurrent(
  "a save that writes a new copy and renames it over the file is run on, and no run reads anything but saved text",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    for (const summary of ["second", "third", "fourth"]) {
      await watch.saved(`summary: ${summary}\n`, async () => {
        const copy = `${watch.file}.tmp`;
        await writeFile(copy, `summary: ${summary}\n`);
        await rename(copy, watch.file);
      });
    }
    expectEachSaveRead(watch.reads, ["summary: first\n", "summary: second\n", "summary: third\n", "summary: fourth\n"]);
    await watch.end();
  },
);

test.concurrent(
  "a save that empties the file and then writes it is run on, and no run reads the file emptied",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    for (const summary of ["second", "third", "fourth"]) {
      await watch.saved(`summary: ${summary}\n`, async () => {
        const handle = await open(watch.file, "r+");
        await handle.truncate(0);
        await handle.write(`summary: ${summary}\n`, 0);
        await handle.close();
      });
    }
    expectEachSaveRead(watch.reads, ["summary: first\n", "summary: second\n", "summary: third\n", "summary: fourth\n"]);
    await watch.end();
  },
);

test.concurrent(
  "a save that empties the file and writes it only after longer than the gathering wait is run on, and no run reads the file emptied",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    for (const summary of ["second", "third"]) {
      await watch.saved(`summary: ${summary}\n`, async () => {
        const handle = await open(watch.file, "r+");
        await handle.truncate(0);
        // An editor slowed down between its two calls, as on a loaded machine: the file stays empty a while.
        await new Promise((resolve) => setTimeout(resolve, 4 * SAVE_GATHER_MS));
        await handle.write(`summary: ${summary}\n`, 0);
        await handle.close();
      });
    }
    expectEachSaveRead(watch.reads, ["summary: first\n", "summary: second\n", "summary: third\n"]);
    await watch.end();
  },
);

test.concurrent("a file left empty is run on after a while: its error shows", async (context) => {
  const watch = await watched("operation.yaml", context);
  await watch.saved("", () => writeFile(watch.file, ""));
  expect(watch.reads).toEqual(["summary: first\n", ""]);
  await watch.end();
});

test.concurrent(
  "a save made while the watch warms up, before it says it watches, is heard and run",
  async (context) => {
    const watch = await watched("operation.yaml", context, async (file) => {
      await writeFile(file, "summary: during the warm-up\n");
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    // The run the save makes may start before or after "Watching": wait for it either way.
    await watch.readSoon("summary: during the warm-up\n");
    expect(watch.reads).toEqual(["summary: first\n", "summary: during the warm-up\n"]);
    await watch.end();
  },
);

test.concurrent(
  "writes to a file the spec reader reads only by name (an editor's swap file) start no run; its making does",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    const swap = path.join(path.dirname(watch.file), ".operation.yaml.swp");
    // Its making starts a run (a page may be cited by that name), which reads the file as it was.
    await watch.saved("summary: first\n", () => writeFile(swap, "swap 0"));
    const runs = watch.reads.length;
    // As an editor writes its swap file every few seconds while a file is edited and not saved.
    for (let i = 1; i <= 3; i++) await writeFile(swap, `swap ${i}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watch.reads.length).toBe(runs);
    await watch.saved("summary: second\n", () => writeFile(watch.file, "summary: second\n"));
    expectEachSaveRead(watch.reads, ["summary: first\n", "summary: second\n"]);
    await watch.end();
  },
);

test.concurrent(
  "a schema written in place (as an editor saves without renaming) is noted, though it starts no run",
  async (context) => {
    const schema = path.join("schema", "common.schema.json");
    const watch = await watched("operation.yaml", context, undefined, { [schema]: "{}" });
    await watch.saved("summary: second\n", async () => {
      const handle = await open(path.join(path.dirname(watch.file), schema), "r+");
      await handle.write('{"type":"object"}', 0);
      await handle.close();
      // The run waited for: the schema's write alone starts none.
      await writeFile(watch.file, "summary: second\n");
    });
    expect(watch.said.filter((line) => line.includes("schema/ changed"))).toEqual([
      "spec/schema/ changed: restart --watch to check the spec against the new schemas.",
    ]);
    await watch.end();
  },
);
