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
    line: "`Array.of()`, which has no site and grows as `[]` does (the same bytes): but is a builtin call that the optimizing …",
  },
  {
    file: "validators",
    anchor: "tried-alone-the-same-loop-a-list-made-with-room-for-six",
    line: "alone, the same loop: a list made with room for six (`new Array(6)`): filled by index and cut to its count with `length …",
  },
  {
    file: "validators",
    anchor: "tried-every-variant-loaded-into-one-process",
    line: "every variant loaded into one process, their batches interleaved … (the code before, loaded twice, 53 and 61 ns): and the constant's function making the plain …",
  },
  {
    file: "validators",
    anchor: "tried-the-prototype-read-through-objectprototypes-__proto__",
    line: "the prototype read through Object.prototype's `__proto__` getter, a C++ builtin too (alone, 7.2–7.4 against 9.0–9.1 ns above a loop without the test …): a read of a private symbol just before the test …",
  },
  {
    file: "validators",
    anchor: "tried-counting-the-keys-in-the-for-in-and-comparing-with-the",
    line: "counting the keys in the `for-in` and comparing with the number of known fields present … (about 5% on a valid message, but a message with an unknown key …): reading the fields in the `for-in` instead of by …",
  },
  {
    file: "validators",
    anchor: "tried-newfounds-object-own-and-the-pointer-of-an-unknown",
    line: '`newFound`\'s object, `own` and the pointer of an unknown key written in place instead of … (`"/" + key` after two `indexOf`): and Object.prototype read through a constant of …',
  },
  {
    file: "validators",
    anchor: "tried-since-the-read-in-place-again",
    line: "the read in place again, in a `try` of its own that reports an unreadable field without … (every getter still read once, the same results): sixteen processes of this section each way at a …",
  },
  {
    file: "validators",
    anchor: "tried-a-read-of-a-key-that-no-message-holds-between-the-fields",
    line: 'a read of a key that no message holds between the fields\' reads and the prototype check (`void fields["(no field)"]`, or a symbol): which tests every shape at once …',
  },
  {
    file: "seal",
    anchor: "tried-the-pads-made-as-text-with-stringfromcharcode",
    line: "the pads made as text with `String.fromCharCode` (1.20 against 1.12 µs in one round): the inner digest's input written as UTF-8 into a …",
  },
  {
    file: "seal",
    anchor: "tried-a-switch-on-the-keys-length-first",
    line: "a `switch` on the key's length first, then on the key (the items' walk 2.30–2.35 against 2.43–2.48 µs: 0.1 µs of a seal of …): the item's walk written into the list's loop (4.1 …",
  },
  {
    file: "seal",
    anchor: "tried-since-on-the-wallets-seal",
    line: "on the wallet's seal, its bytes laid without a rope, and cheaper checks of an item's keys",
  },
  {
    file: "client",
    anchor: "tried-one-timer-per-timeout-length-for-every-call-in-flight",
    line: "one timer per timeout length for every call in flight (a deadline queue: 240–500 ns a call against 290–470 ns for …): one signal reused by calls made one after another …",
  },
  {
    file: "client",
    anchor: "tried-the-next-calls-controller-made",
    line: "the next call's controller made, with its signal, while a call waits for its reply (a `setImmediate` once the request is written …): the calls of the code with it against those of …",
  },
  {
    file: "client",
    anchor: "tried-and-not-kept-on-the-client",
    line: "a signal of the client's own built after all (an object giving `aborted`, `reason` …)",
  },
  {
    file: "generation",
    anchor: "tried-telling-a-layout-from-a-symbol-by-its-type",
    line: "telling a layout from a symbol by its `type` (one read, where `isSym` tested three keys): with a module's declaration sets remembered per …",
  },
  {
    file: "generation",
    anchor: "tried-a-document-printer-of-the-projects-own-in-place-of",
    line: "a document printer of the project's own in place of prettier's for the TypeScript it … (about half the emitters' time, 5–7% of this run …): a larger young generation …",
  },
  {
    file: "generation",
    anchor: "tried-one-second-thread-for-both-stages",
    line: "one second thread for both stages, which kept the files it parsed … (sending it the models makes the main thread build every lazy message …): its bundle loads every stage before it can parse …",
  },
  {
    file: "generation",
    anchor: "tried-markdowns-scan-for-trailing-blanks-as-a-regular-expression",
    line: "Markdown's scan for trailing blanks as a regular expression (75 against 170 ms on 17 MB, under 1% of the run)",
  },
  {
    file: "generation",
    anchor: "tried-the-outputs-new-files-staged-side-by-side-on-the-thread",
    line: "the output's new files staged side by side on the thread pool, at most 32 at a time (three rounds at a load of 6–10: 27.7 …)",
  },
  {
    file: "generation",
    anchor: "tried-the-emit-thread-started-as-soon-as-the-spec-was-parsed",
    line: "the emit thread started as soon as the spec was parsed … (eight pairs at a load of 2.8–4.7: 15.4 → 17.4 s wall …): its bundle loads in 162 ms …",
  },
  {
    file: "generation",
    anchor: "tried-the-emit-thread-creating-the-files-of-the-operations-it",
    line: "the emit thread creating the files of the operations it emitted in the write's staging … (its lock then taken before the read): while the main thread makes the shared files …",
  },
  {
    file: "generation",
    anchor: "tried-the-main-threads-look-at-what-the-emit-thread-handed-over",
    line: "the main thread's look at what the emit thread handed over every 8 or every 32 operations … (threads/share-work.ts): eight interleaved rounds of cold runs at a load …",
  },
  {
    file: "generation",
    anchor: "tried-at-a-load-of-920-throughout",
    line: "the main thread's parsed YAML documents let go as soon as each file is parsed … (four interleaved pairs of cold runs: CPU 30.2 → 28.4 s in the median …): `--single-threaded-gc` (five pairs at 300 …",
  },
  {
    file: "generation",
    anchor: "tried-leaving-out-as-a-bound-each-operations-list-and-pieces",
    line: "leaving out, as a bound, each operation's list and pieces written apart … (2,000 of the 6,088 files at 1,000 operations …): seven interleaved pairs at a load of 4–5 …",
  },
  {
    file: "generation",
    anchor: "tried-counted-the-same-way-but-with-the-sources-loaded-through-tsx",
    line: "counted the same way but with the sources loaded through tsx (some 25 G instructions; the same code counted twice differed by up to …): the doc comments of pieces printed apart …",
  },
  {
    file: "generation",
    anchor: "tried-a-keys-path-made-only-where-its-place-is-kept-or-a-mapping",
    line: "a key's path made only where its place is kept or a mapping may follow … (the read stage alone, three pairs: within the noise)",
  },
  {
    file: "generation",
    anchor: "tried-the-emit-thread-making-each-operations-memo-entry-of",
    line: "the emit thread making each operation's memo entry of pieces as bytes … (six interleaved pairs of cold runs at a load of 10–22: CPU 21.2 → …): the files' facts made while the emit thread …",
  },
  {
    file: "generation",
    anchor: "tried-for-it-the-output-files-lstat-in-a-worker-thread",
    line: "the output files' `lstat` in a worker thread started first (an empty worker alone costs 80–105 ms to start …): and the writing run's hash of openapi.json taken …",
  },
  {
    file: "generation",
    anchor: "tried-a-larger-young-generation",
    line: "a larger young generation (`--max-semi-space-size` 32 and 64 MiB): left the collector's time within noise …",
  },
  {
    file: "generation",
    anchor: "tried-plain-number-lstat",
    line: "plain-number `lstat` (Node 20.20 makes the four Date objects of a stat eagerly either way: …): and keys hashed through an encoding buffer (42–61 …",
  },
  {
    file: "generation",
    anchor: "tried-v8-flags-set-at-start-up",
    line: "V8 flags set at start-up (five interleaved runs each, median CPU: none 2.09 s …): the store's SHA-256 checked off the main thread …",
  },
  {
    file: "generation",
    anchor: "tried-the-store-of-pieces-read-lazily",
    line: "the store of pieces read lazily, each emitter's pieces parsed only when its shared file … (the lookups 188–270 → 207–214 ms, the shared files 190–340 → 292–307 …): counting the declared names from nothing in one …",
  },
  {
    file: "generation",
    anchor: "tried---max-semi-space-size-32-and-64",
    line: "`--max-semi-space-size` 32 and 64, `--min-semi-space-size=16` and `--maglev` (no steady gain over 6–8 interleaved pairs each): node's internal binding for `lstat` (37–46 …",
  },
  {
    file: "generation",
    anchor: "tried---no-opt-and---max-opt1",
    line: "`--no-opt` and `--max-opt=1` (an edit at about 1.0 s, but a first run of 100 operations 4.2–7.4 → …): budgets 4 and 16 times the default (no better …",
  },
  {
    file: "generation",
    anchor: "tried---always-sparkplug-beside-the-interrupt-budget",
    line: "`--always-sparkplug` beside the interrupt budget (1.73 against 1.725 s of CPU, eight pairs): `--single-threaded-gc` (inconclusive over six …",
  },
  {
    file: "generation",
    anchor: "tried-v8s-collector-flags-set-at-run-time",
    line: "V8's collector flags set at run time (`--no-parallel-scavenge`: the collector 461 → 693 ms …): one packed record of the run before in place of …",
  },
  {
    file: "generation",
    anchor: "tried-the-store-of-pieces-not-hashed-again-while-its-files-stat",
    line: "the store of pieces not hashed again while its file's stat is the one recorded after its … (whole runs, 12 + 12 + 16 interleaved pairs: −15, +40 and −10 ms of CPU): what was booked as its SHA-256 is mostly the …",
  },
  {
    file: "generation",
    anchor: "tried-each-parse-memo-entry-read-by-its-first-8-kb",
    line: "each parse-memo entry read by its first 8 KB, the data before the messages decoded and … (the front alone 435 → 415 ms in the median of six pairs …)",
  },
  {
    file: "generation",
    anchor: "tried-a-record-of-every-operations-head-beside-the-memo",
    line: "a record of every operation's head beside the memo (1.2 MB written again after every edit: −55 ms of CPU over eight …): an outline holding all of an operation's data but …",
  },
  {
    file: "generation",
    anchor: "tried-",
    line: "`--max-semi-space-size=4` and `=8` for an edit (an edit 75–250 ms less CPU): a first run of 1,000 operations far slower",
  },
  {
    file: "generation",
    anchor: "tried-a-process-that-is-not-watching-keeps-the-spares-of-the",
    line: "a process that is not watching keeps the spares of the large files it replaces (spare-files.ts: openapi.json written over the blocks of its last copy …): as `--watch` does: ten pairs at a load of 13–15 …",
  },
  {
    file: "generation",
    anchor: "tried-the-read-started-by-the-command-as-soon-as-the-run-memo",
    line: "the read started by the command as soon as the run memo misses (its key depends only on the generator and the emitters): before the spec is read: 16 interleaved pairs at …",
  },
  {
    file: "generation",
    anchor: "tried-clientts-and-mockts-made-after-an-edit-from-their-bytes",
    line: "client.ts and mock.ts made after an edit from their bytes in the output folder … (with each piece's splicing key, the hash of the text before splicing …): the next process putting only the changed …",
  },
  {
    file: "generation",
    anchor: "tried-the-command-started-from-a-v8-start-up-snapshot",
    line: "the command started from a V8 start-up snapshot (`node --build-snapshot` writes a blob of a heap in which the bundle's …)",
  },
  {
    file: "generation",
    anchor: "tried-the-order-as-comma-separated-decimals-read-by-character",
    line: "the order as comma-separated decimals read by character codes (the loop runs cold, each `charCodeAt` looked up afresh: 4.22–4.23 G …)",
  },
  {
    file: "generation",
    anchor: "tried-every-unchanged-operations-facts-read-from-one-record-of",
    line: "every unchanged operation's facts read from one record of the memo (framed and checked by its SHA-256 as the store of pieces is …): some 1,000 fewer files opened and the facts' …",
  },
  {
    file: "generation",
    anchor: "tried-v8s---minor-mc",
    line: "V8's `--minor-mc` (1.35–1.76 against 1.22–1.37 s of CPU, four pairs)",
  },
  {
    file: "generation",
    anchor: "tried---always-sparkplug-on-node-20",
    line: "`--always-sparkplug` on Node 20 (4,193.1 → 4,192.2 M instructions; twelve interleaved pairs at a load …): V8's optimiser held off until a run reports many …",
  },
  {
    file: "generation",
    anchor: "tried-loading-nodes-modules-before-the-launchers-flags-without",
    line: "loading node's modules before the launcher's flags without resetting the command line's (twelve pairs, +35 ms, noise, and no drop under callgrind)",
  },
  {
    file: "generation",
    anchor: "tried-nodev8-loaded-by-the-launcher-while-the-command-lines",
    line: "node:v8 loaded by the launcher while the command line's flag differs from V8's defaults … (23 modules): from source, since V8 refuses node's code cache …",
  },
  {
    file: "generation",
    anchor: "that-read-ahead-was-built",
    line: "`--single-threaded-gc` set by the launcher on Node 20 (eight interleaved pairs at a load of 13–14 …): and `--no-lazy-feedback-allocation` (eight pairs …",
  },
  {
    file: "test-suite",
    anchor: "tried-three-workers-or-forks",
    line: "three workers, or forks (one whole run each at a load of 20–28: threads with two workers 155.6 …): and vmThreads, which evaluates the modules again …",
  },
  {
    file: "test-suite",
    anchor: "tried-large-input-in-a-child-started-from-the-bundle",
    line: "large-input in a child started from the bundle (within noise): the 1,001-fields case with bare fields (130 → 100 …",
  },
  {
    file: "test-suite",
    anchor: "tried---max-semi-space-size64-for-the-workers",
    line: "`--max-semi-space-size=64` for the workers (within noise, and one crash of V8 in module evaluation): fewer of write-faults' 216 fault points (127 …",
  },
  {
    file: "test-suite",
    anchor: "tried-piece-store-and-shared-pieces-sharing-one-filled-memo",
    line: "piece-store and shared-pieces sharing one filled memo (at most 0.2–0.3 s: seven fills of four kinds of memo): run-memo's trees compared with …",
  },
  {
    file: "test-suite",
    anchor: "tried-each-operation-emitted-once-per-worker-for-the-tests-that",
    line: "each operation emitted once per worker for the tests that emit it again (508 of 732 emissions repeat one; 12.91 → 12.39 s over four pairs …): the dependency rules' cache (`depcruise …",
  },
  {
    file: "test-suite",
    anchor: "tried---single-threaded-gc-for-the-workers-and-no-setup-file",
    line: "`--single-threaded-gc` for the workers and no setup file (within noise): biome with `--skip=project` (the same CPU) …",
  },
  {
    file: "test-suite",
    anchor: "tried-sync---check-skipped-when-nothing-it-reads-changed",
    line: "`sync --check` skipped when nothing it reads changed (it costs 0.4 s, the skip 0.2 s, and it would have to follow files git …)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-checks-that-npm-test-runs-beside-vitest-started-at",
    line: "the checks that `npm test` runs beside vitest started at the lowest priority … (four interleaved pairs with every check run …)",
  },
  {
    file: "test-suite",
    anchor: "tried-a-larger-young-generation-for-the-workers",
    line: "a larger young generation for the workers, `--max-semi-space-size=32` set with … (a worker's `execArgv` refuses V8 flags …): four interleaved pairs at a load of 5–16 …",
  },
  {
    file: "test-suite",
    anchor: "tried-no-turbofan-at-all---max-opt2",
    line: "no TurboFan at all (`--max-opt=2`): less CPU (fourteen files together …",
  },
  {
    file: "test-suite",
    anchor: "tried-page-containers-holds-making-one-sync-check-for-its",
    line: "page-containers' `holds` making one sync check for its --check and its second sync … (six syncs and thirteen checks fewer; the six files' thread CPU …)",
  },
  {
    file: "test-suite",
    anchor: "tried-the-interrupt-budget-32-times-v8s-default-where-it-is-8",
    line: "the interrupt budget 32 times V8's default where it is 8 (the twelve costliest files, two interleaved pairs at a load of 9: …): kept-results' child bundling one operation's …",
  },
  {
    file: "test-suite",
    anchor: "tried-the-interrupt-budget-32-times-v8s-default-where-it-is-8-2",
    line: "the interrupt budget 32 times V8's default where it is 8: a run makes 750 optimising … (634 distinct functions: each worker and each thread a test starts …): and the platform threads' CPU fell in each of …",
  },
  {
    file: "test-suite",
    anchor: "tried-the-tests-generator-on-the-launchers-patched-printer",
    line: "the tests' generator on the launcher's patched printer (nine generation-heavy files 21.85, 21.14, 23.65 → 21.80, 20.97 …): and the depth test's 24,001 `expect` calls made …",
  },
  {
    file: "test-suite",
    anchor: "tried-vitests-native-module-runner",
    line: "vitest's native module runner (`experimental.viteModuleRunner: false`): whose workers on Node 20 get no TypeScript loader …",
  },
  {
    file: "test-suite",
    anchor: "tried-the-build-made-incremental-in-a-kept-copy",
    line: "the build made incremental in a kept copy (one generated file changed: 3.6 s of CPU against 3.9 s for a clean …): one libuv thread for `npm pack` (four pairs …",
  },
  {
    file: "test-suite",
    anchor: "tried-one-walk-of-the-code-points-for-both-directions-of-a",
    line: "one walk of the code points for both directions of a character class's change (generator/changes/format-classes.ts: 40–50 ms a comparison either …): the page's regular expressions hoisted out of …",
  },
  {
    file: "test-suite",
    anchor: "tried-the-shared-parses-kept-up-to-2000000-characters-a-worker",
    line: "the shared parses kept up to 2,000,000 characters a worker where they keep 500,000 (test/pipeline, golden, changes and sync …)",
  },
  {
    file: "test-suite",
    anchor: "tried-native-imports",
    line: "native imports (`experimental.viteModuleRunner: false`): with tsx as the loader, which worker threads do …",
  },
  {
    file: "test-suite",
    anchor: "tried-in-the-same-rounds-32-mb",
    line: "young generations of 32 and 128 MB, or 64 MB from the start, for the workers (medians 19.2–19.6 s)",
  },
];

const TITLES: Record<NotesFile, string> = {
  code: "The code timed",
  validators: "Validators",
  seal: "Seal",
  client: "Client",
  generation: "Generation",
  "test-suite": "`npm test`",
};

/** The section: the attempts grouped by the record they belong to, each linked to its paragraph. */
export function triedSection(): string[] {
  const out = [
    "## Tried and did not pay",
    "",
    "Each line: what was tried, what it measured and why it was dropped, cut short where the record says more; the link leads to the paragraph that records it.",
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
