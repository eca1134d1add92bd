// "Tried and did not pay" of bench/RESULTS.md: one line for each thing built or
// measured and then dropped (what, what it measured, why), linking to the
// paragraph of bench/notes/ that records it. A new attempt that did not pay
// gets its paragraph in the record and its line here, in the order written.
import { type NotesFile, noteLink } from "./report-notes.js";

interface Tried {
  readonly file: NotesFile;
  /** The anchor of its paragraph in the record. */
  readonly anchor: string;
  readonly line: string;
}

export const TRIED: readonly Tried[] = [
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
    anchor: "tried-every-variant-loaded-into-one-process",
    line: "the plain issue made apart from the one that may name a field meant: 0.99x ajv either way over six pairs, no gain",
  },
  {
    file: "validators",
    anchor: "tried-the-prototype-read-through-objectprototypes-__proto__",
    line: "the prototype read through `__proto__` (a C++ builtin too), or a private symbol read so the test folds (the validator then too large to inline: the rows within their noise); the test moved into the valid path: the valid response 1.35–1.43x ajv in two processes of six",
  },
  {
    file: "validators",
    anchor: "tried-counting-the-keys-in-the-for-in-and-comparing-with-the",
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
    line: "the HMAC's pads made as text, the inner input written as UTF-8 into a buffer, the digest as a Buffer: each slower (1.20 against 1.12 µs; 1.53 µs; 0.63 against 0.28 µs)",
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
    line: "one timer per timeout length, a signal reused across calls, `AbortSignal.timeout`: no faster (240–500 against 290–470 ns; 12–19 µs), and a leaking listener",
  },
  {
    file: "client",
    anchor: "tried-the-next-calls-controller-made",
    line: "the next call's controller made while a call waits: 0.98–1.01x, and 5 µs more CPU a call",
  },
  {
    file: "client",
    anchor: "tried-and-not-kept-on-the-client",
    line: "a signal of the client's own handed to Node's fetch: about 1% of a call, within noise, and on Node 20 only (Node 24's Request does not follow it)",
  },
  {
    file: "generation",
    anchor: "tried-telling-a-layout-from-a-symbol-by-its-type",
    line: "a layout told from a symbol by its `type`, declaration sets kept per module: 1.5–2.5% slower, every module being new",
  },
  {
    file: "generation",
    anchor: "tried-a-document-printer-of-the-projects-own-in-place-of",
    line: "a document printer of the project's own in place of prettier's: 5–7% of a first run, for a second copy of prettier; `--max-semi-space-size=64`: mixed, 85 MB more",
  },
  {
    file: "generation",
    anchor: "tried-one-second-thread-for-both-stages",
    line: "one second thread parsing, modelling and emitting: 29.8 against 23.0 s wall, 742 against 607 MB, its bundle loading every stage before it parses",
  },
  {
    file: "generation",
    anchor: "tried-markdowns-scan-for-trailing-blanks-as-a-regular-expression",
    line: "Markdown's trailing-blank scan as a regular expression: 75 against 170 ms on 17 MB, under 1% of a run",
  },
  {
    file: "generation",
    anchor: "tried-the-outputs-new-files-staged-side-by-side-on-the-thread",
    line: "the output's new files staged on the thread pool, 32 at a time: 27.7, 21.4, 18.7 against 19.6, 19.1, 17.9 s of CPU",
  },
  {
    file: "generation",
    anchor: "tried-the-emit-thread-started-as-soon-as-the-spec-was-parsed",
    line: "the emit thread started as soon as the spec is parsed: 15.4 → 17.4 s wall, 21.9 → 23.5 s of CPU, 6% more memory",
  },
  {
    file: "generation",
    anchor: "tried-the-emit-thread-creating-the-files-of-the-operations-it",
    line: "the emit thread creating its operations' files: 18.3 → 19.7 s of CPU, 496 → 606 MB, the main thread then waiting for it",
  },
  {
    file: "generation",
    anchor: "tried-the-main-threads-look-at-what-the-emit-thread-handed-over",
    line: "the emit thread's work looked at every 8 or 32 operations rather than 16: 8.51, 8.57 and 8.68 s wall (every 8, 16 and 32), within noise",
  },
  {
    file: "generation",
    anchor: "tried-at-a-load-of-920-throughout",
    line: "parsed YAML let go early (CPU 30.2 → 28.4 s, within noise; memory up to 635 MB), `--single-threaded-gc` (within noise), FlatDocs' ASCII test as a loop (faster in four pairs of seven; 7.70 → 7.98 G instructions)",
  },
  {
    file: "generation",
    anchor: "tried-leaving-out-as-a-bound-each-operations-list-and-pieces",
    line: "each operation's list and pieces left out where the store holds them: 18.97 → 19.57 s of CPU, no gain the noise lets through",
  },
  {
    file: "generation",
    anchor: "tried-counted-the-same-way-but-with-the-sources-loaded-through-tsx",
    line: "pieces' doc comments spliced too: 25.34 → 26.30 G and 25.10 → 24.65 G instructions, within the count's noise of 1.65 G; files handed over as their parts: 25.34 → 27.58 G, and a kept buffer per file of a watching process",
  },
  {
    file: "generation",
    anchor: "tried-a-keys-path-made-only-where-its-place-is-kept-or-a-mapping",
    line: "a key's path made only where it may be kept: within noise (the read stage alone, three pairs)",
  },
  {
    file: "generation",
    anchor: "tried-the-emit-thread-making-each-operations-memo-entry-of",
    line: "the emit thread making the memo's pieces as bytes, or the facts while it starts: CPU 21.2 → 23.0 s and 20.8 → 22.3 s, more in most pairs",
  },
  {
    file: "generation",
    anchor: "tried-for-it-the-output-files-lstat-in-a-worker-thread",
    line: "the output's `lstat` in a worker started first (80–105 ms to start, its answer late under load); the writing run's hash of openapi.json taken for the file's (unsafe)",
  },
  {
    file: "generation",
    anchor: "tried-a-larger-young-generation",
    line: "a larger young generation, hashing strings directly, memo reads from JavaScript, `lstat` on the pool, the parse memo as one entry: within noise or slower; plain-number stats: about 10 ms, losing exact times",
  },
  {
    file: "generation",
    anchor: "tried-plain-number-lstat",
    line: "plain-number `lstat` and keys hashed through an encoding buffer: 14.9–20.5 against 13.5–18.0 ms, 42–61 against 32–44 ms, slower",
  },
  {
    file: "generation",
    anchor: "tried-v8-flags-set-at-start-up",
    line: "V8 flags at start-up (2.09 s of CPU bare against 2.13–2.20 s), SHA-256 off the main thread (10 ms more), one `JSON.parse` per record (no gain); CRC32: 10 against 20 ms, for a weaker check",
  },
  {
    file: "generation",
    anchor: "tried-the-store-of-pieces-read-lazily",
    line: "the store of pieces read lazily: 1.65–2.41 → 1.62–2.37 s over eight pairs, every shared file still asking for every operation's pieces",
  },
  {
    file: "generation",
    anchor: "tried---max-semi-space-size-32-and-64",
    line: "semi-space and `--maglev` flags, node's internal `lstat` binding (an internal API), folders' stats first: no steady gain, or unsafe",
  },
  {
    file: "generation",
    anchor: "tried---no-opt-and---max-opt1",
    line: "`--no-opt` and `--max-opt=1`: an edit about 1.0 s, but a first run of 100 operations 4.2–7.4 → 5.2–7.6 s; budgets 4 and 16 times no better than 8",
  },
  {
    file: "generation",
    anchor: "tried---always-sparkplug-beside-the-interrupt-budget",
    line: "`--always-sparkplug` with the interrupt budget (1.73 against 1.725 s), `--single-threaded-gc` (inconclusive), lazy module loads (about 1 ms)",
  },
  {
    file: "generation",
    anchor: "tried-v8s-collector-flags-set-at-run-time",
    line: "V8 collector flags at run time (the collector 461 → 693 ms, or a crash), one packed record of the run before (107–131 against 54–64 ms)",
  },
  {
    file: "generation",
    anchor: "tried-the-store-of-pieces-not-hashed-again-while-its-files-stat",
    line: "the store of pieces not hashed again while its stat holds: −15, +40, −10 ms of CPU, its cost being the first touch of the bytes read",
  },
  {
    file: "generation",
    anchor: "tried-each-parse-memo-entry-read-by-its-first-8-kb",
    line: "parse-memo entries read by their first 8 KB: whole runs 1.805 → 1.790 s of CPU over 40 pairs, within noise",
  },
  {
    file: "generation",
    anchor: "tried-a-record-of-every-operations-head-beside-the-memo",
    line: "a record of every operation's head beside the memo (−55 ms, costing 70–90 ms), an outline of all but the fields (facts 2–3x larger, checks 60 ms more)",
  },
  {
    file: "generation",
    anchor: "tried-smaller-young-generations-huge-pages-and-other-flags-for-an-edit",
    line: "semi-space of 4 or 8 MB, huge pages: an edit 75–250 ms less CPU, but a first run of 1,000 operations 26–30 against 19.5 s of CPU (4 MB), 2 s more (huge pages); `--v8-pool-size=0`: flat",
  },
  {
    file: "generation",
    anchor: "tried-a-process-that-is-not-watching-keeps-the-spares-of-the",
    line: "the large files' spares kept outside `--watch`: CPU within noise (median −5 ms) for an 18 MB folder kept for good",
  },
  {
    file: "generation",
    anchor: "tried-the-read-started-by-the-command-as-soon-as-the-run-memo",
    line: "the store's read started as soon as the run memo misses: 30 ms earlier, CPU 1.49 → 1.465 and 1.49 → 1.50 s, no gain beyond noise",
  },
  {
    file: "generation",
    anchor: "tried-clientts-and-mockts-made-after-an-edit-from-their-bytes",
    line: "client.ts and mock.ts patched from their bytes in the output folder after an edit: 1.450 → 1.425 s of CPU and the like, some tens of ms for some 760 lines",
  },
  {
    file: "generation",
    anchor: "tried-the-command-started-from-a-v8-start-up-snapshot",
    line: "the command started from a V8 start-up snapshot: on Node 20 the blob holds no compiled code, so an edit took +23 to +86 ms of CPU",
  },
  {
    file: "generation",
    anchor: "tried-the-order-as-comma-separated-decimals-read-by-character",
    line: "the operations' order read as decimals by character codes: 4.22–4.23 against 4.20–4.21 G instructions with `JSON.parse`",
  },
  {
    file: "generation",
    anchor: "tried-every-unchanged-operations-facts-read-from-one-record-of",
    line: "unchanged operations' facts from one record: the stage 94.8 → 87.6 ms, but 4.17 → 4.26 G instructions, whole runs not told apart",
  },
  {
    file: "generation",
    anchor: "tried-v8s---minor-mc",
    line: "V8's `--minor-mc`: 1.35–1.76 against 1.22–1.37 s of CPU, four pairs",
  },
  {
    file: "generation",
    anchor: "tried---always-sparkplug-on-node-20",
    line: "`--always-sparkplug` on Node 20 (median −15 ms, less in 6 of 12), the optimiser held off (CPU 1.79 → 1.85 s), npm's debug log off (−0.5%)",
  },
  {
    file: "generation",
    anchor: "tried-loading-nodes-modules-before-the-launchers-flags-without",
    line: "node's modules loaded before the launcher's flags without resetting them: +35 ms over twelve pairs, noise",
  },
  {
    file: "generation",
    anchor: "tried-nodev8-loaded-by-the-launcher-while-the-command-lines",
    line: "a V8 flag set back through node's binding (about 7 ms a run, but deprecated on Node 22, gone on 24); `--use-openssl-ca`: 169 → 166 ms",
  },
  {
    file: "generation",
    anchor: "tried-the-output-folders-state-read-ahead-on-a-thread",
    line: "the output folder's state read ahead on a thread: the write's 58–76 ms of the main thread down to 0–4 ms, but no gain over the whole edit and 100–150 ms more CPU; `--single-threaded-gc` (the main thread 635 → 688 ms), `--no-lazy-feedback-allocation` (noise)",
  },
  {
    file: "test-suite",
    anchor: "tried-three-workers-or-forks",
    line: "three workers, forks or vmThreads: 166.0 and 168.1 against 155.6 s of CPU; fewer run-memo runs and copies: no difference beyond noise",
  },
  {
    file: "test-suite",
    anchor: "tried-large-input-in-a-child-started-from-the-bundle",
    line: "large-input's child from the bundle (within noise), bare fields (130 → 100 ms, a less realistic spec), seeded strings (no gain)",
  },
  {
    file: "test-suite",
    anchor: "tried---max-semi-space-size64-for-the-workers",
    line: "`--max-semi-space-size=64` for the workers (within noise, one V8 crash); fewer fault points or draws: would drop the states they guard",
  },
  {
    file: "test-suite",
    anchor: "tried-piece-store-and-shared-pieces-sharing-one-filled-memo",
    line: "piece-store and shared-pieces sharing one memo (0.2–0.3 s at most); run-memo's trees compared with `isDeepStrictEqual` (12 ms a file)",
  },
  {
    file: "test-suite",
    anchor: "tried-each-operation-emitted-once-per-worker-for-the-tests-that",
    line: "each operation emitted once per worker: 12.91 → 12.39 s, within noise, and a run meant to start from nothing would take earlier output",
  },
  {
    file: "test-suite",
    anchor: "tried---single-threaded-gc-for-the-workers-and-no-setup-file",
    line: "`--single-threaded-gc` for the workers, no setup file, biome's `--skip=project`: within noise, the same CPU",
  },
  {
    file: "test-suite",
    anchor: "tried-sync---check-skipped-when-nothing-it-reads-changed",
    line: "`sync --check` skipped when nothing it reads changed: it costs 0.4 s, the skip 0.2 s, and it would have to follow ignored files",
  },
  {
    file: "test-suite",
    anchor: "tried-the-checks-that-npm-test-runs-beside-vitest-started-at",
    line: "the checks beside vitest at the lowest priority: wall 87.9 → 90.9 s loaded; idle 53.4–55.4 against 53.5–63.3 s, no gain",
  },
  {
    file: "test-suite",
    anchor: "tried-a-larger-young-generation-for-the-workers",
    line: "a larger young generation for the workers (`--max-semi-space-size=32`): 116.5 → 124.1 s of CPU, medians of four pairs",
  },
  {
    file: "test-suite",
    anchor: "tried-no-turbofan-at-all---max-opt2",
    line: "no TurboFan (`--max-opt=2`): less CPU, but hot loops two to three times as long and runs 134–149 → 215–224 s wall",
  },
  {
    file: "test-suite",
    anchor: "tried-page-containers-holds-making-one-sync-check-for-its",
    line: "page-containers' syncs and checks made once: 6.22 → 6.30 s of thread CPU, medians of four pairs",
  },
  {
    file: "test-suite",
    anchor: "tried-the-interrupt-budget-32-times-v8s-default-where-it-is-8",
    line: "the interrupt budget 32 times V8's default: 44.3 and 32.4 → 36.9 and 32.5 s of CPU on twelve files, not beyond noise; kept-results' smaller bundle: flat",
  },
  {
    file: "test-suite",
    anchor: "tried-the-interrupt-budget-32-times-v8s-default-in-whole-runs",
    line: "the interrupt budget 32 times V8's default, whole runs: fewer compiles, but CPU 126.7 → 126.5 s and wall 181.0 → 241.7 s (medians)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-tests-generator-on-the-launchers-patched-printer",
    line: "the tests' generator on the patched printer (21.14–23.65 → 20.97–22.16 s of CPU, three pairs), the depth test's `expect` on a difference only (no less CPU)",
  },
  {
    file: "test-suite",
    anchor: "tried-vitests-native-module-runner",
    line: "vitest's native module runner: no TypeScript loader in Node 20's workers, and the spies on module namespaces would break",
  },
  {
    file: "test-suite",
    anchor: "tried-the-build-made-incremental-in-a-kept-copy",
    line: "the build made incremental in a kept copy (3.6 against 3.9 s: TypeScript 7 checks nearly all again), one libuv thread for `npm pack` (flat)",
  },
  {
    file: "test-suite",
    anchor: "tried-one-walk-of-the-code-points-for-both-directions-of-a",
    line: "one walk of the code points for both directions of a class's change (40–50 ms a comparison either way), regular expressions hoisted (within noise)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-shared-parses-kept-up-to-2000000-characters-a-worker",
    line: "shared parses kept up to 2,000,000 characters a worker: 57.3–61.1 → 56.4–60.1 s of CPU, within noise, the larger heap costing what it saved",
  },
  {
    file: "test-suite",
    anchor: "tried-native-imports",
    line: "native imports with tsx (twice the CPU in forks, refused by threads); vitest 5 (not for Node 20, and its reporter fails passing runs)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-workers-young-generation-at-32-or-128-mb-or-at-64-mb-from-the-start",
    line: "the workers' young generation at 32 or 128 MB, or at 64 MB from the start: 19.1–20.4 s of CPU against 18.4–18.9 s with the 64 MB kept, no gain; on Node 22, fewer scavenges but not less CPU",
  },
];

/** Each group's heading: not the section's own title, which a second heading of the same text would give an anchor with -1. */
const TITLES: Record<NotesFile, string> = {
  code: "On the code timed",
  validators: "On the validators",
  seal: "On the seal",
  client: "On the client",
  generation: "On generation",
  "test-suite": "On `npm test`",
};

/** The section: the attempts grouped by the record they belong to, each linked to its paragraph. */
export function triedSection(): string[] {
  const out = [
    "## Tried and did not pay",
    "",
    "Each line: what was tried, what it measured and why it was dropped, in short; the link leads to the paragraph that records it in full.",
  ];
  for (const file of Object.keys(TITLES) as NotesFile[]) {
    const tried = TRIED.filter((t) => t.file === file);
    if (tried.length === 0) continue;
    out.push(
      "",
      `### ${TITLES[file]}`,
      "",
      ...tried.map((t) => `- ${t.line} ([record](${noteLink(t.file, t.anchor)}))`),
    );
  }
  return out;
}
