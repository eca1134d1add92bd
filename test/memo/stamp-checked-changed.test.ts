// A store is stamped as checked only if its file is still the one whose bytes
// were read and hashed: changed since (another size, other times), it is left
// unstamped, so that the next run hashes it rather than trusts it.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { stampChecked, stampOf, statParts } from "../../generator/memo/entry-stamp.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function entry(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "stamp-checked-"));
  dirs.push(dir);
  const file = path.join(dir, "entry");
  writeFileSync(file, text);
  return file;
}

test("a file unchanged since it was read is stamped", () => {
  const file = entry("checked bytes");
  const seen = statParts(statSync(file, { bigint: true }));
  const stamp = stampChecked(file, seen);
  expect(stamp).toBeDefined();
  expect(stamp).toEqual(stampOf(statSync(file, { bigint: true })));
});

test("a file written since it was read is not stamped, and its times are left as they are", () => {
  const file = entry("checked bytes");
  const seen = statParts(statSync(file, { bigint: true }));
  writeFileSync(file, "other bytes, longer than those checked");
  const before = statParts(statSync(file, { bigint: true }));
  expect(stampChecked(file, seen)).toBeUndefined();
  expect(statParts(statSync(file, { bigint: true }))).toEqual(before);
});
