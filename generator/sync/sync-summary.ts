// Plain sync's summary line: what it wrote, or why it wrote nothing. A release
// that moved what a kept deviation records leaves the spec's values as they are,
// yet the spec no longer agrees with the page that record was written for.

/** The line after sync's edits: the files written, else whether anything is left and what. */
export function syncSummary(written: readonly string[], settled: boolean, movedRecords: number): string {
  if (written.length > 0)
    return `${written.length} file${written.length === 1 ? "" : "s"} changed: ${written.join(", ")}.`;
  if (!settled) return "Nothing written: sync cannot settle what differs (below).";
  if (movedRecords === 0) return "The spec already agrees with its pages; nothing to write.";
  const records = movedRecords === 1 ? "1 deviation records" : `${movedRecords} deviations record`;
  return `Nothing written: the spec keeps its values, but ${records} a page value a release moved (below).`;
}
