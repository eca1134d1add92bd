// A memo copied from elsewhere (a fresh clone's cache restored by CI, a test's
// copy of a workspace) holds the store of pieces under a stat that no record
// names: the first run that checks the store by its hash stamps it
// (entry-stamp.ts), so that the runs after it do not hash it again.
import { cpSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { generateFromInput } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { emitterNames } from "../../generator/emit/emit-shared.js";
import { changesKey, readChanges } from "../../generator/emit/piece-store-changes.js";
import { emitters } from "../../generator/emit/registry.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { statParts } from "../../generator/memo/entry-stamp.js";
import { generatorFingerprint } from "../../generator/memo/fingerprint.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { goldenRoot } from "../support/generate.js";
import { tempWorkspace } from "../support/temp-spec.js";

const removed: string[] = [];
afterAll(async () => {
  for (const dir of removed) await rm(dir, { recursive: true, force: true });
});

const folder = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sips-copied-memo-"));
  removed.push(dir);
  return dir;
};

const storeKey = memoKey("piece-store", generatorFingerprint(), emitterNames(emitters));
const fileOf = (dir: string, key: string) => path.join(dir, key.slice(0, 2), key);
/** The stamp the store's changes name, and the stat of the store's file now. */
const stamps = (dir: string) => ({
  named: readChanges(readFileSync(fileOf(dir, changesKey(storeKey))))?.wholeStamp,
  now: statParts(statSync(fileOf(dir, storeKey), { bigint: true })),
});

/**
 * The files of a run of `specDir` with the memo in `dir`, the shared files not remembered whole (as the command runs
 * a spec it has not seen before): a run of the same spec then makes them from the store, and writes the store's
 * changes.
 */
async function filesOf(specDir: string, dir: string | null) {
  const input = await readSpecInput(specDir);
  const memo = dir === null ? null : diskMemo(dir);
  const result = await generateFromInput(input, emitters, memo, null, { rememberShared: false });
  if (!result.ok) throw new Error("the golden spec failed");
  return Object.fromEntries(result.files.map((f) => [f.path, f.content]));
}

test("a copied memo's store is stamped by the first run that checks it, and the stamp holds for the next", async () => {
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  removed.push(root);
  const expected = await filesOf(spec, null);
  const first = await folder();
  expect(await filesOf(spec, first)).toEqual(expected);
  // The run that wrote the store stamped it, and its changes name the stamp.
  expect(stamps(first).named).toEqual(stamps(first).now);
  for (const preserveTimestamps of [false, true]) {
    const copy = await folder();
    cpSync(first, copy, { recursive: true, preserveTimestamps });
    // A copy is another file: the stamp named is not its stat, and a run would hash the store.
    expect(stamps(copy).named).not.toEqual(stamps(copy).now);
    expect(await filesOf(spec, copy)).toEqual(expected);
    expect(stamps(copy).named, `preserveTimestamps: ${preserveTimestamps}`).toEqual(stamps(copy).now);
    // The next run finds the store as stamped: it neither hashes nor stamps it again (a stamp
    // changes the file's change time).
    const stamped = stamps(copy).now;
    expect(await filesOf(spec, copy)).toEqual(expected);
    expect(stamps(copy)).toEqual({ named: stamped, now: stamped });
  }
});

test("a copied store damaged since its copy is not stamped: checked by its hash, it is no store, and is written anew", async () => {
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  removed.push(root);
  const expected = await filesOf(spec, null);
  const first = await folder();
  await filesOf(spec, first);
  const copy = await folder();
  cpSync(first, copy, { recursive: true });
  const store = fileOf(copy, storeKey);
  const bytes = readFileSync(store);
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0x20, bytes.length - 3);
  writeFileSync(store, bytes);
  const seen = stamps(copy).now;
  expect(await filesOf(spec, copy)).toEqual(expected);
  // Another file (written under a temporary name, then renamed), holding the first memo's store, stamped by its write.
  expect(stamps(copy).now[1]).not.toBe(seen[1]);
  expect(readFileSync(store).equals(readFileSync(fileOf(first, storeKey)))).toBe(true);
  expect(stamps(copy).named).toEqual(stamps(copy).now);
});
