// The parsed documents (every node of every spec file, with its place) are
// dropped once the model is made: on a spec of a thousand operations they
// are some 70 MB, which the emit stage would otherwise carry to its end.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, expect, test } from "vitest";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { diskMemo, generateFromInput, type Memo } from "../../generator/index.js";
import { parseSpecFile, type ParsedFile } from "../../generator/read/parse-spec-file.js";
import { useParser } from "../../generator/read/read-documents.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { goldenRoot } from "../support/generate.js";
import { liveObjects } from "../support/live-objects.js";
import { sharedParse } from "../support/shared-parses.js";

/** One per document parsed here, reachable exactly as long as its document; labelled with its file. */
class ParsedDocument {
  constructor(readonly label: string) {}
}

const live = liveObjects();
/** The runs made so far: a document's label names its run, should one outlive it. */
let runs = 0;
afterEach(() => useParser(sharedParse));
afterAll(() => live.disconnect());

/**
 * The documents reachable while the first operation is emitted: those of the run, and one parsed here and held
 * by the test, marked as the run's are. One count a run: each collects and walks the whole heap (0.4 s of CPU on a
 * test worker's heap of 20 MB, 1 s on one of 55 MB), and the held document shows the count sees a reachable one,
 * where a count in the read stage, while the run's first document was reachable, cost a second walk.
 */
async function documentsAlive(
  memo: Memo | null,
): Promise<{ parsed: number; files: number; held: string; inEmit: string[] | undefined }> {
  const run = ++runs;
  const marks = new WeakMap<object, ParsedDocument>();
  const mark = (parsed: ParsedFile, label: string) => marks.set(parsed.map.document, new ParsedDocument(label));
  const input = await readSpecInput(path.join(goldenRoot, "spec"));
  const [first] = input.files;
  if (!first) throw new Error("the golden fixture has no spec file");
  const held = parseSpecFile(first);
  const heldLabel = `run ${run}, held here: ${first.displayPath}`;
  mark(held, heldLabel);
  let parsed = 0;
  useParser((file) => {
    parsed++;
    const made = parseSpecFile(file);
    mark(made, `run ${run}: ${file.displayPath}`);
    return made;
  });
  let inEmit: string[] | undefined;
  const probe: Emitter = {
    name: "probe",
    operation: () => {
      inEmit ??= live.labels(ParsedDocument.prototype);
      return [];
    },
  };
  // The golden fixture (every feature of the format in three operations): what a run holds does not depend on its size.
  const result = await generateFromInput(input, [probe], memo);
  expect(result.ok).toBe(true);
  // Reachable to the end of the run, as a document the run kept would be.
  expect(marks.has(held.map.document)).toBe(true);
  return { parsed, files: input.files.length, held: heldLabel, inEmit };
}

test.each([
  ["without a memo", () => null],
  ["with a memo on disk", async () => diskMemo(await mkdtemp(path.join(tmpdir(), "documents-dropped-")))],
])("no parsed document is reachable while the files are emitted, %s", async (_, memo) => {
  const { parsed, files, held, inEmit } = await documentsAlive(await memo());
  // Every file of the run was parsed here, and its document marked...
  expect(parsed).toBe(files);
  // ...and the walk sees the one held, and none of the run's once the model is made (by file, should one stay).
  expect(inEmit).toEqual([held]);
});
