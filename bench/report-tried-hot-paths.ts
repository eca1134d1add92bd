// The lines of "Tried and did not pay" (bench/report-tried.ts) for the hot
// paths: the validators, the seal and the client, each linking to the paragraph
// of its record (bench/notes/validators.md, seal.md, client.md) that holds it in
// full. A new attempt that did not pay gets its line here, in the order written.
import type { Tried } from "./report-tried.js";

export const TRIED_HOT_PATHS: readonly Tried[] = [
  {
    file: "validators",
    anchor: "tried-arrayof-which-has-no-site-and-grows-as--does",
    line: "`Array.of()` for the issues' list: the same bytes, but a builtin call left out of the optimised code (five-error request 1.11x ajv, four-error response 2.22x)",
  },
  {
    file: "validators",
    anchor: "tried-alone-the-same-loop-a-list-made-with-room-for-six",
    line: "a list made with room for six and cut to its count, or emptied by `pop()`: 57 and 48 ns, a store to `length` being a runtime call; a five-place list needs the count first",
  },
  {
    file: "validators",
    anchor: "tried-the-plain-issue-made-apart-from-the-one-that-may-name-a-field-meant",
    line: "the plain issue made apart from the one that may name a field meant: 0.99x ajv either way over six pairs, no gain",
  },
  {
    file: "validators",
    anchor: "tried-the-prototype-read-through-objectprototypes-__proto__",
    line: "the prototype read through `__proto__` (a C++ builtin too), or a private symbol read so the test folds (the validator then too large to inline: the rows within their noise); the test moved into the valid path: the valid response 1.35–1.43x ajv in two processes of six",
  },
  {
    file: "validators",
    anchor: "tried-counting-the-keys-in-the-for-in-and-comparing-with-the-fields-present",
    line: "keys counted in the `for-in` to skip the unknown-key walk: about 5% faster on a valid message, but 1.5x the time on one with an unknown key, which walks its keys twice; fields read in the `for-in`: 1.6x",
  },
  {
    file: "validators",
    anchor: "tried-newfounds-object-own-and-the-pointer-of-an-unknown",
    line: "the result object, `own` and an unknown key's pointer written in place: within noise, the pointer slower (1.21–1.35x ajv against 1.02–1.12x)",
  },
  {
    file: "validators",
    anchor: "tried-since-the-read-in-place-again",
    line: "the field read in place again, in a `try` of its own: 0.96x → 0.97x ajv (first clock), 0.83x → 0.90x (second), medians of sixteen processes",
  },
  {
    file: "validators",
    anchor: "tried-a-read-of-a-key-that-no-message-holds-between-the-fields",
    line: "a read of a key no message holds, so the prototype test folds: the four-error response 0.89–0.91x the code before, but the valid response 2.5–8x its time in 11 processes of 20",
  },
  {
    file: "seal",
    anchor: "tried-the-pads-made-as-text-with-stringfromcharcode",
    line: "the HMAC's pads made as text, the inner input written as UTF-8 into a buffer, the digest as a Buffer: each slower (1.20 against 1.12 µs; 1.53 µs; 0.63–0.67 against 0.28 µs)",
  },
  {
    file: "seal",
    anchor: "tried-a-switch-on-the-keys-length-first",
    line: "the wallet's walk: a `switch` on key length first (0.1 µs of 8.5, within noise), the walk inlined (4.1 against 2.7 µs), values joined from an array (1.37–1.74x)",
  },
  {
    file: "seal",
    anchor: "tried-since-on-the-wallets-seal",
    line: "the wallet's values written as UTF-8 bytes with no rope (9.37–9.64 against 8.51–8.92 µs, slower); its items' keys counted (about 8% less, but not the generic rule's string for every message)",
  },
  {
    file: "client",
    anchor: "tried-one-timer-per-timeout-length-for-every-call-in-flight",
    line: "one timer per timeout length, a signal reused across calls, `AbortSignal.timeout`: no faster (240–500 against 290–470 ns; 12–19 µs), and a reused signal keeps a listener per call until its request is collected",
  },
  {
    file: "client",
    anchor: "tried-the-next-calls-controller-made-while-a-call-waits",
    line: "the next call's controller made while a call waits: 0.98–1.01x, and 5 µs more CPU a call",
  },
  {
    file: "client",
    anchor: "tried-and-not-kept-on-the-client",
    line: "a signal of the client's own handed to Node's fetch: about 1% of a call, within noise, and on Node 20 only (Node 24's Request does not follow it)",
  },
];
