// vitest's setup file (vitest.config.ts, setupFiles), evaluated afresh before
// each test file of a worker; one module, where each setup file costs the
// worker a fetch and an evaluation per test file (about 2 ms at a load of 10).
//
// The shared parses: the parses live in shared-parses.ts, a module the worker
// evaluates once (this one would keep them for one file only); here its
// parsers are put back in parseSpecFile's place
// (generator/read/read-documents.ts) and in a source map's
// (generator/read/source-map.ts), where a test may have put others; and so
// are the shared page readings' (shared-pages.ts), in readPage's place.
//
// The spies' records: when the file ends, what its spies recorded is dropped.
// vitest keeps every spy it made in a set of its own for the worker's life,
// and its restoreAllMocks puts the original back without clearing the spy's
// calls and results: run-memo's spy on the pipeline kept some 11 MB of
// generations (its results' files) live through the worker's later files,
// which every major collection marked again. The files share a worker
// (vitest.config.ts, isolate), never their spies.
//
// The tests' names: each process a test starts carries it in SIPS_TEST (the
// file's path, then the test's full name; the file's path alone for a hook's),
// so that a profile of a run can book a child's CPU to the test that started
// it. A worker's environment is its own copy, which node hands to the
// processes it starts.
import path from "node:path";
import { afterAll, afterEach, beforeEach, expect, vi } from "vitest";
import { usePageReader, useParser } from "../../generator/read/read-documents.js";
import { useTextParser } from "../../generator/read/source-map.js";
import { sharedPageRead } from "./shared-pages.js";
import { sharedParse, sharedTextParse } from "./shared-parses.js";

const testFile = path.relative(process.cwd(), expect.getState().testPath ?? "");
process.env["SIPS_TEST"] = testFile;
beforeEach(() => {
  process.env["SIPS_TEST"] = `${testFile} > ${expect.getState().currentTestName ?? ""}`;
});
afterEach(() => {
  process.env["SIPS_TEST"] = testFile;
});

useParser(sharedParse);
useTextParser(sharedTextParse);
usePageReader(sharedPageRead);

afterAll(() => {
  vi.clearAllMocks();
});
