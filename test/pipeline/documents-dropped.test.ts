// The parsed documents (every node of every spec file, with its place) are
// dropped once the model is made: on a spec of a thousand operations they
// are some 70 MB, which the emit stage would otherwise carry to its end.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, expect, test } from "vitest";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { diskMemo, generateFromInput, type Memo } from "../../generator/index.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { useParser } from "../../generator/read/read-documents.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { goldenRoot } from "../support/generate.js";
import { liveObjects } from "../support/live-objects.js";
import { sharedParse } from "../support/shared-parses.js";

/** One per document parsed here, reachable exactly as long as its document. */
class ParsedDocument {}

const live = liveObjects();
afterEach(() => useParser(sharedParse));
afterAll(() => live.disconnect());

/** The documents reachable while the second file is parsed (the first one, at least) and while the first operation is emitted. */
async function documentsAlive(memo: Memo | null): Promise<{ inRead?: number; inEmit?: number }> {
  const marks = new WeakMap<object, ParsedDocument>();
  const counts: { inRead?: number; inEmit?: number } = {};
  let parses = 0;
  useParser((file) => {
    if (parses++ === 1) counts.inRead = live.count(ParsedDocument.prototype);
    const parsed = parseSpecFile(file);
    marks.set(parsed.map.document, new ParsedDocument());
    return parsed;
  });
  const probe: Emitter = {
    name: "probe",
    operation: () => {
      counts.inEmit ??= live.count(ParsedDocument.prototype);
      return [];
    },
  };
  // The golden fixture (every feature of the format in three operations): what a run holds does not depend on its size.
  const result = await generateFromInput(await readSpecInput(path.join(goldenRoot, "spec")), [probe], memo);
  expect(result.ok).toBe(true);
  return counts;
}

test.each([
  ["without a memo", () => null],
  ["with a memo on disk", async () => diskMemo(await mkdtemp(path.join(tmpdir(), "documents-dropped-")))],
])("no parsed document is reachable while the files are emitted, %s", async (_, memo) => {
  const { inRead, inEmit } = await documentsAlive(await memo());
  // The count sees a document while it is reachable...
  expect(inRead).toBeGreaterThan(0);
  // ...and none of them once the model is made.
  expect(inEmit).toBe(0);
});
