// vitest's setup file (vitest.config.ts, setupFiles), evaluated afresh before
// each test file of a worker; one module, where each setup file costs the
// worker a fetch and an evaluation per test file (about 2 ms at a load of 10).
//
// The shared parses: the parses live in shared-parses.ts, a module the worker
// evaluates once (this one would keep them for one file only); here its
// parsers are put back in parseSpecFile's place
// (generator/read/read-documents.ts) and in a source map's
// (generator/read/source-map.ts), where a test may have put others.
//
// The spies' records: when the file ends, what its spies recorded is dropped.
// vitest keeps every spy it made in a set of its own for the worker's life,
// and its restoreAllMocks puts the original back without clearing the spy's
// calls and results: run-memo's spy on the pipeline kept some 11 MB of
// generations (its results' files) live through the worker's later files,
// which every major collection marked again. The files share a worker
// (vitest.config.ts, isolate), never their spies.
import { afterAll, vi } from "vitest";
import { useParser } from "../../generator/read/read-documents.js";
import { useTextParser } from "../../generator/read/source-map.js";
import { sharedParse, sharedTextParse } from "./shared-parses.js";

useParser(sharedParse);
useTextParser(sharedTextParse);

afterAll(() => {
  vi.clearAllMocks();
});
