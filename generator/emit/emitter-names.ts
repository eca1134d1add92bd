/**
 * The name of every emitter of registry.ts, in its order (a test holds the
 * two equal): what a remembered run is keyed by, known without loading the
 * emitters, which a run answered by the run memo never needs (cli/run-memo.ts).
 */
export const EMITTER_NAMES: readonly string[] = [
  "runtime",
  "value-lists",
  "operation-values",
  "types",
  "validators",
  "seal",
  "descriptor",
  "client",
  "paypage",
  "mock",
  "changelog",
  "index",
  "json-schema",
  "openapi",
  "reference",
];
