import { diagnosticCodes, type DiagnosticCode, type DiagnosticParams, type Severity } from "./codes.js";

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

/** Sorted by file, then position, then code: stable output whatever the check order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code) || compareText(a.message, b.message),
  );
}

/** `spec/x.yaml:12:5 error unknown-presence unknown presence "requird"; ...` */
export function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`];
  for (const r of d.related) lines.push(`  ${r.file}:${r.line}:${r.column} ${r.message}`);
  return lines.join("\n");
}

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
