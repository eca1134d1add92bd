// What `sync --check` prints, in the order a maintainer reads it after saving
// one page: the problems first, with what is said of the same files; then, under
// a line of their own, the differences kept on purpose (source.deviations) in
// files that otherwise agree with their pages, which a release of another page
// leaves as they were. While there is a problem (an error or a warning), that
// line alone is printed, with their count: listed, they stood between the
// problems and the closing line that names them, some seventy lines for one
// error. `--verbose` lists them then too; a clean check always does, as they
// are then every line of the log.

import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

export interface CheckLines {
  /** The lines to print, in order (a diagnostic with its related places is one entry). */
  readonly lines: readonly string[];
  /** The files the errors are in, named short (an operation's file by the operation), for the closing line. */
  readonly where: readonly string[];
  /** How many differences kept on purpose are put apart, after the problems. */
  readonly kept: number;
  /** Whether they are listed, one line each, or only counted (a problem is printed, and no --verbose). */
  readonly listed: boolean;
}

export function checkLines(diagnostics: readonly Diagnostic[], verbose = false): CheckLines {
  const troubled = new Set(diagnostics.filter((d) => d.severity !== "info").map((d) => d.file));
  const apart = (d: Diagnostic) => d.code === "page-deviation" && !troubled.has(d.file);
  const first = diagnostics.filter((d) => !apart(d));
  const kept = diagnostics.filter(apart);
  const listed = verbose || troubled.size === 0;
  const counted = `${kept.length} difference${kept.length === 1 ? "" : "s"} kept on purpose (source.deviations), in files that otherwise agree with their pages`;
  const heading =
    kept.length === 0
      ? []
      : [
          `${first.length === 0 ? "" : "\n"}${counted}${listed ? ":" : ", not listed while there are problems (--verbose lists them)."}`,
        ];
  const where = [...new Set(diagnostics.filter((d) => d.severity === "error").map((d) => shortName(d.file)))];
  return {
    lines: [...first.map(formatDiagnostic), ...heading, ...(listed ? kept : []).map(formatDiagnostic)],
    where,
    kept: kept.length,
    listed,
  };
}

/** "spec/operations/office/someOperation.yaml" → "someOperation"; a page by its name alike. */
const shortName = (file: string): string =>
  (file.split(/[\\/]/).at(-1) ?? file).replace(/\.page\.txt$/, "").replace(/\.ya?ml$/, "");
