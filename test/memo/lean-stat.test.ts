// The stats the checks by stat read, taken from node's fs binding where it
// was checked: the same fields fs gives, for every kind of entry the write
// stage meets, the same answers for what is missing or refused.
import {
  closeSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";

import { type FileStat, fstatLean, lstatLean, statLean } from "../../generator/memo/lean-stat.js";

const root = mkdtempSync(path.join(tmpdir(), "sips-lean-stat-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const file = path.join(root, "file.txt");
writeFileSync(file, "twelve bytes");
// Times apart, with a fraction of a second: a field read from the wrong place, or without its nanoseconds, differs.
utimesSync(file, 1_600_000_000.25, 1_700_000_000.123456);
const folder = path.join(root, "folder");
mkdirSync(folder);
const link = path.join(root, "link");
symlinkSync(file, link);
const hardLink = path.join(root, "hard-link.txt");
linkSync(file, hardLink);

const fields = (s: FileStat) => ({
  dev: s.dev,
  ino: s.ino,
  size: s.size,
  nlink: s.nlink,
  mtimeNs: s.mtimeNs,
  ctimeNs: s.ctimeNs,
  isFile: s.isFile(),
  isDirectory: s.isDirectory(),
  isSymbolicLink: s.isSymbolicLink(),
});

test("lstatLean gives what fs.lstatSync gives for a file, a folder, a symbolic link and a hard link", () => {
  for (const p of [file, folder, link, hardLink, root]) {
    const lean = lstatLean(p);
    expect(lean).toBeDefined();
    expect(fields(lean as FileStat)).toEqual(fields(lstatSync(p, { bigint: true })));
  }
  expect(lstatLean(link)?.isSymbolicLink()).toBe(true);
  expect(lstatLean(file)?.nlink).toBe(2n);
});

test("statLean follows a symbolic link, as fs.statSync does", () => {
  expect(fields(statLean(link))).toEqual(fields(statSync(file, { bigint: true })));
  expect(fields(statLean(folder))).toEqual(fields(statSync(folder, { bigint: true })));
});

test("fstatLean gives what fs.fstatSync gives for an open file and an open folder, and fs's error for no open file", () => {
  for (const p of [file, folder]) {
    const fd = openSync(p, "r");
    try {
      expect(fields(fstatLean(fd))).toEqual(fields(fstatSync(fd, { bigint: true })));
      expect(fields(fstatLean(fd))).toEqual(fields(lstatSync(p, { bigint: true })));
    } finally {
      closeSync(fd);
    }
  }
  // A descriptor above any a system gives, never open. Not one just closed: the test files' threads share the
  // process's descriptors, and an open in another takes the lowest free number, that one, at once.
  const none = 2 ** 31 - 1;
  expect(() => fstatSync(none)).toThrow(expect.objectContaining({ code: "EBADF" }));
  expect(() => fstatLean(none)).toThrow(expect.objectContaining({ code: "EBADF" }));
});

test("what is missing or refused: undefined for lstatLean, the same errors as fs otherwise", () => {
  const missing = path.join(root, "missing");
  expect(lstatLean(missing)).toBeUndefined();
  const codeOf = (call: () => unknown) => {
    try {
      call();
      return "no error";
    } catch (error) {
      return (error as NodeJS.ErrnoException).code;
    }
  };
  expect(codeOf(() => statLean(missing))).toBe("ENOENT");
  const through = path.join(file, "below");
  expect(codeOf(() => lstatLean(through))).toBe(codeOf(() => lstatSync(through, { throwIfNoEntry: false })));
  expect(codeOf(() => lstatLean(through))).toBe("ENOTDIR");
  // A NUL would cut the path where the system reads it: refused, as fs refuses it.
  expect(codeOf(() => lstatLean(`${file}\0.txt`))).toBe("ERR_INVALID_ARG_VALUE");
  expect(codeOf(() => statLean(`${file}\0.txt`))).toBe("ERR_INVALID_ARG_VALUE");
});

test("on the Node lines where the binding was checked, it is the one used", () => {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  const checkedLine = (major === 20 && minor >= 19) || major === 22 || major === 24;
  if (!checkedLine || process.platform === "win32") return;
  // fs's stats are BigIntStats, with Dates and every field: the lean ones have none of those.
  expect("mtime" in (lstatLean(file) as object)).toBe(false);
  expect("mtime" in statLean(file)).toBe(false);
  const fd = openSync(file, "r");
  try {
    expect("mtime" in fstatLean(fd)).toBe(false);
  } finally {
    closeSync(fd);
  }
});
