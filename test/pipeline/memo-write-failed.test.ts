// A memo entry the disk could not take (a full disk, a folder in its place) is
// a miss for the next run, never an entry that names it and is trusted: the
// disk memo takes a failed write as a miss, so what is read only with it (an
// operation's list of files, in its own entry or in the store of pieces) must
// not be written either.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { emitters } from "../../generator/emit/registry.js";
import { generateFromInput, memoryMemo, type Memo } from "../../generator/index.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { goldenRoot } from "../support/generate.js";

test("an operation whose files' contents the disk could not take is emitted again by the next run", async () => {
  const input = await readSpecInput(path.join(goldenRoot, "spec"), goldenRoot);
  // The entries an operation's contents are written to (the entries written as bytes).
  const contents: string[] = [];
  const inner = memoryMemo();
  const recording: Memo = {
    ...inner,
    setBytes: (key, bytes) => {
      contents.push(key);
      return inner.setBytes?.(key, bytes) ?? Promise.resolve();
    },
  };
  const made = await generateFromInput(input, emitters, recording);
  if (!made.ok) throw new Error("the golden spec has errors");
  expect(contents.length).toBeGreaterThan(1);
  const dir = await mkdtemp(path.join(tmpdir(), "memo-write-failed-"));
  try {
    const blocked = contents[0] as string;
    await mkdir(path.join(dir, blocked.slice(0, 2), blocked), { recursive: true });
    const first = await generateFromInput(input, emitters, diskMemo(dir));
    if (!first.ok) throw new Error("the golden spec has errors");
    const again = await generateFromInput(input, emitters, diskMemo(dir));
    if (!again.ok) throw new Error("the golden spec has errors");
    expect(again.files.map((f) => [f.path, f.content])).toEqual(made.files.map((f) => [f.path, f.content]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
