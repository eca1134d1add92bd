// The spec folder's key from its files' stats (read/spec-keys.ts): the same
// key as the folder read whole, reading only the files changed since the
// record was made, and never a file's old key once it changed.
import { spawnSync } from "node:child_process";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { specFolderKey, specKeysByStat, specKeysOf } from "../../generator/read/spec-keys.js";
import { SpecChanged } from "../../generator/read/spec-changed.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { loadStatRecord } from "../../generator/write/stat-record.js";
import { nodeFs } from "../../generator/write/node-fs.js";
import type { WriteFs } from "../../generator/write/write-fs.js";
import { lookAfterMargin } from "../support/clock-ahead.js";
import { tempWorkspace } from "../support/temp-spec.js";

interface Recorded {
  readonly spec: string;
  readonly record: string;
}

/**
 * A spec folder whose files the record knows: keyed once, then again as if they were older than the margin (a
 * clock ahead, not a wait: test/support/clock-ahead.ts).
 */
async function recorded(): Promise<Recorded> {
  const { root, spec } = await tempWorkspace();
  const record = path.join(root, "cache", "spec-stat");
  keysOf(spec, record);
  await lookAfterMargin(root, () => keysOf(spec, record));
  return { spec, record };
}

const ready: Recorded[] = [];
beforeAll(async () => {
  ready.push(...(await Promise.all(Array.from({ length: 4 }, recorded))));
});
const take = (): Recorded => {
  const next = ready.shift();
  if (!next) throw new Error("more tests take a recorded spec than were made");
  return next;
};

/** The folder's key by stat, and the files read for it. */
function keysOf(spec: string, record: string): { key: string | undefined; reads: string[] } {
  const reads: string[] = [];
  const fs: WriteFs = {
    ...nodeFs,
    readFile: (p) => {
      reads.push(path.relative(spec, p));
      return nodeFs.readFile(p);
    },
  };
  const stats = loadStatRecord(record, spec, nodeFs);
  const keys = specKeysByStat(spec, fs, stats);
  stats.save();
  return { key: keys && specFolderKey(keys), reads: reads.sort() };
}

const keyRead = async (spec: string) => specFolderKey(specKeysOf(await readSpecInput(spec)));

test("the key by stat is the key of the folder read whole; a folder the record knows is not read at all", async () => {
  const { spec, record } = take();
  const known = keysOf(spec, record);
  expect(known).toEqual({ key: await keyRead(spec), reads: [] });
  // Without a record, every YAML file and page is read, to the same key.
  const fresh = keysOf(spec, path.join(spec, "..", "no-record"));
  expect(fresh.key).toBe(known.key);
  expect(fresh.reads.length).toBeGreaterThan(3);
});

test("an edit that keeps the size and the modification time is read, and changes the key; only it is read", async () => {
  const { spec, record } = take();
  const before = keysOf(spec, record).key;
  const edited = path.join(spec, "sips.yaml");
  const reference = path.join(spec, "..", "reference");
  await writeFile(reference, "");
  expect(spawnSync("touch", ["-r", edited, reference]).status).toBe(0);
  const text = await readFile(edited, "utf8");
  const same = text.replace(/[a-z]/, (c) => c.toUpperCase());
  expect(same).not.toBe(text);
  await writeFile(edited, same);
  expect(spawnSync("touch", ["-r", reference, edited]).status).toBe(0);
  expect((await stat(edited)).mtimeMs).toBe((await stat(reference)).mtimeMs);
  const after = keysOf(spec, record);
  expect(after).toEqual({ key: await keyRead(spec), reads: ["sips.yaml"] });
  expect(after.key).not.toBe(before);
});

test("a file added or removed changes the key; bytes that are not UTF-8 give no key (the read stage reports them)", async () => {
  const { spec, record } = take();
  const before = keysOf(spec, record).key;
  await writeFile(path.join(spec, "notes.txt"), "not a spec file\n");
  const added = keysOf(spec, record);
  expect(added).toEqual({ key: await keyRead(spec), reads: [] });
  expect(added.key).not.toBe(before);
  await rm(path.join(spec, "notes.txt"));
  expect(keysOf(spec, record).key).toBe(before);
  await writeFile(path.join(spec, "dictionary", "bad.yaml"), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
  expect(keysOf(spec, record).key).toBeUndefined();
});

test("the YAML files the record vouches for are read only when their text is asked for, which must be the text keyed", async () => {
  const { spec, record } = take();
  const unchanged = new Map<string, string>();
  const stats = loadStatRecord(record, spec, nodeFs);
  specKeysByStat(spec, nodeFs, stats, unchanged);
  stats.save();
  const whole = await readSpecInput(spec);
  expect([...unchanged.keys()].sort()).toEqual(whole.files.map((f) => f.relPath).sort());
  const input = await readSpecInput(spec, undefined, undefined, unchanged);
  expect(specKeysOf(input)).toEqual(specKeysOf(whole));
  // Changed after the input was made: the text asked for now is not the text keyed.
  const edited = "operations/in-app/orderInitialize.yaml";
  await writeFile(path.join(spec, edited), `${await readFile(path.join(spec, edited), "utf8")}# edited\n`);
  const late = (relPath: string) => () => input.files.find((f) => f.relPath === relPath)?.text;
  // The disk's state, which the commands report as such (exit 1, no stack), not a failure of the generator.
  expect(late(edited)).toThrow(SpecChanged);
  expect(late(edited)).toThrow(/changed while the spec folder was read/);
  const removed = "operations/in-app/walletInitialize.yaml";
  await rm(path.join(spec, removed));
  expect(late(removed)).toThrow(SpecChanged);
  expect(late(removed)).toThrow(/removed while the spec folder was read/);
  const text = (files: typeof input.files) => files.find((f) => f.relPath === "sips.yaml")?.text;
  expect(text(input.files)).toBe(text(whole.files));
});
