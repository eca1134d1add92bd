// The one order of the output where the spec gives none: plain code-point
// order, the same on every machine and in every locale (localeCompare is not).

/** Compares by UTF-16 code units: code-point order for the ASCII names and paths it sorts. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
