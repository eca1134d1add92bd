import { compareText } from "../rules/code-point-order.js";
import type { Severity } from "./code-definition.js";
import { diagnosticCodes, type DiagnosticCode, type DiagnosticParams } from "./codes.js";

/** A point in a spec file, 1-based like editors show it. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic extends SourceLocation {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** Other places involved, e.g. the first definition of a duplicate. */
  readonly related: readonly (SourceLocation & { readonly message: string })[];
}

export function diagnostic<C extends DiagnosticCode>(
  code: C,
  at: SourceLocation,
  params: DiagnosticParams<C>,
  related: Diagnostic["related"] = [],
): Diagnostic {
  const definition = diagnosticCodes[code];
  const message = (definition.message as (p: DiagnosticParams<C>) => string)(params);
  return { code, severity: definition.severity, file: at.file, line: at.line, column: at.column, message, related };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === "error");

/** The order severities are printed in: what stopped the run first, then what fails nothing. */
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Errors, then warnings, then information, each part sorted by file, then
 * position, then code: the error that stopped a run is the first line read,
 * not below the warnings of files that sort before its own, and the output is
 * stable whatever the check order. `first`: diagnostics put before the others
 * of their severity (sync's page defects, which may explain the differences).
 */
export function sortDiagnostics(
  diagnostics: readonly Diagnostic[],
  first: ReadonlySet<Diagnostic> = new Set(),
): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      Number(first.has(b)) - Number(first.has(a)) ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

/** `spec/x.yaml:12:5 error unknown-presence unknown presence "requird"; ...` */
export function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${shown(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${shown(d.message)}`];
  for (const r of d.related) lines.push(`  ${shown(r.file)}:${r.line}:${r.column} ${shown(r.message)}`);
  return lines.join("\n");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Spec and page text quoted in a diagnostic, on one line and inert in a
 * terminal: line breaks and control characters (escape sequences among them)
 * are shown as escapes, so a diagnostic stays one line that starts with its place.
 */
const shown = (text: string): string =>
  text.replace(UNPRINTABLE, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\t" : `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
