// The seal's part of bench/RESULTS.md: its table with both clocks, each
// message's seal beside bare HMAC and the seal taken apart. What was found of
// where its time goes: bench/notes/seal.md. Its target rows: report-hot-paths.ts.
import { cyclesRatio } from "./interleaved.js";
import { ratioX } from "./report-cells.js";
import { recordLine } from "./report-notes.js";
import type { SealResult } from "./seal.js";
import { byName, duration, ratioOf } from "./stats.js";

/** The Seal section: each message's seal and its parts beside bare HMAC on both clocks, then what was found. */
export function sealSection(seal: readonly SealResult[]): string[] {
  const names = [
    "generated seal()",
    "bare HMAC",
    "generic flatten-and-sort",
    "its sealing string alone",
    "its HMAC alone",
    "its sealing string flattened",
    "floor",
  ];
  const lines = [
    "## Seal",
    "",
    "Time per seal (HMAC-SHA-256), ratio to bare HMAC (`createHmac`) over the sealing string built beforehand (a flat string). Its HMAC alone is the seal's own HMAC over that flat string, two one-shot digests over the key's pads (runtime/seal-hmac.ts): what `seal()` takes beyond it is the sealing string and its checks. Its sealing string flattened is the string as `seal()` builds it, then copied into one flat string, as hashing a rope first copies it. The floor concatenates the message's known values with no check at all, then hashes that string with the seal's own HMAC: what a seal that builds its string of this many pieces costs before any check. First clock (median, ratio), then the second in brackets (fastest batch, median of the cycles' ratios).",
    "",
    `| message | ${names.join(" | ")} |`,
    `| --- | ${names.map(() => "---").join(" | ")} |`,
  ];
  for (const { scenario, results, cycles } of seal) {
    const bare = byName(results, "bare HMAC");
    const cell = (name: string) => {
      const r = byName(results, name);
      if (!r || !bare) return "—";
      const second = cycles.fastest[name];
      const over = cyclesRatio(cycles, name, "bare HMAC");
      const cyc = second === undefined || over === undefined ? "" : ` [${duration(second)}, ${ratioX(over)}]`;
      return `${duration(r.median)} (${ratioX(ratioOf(r, bare))})${cyc}`;
    };
    lines.push(`| ${scenario} | ${names.map(cell).join(" | ")} |`);
  }
  lines.push("", recordLine("seal"));
  return lines;
}
