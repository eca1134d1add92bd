// Writes bench/RESULTS.md from the measurements: the machine and the load,
// the targets met or not, each section's tables with a short account of how
// they are measured, why the missed targets are missed and what was tried and
// did not pay. The record behind each section is hand-kept in bench/notes/.
import { cpus, totalmem } from "node:os";
import type { Allocations } from "./allocations.js";
import type { SizeResult } from "./generation.js";
import type { Timing } from "./timed-process.js";
import { clientSection, clientTargetRow } from "./report-client.js";
import { paypageSection, paypageTargetRow } from "./paypage.js";
import { codeSection } from "./report-code.js";
import { mark, ms, ratioX } from "./report-cells.js";
import { generationSection } from "./report-generation.js";
import { hotPathTargets, validatorSection } from "./report-hot-paths.js";
import { limitsSection } from "./report-limits.js";
import { NOTES } from "./report-notes.js";
import { sealSection } from "./report-seal.js";
import { triedSection } from "./report-tried.js";
import type { SealResult } from "./seal.js";
import { type TestSuiteRun, testSuiteSection, testSuiteTargetRow } from "./test-suite.js";
import { median, type Measured } from "./stats.js";
import type { ScenarioResult } from "./validators.js";

export interface Results {
  readonly date: string;
  readonly options: string;
  readonly validators: readonly ScenarioResult[];
  readonly seal: readonly SealResult[];
  /** What one validation allocates; null when the child process could not measure it. */
  readonly allocations: Allocations | null;
  /** decodePaypageResponse (generated), the bare check (URLSearchParams and SHA-256) and the seal check alone. */
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
  /** The one-minute load average as the bench started and as it ended; null where it was not recorded. */
  readonly load: readonly [number, number] | null;
}

/** The machine a report was measured on, as its header names it. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
}

export const thisMachine = (): Machine => ({
  cpu: cpus()[0]?.model ?? "unknown CPU",
  cores: cpus().length,
  memoryGiB: totalmem() / 2 ** 30,
  node: process.version,
});

/** The report's first line: when, how long, on what, and the load around it. */
export function headerLine(r: Pick<Results, "date" | "options" | "minutes" | "load">, m: Machine): string {
  const load = r.load
    ? `load average ${r.load[0].toFixed(1)} as it started, ${r.load[1].toFixed(1)} as it ended`
    : "load not recorded";
  return `Last measured run: ${r.date}, \`npm run bench${r.options}\` in ${r.minutes.toFixed(1)} min, on ${m.cpu} (${m.cores} cores), ${m.memoryGiB.toFixed(0)} GiB, Node ${m.node}; ${load}.`;
}

/** Where the record is, under the header: one file per section, none of which the bench writes. */
export const RECORD_LINE = `What was measured and tried for each section, in the order it was written, is kept by hand in bench/notes/ (${Object.values(
  NOTES,
)
  .map((file) => `[${file.replace("notes/", "")}](${file})`)
  .join(", ")}); each section ends with a link to its own.`;

export const HOW =
  "Times are medians over several rounds (spread: lowest–highest round); ratios are measured in the same process, side by side, so they hold when the machine's speed drifts. Validators and seal are timed with two clocks: mitata (batches of calls, round by round) and short interleaved batches (the fastest batch, and the median of the cycles' ratios: on a loaded machine the load of the moment cancels out); a target on them is met when both clocks say so; generation is timed as cold processes (`npm run generate`), peak memory is the largest resident set of its processes. The package's code is timed from the JavaScript its build writes (see The code timed). The numbers come from a shared machine: expect some noise, compare ratios.";

/**
 * The ratio of two commands timed in pairs (a's i-th run beside b's i-th): the median of the pairs' ratios, where
 * each pair's two runs met the same load, rather than the ratio of two medians, which compares runs seconds apart.
 */
const pairedRatio = (a: Timing, b: Timing): number =>
  median(a.runs.map((run, i) => run.ms / (b.runs[i]?.ms ?? run.ms)));
/**
 * The same for the CPU time of the pairs' processes, which a first run's row is judged on, its wall ratio beside
 * it: a first run lasts a second or two, and on a shared machine its wall time is mostly the wait for a core. A
 * first run of 10 operations beside the same command, 24 pairs at a load of 12–14: wall ratios 0.49–1.83x, CPU
 * ratios 0.89–1.20x; beside a first check, 24 pairs at 14: wall 0.56–1.55x (the median of six 0.80–1.29x), CPU
 * 0.90–1.09x (of six 0.98–1.02x) but for the first pair, whose run followed the spec's writing (0.66x). Wall time
 * also waits on the disk (a first run writes the output, a check reads it), which CPU time leaves out: the check
 * gains nothing by it.
 */
const pairedCpuRatio = (a: Timing, b: Timing): number =>
  median(a.runs.map((run, i) => run.cpuMs / (b.runs[i]?.cpuMs ?? run.cpuMs)));

export function renderResults(r: Results, machine: Machine = thisMachine()): string {
  const rows = targets(r);
  return [
    "# Benchmarks",
    "",
    headerLine(r, machine),
    "",
    HOW,
    "",
    RECORD_LINE,
    "",
    "## Targets",
    "",
    "| target | measured | |",
    "| --- | --- | --- |",
    ...rows,
    "",
    ...codeSection(),
    "",
    ...validatorSection(r.validators, r.allocations),
    "",
    ...sealSection(r.seal),
    ...paypageSection(r.paypage),
    ...clientSection(r.client),
    "",
    ...generationSection(r),
    "",
    ...(r.testSuite ? [...testSuiteSection(r.testSuite), ""] : []),
    ...limitsSection(rows),
    ...triedSection(),
  ].join("\n");
}

function targets(r: Results): string[] {
  const rows: string[] = [];
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
      `| ${operations} operations, first run ≤ ${limit.toFixed(1)}x openapi-typescript | ${ratioX(toOtt)} (${ms(size.first.medianMs)} vs ${ms(size.openapiTypescript.medianMs)}) | ${mark(toOtt <= limit)} |`,
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
      `| the memo pays (${name}): again ≤ first run | ${ratioX(s.warm.medianMs / s.first.medianMs)} | ${mark(s.warm.medianMs <= s.first.medianMs)} |`,
    );
  }
  const synthetic = r.sizes.filter((s) => s.name !== "real").map((s) => s.result);
  if (synthetic.length >= 2) {
    const [small, big] = [synthetic.at(-2), synthetic.at(-1)];
    if (small && big) {
      const growth = big.first.medianMs / big.operations / (small.first.medianMs / small.operations);
      rows.push(
        `| cost linear in operations (time per operation, ${big.operations} vs ${small.operations}) | ${ratioX(growth)} | ${mark(growth <= 1.5)} |`,
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
  if (r.testSuite) rows.push(testSuiteTargetRow(r.testSuite));
  for (const { name, result: s } of r.sizes) {
    rows.push(
      `| --check no slower than generate (${name}, again) | ${ratioX(pairedRatio(s.warmCheck, s.warm))} | ${mark(pairedRatio(s.warmCheck, s.warm) <= 1.05)} |`,
    );
    if (s.firstCheck) {
      const cpu = pairedCpuRatio(s.firstCheck, s.first);
      rows.push(
        `| --check no slower than generate (${name}, first run) | CPU ${ratioX(cpu)} (wall ${ratioX(pairedRatio(s.firstCheck, s.first))}) | ${mark(cpu <= 1.05)} |`,
      );
    }
  }
  return rows;
}
