// Folders the bench is done with, moved aside (a rename frees nothing) and
// removed only once the whole bench has run. The machine's root file system
// is ext4 without a journal, whose inode allocator passes over every inode
// freed in the last minute or so (longer while its table block is unwritten),
// one buffer-cache lookup each, for every file it creates: a first run of
// 1,000 operations (some 18,500 files with its memo) that followed the removal
// of the run before's paid several seconds of system time for that removal,
// which openapi-typescript, writing one file, never paid.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const aside = fileURLToPath(new URL("./.work/set-aside/", import.meta.url));
let moved = 0;

/** Moves `dir`, if there, under bench/.work/set-aside (the same file system as bench/.work). */
export function setAside(dir: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(aside, { recursive: true });
  renameSync(dir, path.join(aside, `${process.pid}-${++moved}`));
}

/** Removes what this bench, or one cut short before it, set aside: at the end, when nothing is timed after. */
export function removeSetAside(): void {
  rmSync(aside, { recursive: true, force: true });
}
