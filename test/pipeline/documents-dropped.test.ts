// The parsed documents (every node of every spec file, with its place) are
// dropped once the model is made: on a spec of a thousand operations they
// are some 70 MB, which the emit stage would otherwise carry to its end.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, expect, test } from "vitest";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { diskMemo, generateFromInput } from "../../generator/index.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import { useParser } from "../../generator/read/read-documents.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { specDir } from "../support/paths.js";
import { sharedParse } from "../support/shared-parses.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

afterEach(() => useParser(sharedParse));

test("no parsed document is reachable while the files are emitted", async () => {
  const documents: WeakRef<object>[] = [];
  useParser((file) => {
    const parsed = parseSpecFile(file);
    documents.push(new WeakRef(parsed.map.document));
    return parsed;
  });
  const alive: number[] = [];
  const probe: Emitter = {
    name: "probe",
    operation: () => {
      gc();
      alive.push(documents.filter((d) => d.deref() !== undefined).length);
      return [];
    },
  };
  // A memo on disk, as a run has: its writes end the jobs that parsed, whose WeakRefs hold their documents until then.
  const memo = diskMemo(await mkdtemp(path.join(tmpdir(), "documents-dropped-")));
  const result = await generateFromInput(await readSpecInput(specDir), [probe], memo);
  expect(result.ok).toBe(true);
  expect(documents.length).toBeGreaterThan(2);
  expect(alive.length).toBeGreaterThan(0);
  expect(alive).toEqual(alive.map(() => 0));
});
