// A file's stat as the checks by stat read it (settled-stat.ts): its type,
// device, inode, size, link count and nanosecond times, and nothing else.
// fs.lstatSync with `bigint` builds a BigIntStats per call, 18 BigInts and,
// on Node 20, four Date objects; a run after an edit looks at some 12,600
// files (the output's and the spec's), and those objects were 19 MB of its
// garbage. Node's own binding fills one shared array per call, from which
// these are read. It is not a public API: it is used only on the Node lines
// where its calls were checked (20.19+, 22, 24: the engines the package
// supports), only where no option makes it warn or checks permissions, and
// only once it gave, for a file looked at both ways, what fs.lstatSync gives;
// anywhere else, and for any path it would not read as fs does, fs is called.

import { closeSync, fstatSync, lstatSync, openSync, statSync, type BigIntStats } from "node:fs";

/** What of a stat the generator reads. fs.BigIntStats is one. */
export type FileStat = Pick<
  BigIntStats,
  "dev" | "ino" | "size" | "nlink" | "mtimeNs" | "ctimeNs" | "isFile" | "isDirectory" | "isSymbolicLink"
>;

/** lstatSync(p, { bigint: true, throwIfNoEntry: false }), leaner. */
export function lstatLean(p: string): FileStat | undefined {
  const fast = binding();
  if (fast === undefined || !plainPath(p)) return lstatSync(p, { bigint: true, throwIfNoEntry: false });
  const values = fast.lstat(p, true, undefined, false);
  return values === undefined ? undefined : new LeanStat(values);
}

/** statSync(p, { bigint: true }) (following a symbolic link; throws when nothing is there), leaner. */
export function statLean(p: string): FileStat {
  const fast = binding();
  if (fast === undefined || !plainPath(p)) return statSync(p, { bigint: true });
  return new LeanStat(fast.stat(p, true, undefined, true) as BigInt64Array);
}

/** fstatSync(fd, { bigint: true }), leaner: for the write stage, which stamps each file it makes through the open file. */
export function fstatLean(fd: number): FileStat {
  const fast = binding();
  const values = fast?.fstat(fd, true, undefined, false);
  return values === undefined ? fstatSync(fd, { bigint: true }) : new LeanStat(values);
}

const S_IFMT = 0o170000;
const NS = 1_000_000_000n;

class LeanStat implements FileStat {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly nlink: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  private readonly type: number;
  // The binding's order: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then each time's seconds
  // and nanoseconds: atime, mtime, ctime, birthtime.
  constructor(values: BigInt64Array) {
    this.dev = values[0] as bigint;
    this.type = Number(values[1] as bigint) & S_IFMT;
    this.nlink = values[2] as bigint;
    this.ino = values[7] as bigint;
    this.size = values[8] as bigint;
    this.mtimeNs = (values[12] as bigint) * NS + (values[13] as bigint);
    this.ctimeNs = (values[14] as bigint) * NS + (values[15] as bigint);
  }
  isFile(): boolean {
    return this.type === 0o100000;
  }
  isDirectory(): boolean {
    return this.type === 0o040000;
  }
  isSymbolicLink(): boolean {
    return this.type === 0o120000;
  }
}

/** The calls of node's fs binding used here, as Node 20.19+, 22 and 24 take them. */
interface FsBinding {
  lstat(p: string, bigint: true, request: undefined, throwIfNoEntry: false): BigInt64Array | undefined;
  stat(p: string, bigint: true, request: undefined, throwIfNoEntry: true): BigInt64Array | undefined;
  fstat(fd: number, bigint: true, request: undefined, throwIfNoEntry: false): BigInt64Array | undefined;
}

let checked: FsBinding | null | undefined;

/** The binding, once it is known to give what fs gives; undefined where it is not to be used. */
function binding(): FsBinding | undefined {
  if (checked === undefined) checked = checkedBinding() ?? null;
  return checked ?? undefined;
}

function checkedBinding(): FsBinding | undefined {
  if (!checkedLine() || process.platform === "win32" || permissionsChecked() || warnsOnBinding()) return undefined;
  try {
    const fs = (process as unknown as { binding(name: string): Partial<FsBinding> }).binding("fs");
    if (typeof fs.lstat !== "function" || typeof fs.stat !== "function" || typeof fs.fstat !== "function")
      return undefined;
    const candidate = fs as FsBinding;
    // This module's own folder's entries would do as well: the current folder is there in every process.
    const probe = process.cwd();
    const values = candidate.lstat(probe, true, undefined, false);
    if (!(values instanceof BigInt64Array) || values.length < 16) return undefined;
    if (!sameStat(new LeanStat(values), lstatSync(probe, { bigint: true }))) return undefined;
    // The folder opened, as the write stage opens each file it stamps: fstat's answer checked the same way.
    const fd = openSync(probe, "r");
    try {
      const opened = candidate.fstat(fd, true, undefined, false);
      if (!(opened instanceof BigInt64Array) || opened.length < 16) return undefined;
      return sameStat(new LeanStat(opened), fstatSync(fd, { bigint: true })) ? candidate : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Whether two stats of one file agree on all that FileStat holds. */
const sameStat = (lean: FileStat, full: FileStat): boolean =>
  lean.dev === full.dev &&
  lean.ino === full.ino &&
  lean.size === full.size &&
  lean.nlink === full.nlink &&
  lean.mtimeNs === full.mtimeNs &&
  lean.ctimeNs === full.ctimeNs &&
  lean.isDirectory() === full.isDirectory() &&
  lean.isFile() === full.isFile() &&
  lean.isSymbolicLink() === full.isSymbolicLink();

/** Node 20.19 and later 20s, 22 and 24: where the binding's calls were checked to take these arguments. */
function checkedLine(): boolean {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  return (major === 20 && minor >= 19) || major === 22 || major === 24;
}

/** Whether node's permission model is on: fs checks each path against it, the binding might not. */
const permissionsChecked = (): boolean => (process as { permission?: unknown }).permission !== undefined;

/** Whether process.binding would print a deprecation warning (node's --pending-deprecation). */
function warnsOnBinding(): boolean {
  const flag = "--pending-deprecation";
  return (
    process.execArgv.includes(flag) ||
    (process.env.NODE_OPTIONS ?? "").includes(flag) ||
    process.env.NODE_PENDING_DEPRECATION === "1"
  );
}

/** A path fs would pass to the system as it is: a string with no NUL (fs refuses one; the binding would cut it). */
const plainPath = (p: string): boolean => typeof p === "string" && !p.includes("\0");
