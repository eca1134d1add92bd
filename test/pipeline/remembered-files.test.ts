// The files an operation's memo entries list: read back as they were
// remembered, their hash the one listed, and a copy made to change a file's
// content (as formatting makes one) never given the hash of the file it was
// copied from. Their contents are their bytes one after the other, cut apart
// by the lengths listed and checked against the hashes: damaged, they are
// never output.
import { checkedText, textIfWhole } from "../../generator/memo/checked-text.js";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/emit/generated-file.js";
import {
  contentsKey,
  rememberedFiles,
  rememberedFilesApart,
  rememberFiles,
  rememberFilesApart,
} from "../../generator/emit/remembered-files.js";
import { fileBytes, fileHash, sha256 } from "../../generator/memo/content-hash.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { type Memo, memoryMemo } from "../../generator/memo/memo.js";

const files: GeneratedFile[] = [
  { path: "operations/a/index.ts", language: "typescript", content: "export {};\n" },
  { path: "runtime/seal.ts", language: "typescript", content: "// as written\n", verbatim: true },
  { path: "docs/a.md", language: "markdown", content: "# A \u00e9\n" },
  { path: "docs/b.md", language: "markdown", content: "# B \u{1F600} \u20ac\n" },
];

test("remembered files read back with their paths, languages, contents and hashes", async () => {
  const memo = memoryMemo();
  await rememberFiles(memo, "key", files);
  const again = (await rememberedFiles(memo, "key")) ?? [];
  expect(again.map((f) => [f.path, f.language, f.verbatim === true, f.content])).toEqual(
    files.map((f) => [f.path, f.language, f.verbatim === true, f.content]),
  );
  expect(again.map((f) => fileHash(f))).toEqual(files.map((f) => sha256(f.content)));
});

test("a copy of a remembered file with another content has the hash of its own content", async () => {
  const memo = memoryMemo();
  await rememberFiles(memo, "key", files);
  const [first] = (await rememberedFiles(memo, "key")) ?? [];
  if (first === undefined) throw new Error("nothing remembered");
  const copy = { ...first, content: "export const changed = 1;\n" };
  expect([copy.path, copy.language]).toEqual([first.path, first.language]);
  expect(fileHash(copy)).toBe(sha256(copy.content));
  expect(fileHash(first)).toBe(sha256("export {};\n"));
});

/** The memo's entries as a memory memo holds them, which a test can damage; the second gives bytes where the first gives text. */
function entriesMemo(readsAtOnce: boolean) {
  const entries = new Map<string, Uint8Array>();
  const memo: Memo = {
    get: async (key) => entries.get(key)?.toString(),
    set: async (key, text) => void entries.set(key, Buffer.from(text)),
    setBytes: async (key, bytes) => void entries.set(key, Buffer.concat(bytes instanceof Uint8Array ? [bytes] : bytes)),
    getBytes: (key) => entries.get(key),
    ...(readsAtOnce && { getNow: (key: string) => entries.get(key)?.toString() }),
  };
  return { memo, entries };
}

test("an operation's contents are its files' bytes one after the other, cut apart by the lengths listed", async () => {
  for (const readsAtOnce of [true, false]) {
    const { memo, entries } = entriesMemo(readsAtOnce);
    const made = await rememberFiles(memo, "key", files);
    // What the run goes on with: the same files, as the bytes remembered.
    expect(made.map((f) => [f.path, f.content, fileHash(f)])).toEqual(
      files.map((f) => [f.path, f.content, sha256(f.content)]),
    );
    expect(made.map((f) => Buffer.from(fileBytes(f) as Uint8Array).toString())).toEqual(files.map((f) => f.content));
    expect(entries.get(contentsKey("key"))?.toString()).toBe(files.map((f) => f.content).join(""));
    const again = (await rememberedFiles(memo, "key")) ?? [];
    expect(again.map((f) => [f.path, f.content, Buffer.from(fileBytes(f) as Uint8Array).toString()])).toEqual(
      files.map((f) => [f.path, f.content, f.content]),
    );
  }
});

test.each([
  ["a byte changed", (b: Buffer) => Buffer.from(b.toString().replace("export", "expert"))],
  ["cut short", (b: Buffer) => b.subarray(0, -1)],
  ["made longer", (b: Buffer) => Buffer.concat([b, Buffer.from("\n")])],
  ["two files' bytes swapped in place", (b: Buffer) => Buffer.concat([b.subarray(11), b.subarray(0, 11)])],
  ["emptied", () => Buffer.alloc(0)],
])("a contents entry %s is never output: a miss looked up, an error read later", async (_, damage) => {
  for (const readsAtOnce of [true, false]) {
    const { memo, entries } = entriesMemo(readsAtOnce);
    await rememberFiles(memo, "key", files);
    entries.set(contentsKey("key"), damage(entries.get(contentsKey("key")) as Buffer));
    const again = await rememberedFiles(memo, "key");
    if (!readsAtOnce) expect(again).toBeUndefined();
    else {
      expect(again).toHaveLength(files.length);
      for (const file of again ?? []) {
        expect(() => file.content).toThrow(/remove the memo's folder/);
        expect(() => fileBytes(file)).toThrow(/remove the memo's folder/);
      }
    }
  }
});

test("a list whose lengths are not those of its contents is never output", async () => {
  const { memo, entries } = entriesMemo(false);
  await rememberFiles(memo, "key", files);
  const list = JSON.parse(textIfWhole(entries.get("key")?.toString()) ?? "[]") as { bytes: number }[];
  for (const lie of [
    (l: { bytes: number }[]) => l.map((f, i) => ({ ...f, bytes: f.bytes + (i === 0 ? 1 : i === 1 ? -1 : 0) })),
    (l: { bytes: number }[]) => l.map(({ bytes: _, ...f }) => f),
    (l: { bytes: number }[]) => l.map((f) => ({ ...f, bytes: -1 })),
  ]) {
    // Whole as an entry (its hash holds), the list itself lying.
    entries.set("key", Buffer.from(checkedText(JSON.stringify(lie(list)))));
    expect(await rememberedFiles(memo, "key")).toBeUndefined();
  }
});

/** A disk memo in a fresh folder where the entry `blocked` cannot be written (a folder is in its place), as on a full disk. */
async function blockedDisk(blocked: string, run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "remembered-files-"));
  try {
    await mkdir(path.join(dir, blocked.slice(0, 2), blocked), { recursive: true });
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// The disk memo takes a failed write as a miss: the list written all the same would be found by the next run,
// whose files would then fail to be read (their contents "missing or damaged") on every run until the memo is removed.
test.each([
  ["on disk", (dir: string) => diskMemo(dir)],
  ["kept in memory too (--watch)", (dir: string) => keptInMemory(diskMemo(dir))],
])("a list whose contents the memo could not store is not written (%s): the files are a miss", async (_, memoIn) => {
  await blockedDisk(contentsKey("key"), async (dir) => {
    await rememberFiles(memoIn(dir), "key", files);
    expect(await rememberedFiles(diskMemo(dir), "key")).toBeUndefined();
  });
});

test("a list of files remembered apart, one of which the memo could not store, is not written", async () => {
  await blockedDisk(memoKey("file", sha256(files[2]?.content ?? "")), async (dir) => {
    await rememberFilesApart(diskMemo(dir), "key", files);
    expect(await rememberedFilesApart(diskMemo(dir), "key")).toBeUndefined();
  });
});
