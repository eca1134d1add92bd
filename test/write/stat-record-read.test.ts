// The stat record as read from disk: its files' lines are compared where they
// stand in the record's text, and cut into entries only when rewritten; the
// answers are those of entries read whole.
import type { BigIntStats } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { MARGIN_MS } from "../../generator/memo/settled-stat.js";
import { loadStatRecord } from "../../generator/write/stat-record.js";
import { nodeFs } from "../../generator/write/node-fs.js";

const statOf = (ctimeNs: bigint, size = 3n): BigIntStats =>
  ({ dev: 1n, ino: 2n, size, mtimeNs: ctimeNs, ctimeNs }) as BigIntStats;
const old = BigInt(Date.now() - MARGIN_MS - 1) * 1_000_000n;
const hash = (i: number) => String(i).repeat(64);

/** A record of `count` files f<i>.ts, saved and read back. */
async function savedRecord(count: number): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "sips-record-read-")), "record");
  const record = loadStatRecord(file, "/out", nodeFs);
  for (let i = 0; i < count; i++) record.record(`f${i}.ts`, statOf(old - BigInt(i)), hash(i), Date.now());
  record.save();
  return file;
}

test("a stat is the recorded one only when every field is: one that starts or ends like it is not", async () => {
  const file = await savedRecord(1);
  const record = loadStatRecord(file, "/out", nodeFs);
  expect(record.hashIfUnchanged("f0.ts", statOf(old))).toBe(hash(0));
  // The change time one digit shorter or longer: the recorded text starts with the one, and the other with it.
  expect(record.hashIfUnchanged("f0.ts", statOf(old / 10n))).toBeUndefined();
  expect(record.hashIfUnchanged("f0.ts", statOf(old * 10n))).toBeUndefined();
  expect(record.hashIfUnchanged("f0.ts", statOf(old, 30n))).toBeUndefined();
  expect(record.hashIfUnchanged("f0", statOf(old))).toBeUndefined();
});

test("a line whose head is neither a hash nor a known word is damaged, and counts for nothing", async () => {
  const file = await savedRecord(1);
  const text = await readFile(file, "utf8");
  await writeFile(file, `${text}abc 1 2 3 ${old} ${old} g.ts\n${"a".repeat(65)} 1 2 3 ${old} ${old} h.ts\n`);
  const record = loadStatRecord(file, "/out", nodeFs);
  expect(record.hashIfUnchanged("g.ts", statOf(old))).toBeUndefined();
  expect(record.hashIfUnchanged("h.ts", statOf(old))).toBeUndefined();
  expect(record.hashIfUnchanged("f0.ts", statOf(old))).toBe(hash(0));
});

test("entries read, then changed, forgotten or kept, are written whole as they were read", async () => {
  const file = await savedRecord(4);
  const text = await readFile(file, "utf8");
  // A line cut by a kill: the next save writes the record whole, from the entries read.
  await writeFile(file, `${text}${hash(9)} 1 2`);
  const record = loadStatRecord(file, "/out", nodeFs);
  record.record("f1.ts", statOf(old - 100n), hash(7), Date.now());
  record.forget("f2.ts");
  record.save();
  const whole = await readFile(file, "utf8");
  expect(whole.split("\n")).toHaveLength(1 + 3 + 1);
  const again = loadStatRecord(file, "/out", nodeFs);
  expect(again.hashIfUnchanged("f0.ts", statOf(old))).toBe(hash(0));
  expect(again.hashIfUnchanged("f1.ts", statOf(old - 1n))).toBeUndefined();
  expect(again.hashIfUnchanged("f1.ts", statOf(old - 100n))).toBe(hash(7));
  expect(again.hashIfUnchanged("f2.ts", statOf(old - 2n))).toBeUndefined();
  expect(again.hashIfUnchanged("f3.ts", statOf(old - 3n))).toBe(hash(3));
  // Recorded again as it was read: nothing to append.
  again.record("f3.ts", statOf(old - 3n), hash(3), Date.now());
  again.save();
  expect(await readFile(file, "utf8")).toBe(whole);
});

test("the lines read are sized as they were written: appended ones that no longer count make the record be written whole", async () => {
  const file = await savedRecord(3);
  const lineCounts: number[] = [];
  for (let round = 0; round < 3; round++) {
    const record = loadStatRecord(file, "/out", nodeFs);
    record.record("f0.ts", statOf(old - 10n * BigInt(round + 1)), hash(round + 4), Date.now());
    record.save();
    lineCounts.push((await readFile(file, "utf8")).split("\n").length - 1);
  }
  // One line of f0.ts that no longer counts is less than half of the three that do: appended. Two are more: whole.
  expect(lineCounts).toEqual([1 + 3 + 1, 1 + 3, 1 + 3 + 1]);
  expect(loadStatRecord(file, "/out", nodeFs).hashIfUnchanged("f0.ts", statOf(old - 30n))).toBe(hash(6));
});
