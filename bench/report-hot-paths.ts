// The validators' and the seal's part of bench/RESULTS.md: their target rows,
// their tables with both clocks, what one validation allocates and how that
// is measured, and why a missed target is missed, with the measurements.
import type { Allocations } from "./allocations.js";
import type { Interleaved } from "./interleaved.js";
import type { SealResult } from "./seal.js";
import { duration, type Measured, ratioOf } from "./stats.js";
import type { ScenarioResult } from "./validators.js";

const byName = (results: readonly Measured[], name: string): Measured | undefined =>
  results.find((r) => r.name === name);
const mark = (met: boolean): string => (met ? "met" : "**missed**");
const x = (ratio: number): string => `${ratio.toFixed(2)}x`;

/** `a` over `b` on the second clock, whose ratios are to its first task (exact when `a` or `b` is that task). */
const cyclesRatio = (cycles: Interleaved, a: string, b: string): number | undefined => {
  const [overA, overB] = [cycles.firstOver[a], cycles.firstOver[b]];
  return overA === undefined || overB === undefined ? undefined : overB / overA;
};

/** `ours` over `other` on both clocks; null when either was not measured. */
function ratios(
  results: readonly Measured[],
  cycles: Interleaved,
  ours: string,
  other: string,
): { median: number; cycles: number } | null {
  const [a, b] = [byName(results, ours), byName(results, other)];
  const interleaved = cyclesRatio(cycles, ours, other);
  return a && b && interleaved !== undefined ? { median: ratioOf(a, b), cycles: interleaved } : null;
}

/** A target row: met when both clocks say so. */
function row(target: string, r: { median: number; cycles: number } | null, limit: number): string[] {
  if (!r) return [];
  return [
    `| ${target} | ${x(r.median)} (interleaved: ${x(r.cycles)}) | ${mark(r.median <= limit && r.cycles <= limit)} |`,
  ];
}

export function hotPathTargets(validators: readonly ScenarioResult[], seal: readonly SealResult[]): string[] {
  const rows: string[] = [];
  for (const { scenario, results, cycles } of validators) {
    rows.push(...row(`validator ≤ 1.0x ajv: ${scenario}`, ratios(results, cycles, "generated", "ajv"), 1));
    if (byName(results, "boolean check") && scenario.startsWith("request"))
      rows.push(
        ...row(
          `validator ≤ 1.5x the boolean check: ${scenario}`,
          ratios(results, cycles, "generated", "boolean check"),
          1.5,
        ),
      );
    const [now, before] = [byName(results, "generated"), byName(results, "previous generator")];
    if (now && before) {
      const r = ratioOf(now, before);
      rows.push(
        `| validator no slower than the previous generator's (≤ 1.05x): ${scenario} | ${x(r)} | ${mark(r <= 1.05)} |`,
      );
    }
  }
  for (const { scenario, results, cycles } of seal) {
    const limit = scenario.startsWith("wallet") ? 1.5 : 1.2;
    rows.push(
      ...row(
        `seal ≤ ${limit.toFixed(1)}x bare HMAC: ${scenario}`,
        ratios(results, cycles, "generated seal()", "bare HMAC"),
        limit,
      ),
    );
  }
  return rows;
}

export function validatorSection(validators: readonly ScenarioResult[], allocations: Allocations | null): string[] {
  const lines = [
    "## Validators",
    "",
    "Time per validation. Responses are validated with `strict: true` by the generated validators, which is what the JSON Schema says; every competitor reports every error on invalid input (ajv with `allErrors`, TypeBox's `Errors()`). zod's schemas are written by hand, TypeBox and ajv compile the emitted JSON Schema. The boolean check answers valid or not and nothing else (bench/competitors/boolean-checks.ts).",
    "",
    "The modules that hold validators bind each value they import to a constant of their own (`const own = own_;`, generator/emit/ts/constant-imports.ts): V8 folds a constant of the module into the optimized code, where it loads an import from its cell and checks it on every use (that it is initialised, that it is the function or the object seen before). Compared with `--print-opt-code`, the optimized response validator had such a load and check for each helper it called and for `INHERITED` (a map check), and tested the shape of `options` twice (`options?.strict`, `options?.interfaceVersion`); a response's options are now read once, `own()` tests first whether the prototype holds the field, which the engine knows from its folded read and so drops the test, and the runtime's shared empty list is a constant of its module. What is left is ajv's code field for field, plus the result. Six interleaved pairs of processes of this section (`benchValidators(7, 40)`) against the code before, at a load of 11–24 on 2 cores, second clock: the valid response 1.15–1.20x ajv → 0.97–1.01x (one process before at 10x), the four-error response 0.77–1.20x → 0.80–0.94x (one process after with ajv at 14x its time), the valid request 0.61–0.70x → 0.52–0.58x (one before at 1.79x), the five-error request 0.63–0.78x → 0.51–0.64x, the wallet 0.63–0.65x → 0.58–0.64x; at that load the first clock swings (the valid response 1.01–3.28x before, 0.82–1.42x after, below 1.0x in four of six). The empty list alone: 1.03–1.05x → 0.97–1.02x ajv on the valid response, three processes each. A valid message still allocates its result and nothing else (see below). Tried and not used: counting instructions with callgrind, whose counts per call for the same script differed by 3–20% from one run to the next (485 to 580 instructions), more than the change.",
    "",
    "A response of at most six fields, each a text, a number or a value of a list, has a valid path (generator/emit/validators/valid-path.ts): its validator reads the message as every validator does (its fields, its prototype, the options, once each and in that order), then tests each field's chain without building anything; when every test passes and no version is pinned, only unknown keys can be left, and it walks for them as the collecting checks do (one call per unknown key) and returns. At the first failing test it hands the values it read to its collecting checks, a module-local function that reports every problem without reading the message again: every getter and proxy trap still runs once (test/generated/valid-path.test.ts compares both forms, reads included, on the repository's spec and the golden fixture's). Why: V8 compiles a function into its caller only if its whole bytecode is at most 460 bytes (`--max-inlined-bytecode-size`), and the issues that every check writes in place put paymentTokenInitialize's response validator at 967 bytes, so each validation was a call (`--trace-turbo-inlining`: \"Cannot consider ... for inlining (reason: 5)\", too large). With the valid path it is 454 bytes (the module's constants taken into locals, each use of one being a load and a check in the bytecode; one call for a message that is not an object and one per unknown key), and is compiled into its caller; the same test holds each valid path under the limit that `node --v8-options` states. The valid message still allocates its result and nothing else (48 B, as before). Measured against the code before, the valid response after the request validators and ajv each from its own call site, 1,200 interleaved cycles, three processes each at a load of 17 on 2 cores: 0.99x → 0.78x ajv on the second clock, the four-error response 0.80x → 0.75x. In this section's order (`benchValidators(7, 40)`, every scenario), nine interleaved pairs of processes against the code before at a load of 9–21, medians of the processes (first clock, then second): the valid response 0.91x → 0.70x and 0.99x → 0.83x ajv (second clock 0.73–0.86x in eight processes of nine, one swing to 9x as before the change, where the code before had 0.94–1.05x), the four-error response 1.04x → 0.81x and 0.93x → 0.82x (its failing test hands over at once, and the exported validator, now compiled into its caller, calls the collecting checks), the valid request 0.59x → 0.58x and 0.58x → 0.57x, the five-error request 0.63x → 0.58x and 0.61x → 0.58x, the wallet, whose code did not change, 0.52x → 0.51x and 0.58x → 0.62x (0.57–0.64x either way: two groups of processes, about 0.57x and 0.62x, before and after). Measured on the way and not kept: the same path that, at the first failing test, called the collecting validator with the message (0.60x ajv, but getters and proxy traps then run twice on a message with a problem, which the comparison of reads refuses); the path with the collecting checks' code for an unknown key in it (630 bytes, not compiled into its caller: 0.96x, and the four-error response 0.80x → 0.95x); the result made by a class whose prototype is Object.prototype (1.05x against 0.99x for the literal), or its literal written in the validator (no change). Taken out of a copy of the validator before, one at a time (a measurement, not a change): the options' reads, the prototype check, the test of `typeof input` each change nothing measurable (0.97–0.99x); a constant result in place of the new one 0.83x; no loop over keys 0.60x. Valid paths for larger messages were left out: a seventh field puts the validator over the limit (walletInitialize's and orderInitialize's responses, seven fields each, measured 494 bytes), and a path not compiled into its caller measured 0.90–0.94x where the validator without it took 0.96–1.01x, a gain too small for a second copy of the tests.",
    "",
    "Where the swings of the valid messages came from (three processes of 38 of the code before here, the valid response at 6.6–10.3x ajv and the valid request at 1.3–1.9x together on the second clock, the invalid ones untouched, the fastest batches unchanged): V8 gives each object literal an allocation site, and counts at each collection how many of the objects that unoptimized code made there since the last one are still alive; a site whose objects all survived, with the new space at its full size, is tenured for the rest of the process, and every object made there afterwards, by optimized code too, goes to the old generation, which only a full collection frees. One literal of the runtime (`resultOf`) made every validator's valid result. In this section the harness keeps each result in an object of the old generation (mitata's `do_not_optimize`, the second clock's sink), and mitata, which has no `gc()` without `--expose-gc`, allocates a 1 GiB Uint8Array before each measurement to provoke a collection: about 230 full collections in this section, each with an incremental marking under way during the timed calls, which keeps alive what is stored meanwhile into an object it has marked (the write barrier marks it too): when that overlapped the first, unoptimized calls, the site was tenured. A program gets there too by keeping its first few hundred results across a collection (a list of messages validated then used, requests in flight at its start). The valid result is now made by `new` of a function whose prototype is Object.prototype (the same plain object, 48 B), which has no allocation site. Counted without a clock (test/generated/kept-results.test.ts: a child process with the new space at its full size keeps its first 3 × 1,000 results across `gc()`, then counts the bytes each space gains per validation): before, 38–43 B of old generation and none of new space, every time; now none of old generation and 48 B of new space. Timed in that state, batches of 20,000: before, a median of 0.6–1.4 µs per valid response (fastest batch 15–18 ns); now 19–22 ns. After this section, in fresh processes of it (`benchValidators(7, 40)`) interleaved with the code before, the same count showed each valid message's result in the old generation (about 48 B per call there, 1 B in the new space) in each of the two processes of the code before, among the 18 counted, whose valid messages swung (1.25x and 6.55x, 1.85x and 10.25x ajv on the second clock), and in the new space in every other process of either code (20 after). The price: `new` costs about 0.8 ns more than the literal per result (alone, interleaved batches: 4.0–5.2 → 5.0–6.0 ns; its optimized code writes the object's map at each of the three stores, where the literal writes its final map once; an empty literal filled field by field costs as much and takes 56 B). In this section, 18 processes of the code before and 20 after, interleaved at a load of 3.5–23 (medians, first clock then second): the valid response 0.82x → 0.86x and 0.84x → 0.91x ajv, its fastest batch 12.7–13.5 ns before (away from the machine's slow spells, when ajv's was slow too) and after 12.4–13.1 ns in eleven processes but 15.7–16.6 ns in eight, a second state whose cause was not found (traced, the validator is compiled into mitata's loop neither before nor after); above 1.0x on the second clock in five processes after (at most 1.04x), two before (the tenured ones); the valid request 0.58x → 0.61x and 0.58x → 0.62x; the invalid messages and the wallet unchanged (0.59x and 0.59x → 0.58x and 0.59x, 0.82x and 0.81x → 0.81x and 0.83x, 0.60x and 0.61x → 0.61x and 0.61x). The swing is gone, at the price of a margin on the valid response. The invalid messages were exposed in the same way, their objects being literals too (the found problems of runtime `newFound` and their list, the issues the checks wrote in place, `issue`, `issueWith`, `failure`, an unknown field's issue): in one process of the 20 after, both invalid messages took 7x and 18x ajv's time, fastest batches too (785 and 656 ns). Counted by the same test, which now keeps the first results of the invalid request (5 errors), the strict and the lenient invalid response (4) across a scavenge as well as a full collection: a full collection alone found 20% of those sites' objects alive (V8 counts a survivor as found only when it moves it, and whole pages of survivors are promoted without being walked), too few to tenure, but a scavenge found them all and tenured every site, after which each invalid message put 340–390 B in the old generation (the test fails so on the code before). They are now made as the valid result is: issues by `new` of functions whose prototype is Object.prototype (runtime/site-free.ts; the same plain objects, keys and order, written in place by the checks as `new Issue(...)` and `new IssueWith(...)`), the found problems likewise, and their lists by `new Array()`, which has no site either; now none of the old generation. The price, in this section, six interleaved pairs of processes against the code before at a load of 2.1–4.6 (medians of the processes, first clock then second): the five-error request 0.57x → 0.66x and 0.58x → 0.66x ajv (about 85 → 94 ns), the four-error response 0.83x → 0.93x and 0.83x → 0.91x (44 → 48 ns), the valid messages and the wallet unchanged (0.61x → 0.59x, 0.91x → 0.88x, 0.61x → 0.61x on the first clock). `new Array()` starts with room for four items, so an invalid message takes 96 B more (504 → 600 B for the five-error request, 512 → 608 B for the four-error response; bench/allocations.ts). Tried and not kept: `Array.of()`, which has no site and grows as `[]` does (the same bytes), but is a builtin call that the optimizing compiler does not inline: the five-error request at 1.11x ajv and the four-error response at 2.22x (five processes). Left: the results of runtime/facts-stop.ts (operations whose facts stop) are literals still; traced, their sites are tenured by the same protocol, but no old-generation bytes were counted for them, so the test could not hold a change. ajv's own objects are tenured the same way (in a traced run, eight sites at once just after its response validator was optimized), and on the invalid messages ajv swung to 3–30x its time in eight processes of 38 before and two of 20 after (the generated validator at 0.03–0.31x ajv). Since found and mended: own-site.ts compiled each task's call from the same source text, and V8's cache of compiled sources handed the second and later ones the same function and feedback, so that the call sites it meant to keep apart were shared (the generated validator and the previous generator's, written alike, and every scenario's); each text now ends with a comment of its own (six ways of making a result, each timed from a loop of one same text: the first 4.1–5.5 ns, the next ones' calls no longer compiled into the loop, `new` 9.3–11.7 ns; with a line that makes each text distinct, `new` 5.0–6.1 ns).",
    "",
    "First clock: median of the rounds' medians (mitata), the ratio to the generated validator the median of the rounds' ratios.",
    "",
  ];
  const competitors = validators[0]?.results.map((r) => r.name).filter((n) => n !== "boolean check") ?? [];
  const names = [...competitors, "boolean check"];
  lines.push(`| message | ${names.join(" | ")} |`, `| --- | ${names.map(() => "---").join(" | ")} |`);
  for (const { scenario, results } of validators) {
    const ours = byName(results, "generated");
    const cell = (name: string) => {
      const r = byName(results, name);
      return r && ours ? `${duration(r.median)} (${x(ratioOf(r, ours))})` : "—";
    };
    lines.push(`| ${scenario} | ${names.map(cell).join(" | ")} |`);
  }
  lines.push(
    "",
    "Second clock (interleaved.ts): short batches of each competitor in turn, 400 cycles; the fastest batch per call, and the median over the cycles of the generated validator's time over the other's.",
    "",
    "| message | generated | ajv | hand-written | boolean check |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const { scenario, cycles } of validators) {
    const cell = (name: string) => {
      const fastest = cycles.fastest[name];
      if (fastest === undefined) return "—";
      return name === "generated"
        ? duration(fastest)
        : `${duration(fastest)} (${x(cyclesRatio(cycles, "generated", name) ?? Number.NaN)})`;
    };
    lines.push(`| ${scenario} | ${["generated", "ajv", "hand-written", "boolean check"].map(cell).join(" | ")} |`);
  }
  if (allocations) lines.push(...allocationSection(allocations));
  return lines;
}

function allocationSection(a: Allocations): string[] {
  const bytes = (b: number | null) => (b === null ? "— (collected every time)" : `${b.toFixed(1)} B`);
  return [
    "",
    "### What one validation allocates",
    "",
    `Bytes of new space per call of the generated validator, over 20,000 calls of an optimized validator in a process whose semi-space (64 MiB) holds all they allocate: the new space's used size before and after (\`v8.getHeapSpaceStatistics()\`), divided by the calls; a batch during which a collection happened (a \`gc\` performance entry) is measured again (bench/allocations.ts, run by \`npm run bench\` in a child process with \`--min-semi-space-size=64 --max-semi-space-size=64 --expose-gc\`). A result object alone (\`{ ok, value, warnings }\`) takes ${bytes(a.resultAlone)}: a valid message allocates its result and nothing else. ajv is measured the same way on the same messages (its verdict, then its errors when it fails): one array of errors, and for each an object and its \`params\`.`,
    "",
    "| message | bytes per validation | ajv, the same way |",
    "| --- | --- | --- |",
    ...a.validators.map((v) => `| ${v.scenario} | ${bytes(v.bytes)} | ${bytes(v.ajv)} |`),
  ];
}

export function sealSection(seal: readonly SealResult[]): string[] {
  const names = ["generated seal()", "bare HMAC", "generic flatten-and-sort", "its sealing string alone", "floor"];
  const lines = [
    "## Seal",
    "",
    "Time per seal (HMAC-SHA-256), ratio to bare HMAC over the sealing string built beforehand (a flat string). The floor concatenates the message's known values with no check at all, then hashes that string: what building a sealing string of this many pieces costs before any seal logic. First clock (median, ratio), then the second in brackets (fastest batch, median of the cycles' ratios).",
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
      const cyc = second === undefined || over === undefined ? "" : ` [${duration(second)}, ${x(over)}]`;
      return `${duration(r.median)} (${x(ratioOf(r, bare))})${cyc}`;
    };
    lines.push(`| ${scenario} | ${names.map(cell).join(" | ")} |`);
  }
  return lines;
}

/** Why the missed validator and seal targets are missed, with the measurements that show it. */
export function hotPathLimits(validators: readonly ScenarioResult[], seal: readonly SealResult[]): string[] {
  const out: string[] = [];
  const scenario = (prefix: string) => validators.find((v) => v.scenario.startsWith(prefix))?.results;
  const median = (results: readonly Measured[] | undefined, name: string) => byName(results ?? [], name)?.median;
  const [response, responseInvalid] = [scenario("response, valid"), scenario("response, 4")];
  const [ours, ajv, bool] = ["generated", "ajv", "boolean check"].map((n) => median(response, n));
  if (ours && ajv && bool && ours > ajv) {
    out.push(
      `- **Validators on a small valid message.** ajv's compiled function returns a boolean and keeps its errors on itself; the generated validator returns a new result (\`{ ok, value, warnings }\`, the only allocation of a valid message: see above), reads each field's own value (\`own(input.x, INHERITED.x)\`, a second load per field, so that a polluted Object.prototype fills no field), refuses objects that are not plain (ajv checks \`typeof\` only) and reads its options. On a six-field response that fixed part is what separates them: ${duration(ours)} against ajv's ${duration(ajv)}, and ${duration(bool)} for a boolean check that does none of it. The row depends on the machine's load more than the others: in this bench's order at a load of 11–34 on 2 cores, eighteen processes measured it at 1.03–2.06x ajv on the first clock and 1.13–1.95x on the second (medians 1.18–1.35x and 1.17–1.20x), with the code before the last changes to invalid messages and after alike (beside each other in one process, 1.00–1.01x), where quieter runs measured 0.71x to 1.17x. It is not the harness's doing: each timed task is now called from a call site of its own (own-site.ts), where every competitor of every scenario was called through one closure literal, so that what the engine inlined depended on what had run before. Eleven interleaved pairs of processes in this bench's order, at a load of 8–12, put this row at 1.09–1.26x before (median 1.17x) and 1.18–1.36x after (median 1.27x; 1.26x over the last five, with the tasks as they are now) on the second clock, 1.07–1.33x and 1.01–2.03x on the first: ajv gained more from a call site of its own than the generated validator, and the row is missed by more, not less. The four-error response became steady on the second clock, 0.32–1.06x before (median 0.83x) and 0.74–0.92x after (median 0.79x); the wallet's first clock still swings with ajv's time (0.09–0.64x before, 0.20–0.75x after). Removing each part in turn from a copy of the validator (a measurement, not a change; short interleaved batches) shows where the difference lies: the same validator returning one constant result instead of a new one takes ajv's time (18 ns against 18 ns), so the checks, the own-value reads, the options and the loop over keys together cost what ajv's function costs; the fresh result, stored where the timing loop keeps it, costs about 5.7 ns a call (a loop that only makes such an object: 11.7 ns against 5.9 ns for a constant one), where ajv returns \`true\`. The result is the contract (a value and its warnings, never a flag to read elsewhere), so on a six-field message the target stays out of reach by that allocation. Measured again with the copy and ajv alone, each from its own call site (1,200 interleaved cycles per process, two or three processes each): the copy at 1.17–1.27x ajv, with a constant result 0.95–1.00x; without the loop over keys 0.78–0.88x, though ajv walks its keys too (a loop that only counts them: 1.10–1.19x; \`Object.keys(...).length\` in its place: 1.12–1.22x); without the own-value reads 1.15–1.20x, without reading the options 1.10–1.20x, without the prototype check unchanged, without all three 1.00–1.05x: what the allocation costs is about what those checks of the behaviour cost together. The loop's cases as a chain of \`===\` as ajv writes them, its default branch without a call, or Object.prototype read as \`Object.prototype.x\` in place of \`INHERITED.x\`: no change. The loop over keys costs the same as ajv's: the \`for-in\` alone is about 3.8 ns over six keys, comparing the keys about 3 ns. Tried and not kept: counting the keys in the \`for-in\` and comparing with the number of known fields present, looking for unknown keys only when they differ (about 5% on a valid message, but a message with an unknown key, the usual case once Sips adds a field, then walks its keys twice: 1.5x on the four-error response); reading the fields in the \`for-in\` instead of by name (1.6x); the valid result written in the validator instead of \`resultOf\` (within noise); dispatching the keys on their length before comparing them (slower), reading Object.prototype through a constant of the module or the global (no change), a first pass of boolean checks before the collecting one (about 2%, not worth a second copy of every check). On messages of any size (the request, the wallet) the generated code is faster than ajv. Since then the part that is not the result has shrunk (imports bound to constants of the module, options read once: see the Validators section), and the row measured about 1.0x on the second clock; since then again, the validator of this response has a valid path small enough to be compiled into its caller, which removes the call (see the Validators section); where this paragraph shows, the first clock read it above ajv in that run.`,
    );
  }
  const invalid = ["request, 5", "response, 4"].flatMap((prefix) => {
    const [valid, bad] = [
      scenario(prefix.startsWith("request") ? "request, valid" : "response, valid"),
      scenario(prefix),
    ];
    const cost = (name: string) => (median(bad, name) ?? 0) - (median(valid, name) ?? 0);
    const [a, b] = [median(bad, "generated"), median(bad, "ajv")];
    return a && b && a > b
      ? [`${prefix.replace(/,.*/, "")}: ${duration(cost("generated"))} against ajv's ${duration(cost("ajv"))}`]
      : [];
  });
  if (invalid.length > 0 && responseInvalid) {
    out.push(
      `- **Validators on invalid messages.** Each message is a constant worked out by the generator ("must be a string"), the offending value beside it as \`received\`, as ajv's messages are constants; nothing is described while validating (\`formatIssue\` does it when a person reads the issue), and each check writes its issue in place (\`new IssueWith(...)\`, the shape the runtime's helpers give, without an allocation site: see above), pushed onto its list. What remains is an object per issue, the list that collects them, the result that holds it and, for an unknown key, its JSON Pointer (a scan for "~" and "/", then a copy, which ajv does not make: it names the key as it is; the pointers of top-level keys are kept once made, and the key asked last is compared before the lookup: a field added to Sips is the same key in every response). What the problems add to a valid message's time: ${invalid.join("; ")}. What a validation has found is, from its first problem, the failed result itself (\`{ ok: false, errors, warnings }\`, its warnings the shared empty list until the first warning), where it was a holder of two lists beside the result: two objects fewer per invalid message (the four-error response 584 → 512 B; ajv's 760 B, see above). Measured in this bench's order (every scenario, \`benchValidators(7, 40)\`), nine interleaved pairs of processes against the code before, at a load of 11–34 on 2 cores: the four-error response at 1.00x ajv (mitata, median of the processes; 0.87–1.28x) and 0.90x (interleaved; 0.74–1.06x), against 1.01x (0.32–1.33x) and 0.95x (0.43–1.18x) before; with both versions in one process, in this bench's order, the four-error response takes 0.97–0.99x the time it took (four processes), the valid one 1.00–1.01x. At that load a single process swings by 0.2x or more either way, so the row meets its target in the median of such runs, not in every one. Why this row once measured between 1.1x and 1.9x from one run to the next: the validator is first optimised on the valid responses, and the first invalid one deoptimises it; it is optimised again at once, and V8 inlines a call only if it ran in at least 15% of the function's calls so far, where the calls that built issues (\`expectedString(...)\`, \`unknownField(...)\`, \`hasOwn(...)\`) had run in 15–42% of them, depending on how long the first optimisation had taken on the machine. Below the threshold each issue cost a call and the row took 1.6x ajv's time. Issues are now written in place, as ajv writes its errors, and no longer hang on that choice. Measured with the compiler made to inline only what runs in 90% of the calls (\`--min-inlining-frequency=0.9\`, the bad case made certain) and then as usual, each after 300 ms of valid responses, three processes each, synchronous compilation: 1.37x ajv (was 1.68x) and 1.12x (was 1.19x). The check of an unknown key then called \`hasOwnProperty\` as a constant of the validator's own module (\`ownProperty\`, declared in rules/declaration.ts for each module that holds validators), which the compiler folds where it does not fold an import: 1.19x and 1.09x the same way. What still depends on inlining is two calls per invalid message (\`newFound\`, and \`topPointer\` for the unknown key). What is left, measured in a copy of the validator after the request validators have run (the runtime's helpers then have seen other messages, as in this bench): the prototype check is about 8% of the four-error response (left out, 0.92–1.00x ajv against 1.02–1.16x): once the validator has seen both the valid and the invalid response its reads are polymorphic, the engine no longer knows the object's map after them, and \`Object.getPrototypeOf\` is a call again; ajv makes no such check. Tried and not kept: \`newFound\`'s object, \`own\` and the pointer of an unknown key written in place instead of called (\`"/" + key\` after two \`indexOf\`), and Object.prototype read through a constant of the module: within the noise, the pointer in place slower (1.21–1.35x ajv against 1.02–1.12x in the same processes); collecting every problem into one array and sorting it into errors and warnings at the end by their codes (72 B less per invalid message; alone, the four-error response at 1.07x ajv against 1.17x; but measured in this bench's order, after the valid messages, it swung between 1.09x and 1.54x from one process to the next, where the two lists stay at 1.17–1.20x: a time that depends on how earlier calls were optimised is worse for a caller than a steady one; not measured again since). Since then an unknown field's issue is built by a call to the runtime (\`unknownFieldIssue\`), which reads its value in a \`try\`: a value whose getter or proxy throws is reported without it, and the message's other issues are kept, where the whole message became one \`unreadable\` issue. It costs the four-error response about a tenth: six interleaved pairs of processes of this section alone, idle, 0.99x → 1.19x ajv on the first clock and 0.95x → 1.03x on the second (medians), the other scenarios unchanged. Probably the keyed read, now in one helper that every validator's unknown keys reach, where each validator read its own in place. Tried and not kept since: the read in place again, in a \`try\` of its own that reports an unreadable field without \`received\` (every getter still read once, the same results): sixteen processes of this section each way at a load of 8–23, the four-error response 0.96x → 0.97x ajv on the first clock and 0.83x → 0.90x on the second (medians), where the same message timed alone in fresh processes was faster in 13 of 18 pairs (561 against 734 ns): the shared helper's cost shows when the message is measured alone, not in this section's order. The first clock of this row swings: about one process in seven reads it at 3–5x ajv, with every variant, main's included, while its second clock stays at 0.78–0.90x. Since then, measured beside the code before in one process, in this bench's order (the valid and invalid requests and the valid response first, each timed as here): what the generated validator does that ajv does not, on this message, is mostly its prototype check. Once the validator has met the valid and the invalid response, each field's read tests the two shapes in turn and the engine no longer knows the shape after them, so \`Object.getPrototypeOf\` is a call to a builtin (seen in the optimized code); a copy without the check took 0.83–0.88x ajv's time where the copy with it took 0.94–1.00x, all calls inlined (\`--min-inlining-frequency=0\`, four processes). Without that flag the same copy is bimodal from one process to the next, about 46 or about 56 ns (0.95x or 1.15x ajv), as the calls that build an unknown key's issue (\`newFound\`, \`topPointer\`, \`unknownFieldIssue\`) are inlined or not: the engine inlines no call that ran in fewer than 15% of the calls so far, small functions included, and a validator optimized on valid messages first sees them as rare. Tried and not kept: a read of a key that no message holds between the fields' reads and the prototype check (\`void fields["(no field)"]\`, or a symbol), which tests every shape at once, leaves the shape known and removes the call (the optimized code then has none): the four-error response at 0.91x the code before on the second clock and 0.89x on the first (medians of nine processes; 0.75–1.09x and 0.72–1.09x), but the valid response, met alone before, then took 2.5–8x its time in 11 processes of 20, with the code optimized and never deoptimized, where the code before stayed at 21 ns; the unknown key's issue written in place, its value read in a \`try\` of its own and the last key's pointer kept beside it, with the failed result's literal in place of \`newFound()\`: 0.89–0.95x the code before on the first clock and 0.96x on the second, in the three processes of six that the swings below left alone, 0.90–1.03x ajv: short of the target, and not worth a second copy of that code in every loop over keys. Those swings, one competitor at 3–30x its time for a whole process (its fastest batch included), met both versions of the validator and ajv alike, in a third to a half of the processes, on this message, where each reads fields the message lacks (ajv too reads \`data.publicKeyValue\` to find it undefined); on the valid response, where every field is present, the code before met them in 1 process of 20 and the variant with the extra read of a missing key in 11 of 20: a lead for this row's swings, not followed further.`,
    );
  }
  const wallet = seal.find((s) => s.scenario.startsWith("wallet"))?.results;
  const [sealed, bare, floorTime, alone] = ["generated seal()", "bare HMAC", "floor", "its sealing string alone"].map(
    (n) => median(wallet, n),
  );
  if (sealed && bare && floorTime && alone && sealed > bare * 1.5) {
    out.push(
      `- **Seal of the largest message.** Bare HMAC hashes a flat string built beforehand; \`seal()\` first builds the sealing string from some 350 values (${duration(alone)} alone), which V8 keeps as a rope of as many pieces, and hashing a rope first copies it into a flat string. The floor, the same values concatenated with no check at all and then hashed, already takes ${duration(floorTime)} (${x(floorTime / bare)} bare HMAC), beyond the target before any seal logic; the checks that keep the string byte-identical to the generic rule (each key read once by \`for-in\`, own keys only, unknown fields sent to the generic rule) add the rest. Measured apart (short interleaved batches): the values concatenated with no check take about 1 µs and leave a rope; copying that rope into a flat string takes 1.7–2 µs more (about 5 ns a piece), and SHA-256 of the 2,342 bytes alone (\`crypto.hash\`, no key) 1.75 µs, against 3.0–3.2 µs for bare HMAC. Building and flattening the string thus cost as much as the bare HMAC itself: with 1.5x the target leaves half of that, less than the flattening alone, however the string is hashed. Joining an array of the pieces (flat at once, 1.7x the rope and its flattening), joining one string per item, building the rope from the end, flattening each item before appending it, writing UTF-8 bytes in JavaScript into a reused buffer (2.8x bare HMAC in all) and hashing container by container (one \`update\` each, or one per ten) were all measured slower than the rope. On the hashing side: the HMAC's keyed state computed once per key and copied for each seal (\`createHash(...).copy()\`, inner and outer) is 2% faster than \`createHmac\` on this string, and would keep state from which the key follows at once (the key XOR a constant) in memory for as long as the cache lives, beyond the caller's hold on the key: not kept; an HMAC built from two \`crypto.hash\` calls with the padded keys made for each seal is 16% slower than \`createHmac\`.`,
    );
  }
  return out;
}
