// Plain sync's summary line: what it wrote, or why it wrote nothing. A release
// that moved what a kept deviation records leaves the spec's values as they are,
// yet the spec no longer agrees with the page that record was written for. A
// copy of a page beside it (page-copy-unread) is no difference of the spec: a
// deviation records nothing of it, and what settles it is saving the copy over
// its page, then syncing again.

/** What is left once sync has written: whether the spec is in line with the pages it read, and the errors' codes. */
export interface SyncLeft {
  readonly settled: boolean;
  readonly errors: readonly string[];
}

const COPY = "page-copy-unread";

/** The line after sync's edits: the files written, else whether anything is left and what. */
export function syncSummary(written: readonly string[], left: SyncLeft, movedRecords: number): string {
  if (written.length > 0)
    return `${written.length} file${written.length === 1 ? "" : "s"} changed: ${written.join(", ")}.`;
  const copies = left.errors.filter((code) => code === COPY).length;
  if (left.settled && copies > 0 && copies === left.errors.length)
    return `Nothing written: the spec agrees with the pages sync read, but ${copies === 1 ? "a file beside a page is another save of it" : `${copies} files beside pages are other saves of them`}, which sync does not read (below).`;
  if (!left.settled || left.errors.length > 0) return "Nothing written: sync cannot settle what differs (below).";
  if (movedRecords === 0) return "The spec already agrees with its pages; nothing to write.";
  const records = movedRecords === 1 ? "1 deviation records" : `${movedRecords} deviations record`;
  return `Nothing written: the spec keeps its values, but ${records} a page value a release moved (below).`;
}

/** The heading over the errors sync leaves, with the advice that fits them. */
export function leftHeading(left: SyncLeft): string {
  const copies = left.errors.some((code) => code === COPY);
  const others = !left.settled || left.errors.some((code) => code !== COPY);
  const copyAdvice =
    "save each copy over the page it copies where it is a new release, else delete it; then run `npm run sync` again";
  if (!others) return `Left for the maintainer (${copyAdvice}):`;
  const deviation = "edit the spec, or record a deviation under source.deviations";
  return `Left for the maintainer (${copies ? `${deviation}; for a page copy, ${copyAdvice}` : deviation}):`;
}
