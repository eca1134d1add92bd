// The lines of "Tried and did not pay" (bench/report-tried.ts) for generation,
// each linking to the paragraph of bench/notes/generation.md that holds it in
// full. A new attempt that did not pay gets its line here, in the order written.
import type { Tried } from "./report-tried.js";

export const TRIED_GENERATION: readonly Tried[] = [
  {
    file: "generation",
    anchor: "tried-telling-a-layout-from-a-symbol-by-its-type",
    line: "a layout told from a symbol by its `type`, declaration sets kept per module: 1.5–2.5% slower, every module being new",
  },
  {
    file: "generation",
    anchor: "tried-a-document-printer-of-the-projects-own-in-place-of-prettiers",
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
    anchor: "tried-the-emit-thread-creating-the-files-of-the-operations-it-emitted",
    line: "the emit thread creating its operations' files: 18.3 → 19.7 s of CPU, 496 → 606 MB, the main thread then waiting for it",
  },
  {
    file: "generation",
    anchor: "tried-the-main-threads-look-at-what-the-emit-thread-handed-over",
    line: "the emit thread's work looked at every 8 or 32 operations rather than 16: 8.51, 8.57 and 8.68 s wall (every 8, 16 and 32), within noise",
  },
  {
    file: "generation",
    anchor: "tried-parsed-yaml-let-go-early---single-threaded-gc-flatdocs-ascii-test-as-a-loop",
    line: "parsed YAML let go early (CPU 30.2 → 28.4 s, within noise; memory up to 635 MB), `--single-threaded-gc` (within noise), FlatDocs' ASCII test as a loop (faster in four pairs of seven; 7.70 → 7.98 G instructions)",
  },
  {
    file: "generation",
    anchor: "tried-leaving-out-as-a-bound-each-operations-list-and-pieces",
    line: "each operation's list and pieces left out where the store holds them: 18.97 → 19.57 s of CPU, no gain the noise lets through",
  },
  {
    file: "generation",
    anchor: "tried-pieces-doc-comments-spliced-files-handed-over-as-their-parts",
    line: "pieces' doc comments spliced too: 25.34 → 26.30 G and 25.10 → 24.65 G instructions, within the count's noise of 1.65 G; files handed over as their parts: 25.34 → 27.58 G, and a kept buffer per file of a watching process",
  },
  {
    file: "generation",
    anchor: "tried-a-keys-path-made-only-where-its-place-is-kept-or-a-mapping",
    line: "a key's path made only where it may be kept: within noise (the read stage alone, three pairs)",
  },
  {
    file: "generation",
    anchor: "tried-the-emit-thread-making-each-operations-memo-entry-of-pieces-as-bytes",
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
    anchor: "tried-a-process-that-is-not-watching-keeps-the-spares-of-the-large-files",
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
    anchor: "tried-every-unchanged-operations-facts-read-from-one-record-of-the-memo",
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
    file: "generation",
    anchor: "a-first-check-of-100-operations-taken-apart-six-pairs-where-two-were",
    line: "a first check comparing the emitted bytes with the file's rather than hashing both (17.3 against 22.8 ms for 1,342 files: at most 5 ms of a 1.5 s check), or reading the output on the thread pool while generating (a file changed within 2 s must be read again)",
  },
];
