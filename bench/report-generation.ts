// The Generation section of bench/RESULTS.md: `npm run generate` and `--check`
// as cold processes on each spec size, one edit among 1000, --watch and the
// start-up alone. How it is timed, in full, and what was tried:
// bench/notes/generation.md.
import type { Results } from "./report.js";
import { ms } from "./report-cells.js";
import { recordLine } from "./report-notes.js";
import type { Timing } from "./timed-process.js";

export const timing = (t: Timing | null): string =>
  t ? `${ms(t.medianMs)}${t.runs.length > 1 ? ` (${ms(t.lowMs)}–${ms(t.highMs)})` : ""}` : "—";

/** What the section measures and how, in short; the record has it in full. */
export const GENERATION_HOW =
  'Wall time of `npm run generate` as a cold process, on the real spec and on synthetic specs. "First run" starts with an empty memo; "again" reuses the memo of the run before, as a maintainer runs it; "--check, first run" checks the output a generate has just written, its memo removed. Each pair of columns is timed side by side, in alternating order, and a "--check no slower" row is the median of its pairs\' ratios: of wall time for the runs again, of CPU time (all the processes of each run) for first runs, which last a second or two and whose wall time is mostly the wait for a core on a shared machine (twelve pairs, the wall ratio beside). openapi-typescript runs on the `openapi.json` emitted for the same operations; on the largest spec it is timed beside the first runs, in pairs of opposite order. Peak memory is the largest resident set of a run\'s processes.';

export function generationSection(r: Results): string[] {
  const lines = [
    "## Generation",
    "",
    GENERATION_HOW,
    "",
    "| spec | operations | first run | per operation | again | --check, again | --check, first run | openapi-typescript | peak memory (generate / openapi-typescript) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
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
    `Start-up alone (\`npm run generate -- --help\`: npm, then the generator from its bundle, \`scripts/run-bundled.cjs\`): ${timing(r.startup)}.`,
    "",
    recordLine("generation"),
  );
  return lines;
}
