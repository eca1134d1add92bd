// When a file's stat stands for its bytes: a file whose stat is exactly as
// recorded holds the same bytes, since any write sets its change time, which
// no program can set back; a stat is recorded only once that time is older
// than the moment before the file was looked at by a margin, so that a write
// in the same tick of the file system's clock is never missed. The output's
// stat record (write/stat-record.ts) and --watch's kept spec texts
// (read/kept-texts.ts) both rely on it.

import type { FileStat } from "./lean-stat.js";

/** How much older than the look a file's change time must be: coarse file system clocks tick in seconds. */
export const MARGIN_MS = 2_000;

/** What of a stat must be unchanged for the file's bytes to be. */
export const statKey = (s: FileStat): string => `${s.dev} ${s.ino} ${s.size} ${s.mtimeNs} ${s.ctimeNs}`;

/** Whether a file last changed long enough before `lookedAt` (ms) for its stat to stand for what was read then. */
export const settled = (s: FileStat, lookedAt: number, marginMs = MARGIN_MS): boolean =>
  s.ctimeNs < BigInt(lookedAt - marginMs) * 1_000_000n;
