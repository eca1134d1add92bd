// What `sync --check` prints, in the order a maintainer reads it after saving
// one page: the problems first, with what is said of the same files; then, under
// a line of their own, the differences kept on purpose (source.deviations) in
// files that otherwise agree with their pages, which a release of another page
// leaves as they were and which are every line of the log but for the problems.
// Nothing is left out: a CI log holds every diagnostic, as before.

import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

export interface CheckLines {
  /** The lines to print, in order (a diagnostic with its related places is one entry). */
  readonly lines: readonly string[];
  /** The files the errors are in, named short (an operation's file by the operation), for the closing line. */
  readonly where: readonly string[];
  /** How many differences kept on purpose are printed apart, after the problems. */
  readonly kept: number;
}

export function checkLines(diagnostics: readonly Diagnostic[]): CheckLines {
  const troubled = new Set(diagnostics.filter((d) => d.severity !== "info").map((d) => d.file));
  const apart = (d: Diagnostic) => d.code === "page-deviation" && !troubled.has(d.file);
  const first = diagnostics.filter((d) => !apart(d));
  const kept = diagnostics.filter(apart);
  const heading =
    kept.length === 0
      ? []
      : [
          `${first.length === 0 ? "" : "\n"}${kept.length} difference${kept.length === 1 ? "" : "s"} kept on purpose (source.deviations), in files that otherwise agree with their pages:`,
        ];
  const where = [...new Set(diagnostics.filter((d) => d.severity === "error").map((d) => shortName(d.file)))];
  return {
    lines: [...first.map(formatDiagnostic), ...heading, ...kept.map(formatDiagnostic)],
    where,
    kept: kept.length,
  };
}

/** "spec/operations/office/someOperation.yaml" → "someOperation"; a page by its name alike. */
const shortName = (file: string): string =>
  (file.split(/[\\/]/).at(-1) ?? file).replace(/\.page\.txt$/, "").replace(/\.ya?ml$/, "");
