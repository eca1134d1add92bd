// An unchanged operation's contents are read from the memo when a file is
// written or shown, after the run has taken the operation from the memo: a
// content found damaged then can only fail. The library's generate() reads
// them when looked up, so that a damaged one is a miss there too, and whether
// a run reads now is that run's own: two runs in one process (the library, a
// watch loop, a test worker) never see each other's.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { generate, generateFromInput, type GeneratedFile, type Memo } from "../../generator/index.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { keysOfKind, memoKeysMade } from "../support/memo-keys.js";
import { generateGoldenSpec, goldenRoot } from "../support/generate.js";

const specDir = path.join(goldenRoot, "spec");
const folders: string[] = [];
/** A memo filled by a first run of the golden spec, never damaged: each test copies it. */
let filled = "";
/** The keys of the entries read lazily: every operation's contents, and each shared file's content kept apart. */
let lazyKeys: string[] = [];
let reference: readonly GeneratedFile[] = [];

const folder = async (): Promise<string> => {
  const made = await mkdtemp(path.join(tmpdir(), "sips-lost-entries-"));
  folders.push(made);
  return made;
};

beforeAll(async () => {
  reference = (await generateGoldenSpec()).files;
  filled = await folder();
  const { result: first, kinds } = await memoKeysMade(() =>
    generate({ specDir, cwd: goldenRoot, memo: diskMemo(filled) }),
  );
  expect(first.ok).toBe(true);
  lazyKeys = keysOfKind(kinds, "contents", "file");
  expect(lazyKeys.length).toBeGreaterThan(0);
});

afterAll(async () => {
  for (const made of folders) await rm(made, { recursive: true, force: true });
});

/** A copy of the filled memo with every entry read lazily cut to half its length. */
async function damagedCopy(): Promise<string> {
  const dir = await folder();
  cpSync(filled, dir, { recursive: true });
  for (const key of new Set(lazyKeys)) {
    const file = path.join(dir, key.slice(0, 2), key);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
  }
  return dir;
}

/** Every file's path and content, each content read now (as a write or a diff reads it). */
const contentsOf = (files: readonly GeneratedFile[]): [string, string][] => files.map((f) => [f.path, f.content]);

test("generate() with a memo whose contents are damaged gives the files of a run without memo, without an error", async () => {
  const result = await generate({ specDir, cwd: goldenRoot, memo: diskMemo(await damagedCopy()) });
  if (!result.ok) throw new Error("the golden spec has errors");
  expect(contentsOf(result.files)).toEqual(contentsOf(reference));
});

/** `memo`, its reads of the entries read lazily counted, and its first `get` held until `gate` settles. */
function watched(memo: Memo, gate: Promise<void> = Promise.resolve()) {
  const lazy = new Set(lazyKeys);
  const reads = { lazy: 0 };
  const counted = (key: string) => void (lazy.has(key) && reads.lazy++);
  let held = false;
  const watchedMemo: Memo = {
    get: async (key) => {
      if (!held) {
        held = true;
        await gate;
      }
      return memo.get(key);
    },
    set: (key, text) => memo.set(key, text),
    ...(memo.setBytes && { setBytes: memo.setBytes.bind(memo) }),
    ...(memo.readBytes && { readBytes: memo.readBytes.bind(memo) }),
    getNow: (key) => {
      counted(key);
      return memo.getNow?.(key);
    },
    getBytes: (key) => {
      counted(key);
      return memo.getBytes?.(key);
    },
  };
  return { memo: watchedMemo, reads };
}

test("a run that reads its contents when looked up and a lazy one, at once in one process, each keep their own way", async () => {
  const input = await readSpecInput(specDir, goldenRoot);
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  // Reads now, on a damaged memo: held at its first lookup while the lazy run starts and ends.
  const now = watched(diskMemo(await damagedCopy()), gate);
  const readingNow = generateFromInput(input, undefined, now.memo, null, { readNow: true });
  const lazy = watched(diskMemo(await damagedCopy()));
  const lazyResult = await generateFromInput(input, undefined, lazy.memo);
  if (!lazyResult.ok) throw new Error("the golden spec has errors");
  // Lazy: nothing of the contents read until a content is asked for, then found damaged.
  expect(lazy.reads.lazy).toBe(0);
  expect(() => contentsOf(lazyResult.files)).toThrow(/missing or damaged/);
  open();
  const result = await readingNow;
  if (!result.ok) throw new Error("the golden spec has errors");
  expect(now.reads.lazy).toBeGreaterThan(0);
  expect(contentsOf(result.files)).toEqual(contentsOf(reference));
});
