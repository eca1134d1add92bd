// bench/RESULTS.md is the report a reviewer reads: every target a row, each
// missed one explained once, no paragraph longer than a screen, and every link
// into the hand-kept record of bench/notes/ leading to a heading that is there;
// as GitHub shows it, its tables whole, its headings each with its own anchor
// and no text taken for a tag. Held on a report rendered from made-up
// measurements (every target met, then every one missed), on the committed
// RESULTS.md and on the record.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, test, vi } from "vitest";
import type { Measured } from "../../bench/stats.js";
import type { Results } from "../../bench/report.js";
import type { Timing } from "../../bench/timed-process.js";
import { badTables, brokenLinks, rawHtml, repeatedHeadings } from "../support/markdown-shape.js";

const bench = fileURLToPath(new URL("../../bench/", import.meta.url));
const LIMIT = 1500;

let render: (r: Results) => string;
let cells: typeof import("../../bench/report-limits.js").targetCells;
beforeAll(async () => {
  // The report's modules load the package's code; through tsx here, where no build is wanted.
  vi.stubEnv("SIPS_BENCH_CODE", "tsx");
  const report = await import("../../bench/report.js");
  const machine = { cpu: "a CPU", cores: 2, memoryGiB: 8, node: "v20.0.0" };
  render = (r) => report.renderResults(r, machine);
  cells = (await import("../../bench/report-limits.js")).targetCells;
});

const measured = (name: string, median: number): Measured => ({
  name,
  median,
  low: median,
  high: median,
  rounds: [median],
});
const timed = (ms: number, runs = 2): Timing => ({
  label: "",
  runs: Array.from({ length: runs }, () => ({ ms, cpuMs: ms })) as unknown as Timing["runs"],
  medianMs: ms,
  lowMs: ms,
  highMs: ms,
  cpuMs: ms,
  rssMiB: 100,
});

/** Measurements where each of ours takes `k` times its competitor's: 0.5 meets every target, 3 misses every one. */
function results(k: number): Results {
  const all = ["generated", "previous generator", "ajv", "zod 4", "TypeBox", "hand-written", "boolean check"];
  const scenario = (name: string) => {
    // As the bench times them: the boolean check on valid messages only.
    const names = name.endsWith(", valid") ? all : all.filter((n) => n !== "boolean check");
    return {
      scenario: name,
      results: names.map((n) => measured(n, n === "generated" ? 100 * k : 100)),
      cycles: {
        fastest: Object.fromEntries(names.map((n) => [n, n === "generated" ? 100 * k : 100])),
        // The first task's time over each one's: the generated validator is the first.
        firstOver: Object.fromEntries(names.map((n) => [n, n === "generated" ? 1 : k])),
      },
    };
  };
  const sealNames = [
    "generated seal()",
    "bare HMAC",
    "generic flatten-and-sort",
    "its sealing string alone",
    "its HMAC alone",
  ];
  const seal = (name: string) => ({
    scenario: name,
    results: sealNames.map((n) => measured(n, n === "generated seal()" ? 1000 * k : 1000)),
    cycles: {
      fastest: Object.fromEntries(sealNames.map((n) => [n, n === "generated seal()" ? 1000 * k : 1000])),
      firstOver: Object.fromEntries(
        sealNames.map((n) => [n, n === "bare HMAC" ? 1 : n === "generated seal()" ? 1 / k : 1]),
      ),
    },
  });
  const size = (operations: number) => ({
    name: operations === 30 ? "real spec" : `synthetic ${operations}`,
    result: {
      operations,
      outputFiles: operations * 12,
      openapiMiB: operations / 50,
      first: timed(800 * k * (operations / 10)),
      firstCheck: timed(800 * k * k * (operations / 10)),
      warm: timed(400 * k * k),
      warmCheck: timed(400 * k * k * k),
      openapiTypescript: timed(2000 * (operations / 10)),
    },
  });
  const clientTasks = [
    "client call",
    "bare fetch",
    "bare fetch, again",
    "client work alone",
    "bare fetch with a timeout signal",
    "bare fetch, then the client's work alone",
  ];
  return {
    date: "2026-01-01",
    options: "",
    validators: [
      "request, valid",
      "request, 5 errors",
      "response, valid",
      "response, 4 errors",
      "largest: wallet of 50 means",
    ].map(scenario),
    seal: ["paymentTokenInitialize request", "wallet of 50 means (response)"].map(seal),
    allocations: null,
    paypage: [
      measured("decodePaypageResponse", 1000 * k),
      measured("URLSearchParams + bare SHA-256", 1000),
      measured("isPaypageResponseGenuine", 400),
    ],
    client: clientTasks.map((n) => measured(n, n === "client call" ? 1000 * k : 1000)),
    sizes: [30, 10, 100, 1000].map(size),
    incremental: { generate: timed(700 * k), check: timed(500 * k) },
    watch: timed(200 * k),
    startup: timed(400),
    testSuite: { ok: true, wallMs: 40_000 * k, cpuMs: 80_000, load: [1, 2] },
    minutes: 5,
    load: [1.5, 2.5],
  };
}

/** The report's blocks of text (what blank lines separate), lists split into their items. */
const paragraphs = (text: string): string[] =>
  text
    .split(/\n\n+/)
    .filter((block) => !block.startsWith("|"))
    .flatMap((block) => (block.startsWith("- ") ? block.split(/\n(?=- )/) : [block]));

const targetRows = (text: string) => {
  const table = text.slice(text.indexOf("## Targets"), text.indexOf("\n## ", text.indexOf("## Targets") + 1));
  return table.split("\n").flatMap((line) => {
    const row = cells(line);
    return row ? [row] : [];
  });
};

/**
 * Targets of which the record holds no account of a miss, none having been missed in a measured run: a miss of one
 * says so and links to its section's record. Every other missed row has its account.
 */
const NO_ACCOUNT_YET =
  /^(validator ≤ 1\.5x the boolean check|validator no slower than the previous generator's|validator ≤ 1\.0x ajv: largest|the memo pays)/;

/** The missed rows whose account is not the one expected: "given" by a limit, or "none yet" for the targets above. */
function unexplained(text: string): string[] {
  const limits = text.slice(
    text.indexOf("## What limits the missed targets"),
    text.indexOf("## Tried and did not pay"),
  );
  return targetRows(text).flatMap(({ target, met }) => {
    if (met) return [];
    const item = limits.split("\n").find((line) => line.startsWith("- **") && line.includes(target));
    const account = !item ? "none" : item.includes("No account of this miss yet") ? "none yet" : "given";
    return account === (NO_ACCOUNT_YET.test(target) ? "none yet" : "given") ? [] : [`${target}: ${account}`];
  });
}

/**
 * What a reader of the text on GitHub would meet: paragraphs over `limit` characters, broken links and tables,
 * repeated anchors, tags. The record's paragraphs are as long as they were written: only the report's are held short.
 */
const faults = (text: string, from: string, limit = LIMIT) => ({
  long: paragraphs(text).filter((p) => p.length > limit),
  links: brokenLinks(text, from),
  tables: badTables(text),
  headings: repeatedHeadings(text),
  html: rawHtml(text),
});
const NONE = { long: [], links: [], tables: [], headings: [], html: [] };

/** The rows these measurements make: 10 validators', 2 seals', Paypage, client, 2 against openapi-typescript, the real spec's first run, 4 memo rows, linear cost, 2 one-edit rows, --watch, `npm test`, 8 --check rows. */
const EXPECTED_TARGETS = 35;

test.each([
  ["every target met", 0.5],
  ["every target missed", 3],
])("%s: every target a row, each missed one explained, the text as GitHub shows it", (_, k) => {
  const text = render(results(k));
  const rows = targetRows(text);
  expect(rows).toHaveLength(EXPECTED_TARGETS);
  // Every row follows k but the memo's and the linear cost's, which compare our own runs with each other.
  if (k < 1) expect(rows.filter((row) => !row.met)).toEqual([]);
  else expect(rows.filter((row) => row.met).length).toBeLessThan(rows.length / 2);
  expect(unexplained(text)).toEqual([]);
  expect(faults(text, bench)).toEqual(NONE);
  expect(text).toContain("## Tried and did not pay");
});

test("the committed report has its targets, each miss explained, and reads on GitHub as meant", () => {
  const text = readFileSync(path.join(bench, "RESULTS.md"), "utf8");
  // The last run made no first check of its largest spec: one row fewer than the made-up measurements.
  expect(targetRows(text)).toHaveLength(EXPECTED_TARGETS - 1);
  expect(unexplained(text)).toEqual([]);
  expect(targetRows(text).filter((row) => !row.met && NO_ACCOUNT_YET.test(row.target))).toEqual([]);
  expect(faults(text, bench)).toEqual(NONE);
});

test("the record's files link back to the report and read on GitHub as meant", () => {
  for (const file of ["code", "validators", "seal", "client", "generation", "test-suite"]) {
    const text = readFileSync(path.join(bench, "notes", `${file}.md`), "utf8");
    expect(text).toContain("](../RESULTS.md)");
    expect(faults(text, path.join(bench, "notes"), Number.POSITIVE_INFINITY)).toEqual(NONE);
  }
});

/** Runs of one command, each `[wall ms, CPU ms]`, as a Timing (its summary fields left to what the rows read). */
const pairsOf = (runs: readonly (readonly [number, number])[]): Timing => ({
  ...timed(runs[0]?.[0] ?? 0),
  runs: runs.map(([ms, cpuMs]) => ({ ms, cpuMs, rssMiB: 100 })),
});

test("a first run's --check row is judged on its pairs' CPU ratio, the wall ratio beside it", () => {
  const row = (first: Timing, firstCheck: Timing) => {
    const r = results(0.5);
    const sizes = r.sizes.map((s) =>
      s.name === "synthetic 10" ? { ...s, result: { ...s.result, first, firstCheck } } : s,
    );
    const text = render({ ...r, sizes });
    return targetRows(text).find((t) => t.target === "--check no slower than generate (synthetic 10, first run)");
  };
  // Each pair: the check waited 1.5x the run's wall for a core, but worked 0.9x its CPU; then the other way round.
  const run = pairsOf([
    [1000, 700],
    [600, 720],
    [900, 650],
  ]);
  const waited = pairsOf([
    [1500, 630],
    [900, 648],
    [1350, 585],
  ]);
  const worked = pairsOf([
    [900, 840],
    [540, 864],
    [810, 780],
  ]);
  expect(row(run, waited)).toEqual({
    target: "--check no slower than generate (synthetic 10, first run)",
    measured: "CPU 0.90x (wall 1.50x)",
    met: true,
  });
  expect(row(run, worked)).toEqual({
    target: "--check no slower than generate (synthetic 10, first run)",
    measured: "CPU 1.20x (wall 0.90x)",
    met: false,
  });
});

test("the client's section shows the bare fetch beside itself, round by round, on the clock and in both processes' CPU", () => {
  const rounds = (name: string, values: readonly number[]): Measured => ({
    ...measured(name, values[1] ?? 0),
    rounds: values,
  });
  const r = results(0.5);
  const client = [
    ...r.client,
    // This process's CPU and the mock's, round by round: the call, the bare fetch and the bare fetch again.
    rounds("client call (CPU of this process)", [400, 410, 420]),
    rounds("client call (CPU of the mock)", [100, 100, 100]),
    rounds("bare fetch (CPU of this process)", [300, 600, 300]),
    rounds("bare fetch (CPU of the mock)", [100, 100, 100]),
    rounds("bare fetch, again (CPU of this process)", [296, 660, 340]),
    rounds("bare fetch, again (CPU of the mock)", [100, 100, 100]),
  ].map((m) =>
    m.name === "bare fetch, again"
      ? rounds(m.name, [1030, 980, 1010])
      : m.name === "bare fetch"
        ? rounds(m.name, [1000, 1000, 1000])
        : m,
  );
  const text = render({ ...r, client });
  // Each round's ratio, then their median: 1.01x of the clock (1.03, 0.98, 1.01); 1.09x of CPU (396/400, 760/700,
  // 440/400), where the ratio of the medians would be 1.10x (440/400).
  expect(text).toContain(
    "The same bare fetch timed again as a task of its own, the method's noise: 1.01x of the bare fetch, 1.09x CPU for CPU.",
  );
});
