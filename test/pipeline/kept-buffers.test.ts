// A process that generates again and again (--watch, a memo kept in memory)
// assembles each file made as bytes (openapi.json) into the buffer the run
// before assembled it into (emit/encoded-file.ts): every run must still give
// the files a memo-less run gives, and leave the memo right for a new process;
// without a memo kept in memory, a run's files stay as they were after the next.
import path from "node:path";
import { expect, test } from "vitest";
import { generate, memoryMemo, type GeneratedFile } from "../../generator/index.js";
import { fileBytes, fileHash, sha256, VOUCHED_BYTES } from "../../generator/memo/content-hash.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { flushPutOff } from "../../generator/memo/writes-put-off.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const SUMMARY = "summary: Refunds a card payment";
/** The golden fixture (every feature of the format in three operations): a third of the repository spec's cost per run. */
const golden = () => tempWorkspace(path.join(goldenRoot, "spec"));
const EDITED = "operations/office/cardRefund.yaml";

/**
 * The files assembled as bytes: the view of the buffer they were assembled
 * into, or their parts joined (a run on its own). Not an operation's files,
 * which give their bytes through their class (VOUCHED_BYTES).
 */
const byteFiles = (files: readonly GeneratedFile[]) =>
  files.flatMap((file) => {
    const bytes = VOUCHED_BYTES in file ? undefined : fileBytes(file);
    if (bytes === undefined) return [];
    return [{ file, bytes: bytes instanceof Uint8Array ? bytes : Buffer.concat(bytes) }];
  });

const contents = (files: readonly GeneratedFile[]) => new Map(files.map((f) => [f.path, f.content]));

/**
 * A copy of each file's bytes (byteFiles), one character a byte: compared as texts, where the deep equality of
 * buffers compares them a byte at a time (1 s of CPU for this file's few hundred kilobytes).
 */
const bytesAsText = (files: readonly GeneratedFile[]) =>
  byteFiles(files).map(({ bytes }) => Buffer.from(bytes).toString("latin1"));

test("kept in memory, a file made as bytes is assembled into the run before's buffer, and is what a memo-less run makes", async () => {
  const { root, spec } = await golden();
  const disk = diskMemo(path.join(root, "cache"));
  const memo = keptInMemory(disk);
  const file = path.join(spec, EDITED);
  // Longer, shorter, then far longer than the room a kept buffer has to spare.
  const summaries = [SUMMARY, `${SUMMARY} (edit)`, `${SUMMARY}.`, `${SUMMARY} ${"and more ".repeat(1_000)}`];
  const buffers: ArrayBufferLike[][] = [];
  let before = SUMMARY;
  for (const summary of summaries) {
    await editFile(file, before, summary);
    before = summary;
    const result = await generate({ specDir: spec, memo });
    const without = await generateShared(spec, root);
    if (!result.ok || !without.ok) throw new Error("the spec does not generate");
    const made = byteFiles(result.files);
    // The two files of megabytes for a thousand operations: client.ts (when no line is over the width) and openapi.json.
    expect(made.map(({ file: f }) => f.path).sort(), summary.slice(0, 40)).toEqual(["client.ts", "openapi.json"]);
    buffers.push(made.map(({ bytes }) => bytes.buffer));
    // Read before the next run, as --watch writes a run's files before the next starts.
    expect(contents(result.files), summary.slice(0, 40)).toEqual(contents(without.files));
    for (const { file: f, bytes } of made) {
      expect(Buffer.from(bytes).toString("utf8")).toBe(f.content);
      // Its hash taken up from the run before's (encoded-file.ts): the hash of its bytes.
      expect(fileHash(f)).toBe(sha256(bytes));
    }
  }
  // The runs that fit in the buffer of the run before reuse it; the last, far longer, gets a new one.
  const sameAsFirst = (run: number) => buffers[run]?.map((buffer, i) => buffer === buffers[0]?.[i]);
  const all = (same: boolean) => buffers[0]?.map(() => same);
  expect([1, 2, 3].map(sameAsFirst)).toEqual([all(true), all(true), all(false)]);
  // A new process reads from the memo on disk what the last run remembered, once it is written there.
  await flushPutOff(memo);
  const cold = await generate({ specDir: spec, memo: diskMemo(path.join(root, "cache")) });
  const without = await generateShared(spec, root);
  if (!cold.ok || !without.ok) throw new Error("the spec does not generate");
  expect(contents(cold.files)).toEqual(contents(without.files));
});

test("with a memo not kept in memory, a run's files made as bytes stay as they were after the next run", async () => {
  const { root, spec } = await golden();
  const file = path.join(spec, EDITED);
  for (const memo of [memoryMemo(), diskMemo(path.join(root, "cache"))]) {
    const first = await generate({ specDir: spec, memo });
    if (!first.ok) throw new Error("the spec does not generate");
    const kept = bytesAsText(first.files);
    await editFile(file, SUMMARY, `${SUMMARY} (edit)`);
    const second = await generate({ specDir: spec, memo });
    if (!second.ok) throw new Error("the spec does not generate");
    expect(bytesAsText(first.files)).toEqual(kept);
    expect(bytesAsText(second.files)).not.toEqual(kept);
    await editFile(file, `${SUMMARY} (edit)`, SUMMARY);
  }
});

test("a memory memo keeps a copy of the bytes it is given, which the generator may fill again", async () => {
  const memo = memoryMemo();
  const bytes = Buffer.from("é and more");
  await memo.setBytes?.("key", bytes);
  bytes.fill(0);
  expect(memo.getNow?.("key")).toBe("é and more");
});
