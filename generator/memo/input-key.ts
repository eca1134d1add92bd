// The key an operation's files are remembered under, as the read stage makes
// it (read/input-keys.ts) and emit looks them up by it: declared here, below
// both stages, so that each names the one type.

/**
 * The key of an operation's inputs, from its spec file and its pages (paths
 * relative to the spec directory); `within`: a key of what else a result kept
 * under it depends on, hashed with the inputs (one hash per operation, not two).
 */
export type InputKey = (sourceFile: string, pages: readonly string[], within?: string) => string;
