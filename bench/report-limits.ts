// "What limits the missed targets" of bench/RESULTS.md: for each missed row of
// the targets' table, a short account (at most ~150 words) of why, and a link
// to the record of bench/notes/ where the measurements behind it are written
// out. Worked out from the table's rows, so that a row and its account cannot
// disagree on whether the target was missed.
import { type NotesFile, noteLink, recordLine } from "./report-notes.js";
import { mark } from "./report-cells.js";

/** What holds back the targets whose rows match `rows`, and where its record is. */
export interface Limit {
  readonly title: string;
  readonly rows: RegExp;
  readonly text: string;
  /** Its record; none where the section's table says it all. */
  readonly file?: NotesFile;
  /** The anchor of the record's heading; none for the section's whole record. */
  readonly anchor?: string;
}

export const LIMITS: readonly Limit[] = [
  {
    title: "Validators on a small valid message",
    rows: /^validator ≤ 1\.0x ajv: (request|response), valid$/,
    text: "ajv's compiled function returns a boolean and keeps its errors on itself; the generated validator returns a new result, reads each field's own value (a second load per field, so that a polluted Object.prototype fills nothing), refuses objects that are not plain and reads its options. On a six-field response that fixed part is the whole difference: the same validator returning one constant result takes ajv's time, and the fresh result is the contract. The row swings with the machine's load more than any other.",
    file: "validators",
    anchor: "validators-on-a-small-valid-message",
  },
  {
    title: "Validators on invalid messages",
    rows: /^validator ≤ 1\.0x ajv: .*errors$/,
    text: "Both validators make the same tests, neither builds a JSON Pointer for a known field, and an issue is one object where ajv's error is two (504 B against 760 B for the four-error response). What the generated validator does beyond ajv is to test the message's prototype: once it has met the valid and the invalid response, that test is a call into the engine rather than a folded check. Measured without the test, the row was 0.95x ajv; by CPU time rather than the clock it is 0.83–0.94x. The two clocks of this table often disagree on this row. The five-error request's unknown `amount` is looked for among the fields to name the one it is near (nearNames), work ajv does not do; since it meets only the fields of a length near its own and leaves them on one test of its characters, 10–20 ns less ([its record](notes/validators.md#an-unknown-key-meets-only-the-fields-of-a-length-near-its-own)).",
    file: "validators",
    anchor: "where-the-four-error-responses-time-goes",
  },
  {
    title: "Seal of a small message",
    rows: /^seal ≤ 1\.2x bare HMAC/,
    text: "Most of a small seal was the HMAC's set-up (`createHmac` alone 1.2–1.26 µs of bare HMAC's 1.7 µs), which the seal's own two-digest HMAC (runtime/seal-hmac.ts) now avoids; the checks that stand for its refusals (the algorithm, the key, a lone surrogate) take about 0.06x bare HMAC together.",
    file: "seal",
    anchor: "what-seal-did-beyond-the-sealing-string-and-the-hmac",
  },
  {
    title: "Seal of the largest message",
    rows: /^seal ≤ 1\.5x bare HMAC: wallet/,
    text: "Bare HMAC hashes a flat string built beforehand; `seal()` builds its sealing string from some 350 values, which V8 keeps as a rope, and hashing a rope first copies it into one flat string. The floor (the same values concatenated with no check, hashed by the seal's own HMAC) is already over 1.5x in the Seal table's columns: no seal that builds its string as a rope and hashes it can meet this target, however few its checks. Every way around the rope and its copy that was measured was slower.",
    file: "seal",
    anchor: "seal-of-the-largest-message",
  },
  {
    title: "Paypage response",
    rows: /^Paypage response/,
    text: "The seal check alone is the last column of the Paypage table (`isPaypageResponseGenuine`: the form read without URLSearchParams, the digest in one call, compared in constant time), with its ratio to the bare check; what the decoder takes beyond it is what the bare check does not do at all: splitting Data into its fields, typing them and validating them.",
  },
  {
    title: "Client call",
    rows: /^client call/,
    text: "Both sides send the same body over the same connections and the mock does the same work for both; what the client adds is its own work (filling in, validating, sealing, verifying), a few per cent of a round trip in a loop of its own, and the column of the bare fetch followed by that work accounts for the gap. Between two round trips that work costs more than in a loop of its own (its code and data are out of the core's caches after the wait, and on a loaded machine other processes have run on that core), so the ratio follows the load: 1.08–1.30x over six processes at a load of 14–21. The bare fetch timed beside itself stays within a few per cent (the section gives it each run), so the gap is the client's, not the method's: its work costs 40–100 µs of CPU after each round trip, 15 µs in a loop of its own.",
    file: "client",
    anchor: "the-gap-against-the-methods-own-noise",
  },
  {
    title: "First run of many operations",
    rows: /(first run ≤ .*openapi-typescript|^real spec, first run|^cost linear in operations)/,
    text: "A first run parses every spec file with positions, checks it against the spec format's schema and across files, emits some 12,000 files and compares them with the disk, where openapi-typescript writes one file of types. From 256 operations on, parsing and emitting are shared with a second thread. What a profile still shows is garbage collection, parsing YAML and prettier's document printer; the per-operation emitters are spread over many small pieces of work.",
    file: "generation",
    anchor: "first-run-of-1000-operations",
  },
  {
    title: "One operation changed among 1000",
    rows: /^one operation changed among/,
    text: "Start-up alone (npm, then the bundled generator) is some 400 ms of the second before the spec is read. After it, every unchanged file and operation comes from the memo, so what is left is paid once per run or once per operation: the facts of each of the 1,000 operations read and parsed, the operations found in the store of pieces, the shared files (openapi.json, client.ts, mock.ts) spliced and hashed, and the write stage's look at the output folder. Each of these was measured by stage in the record, and most ways of cutting them further were tried and did not pay.",
    file: "generation",
    anchor: "one-operation-changed-among-1000",
  },
  {
    title: "--watch",
    rows: /^--watch/,
    text: "The process, the memo and what was parsed stay warm; a save reads and checks only the files saved since the run before, builds again only the models of the operations it changed and patches the write's plan rather than hashing the whole output again. What a steady save still spends: client.ts spliced as a 1.3 MB string and encoded again, the manifest's text made again, garbage collection, and the 30 ms during which a save's calls are gathered into one run.",
    file: "generation",
    anchor: "--watch-on-1000-operations",
  },
  {
    title: "`npm test`",
    rows: /^`npm test`/,
    text: "The target is for an idle machine; the row gives the load around the run. The checks beside vitest run in parallel with it and end within its first 15 s; vitest is the run, two workers sharing their modules. Its longest files are end-to-end by design (a page's release on a copy of the repository, the memo of whole runs, killed writes, 150,000 unknown keys, a 50 MB description, the package packed and imported by a consumer). The record measures where each file's CPU goes, what vitest itself costs and what the workers wait for, and the many cuts tried.",
    file: "test-suite",
    anchor: "where-npm-tests-time-goes",
  },
  {
    title: "--check no slower than generate",
    rows: /^--check no slower than generate/,
    text: "A first check reads and hashes each output file where a first run writes it, and keeps the same memo: it does no more work. A first run's row is the median of twelve pairs' CPU ratios, whose spread is about the 5% the row allows (0.90–1.09x over 24 pairs of 10 operations at a load of 14, where their wall ratios spread over 0.56–1.55x); a run again lasts a few hundred milliseconds and is judged on three pairs' wall ratios. A miss of a few per cent is then within one run's noise: the record has the pairs measured apart.",
    file: "generation",
    anchor: "how-generation-is-timed",
  },
];

/** The account of a missed row that no limit above explains: its section's record. */
const unexplained = (file: NotesFile): string => `No account of this miss yet. ${recordLine(file)}`;

/** Which record a row belongs to when no limit matches it. */
const fileOf = (target: string): NotesFile =>
  target.startsWith("validator")
    ? "validators"
    : target.startsWith("seal")
      ? "seal"
      : target.startsWith("client")
        ? "client"
        : target.startsWith("`npm test`")
          ? "test-suite"
          : "generation";

/** A row of the targets' table split into its cells: target, measured, verdict. */
export function targetCells(row: string): { target: string; measured: string; met: boolean } | null {
  const cells = /^\| (.+?) \| (.*) \| (met|\*\*missed\*\*) \|$/.exec(row);
  return cells?.[1] && cells[2] !== undefined
    ? { target: cells[1], measured: cells[2], met: cells[3] === mark(true) }
    : null;
}

/** The section for the missed rows of `rows` (the targets' table), each limit once with the rows it holds back. */
export function limitsSection(rows: readonly string[]): string[] {
  const missed = rows.flatMap((row) => {
    const cells = targetCells(row);
    return cells && !cells.met ? [cells] : [];
  });
  if (missed.length === 0) return [];
  const out = ["## What limits the missed targets", ""];
  const shown = new Set<Limit>();
  for (const row of missed) {
    const limit = LIMITS.find((l) => l.rows.test(row.target));
    if (limit && shown.has(limit)) continue;
    const of = limit ? missed.filter((m) => limit.rows.test(m.target)) : [row];
    const measured = of.map((m) => `${m.target}: ${m.measured}`).join("; ");
    if (!limit) {
      out.push(`- **${row.target}** (${row.measured}). ${unexplained(fileOf(row.target))}`, "");
      continue;
    }
    shown.add(limit);
    const record = limit.file ? ` [The record](${noteLink(limit.file, limit.anchor)}).` : "";
    out.push(`- **${limit.title}** (${measured}). ${limit.text}${record}`, "");
  }
  return out;
}
