// --watch gathers the calls of one editor's save into one run: a run started
// between them would read the file half saved (emptied, or not yet renamed
// into place). Each call is awaited, so the watch may hear one before the next
// is made, as it hears an editor's. No timing is asserted: what the runs read
// and how many there are is. The two tests run side by side, each watching a
// folder of its own: most of their time is the wait after each save for a
// second run that must not come.
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
  let ran: (() => void) | undefined;
  const run: RunOnce = Object.assign(
    async () => {
      // At once, as a run reads the spec: a run started between a save's calls reads the file half saved.
      reads.push(readFileSync(file, "utf8"));
      ran?.();
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
    /** Waits for the run the save starts, then long enough for any second run a save would wrongly start. */
    async saved(save: () => Promise<void>) {
      const next = new Promise<void>((resolve) => (ran = resolve));
      await save();
      await next;
      await new Promise((resolve) => setTimeout(resolve, 300));
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
 * saved). Each save makes one run; one late notification over the whole test,
 * which starts one more run of the same saved text, is let through: on a loaded
 * machine the calls of a save may be heard further apart than the gathering
 * wait, and the run it starts reads what was saved.
 */
function expectEachSaveRead(reads: readonly string[], saved: readonly string[]): void {
  const distinct = reads.filter((text, i) => i === 0 || text !== reads[i - 1]);
  expect(distinct).toEqual(saved);
  expect(reads.length).toBeLessThanOrEqual(saved.length + 1);
}

test.concurrent(
  "a save that writes a new copy and renames it over the file makes one run, which reads the saved file",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    for (const summary of ["second", "third", "fourth"]) {
      await watch.saved(async () => {
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
  "a save that empties the file and then writes it makes one run, which reads the saved file",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    for (const summary of ["second", "third", "fourth"]) {
      await watch.saved(async () => {
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
  "a save that empties the file and writes it only after longer than the gathering wait still makes one run, which reads the saved file",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    for (const summary of ["second", "third"]) {
      await watch.saved(async () => {
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
  await watch.saved(() => writeFile(watch.file, ""));
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
    for (let i = 0; i < 100 && watch.reads.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watch.reads).toEqual(["summary: first\n", "summary: during the warm-up\n"]);
    await watch.end();
  },
);

test.concurrent(
  "writes to a file the spec reader reads only by name (an editor's swap file) start no run; its making does",
  async (context) => {
    const watch = await watched("operation.yaml", context);
    const swap = path.join(path.dirname(watch.file), ".operation.yaml.swp");
    await watch.saved(() => writeFile(swap, "swap 0"));
    const runs = watch.reads.length;
    // As an editor writes its swap file every few seconds while a file is edited and not saved.
    for (let i = 1; i <= 3; i++) await writeFile(swap, `swap ${i}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watch.reads.length).toBe(runs);
    await watch.saved(() => writeFile(watch.file, "summary: second\n"));
    expectEachSaveRead(watch.reads, ["summary: first\n", "summary: second\n"]);
    await watch.end();
  },
);

test.concurrent(
  "a schema written in place (as an editor saves without renaming) is noted, though it starts no run",
  async (context) => {
    const schema = path.join("schema", "common.schema.json");
    const watch = await watched("operation.yaml", context, undefined, { [schema]: "{}" });
    await watch.saved(async () => {
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
