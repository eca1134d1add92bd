// Writes bench/RESULTS.md from the measurements: the targets first, met or
// not with the measured reason, then the tables.
import { cpus, totalmem } from "node:os";
import type { Allocations } from "./allocations.js";
import type { SizeResult, Timing } from "./generation.js";
import { clientSection, clientTargetRow } from "./client.js";
import { paypageLimit, paypageSection, paypageTargetRow } from "./paypage.js";
import { hotPathLimits, hotPathTargets, sealSection, validatorSection } from "./report-hot-paths.js";
import type { SealResult } from "./seal.js";
import type { TestSuiteRun } from "./test-suite.js";
import type { Measured } from "./stats.js";
import type { ScenarioResult } from "./validators.js";

export interface Results {
  readonly date: string;
  readonly options: string;
  readonly validators: readonly ScenarioResult[];
  readonly seal: readonly SealResult[];
  /** What one validation allocates; null when the child process could not measure it. */
  readonly allocations: Allocations | null;
  /** decodePaypagePost, the bare check (URLSearchParams and SHA-256) and the seal check alone. */
  readonly paypage: readonly Measured[];
  /** The client call, the bare fetch and the client's work alone. */
  readonly client: readonly Measured[];
  readonly sizes: readonly { name: string; result: SizeResult }[];
  readonly incremental: { readonly generate: Timing; readonly check: Timing } | null;
  readonly watch: Timing | null;
  readonly startup: Timing;
  /** One run of `npm test`; null with --quick. */
  readonly testSuite: TestSuiteRun | null;
  readonly minutes: number;
}

const ms = (t: number): string => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);
const timing = (t: Timing | null): string =>
  t ? `${ms(t.medianMs)}${t.runs.length > 1 ? ` (${ms(t.lowMs)}–${ms(t.highMs)})` : ""}` : "—";
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const mark = (met: boolean): string => (met ? "met" : "**missed**");

export function renderResults(r: Results): string {
  const lines: string[] = [];
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  lines.push(
    "# Benchmarks",
    "",
    `Last measured run: ${r.date}, \`npm run bench${r.options}\` in ${r.minutes.toFixed(1)} min, on ${cpu} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
    "",
    "Times are medians over several rounds (spread: lowest–highest round); ratios are measured in the same process, side by side, so they hold when the machine's speed drifts. Validators and seal are timed with two clocks: mitata (batches of calls, round by round) and short interleaved batches (the fastest batch, and the median of the cycles' ratios: on a loaded machine the load of the moment cancels out); a target on them is met when both clocks say so; generation is timed as cold processes (`npm run generate`), peak memory is the largest resident set of its processes. The numbers come from a shared machine: expect some noise, compare ratios.",
    "",
    ...targets(r),
    "",
  );
  lines.push(...validatorSection(r.validators, r.allocations), "", ...sealSection(r.seal));
  lines.push(...paypageSection(r.paypage));
  lines.push(...clientSection(r.client));
  lines.push(
    "",
    "## Generation",
    "",
    'Wall time of `npm run generate` as a cold process. "First run" starts with an empty memo (everything parsed, checked and emitted; the printer writes final text, prettier does not run); "again" reuses the memo of the previous run, which is how a maintainer runs it. "--check, first run" is `--check` with its memo (and with it the stat record of the output) removed, against the output a generate has just written: it reads and hashes every output file. Each pair of columns is measured side by side, the same number of each: the first runs alternate with the first checks (every other pair in the other order, so that a steady drift of the machine favours neither), then the runs "again" with the checks "again". A first check does no more work than a first run: it reads and hashes each output file where the run writes it, and remembers the same memo (100 operations, six interleaved pairs of processes at a load of 4–7: the CPU of the main thread 3.06–4.14 s for the run, 2.99–3.36 s for the check, the other threads 2.49–3.03 and 2.79–3.08 s). openapi-typescript runs on the `openapi.json` emitted for the same operations (it emits types only).',
    "",
    "| spec | operations | first run | per operation | again | --check, again | --check, first run | openapi-typescript | peak memory (generate / openapi-typescript) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const { name, result: s } of r.sizes) {
    lines.push(
      `| ${name} | ${s.operations} | ${timing(s.first)} | ${ms(s.first.medianMs / s.operations)} | ${timing(s.warm)} | ${timing(s.warmCheck)} | ${timing(s.firstCheck)} | ${timing(s.openapiTypescript)} | ${Math.max(s.first.rssMiB, s.warm.rssMiB).toFixed(0)} MiB / ${s.openapiTypescript ? `${s.openapiTypescript.rssMiB.toFixed(0)} MiB` : "—"} |`,
    );
  }
  if (r.incremental)
    lines.push(
      "",
      `One operation changed among ${r.sizes.at(-1)?.result.operations ?? 0} (memo of the run before): ${timing(r.incremental.generate)} (CPU ${ms(r.incremental.generate.cpuMs)}), then \`--check\`: ${timing(r.incremental.check)} (CPU ${ms(r.incremental.check.cpuMs)}).`,
    );
  if (r.watch) lines.push("", `\`--watch\`, from the save of that edit to its summary line: ${timing(r.watch)}.`);
  lines.push(
    "",
    `Start-up alone (\`npm run generate -- --help\`: npm, then the generator from its bundle, \`scripts/run-bundled.mjs\`): ${timing(r.startup)}.`,
    "",
  );
  lines.push(...limits(r));
  return lines.join("\n");
}

/** Why the missed targets are missed, with the measurements that show it. */
function limits(r: Results): string[] {
  const out = ["## What limits the missed targets", ""];
  out.push(...hotPathLimits(r.validators, r.seal));
  const paypage = paypageLimit(r.paypage);
  if (paypage) out.push(paypage);
  const largest = r.sizes.at(-1)?.result;
  if (largest?.openapiTypescript && largest.first.medianMs > largest.openapiTypescript.medianMs) {
    out.push(
      `- **First run of ${largest.operations} operations.** Every spec file is parsed (YAML with positions) and checked against the spec format's JSON Schema and across files, then ${largest.outputFiles} files are emitted (openapi.json alone is ${largest.openapiMiB.toFixed(1)} MiB) and compared with the disk; openapi-typescript writes one file of types. An operation's files are encoded to UTF-8 once: those bytes are hashed, written to the output and remembered as they are, the memo's entry of its contents being the files' bytes one after the other, cut apart by the lengths its list keeps and each checked against its SHA-256 (they were a JSON array of strings: some 100 MB escaped, then encoded a second time); the memo's 256 folders are made once per process, not once per entry. Measured as interleaved processes, five rounds at a load of 3–10: peak memory 1,022–1,064 → 692–710 MB, CPU 29.8–35.0 → 25.5–36.9 s (within the noise of that load), output identical. What the profile still shows: garbage collection (some 640 young-generation collections, 4–8 s), parsing YAML (about 2.8 s) and prettier's document printer (about 2.7 s); the per-operation emitters are spread over many small pieces of work. Tried and not kept: a document printer of the project's own in place of prettier's for the TypeScript it prints (about half the emitters' time, 5–7% of this run, but a second copy of what prettier does); a larger young generation (\`--max-semi-space-size=64\`): less CPU in some pairs of runs, more in others (two interleaved pairs at a load of 3.5: 29.4 and 31.7 s without, 32.4 and 32.6 s with), and 85 MB more memory. With the memo, the same spec takes ${ms(largest.warm.medianMs)}, ${ratio(largest.warm.medianMs, largest.openapiTypescript.medianMs)} openapi-typescript. Since then a run of 256 operations or more uses both cores: the spec files are parsed, and the operations emitted, on the main thread and a second one, each claiming items from its own end of a shared counter so that the split follows the load (generator/threads/); output, diagnostics and memo are the same as with one thread. Measured as interleaved processes against the code before, at a load of 13–24: the main thread's CPU 16.5–26.5 → 10.2–15.9 s, the total 22.6–37.0 → 26.0–39.7 s (the second thread's start-up, and the operations copied to it, about 0.35 s of the main thread's); below 256 operations no thread starts (at 100, the thread added 2–3 s of CPU and took nothing off the main thread). Tried and not kept: one second thread for both stages, which kept the files it parsed, built its own model from them and was sent only the names of the operations it emits (sending it the models makes the main thread build every lazy message of the thread's share first, and copy them: 1.1 s in \`postMessage\`, 0.5 s starting the worker, in a profile at a load of 4); its bundle loads every stage before it can parse, so it parsed less and later: at a load of 3–4, 29.8 s wall and 33.2 s of CPU against 23.0 s and 25.0 s, 742 against 607 MB; with the thread also emitting ahead, from the last operation down, while the main thread checks the spec, 23.6 s and 26.9 s, 734 MB. Where the main thread still works alone, from a profile at a load of 4: the checks and the model (about 6 s), then the shared files (2.5 s), garbage collection (2.1 s), creating the files at the commit (1.5 s) and hashing the pieces (1.2 s).`,
    );
  }
  if (r.incremental && Math.max(r.incremental.generate.medianMs, r.incremental.check.medianMs) >= 1000 && largest) {
    out.push(
      `- **One operation changed among ${largest.operations}.** Start-up alone is ${ms(r.startup.medianMs)} (npm, then the generator from its bundle, which loads the pipeline only once the arguments are read). The rest: each unchanged spec file is known by its text's hash, and what the checks across files need of it comes from the memo, so only the changed file is checked with the dictionary; every operation's pieces of the shared files and its list of files are one memo entry, read once, checked once by its SHA-256 and sliced, openapi.json's texts kept there as UTF-8 bytes, so that openapi.json (${largest.openapiMiB.toFixed(1)} MiB) is the list of those bytes, hashed and written part after part and never copied into one buffer (16 MB of fresh memory cost more to touch than to fill); the files that depend only on the dictionary, the platform file or the container types are remembered under those inputs; client.ts, mock.ts, index.ts and paypage.ts are remembered, before their operations' pieces are spliced in, under what they hold. Left, from a CPU profile of the generator's process (2.99 s sampled, at a load of about 4): garbage collection 0.55 s; the write stage 0.65 s, of which reading the output folder's state 0.35 s (an \`lstat\` per output file, 0.18 s: a hand edit in place of a generated file changes no folder's stat, and a cold run must catch it); reading the parse memo, one read per spec file, 0.21 s; reading and keying the spec 0.13 s, and the run memo's lookup, which misses, 0.08 s; the model of every operation 0.13 s (a container type is defined by the first operation that uses it, so an unchanged operation's model cannot yet be skipped); the shared files 0.26 s (openapi.json's assembly and hash 0.13 s); the store of pieces 0.09 s, read ahead while the spec is read; module loading 0.09 s. Since then: Handlebars' templates are kept compiled beside the bundle (compiling them cost 80–110 ms of CPU in every process); the stat record is written whole once its overridden lines outweigh half of those that count (each run appended its folders' lines, and after about a hundred runs the record had grown to 13 MB, 0.2–0.5 s to load); a run whose spec is unchanged since a remembered run (\`--check\` right after the writing run) is answered from stats alone: the spec's key comes from each spec file's stat against a record of the spec's stats (a file changed since is read), the output is told held from each file's stat against the output's stat record and the manifest, whose SHA-256 the remembered run keeps, and the bundle's chunk of the pipeline (about 820 KB, a tenth of a second to load and compile) is not loaded at all. What that \`--check\` still does, from its profile (0.61 s sampled, at a load of about 3): an \`lstat\` per output file (0.17 s), loading the output's stat record (3.2 MB, 65 ms), openapi.json hashed again because the writing run has just rewritten it (about 30 ms), the spec's stats and key (70 ms), the generator's fingerprint (30 ms), module loading (about 90 ms) and garbage collection (70 ms); npm's own start-up adds about 0.3 s. Since then the fingerprint reads a generator source only when its stat is not the one recorded with its hash (the launcher's rule), where every process read and hashed some 250 files (58 → 39 ms of CPU), and the output's stat record is compared line by line where it stands in its text, copied rather than decoded, instead of cut into some 12,000 objects (its load 182 → 156 ms of CPU, the check against it 400 → 345 ms, at a load of 7–11). Tried and not kept for it: the output files' \`lstat\` in a worker thread started first (an empty worker alone costs 80–105 ms to start, and under load its answer came after the whole main-thread check had ended), and the writing run's hash of openapi.json taken for the file's (a hand edit within the same tick of the file system's clock would keep its stat: what the margin guards against). Tried and not kept: a larger young generation (\`--max-semi-space-size\` 32 and 64 MiB) left the collector's time within noise; hashing strings directly or through \`Buffer.from\` was 3 to 4 times slower than encoding into one kept buffer; a thousand memo reads from JavaScript (several times the cost of one native read); the output files' \`lstat\` on the thread pool, to overlap the emit stage (as much main-thread CPU as the synchronous calls, 65–75 ms); plain-number stats instead of BigInt (about 10 ms, at the cost of exact times); the spec's parse memo as one entry (one 3.5 MB read cost 35–80 ms of CPU against 21–31 ms for the 1,010 small files). Since then the model defines only the container types each operation is the first to use, and builds an operation's messages when they are first read (after one edit, one request among 1,000 is built: the model of 1,000 operations 238–351 → 89–125 ms in fresh processes); a writing run is remembered under the manifest's hash the write already took, and a lookup that missed lends its key to the run's memo (7 interleaved pairs at a load of 9–25: CPU 2.69 → 2.37 s). Since then openapi.json's server layout cuts a plain address (a lower-case domain name, a path of unreserved characters, no dot segment, no escape) from its text rather than parse it as a URL, any other address still parsed (61–72 → 23–31 ms of CPU), and a memo key made of short parts is one hash of the joined text where it was a Hash object and two updates per part (7,000 keys: 76–104 → 32–44 ms); six interleaved pairs at a load of 21–24: CPU 2.39–2.51 → 2.03–2.42 s. Where the rest goes, from marks per stage: start-up to the command line 220–240 ms (node alone 140–160 ms), the run memo's lookup, which misses, about 105 ms, loading the pipeline 90–100 ms, reading the spec and its parse memo 260–310 ms, the checks 130–170 ms, the model 120–137 ms, finding the 1,000 operations in the memo about 285 ms, emitting the changed operation 270–290 ms (its code runs cold: the printer and every emitter interpreted), the shared files 370–390 ms, the write 330–360 ms; garbage collection is 11–12% of the profile. Tried and not kept: plain-number \`lstat\` (Node 20.20 makes the four Date objects of a stat eagerly either way: 14.9–20.5 against 13.5–18.0 ms for 1,017 files), and keys hashed through an encoding buffer (42–61 against 32–44 ms). Since then: openapi.json's frame (the names, paths and indents around the operations' pieces) and the server layout are remembered under all they are made from, so that a new process puts the pieces' texts into the frame's bytes rather than make, measure and encode its 30,000 parts and lay out every address again, and the reference index takes the rows of the run before from the memo and renders the changed one alone (the shared files 273–336 → 184–220 ms of CPU, openapi.json alone 100–120 → 27–67 ms; the whole process 2.41–2.71 → 2.19–2.48 s, five interleaved pairs at a load of 27–30); the model takes the container types some response holds from each operation's remembered facts rather than walk every operation's fields again (22 → 2 ms), and long parts of a memo key are hashed joined, as short ones were (the run memo's lookup, median of eight pairs at a load of 15, 95 → 82 ms); each file the write commits is recorded with the stat it was committed with, its modification time set 1 µs before its change time when staged, so that the next run and \`--check\` do not hash it again (openapi.json: 28–32 ms a run; \`--check\` reading the output 211 → 178 ms, medians of nine pairs at a load of 27–30). That is the writing run's hash taken for the file's, tried and not kept above, with the objection answered: any later write, even in the same tick of the clock, sets the modification time to a time of the clock, which the stamped time is not. Safe paths are checked by character codes (11,641 paths: 10.0–19.8 → 4.7–8.7 ms). Where an edit's CPU goes now, from marks per stage at a load of 10–30: the front about 0.9–1.0 s (the run memo's lookup 80–95 ms, loading the pipeline 70–100, the parse memo's reads 140–190, the model 70–105, the store of pieces 205–285, of which opening it and its SHA-256 41–68 and decoding and parsing 4.9 MB of lists of files and pieces most of the rest), the changed operation's emitters 120–250 ms run cold, client.ts 60–80 ms (its remembered text of 1.3 MB read, hashed and scanned for long lines in each run), the write about 250 ms (an \`lstat\` per file about 75, the manifest and its table 25–35, comparing each file's hash 45–55, the commit 35–50). Under 1 s still needs what was not reached: the models and data of unchanged operations taken from the run before and read only when needed, and the store of pieces read lazily once the shared files and the write no longer ask for every operation's pieces and list of files (reading it lazily alone, or one record of the run before in place of the parse memo's thousand reads, saves little while the model still reads every operation: about 25 ms of the 140–190 ms is the reads). Since then the parse memo keeps each operation's messages apart, each parsed when it is first read (after one edit, the messages of two operations among 1,000 are parsed, where every file's whole data was), and an operation whose remembered facts show every container type it uses already defined by an operation before it is not walked for types to define (the model 81–111 → 37–63 ms of CPU, 14 interleaved pairs at a load of 15–28; the whole process 2.06 → 1.98 s, seven pairs at a load of 28–34); and the command's bundle is one CommonJS script run with a V8 code cache kept beside it (Node 20 has no compile cache for ES modules), made again only when V8 rejects it or when a run compiled more than 1.25 times the bytecode of the run that made it (26 interleaved pairs at a load of 6–28: 65 ms less CPU after an edit in the median, 30 ms more for \`--check\`, which now loads the whole cache). Tried and not kept: V8 flags set at start-up (five interleaved runs each, median CPU: none 2.09 s, \`--no-lazy-feedback-allocation\` 2.20 s, \`--sparkplug\` 2.13 s, \`--max-lazy\` 2.18 s); the store's SHA-256 checked off the main thread with \`crypto.subtle.digest\` (the main thread still copies the bytes: about 10 ms more CPU in all); CRC32 in place of SHA-256 for the store (10 against 20 ms per 21 MB, not worth a weaker check); one \`JSON.parse\` per record of the store instead of three (40–55 ms either way: the cost is the 4.9 MB parsed); client.ts's width check on its pieces' lines instead of the 1.3 MB file (6–19 against 2–14 ms). Where an edit's CPU goes now, from marks per stage: the memo's lookups and the store of pieces about 200 ms, the facts' reads and parse about 130 ms, the eager part of each unchanged operation's model about 50 ms, the changed operation's emit 200–265 ms run cold (70–110 ms when the same code runs again in the process), the shared files 165–215 ms (client.ts 35–50), the write 190–270 ms (an \`lstat\` per output file about 50 ms); garbage collection is about 14% of the profile.`,
    );
  }
  if (r.watch && r.watch.medianMs >= 300 && largest) {
    out.push(
      `- **\`--watch\` on ${largest.operations} operations.** The process, the memo and what was parsed of it stay warm, and unchanged files are not hashed again; a save reads again only the spec files saved since the run before, checks the changed ones with the facts kept of the others, and builds again only the models of the operations it changed (all of them when the dictionary, the platform file, the list of operations or a container type changes). An unchanged operation's files are taken as the run before made them, in the same order; client.ts and mock.ts are spliced from texts cut at their marks once; the server layout is worked out once per list of operations; the memo's two large entries (the store of pieces, about 21 MB, and the shared files, about 17 MB) are written once, at Ctrl-C, not on every save (a watch killed before then leaves the next process to make them again). What a run did not use of what the memo kept in memory is dropped after it, so a long watch does not grow. A save's write stage patches the plan of the write before (the hashes of the new file objects written into the manifest's text) rather than hash, map and list the output's 11,600 files again; openapi.json is filled again in the buffer the run before filled, only from the first part that differs, and its SHA-256 taken up from the state kept at the last 512 KB boundary before it; client.ts's printed text is kept from the run before; the reference index renders only the rows whose inputs changed, and the check of names across files counts only the operations that changed. The first run of a watch assembles the shared files and emits one operation, its files left for the memo's, so that the buffers a save fills exist and the code it runs is compiled before the first save. Measured side by side with the generator before these changes (CPU of the watching process's main thread per save, at a load of 1–3): a steady save 290 → about 210 ms, the first 550–740 → 420–440 ms; what a steady save still spends: client.ts spliced as a 1.3 MB string and encoded again, and the manifest's text made again (25–30 ms: a fresh megabyte costs some 6 ms to touch here), garbage collection 20–30 ms, and the 30 ms during which the calls of one save are gathered into one run (10 ms was tried: under load one save's calls came further apart, and a run read the file emptied). Since then a save allocates less (57 → 53 MB, sampled over six saves): the width check and the safe-path check scan their texts in place instead of splitting them, openapi.json's parts are listed by index, and the write looks up only the changed files by path; what a save still allocates most is client.ts spliced as a string (3.4 MB), the manifest's text (2.8 MB), openapi.json's list of parts (about 5 MB) and the \`lstat\` of each spec file (1.5 MB), and writing openapi.json whole (15.5 MB, for an atomic swap) took 140–270 ms of a save at a load of 9. Since then the watch warms up before it says it watches: it runs the pipeline once more in memory on a sample of the spec (the platform file, the dictionary and the first operation, without the memo), so that the parser, the checks and the plan a save runs are compiled, and it writes each buffer a save writes from once (the kernel's first read of a fresh megabyte cost some 5 ms here, 80–230 ms of a first save for openapi.json); client.ts is made as bytes and, like openapi.json, filled again from its first changed part in the buffer of the save before; texts of 64K characters and more are written from one kept buffer; the memo keys made of short parts (some 7,000 per save) are kept rather than hashed again. Measured with the bench's own harness at a load under 1, three processes of five saves: 326 282 222 252 255, 293 235 287 236 653 and 282 241 211 665 442 ms (medians 255, 287 and 282), the first save 280–330 ms against 460–520 before; fifteen saves in one process settle at 210–240 ms once the engine has optimised what a save runs. The median of five saves 500 ms apart includes the first, a save now and then takes 650 ms or more (not a full collection: \`--trace-gc\` shows none during the saves), and each save here waits for the CPU as much as it uses it when the machine is loaded. Since then a file of 256 KiB or more that a save replaces (openapi.json, client.ts, the manifest, the reference index) is kept under a second name and the next save writes its whole new text over it, where it wrote a fresh file and renamed it over the old one, freeing and allocating 16 MB of blocks (10–40 ms of waiting, not of CPU); a spare is written over only when it is a regular file of one name, and is removed at Ctrl-C and by a run without \`--watch\`. The commit step per save, three interleaved pairs of processes at a load of 18–20: 106 → 55 ms (median).`,
    );
  }
  if (r.testSuite && r.testSuite.wallMs >= 45_000) out.push(testSuiteLimit(r.testSuite));
  return out.length > 2 ? out : [];
}

function targets(r: Results): string[] {
  const rows: string[] = ["## Targets", "", "| target | measured | |", "| --- | --- | --- |"];
  rows.push(...hotPathTargets(r.validators, r.seal));
  rows.push(paypageTargetRow(r.paypage));
  rows.push(clientTargetRow(r.client));
  const largest = r.sizes.at(-1)?.result;
  // Cold processes with an empty memo, against openapi-typescript on the OpenAPI document of the same operations.
  for (const [operations, limit] of [
    [100, 1.5],
    [1000, 1.0],
  ] as const) {
    const size = r.sizes.find((s) => s.result.operations === operations)?.result;
    if (!size?.openapiTypescript) continue;
    const toOtt = size.first.medianMs / size.openapiTypescript.medianMs;
    rows.push(
      `| ${operations} operations, first run ≤ ${limit.toFixed(1)}x openapi-typescript | ${toOtt.toFixed(2)}x (${ms(size.first.medianMs)} vs ${ms(size.openapiTypescript.medianMs)}) | ${mark(toOtt <= limit)} |`,
    );
  }
  const real = r.sizes.find((s) => s.name === "real spec")?.result;
  if (real)
    rows.push(
      `| real spec, first run (empty memo) under 1.5 s | ${ms(real.first.medianMs)} | ${mark(real.first.medianMs < 1500)} |`,
    );
  for (const { name, result: s } of r.sizes) {
    // The memo must earn its place: a run with it is faster than one without.
    rows.push(
      `| the memo pays (${name}): again ≤ first run | ${ratio(s.warm.medianMs, s.first.medianMs)} | ${mark(s.warm.medianMs <= s.first.medianMs)} |`,
    );
  }
  const synthetic = r.sizes.filter((s) => s.name !== "real").map((s) => s.result);
  if (synthetic.length >= 2) {
    const [small, big] = [synthetic.at(-2), synthetic.at(-1)];
    if (small && big) {
      const growth = big.first.medianMs / big.operations / (small.first.medianMs / small.operations);
      rows.push(
        `| cost linear in operations (time per operation, ${big.operations} vs ${small.operations}) | ${growth.toFixed(2)}x | ${mark(growth <= 1.5)} |`,
      );
    }
  }
  if (r.incremental)
    rows.push(
      `| one operation changed among ${largest?.operations ?? 0}: under 1 s | ${ms(r.incremental.generate.medianMs)} | ${mark(r.incremental.generate.medianMs < 1000)} |`,
      `| one operation changed among ${largest?.operations ?? 0}, then --check: under 1 s | ${ms(r.incremental.check.medianMs)} | ${mark(r.incremental.check.medianMs < 1000)} |`,
    );
  if (r.watch)
    rows.push(
      `| --watch: a one-field edit among ${largest?.operations ?? 0} operations shown within 300 ms of the save | ${ms(r.watch.medianMs)} | ${mark(r.watch.medianMs < 300)} |`,
    );
  if (r.testSuite) {
    const { ok, wallMs, cpuMs, load } = r.testSuite;
    const cpu = cpuMs === null ? "" : `, CPU ${ms(cpuMs)}`;
    rows.push(
      `| \`npm test\` under 45 s (idle machine) | ${ok ? "" : "failed, "}${ms(wallMs)}${cpu}, load ${load[0].toFixed(1)} → ${load[1].toFixed(1)} | ${mark(ok && wallMs < 45_000)} |`,
    );
  }
  for (const { name, result: s } of r.sizes) {
    rows.push(
      `| --check no slower than generate (${name}, again) | ${ratio(s.warmCheck.medianMs, s.warm.medianMs)} | ${mark(s.warmCheck.medianMs <= s.warm.medianMs * 1.05)} |`,
    );
    if (s.firstCheck)
      rows.push(
        `| --check no slower than generate (${name}, first run) | ${ratio(s.firstCheck.medianMs, s.first.medianMs)} | ${mark(s.firstCheck.medianMs <= s.first.medianMs * 1.05)} |`,
      );
  }
  return rows;
}

/** Where `npm test`'s time goes, from vitest's times per file and the CPU of each file run alone. */
function testSuiteLimit(run: TestSuiteRun): string {
  const cpu = run.cpuMs === null ? "" : ` (the whole of this run: ${ms(run.cpuMs)} of CPU)`;
  return [
    `- **\`npm test\`.** The checks beside vitest (format, typecheck, dependency rules, \`sync --check\`, biome) run side by side with it and end within its first 15 s; vitest is the run, two workers sharing their modules${cpu}. Its longest files are end-to-end by design: the release of a page (a copy of the repository synced, generated and type-checked, then the spec's own tests run on it), the memo of whole runs (each of a different state of the spec and output), the kills of a write in child processes, 150,000 unknown keys, the 50 MB description (in a process of its own so that what a worker holds cannot slow it), the package packed and imported by a consumer.`,
    "Since the last report: the release's spec tests run in the test's own process where a nested vitest loaded every module again (its CPU 20.4 → 16.6 s, five interleaved pairs at a load of 17–26); the runs without a memo of the run-memo test share one generation per spec text, and the memo test copies one filled memo where it filled eight (13.4 → 9.6 s and 11.9 → 10.1 s); the kill points of a write-kill test share one process, a thread per folder, where each started its own node (11.2 → 9.5 s); the lock tests start one exited process per file. About 10 s of CPU saved in all: halving the suite's CPU, as 45 s on two cores asks, needs those end-to-end files to prove the same things with fewer whole runs, which none of these changes reached.",
    "Since then, the end-to-end files prove the same things on smaller inputs: the tests of the memo, the store of pieces, the shared pieces, the kept buffers, outputs and models, the documents dropped, `--watch` and `--check` run on the golden fixture's spec (three operations, every feature of the format: a third of the repository spec's cost per run) where they ran on the repository's, with each claim and each planted fault kept (those eight pipeline files, three interleaved pairs each at a load of 12–36: 60.9 → 46.1 s of CPU; watch and check 8.2 → 5.9 s net); no test reloads the worker's modules any more (`vi.resetModules()` after a module mock cost each later file of the worker about 1.1 s: the mocks are spies or seams now); the property tests of the seal's fast path, the validators' parts and the previous versions draw the fewest messages at which their counters of the cases reached still hold on the fixed seed, with room (three interleaved pairs: 8.1 s less in the median); the 50 MB description's child starts from the bundle where tsx loaded its modules one by one (3.9 → 2.5 s); the racing writers of write-kill start on a word sent once both are loaded, so trees of 60 files race as surely as 300 did (11.4–15.6 → 6.7–9.4 s); a sync works out each key's plain YAML form and parses each editor's document once per text (sync-order 9.0–10.8 → 6.7–8.1 s); and the 1,000 fields and values of large-spec are checked on the outputs hostile-spec already generates at those limits; a spec file of 150,000 unknown keys costs the generator less: the allowed keys of a schema location are listed once, each suggestion is worked out once, the duplicate-key pass makes no path for a scalar and hands its index of first pairs to the source map (large-input, four interleaved pairs at a load of 2: 9.0 → 8.0 s; what is left is the yaml package's parser, about 3 s, linear in the keys). On a fresh clone, where vitest has timed no run, the files known to take longest start first: started last on a worker holding a hundred files' outputs, documents-dropped took 86 s where it takes 24 s first. Since then: the release's copy links the generator, as it links node_modules, so that its spec tests run on the modules the worker has already loaded (page-release, four interleaved pairs at a load of 16–23: 14.3–16.2 → 11.4–13.7 s of CPU); hostile-spec's 10,000 values are each their meaning alone, the limit counting values (one generation 800–870 → 510–610 ms); invalid-specs builds each case's spec in memory from the base and the case's folder, through the generator's own reader, where it copied both 85 times (5.97 → 4.76 s); Redocly runs without its usage report, which loaded a telemetry client and tried the network for up to a second; documents-dropped walks the heap once per run, not twice (3.3–3.8 → 1.9 s); determinism, export-names and the warm-up run on the golden fixture (2.4–2.8 → 0.9–1.1 s, 0.7–0.8 → 0.5 s and 0.9 → 0.5 s); buffers are compared as latin1 strings where vitest's equality compared them byte by byte (kept-buffers 1.9–2.4 → 1.4–1.7 s, piece-store 3.1–3.8 → 2.7–3.3 s); the printer finds a string literal's closing quote by `indexOf` (long-lines' line of 50 MB: 370–570 → 42–56 ms); write-faults' runs start from a copy of the bytes a first write left; the three kill tests of write-kill share one killed writer, a thread per folder (3.8 → 3.1 s); hashes-by-stat's real-clock test no longer waits 2 s with a worker idle; the pid of an exited process comes from `node --version`; and packing no longer starts a second npm (about 0.4 s). Tried and not kept: three workers, or forks (one whole run each at a load of 20–28: threads with two workers 155.6 s of CPU, forks 166.0 s, three threads 168.1 s), and vmThreads, which evaluates the modules again for each file; five whole runs fewer in run-memo, and workspaces copied file by file rather than by `cpSync` (no difference beyond the noise: runs that use the memo cost about 50 ms each); the two racing tests of write-kill in one pair of writers; the spec-text fixture's parses shared; hostile-spec's mutation runs sharing a memo; round-trip generating only the emitters whose files it compares.",
  ].join(" ");
}
