// Plain sync's summary: a moved deviation record is said in the summary itself, not only in the lines after it.
import { expect, test } from "vitest";
import { syncSummary } from "../../generator/sync/sync-summary.js";

test("the summary counts the moved records, and gives way to what was written or is left", () => {
  expect(syncSummary([], true, 0)).toBe("The spec already agrees with its pages; nothing to write.");
  expect(syncSummary([], true, 2)).toBe(
    "Nothing written: the spec keeps its values, but 2 deviations record a page value a release moved (below).",
  );
  expect(syncSummary([], false, 2)).toBe("Nothing written: sync cannot settle what differs (below).");
  expect(syncSummary(["a.yaml", "b.yaml"], true, 1)).toBe("2 files changed: a.yaml, b.yaml.");
});
