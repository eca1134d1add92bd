// How a diagnostic code is defined: a fixed severity, a summary and a fix for
// the docs and one message builder, with the helpers the messages share, so that
// wording stays consistent across the codes (codes.ts lists them all).

/** info: reported, never a failure (a deviation from a page kept with its reason). */
export type Severity = "error" | "warning" | "info";

export interface Definition<P> {
  readonly severity: Severity;
  /** What the code means, for docs/diagnostics.md. */
  readonly summary: string;
  /** What the maintainer does about it, for docs/diagnostics.md: a code that says only what is wrong leaves them to guess. */
  readonly fix: string;
  readonly message: (params: P) => string;
}

export const define = <P>(
  severity: Severity,
  summary: string,
  fix: string,
  message: (params: P) => string,
): Definition<P> => ({ severity, summary, fix, message });

export const hint = (suggestion: string | undefined): string => (suggestion ? `; did you mean "${suggestion}"?` : "");

/** A suggestion, then the start of the next sentence: `; did you mean "x"? ` or `. `. */
export const hintThen = (suggestion: string | undefined): string => (suggestion ? `${hint(suggestion)} ` : ". ");

/** A name or value as messages quote it: at most 200 characters, so that a 100,000-character name does not make a 100,000-character line. */
export const quoted = (text: string): string => JSON.stringify(text.length > 200 ? `${text.slice(0, 197)}...` : text);

/**
 * A count as `toLocaleString("en")` writes it (52,428,803), for the whole numbers messages give: the first call of
 * `toLocaleString` starts Intl in the process, some 20 ms of CPU, for three commas.
 */
export const thousands = (count: number): string => String(count).replace(/\B(?=(\d{3})+$)/g, ",");
