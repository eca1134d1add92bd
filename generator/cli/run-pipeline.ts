// What a run needs once no remembered run answers it (run-memo.ts): the
// stages that read, check, model, emit, compare and write. generate-run.ts
// loads this module with import(), so that the bundle keeps it in a chunk of
// its own, which a run the memo answers neither loads nor compiles (about a
// tenth of a second of a `--check` with nothing to make).

export { keptBuffersOf } from "../emit/kept-buffers.js";
export { emitters } from "../emit/registry.js";
export { generateFromInput } from "../index.js";
export { keptModels } from "../model/kept-models.js";
export { readSpecInput } from "../read/spec-files.js";
export { runThreads } from "./run-threads.js";
export { checkOutput } from "../write/check-output.js";
export { unifiedDiff } from "../write/compare-output.js";
export { writeOutput } from "../write/write-output.js";
