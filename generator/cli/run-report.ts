// What a run of generate (or --check) tells its user once it has a result: the
// spec's diagnostics with the count of errors, the verdict of a check, the
// summary of a write. Text only; the run decides where each line goes.

import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { OutputChange } from "../write/compare-output.js";
import type { WriteReport } from "../write/write-output.js";

/** The spec's diagnostics, one text each, closed by the count of errors when the run stopped on them. */
export function diagnosticLines(result: { ok: boolean; diagnostics: readonly Diagnostic[] }, spec: string): string[] {
  const lines = result.diagnostics.map(formatDiagnostic);
  if (result.ok) return lines;
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  lines.push(`\n${errors} error${errors === 1 ? "" : "s"} in ${spec}/; nothing was written.`);
  return lines;
}

/** A check's verdict on an output folder that differs from the spec's (after the diff). */
export function staleLines(changes: readonly OutputChange[], outLabel: string): string[] {
  return [
    `\n${outLabel}/ is stale: ${changes.map(describe).join(", ")}.`,
    "Run `npm run generate` and commit the result.",
  ];
}

/** A write's summary: the files that held a hand edit, then the count of each kind of change. */
export function writeSummaryLines(report: WriteReport, outLabel: string): string[] {
  const lines = report.changes
    .filter((c) => c.edited && c.after !== null)
    .map((c) => `${outLabel}/${c.path} had been edited by hand; it holds the generated text again.`);
  const count = (kind: string) => report.changes.filter((c) => c.kind === kind).length;
  lines.push(
    `${outLabel}/: ${count("added")} added, ${count("changed")} changed, ${count("removed")} removed, ${report.unchanged} unchanged.`,
  );
  return lines;
}

const describe = (c: OutputChange): string =>
  `${c.path} ${c.kind === "changed" ? "differs" : c.kind === "added" ? "is missing" : "should not exist"}${c.edited ? " (edited by hand)" : ""}`;
