// Plain sync's summary: a moved deviation record is said in the summary itself, not only in the lines after it; a
// page copy left alone is said as what it is, with the advice that settles it, not as a difference to record.
import { expect, test } from "vitest";
import { leftHeading, syncSummary } from "../../generator/sync/sync-summary.js";

const NONE = { settled: true, errors: [] };
const COPY = "page-copy-unread";

test("the summary counts the moved records, and gives way to what was written or is left", () => {
  expect(syncSummary([], NONE, 0)).toBe("The spec already agrees with its pages; nothing to write.");
  expect(syncSummary([], NONE, 2)).toBe(
    "Nothing written: the spec keeps its values, but 2 deviations record a page value a release moved (below).",
  );
  expect(syncSummary([], { settled: false, errors: [] }, 2)).toBe(
    "Nothing written: sync cannot settle what differs (below).",
  );
  expect(syncSummary([], { settled: true, errors: ["page-deviation-unused"] }, 0)).toBe(
    "Nothing written: sync cannot settle what differs (below).",
  );
  expect(syncSummary(["a.yaml", "b.yaml"], NONE, 1)).toBe("2 files changed: a.yaml, b.yaml.");
});

test("page copies alone are said as copies sync does not read, and their heading says to save them over their pages", () => {
  expect(syncSummary([], { settled: true, errors: [COPY] }, 0)).toBe(
    "Nothing written: the spec agrees with the pages sync read, but a file beside a page is another save of it, which sync does not read (below).",
  );
  expect(syncSummary([], { settled: true, errors: [COPY, COPY] }, 0)).toContain(
    "but 2 files beside pages are other saves of them,",
  );
  expect(leftHeading({ settled: true, errors: [COPY] })).toBe(
    "Left for the maintainer (save each copy over the page it copies where it is a new release, else delete it; then run `npm run sync` again):",
  );
});

test("a copy beside differences sync cannot settle: the summary and heading of those, with the copy's advice too", () => {
  for (const left of [
    { settled: false, errors: [COPY] },
    { settled: true, errors: [COPY, "page-deviation-unused"] },
  ]) {
    expect(syncSummary([], left, 0)).toBe("Nothing written: sync cannot settle what differs (below).");
    expect(leftHeading(left)).toBe(
      "Left for the maintainer (edit the spec, or record a deviation under source.deviations; for a page copy, save each copy over the page it copies where it is a new release, else delete it; then run `npm run sync` again):",
    );
  }
  expect(leftHeading({ settled: false, errors: [] })).toBe(
    "Left for the maintainer (edit the spec, or record a deviation under source.deviations):",
  );
});
