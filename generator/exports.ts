// Re-exports for library users, kept apart so that index.ts reads as the pipeline.
export { emitters } from "./emit/registry.js";
export { formatDiagnostic } from "./diagnostics/diagnostic.js";
export { unifiedDiff } from "./write/compare-output.js";
export { DEFAULT_CACHE_DIR, diskMemo } from "./memo/disk-memo.js";
export { memoryMemo } from "./memo/memo.js";
export { WriteRefusal } from "./write/write-fs.js";
