// vitest's setup file (vitest.config.ts, setupFiles), run again before each
// test file: when the file ends, what its spies recorded is dropped. vitest
// keeps every spy it made in a set of its own for the worker's life, and its
// restoreAllMocks puts the original back without clearing the spy's calls and
// results: run-memo's spy on the pipeline kept some 11 MB of generations (its
// results' files) live through the worker's later files, which every major
// collection marked again. The files share a worker (vitest.config.ts,
// isolate), never their spies.
import { afterAll, vi } from "vitest";

afterAll(() => {
  vi.clearAllMocks();
});
