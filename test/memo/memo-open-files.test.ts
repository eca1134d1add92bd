// A first run writes thousands of memo entries side by side. All issued at
// once, each held a file open while it waited for the thread pool, and a
// process allowed 1,024 open files lost entries to EMFILE, silently: each a
// miss on the next run. Node raises its soft limit to the hard one, so it is a
// hard limit that bites (some containers set 1,024, some fewer): the shell's
// `ulimit -n` sets both, for the process run here, at 1,024 and at 256, below
// the writes the memo runs at once (in-flight.ts), each lowered to the hard
// limit of the machine where that is lower still: the test adapts, never skipped.
// Two parts keep the entries, and each is held alone: the limiter, which keeps
// the writes at once below 1,024 (at that limit no write is refused a file,
// counted in the child), and the retry of a write refused one (at 256, where
// writes are refused, every entry is still stored).
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { IN_FLIGHT_AT_MOST } from "../../generator/memo/in-flight.js";
import { bundleForNode } from "../support/node-bundle.js";
import { repoRoot } from "../support/paths.js";

/**
 * More than the 1,024 files of the higher limit and than the writes the memo runs at once: without the limiter and
 * its retry, a run keeps some 1,000 of them at 1,024 and 240 at 256; without the retry, some 480 at 256; without
 * the limiter, every one, its writes refused files at 1,024 and started again.
 */
const ENTRIES = 1500;
/** Enough for node itself and the writes a limiter lets run at once, fewer than the entries; then fewer than those writes. */
const OPEN_FILES = [1024, 256];
/** The limit from which the limiter's writes at once (768) and node's own files fit: no write is refused one. */
const ROOM_FOR_THE_LIMITER = 1024;

/**
 * The child: fills a disk memo in the folder it is given, all at once, and reads each entry back. It counts the
 * files the memo's writes were refused (the functions of node:fs/promises that open one, wrapped, and the memo's
 * bindings to them updated with syncBuiltinESMExports before any write).
 */
const fill = `
  import { createRequire, syncBuiltinESMExports } from "node:module";
  import { diskMemo } from "./generator/memo/disk-memo.ts";
  const promises = createRequire(import.meta.url)("node:fs/promises");
  let refused = 0;
  for (const name of ["open", "writeFile"]) {
    const original = promises[name];
    promises[name] = async (...args) => {
      try {
        return await original(...args);
      } catch (error) {
        if (error?.code === "EMFILE" || error?.code === "ENFILE") refused++;
        throw error;
      }
    };
  }
  syncBuiltinESMExports();
  const memo = diskMemo(process.argv[2]);
  const text = "x".repeat(4096);
  const stored = await Promise.all(Array.from({ length: ${ENTRIES} }, (_, i) => memo.set("entry" + String(i).padStart(60, "0"), text)));
  const read = stored.map((_, i) => memo.getNow("entry" + String(i).padStart(60, "0")) === text);
  const counts = { stored: stored.filter(Boolean).length, read: read.filter(Boolean).length, refused };
  process.stdout.write(JSON.stringify({ ...counts, limit: Number(process.argv[3]) }));
`;

// One bundle for both limits: plain node starts it in a fraction of what tsx's loader takes to load the memo's modules.
let child: string;
beforeAll(async () => {
  child = await bundleForNode({ code: fill, resolveDir: repoRoot });
});
afterAll(() => rm(path.dirname(child), { recursive: true, force: true }));

test.skipIf(process.platform === "win32").each(OPEN_FILES)(
  "thousands of entries written at once are all stored by a process allowed %i open files (or the machine's hard limit)",
  async (openFiles) => {
    const dir = await mkdtemp(path.join(tmpdir(), "memo-open-files-"));
    try {
      // At most the hard limit, which a process cannot raise; "unlimited" is more than any.
      const limit = `n=$(ulimit -Hn); if [ "$n" = unlimited ] || [ "$n" -gt ${openFiles} ]; then n=${openFiles}; fi; ulimit -n "$n"`;
      const run = spawnSync("sh", ["-c", `${limit} && exec "$0" "$1" "$2" "$n"`, process.execPath, child, dir], {
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      const { refused, limit: applied = 0, ...kept } = JSON.parse(run.stdout) as Record<string, number>;
      expect(kept).toEqual({ stored: ENTRIES, read: ENTRIES });
      // The limiter's part: under a limit with room for its writes, none is refused a file (its retry would hide it).
      if (applied >= ROOM_FOR_THE_LIMITER) expect(refused, "writes refused a file").toBe(0);
      // The retry's part: under a limit below the writes at once some are refused files, and every entry was stored.
      if (applied < IN_FLIGHT_AT_MOST) expect(refused, "writes refused a file").toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
