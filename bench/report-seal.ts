// The seal's part of bench/RESULTS.md: its table with both clocks, each
// message's seal beside bare HMAC and the seal taken apart, and what was found
// of where its time goes. Its target rows and limits: report-hot-paths.ts.
import { cyclesRatio } from "./interleaved.js";
import { ratioX } from "./report-cells.js";
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
  lines.push("", SEAL_FINDINGS, "", SEAL_LARGE_FINDINGS);
  return lines;
}

/** What the small message's seal did beyond its string and its HMAC, and what was done about it. */
const SEAL_FINDINGS =
  "What `seal()` did beyond the sealing string and the HMAC, on the paymentTokenInitialize request (a copy of `sealMessage` taken apart, short interleaved batches in one process, a load of 7–11): the string and `createHmac` with no check took 1.07–1.10x bare HMAC already: the string's reads 40 ns (0.02x), and its rope of six texts, which Node flattens before it hashes (the same six texts joined afresh and hashed: 1.07–1.08x the flat string, the joining alone 18 ns). The checks took the other 0.06x (about 100 ns): the message's own `sealAlgorithm` read and checked 0.025x, most of it an object of that one field built for `sealAlgorithmOf` to read again (now chosen from the value read), the key's check 0.01x, the sealing string's check for a lone surrogate 0.01x, the `try` around the string 0.01x; each stands for a refusal. Most of the time was the HMAC's own set-up: `createHmac` alone took 1.2–1.26 µs of bare HMAC's 1.7 µs (a keyed context made and dropped per call), where `crypto.hash` of the same text takes 0.27 µs. The seal's HMAC is now RFC 2104's definition with two one-shot digests (runtime/seal-hmac.ts): an ASCII key of at most a block gives ASCII pads, so the inner pad joins the sealing string as text and is encoded with it, and the inner digest comes back as latin1 text, written after the outer pad in a buffer of the module's own that is wiped after each call, the outer digest reading a view of it made once (a view made per call cost a tenth: 1.15 against 1.01 µs, three rounds at a load of 11); a longer key, or one with a character past ASCII, goes to `createHmac`, and so does a sealing string longer than 4,096 characters (the pad joined to a flat text copies it, which costs more than the set-up saves past a few thousand characters: 8,192 of them 7.3–7.5 against 7.1–7.3 µs, 131,072 202–220 against 84–86 µs; nor could the copy be made of a text within a block of the longest string). The same hex (test/generated/seal-hmac.test.ts: RFC 4231's cases, every ASCII character in a key, keys of a block and one past it, lone surrogates in the text, 300 drawn keys and texts against `createHmac`): 1.20–1.22 µs against 1.72–1.77 µs for `createHmac` over the request's flat string, 2.97–3.07 against 3.28–3.39 µs over the wallet's (three rounds at a load of 11). In this section (`benchSeal(7, 40)`), three interleaved pairs of processes against the code before at a load of 12–16: the request 1.20–1.35x → 0.63–0.76x bare HMAC on the first clock and 1.13–1.16x → 0.72–0.79x on the second; the wallet 2.79–2.87x → 2.53–2.59x on the second clock (its first clock swung from 3.3x to 11.9x either side at that load); with the view made once and every character of the key read (the code as it is), three more pairs at a load of 13–14: the request 1.16–1.36x → 0.59–0.73x on the first clock and 1.16–1.20x → 0.62–0.71x on the second, the wallet 2.76–2.87x → 2.39–2.45x on the second. The client's two HMACs (seal, verify) gain too: see Client. Tried and not kept: the pads made as text with `String.fromCharCode` (1.20 against 1.12 µs in one round), the inner digest's input written as UTF-8 into a buffer after the pad (1.53 µs), the inner digest as a Buffer (`hash(…, \"buffer\")` alone 0.63–0.67 µs where latin1 text takes 0.28 µs), a buffer from Node's pool for each call in place of the module's (1.26–1.30 against 1.20–1.22 µs, both wiped).";

/** Where the largest message's seal spends its time, taken apart after its HMAC became two digests. */
const SEAL_LARGE_FINDINGS =
  "What the wallet's seal (50 means, some 350 values, 2,342 bytes) spends once its HMAC is two one-shot digests, taken apart in short interleaved batches (one process each, a load of 11–17 on 2 cores, fastest batches): its sealing string, left as a rope, 2.8–3.0 µs; that rope copied into one flat string 2.8–3.0 µs more (V8 walks its some 700 nodes, the values and the joins between them, about 4 ns each whatever their length); the seal's HMAC over the flat string 2.8–3.4 µs, where bare `createHmac` takes 3.3–4.1 µs. A CPU profile of 300,000 seals in one process says the same: Node's `hash` (the copy, the UTF-8 encoding and both digests) 47% of the seal, the list item's sealer 24%, the list's loop 10%, garbage collection 6% (a seal makes 14.0 KB of new space: 11.3 KB of joins in its rope, 2.4 KB of flat copy, counted with no collection in between), the key's pads and their Buffer calls 6%, the operation's own fields 4%, `sealMessage`'s checks 3%; traced (`--trace-opt`, `--trace-deopt`), each function is optimized once and none deoptimized. The string is copied once: the lone-surrogate check does not flatten a rope of one-byte text (the rope and the check 2.97 µs, the rope alone 2.98 µs), and the inner pad, joined to the rope as text, is copied with it in the same pass (the rope copied first, then the pad joined to the copy and hashed: 8.25–8.33 against 7.82–7.87 µs). Of the rope's 2.8 µs, reading the values is 1.24–1.32 µs (each item's fields read by name, no check); the checks that keep the string the generic rule's are the rest, about 1.2 µs: the `for-in` over each item's own keys 0.50–0.54 µs (counting the keys alone), the `switch` that sends each key to its field, and the read of the value it names, some 0.6 µs more (the items' walk 2.39–2.50 µs, against 1.24–1.32 µs read by name). The own-key test is answered by V8 within the loop (2.38–2.39 µs without it, 2.42–2.48 µs with it), the items' `toJSON` and boxed-primitive tests take 39 ns for the 50, and the list's call of its item's sealer, made megamorphic by five other lists sealed first in the process, 2.76–2.86 against 2.70–2.78 µs for the string, the seal unchanged (8.42–8.51 against 8.40–8.59 µs). Tried and not kept: a `switch` on the key's length first, then on the key (the items' walk 2.30–2.35 against 2.43–2.48 µs: 0.1 µs of a seal of 8.5, within its noise, for a second level in every generated walk); the item's walk written into the list's loop (4.1 against 2.7 µs); the walk marking which fields it met, their values read by name after it (0.96–0.98x the items' walk, 1% of a seal, and the values then read in sealing order rather than the message's); the values put in an array and joined at the end, in place of the rope and its copy (1.37–1.74x their time); each item's values joined from the right, so that short tails are copied flat as they are joined (the values with no check, then copied: 4.5–5.0 against 3.9–4.2 µs joined from the left, as now); the values written as bytes after the inner pad into a buffer of the module's, then hashed with no string at all (2.82–3.16x bare HMAC with no check, where the same values joined as a rope and hashed by the seal's HMAC take 1.83–1.88x); on the HMAC's side, Buffer's `latin1Slice` and `latin1Write` called in place of `toString` and `write` (0.94x the HMAC over the wallet's string, 0.89x over the request's), methods Node does not document: not used; the pads wiped by a loop in place of `fill` (0.99x and 0.94x).";
